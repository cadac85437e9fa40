"""Who, what, where and when for each number: subject, actor, place, time, change, comparison.

Chinese reports drop the subject of a clause when it is the same as the previous one
(国家乡村振兴局会同有关部门…，调整优化…政策30多项), so the actor is looked for in
the number's clause first and then in earlier clauses that the text chains to it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..codebook import yaml_book
from .organizations import Org
from .places import Place
from .quantities import Quantity

_DELIM = set("，。；：、！？,;:!?（）()“”‘’《》「」『』—…\n ")  # not ".": in Chinese text it is a decimal point
CENTRAL_LEVELS = {"central"}
_QUOTE_OPEN, _QUOTE_CLOSE = "“「『", "”」』"


MAX_CLAUSES_BACK = 4  # how far an omitted subject is looked for; also bounds the work on run-on text


class Context:
    """One sentence with its entities indexed by position, so each number's lookups are logarithmic."""

    def __init__(self, view: str, start: int, end: int, orgs: list[Org], places: list[Place], times: list[Quantity]):
        self.view, self.start, self.end = view, start, end
        self.orgs = sorted(orgs, key=lambda o: o.start)
        self.places = sorted(places, key=lambda p: p.start)
        self.times = sorted(times, key=lambda t: t.start)
        self.org_starts = [o.start for o in self.orgs]
        self.place_starts = [p.start for p in self.places]
        self.time_starts = [t.start for t in self.times]
        self.org_at = {o.start: o for o in reversed(self.orgs) if o.type != "group"}
        self.place_at = {p.start: p for p in self.places}
        self.time_at = {t.start: t for t in self.times}
        self._clauses: list[tuple[int, int]] | None = None
        self._segments: list[tuple[int, int]] | None = None

    @property
    def clauses(self) -> list[tuple[int, int]]:
        if self._clauses is None:
            self._clauses = clauses(self.view, self.start, self.end)
            self._clause_starts = [c[0] for c in self._clauses]
        return self._clauses

    def clause_index(self, pos: int) -> int:
        self.clauses  # noqa: B018  (computes the starts)
        return max(0, bisect.bisect_right(self._clause_starts, pos) - 1)

    def segment(self, pos: int) -> tuple[int, int]:
        if self._segments is None:
            self._segments = segments(self.view, self.start, self.end)
            self._segment_starts = [s for s, _ in self._segments]
        return self._segments[max(0, bisect.bisect_right(self._segment_starts, pos) - 1)]

    def orgs_between(self, lo: int, hi: int) -> list[Org]:
        return self.orgs[bisect.bisect_left(self.org_starts, lo) : bisect.bisect_left(self.org_starts, hi)]

    def places_between(self, lo: int, hi: int) -> list[Place]:
        return self.places[bisect.bisect_left(self.place_starts, lo) : bisect.bisect_left(self.place_starts, hi)]

    def times_between(self, lo: int, hi: int) -> list[Quantity]:
        return self.times[bisect.bisect_left(self.time_starts, lo) : bisect.bisect_left(self.time_starts, hi)]


@lru_cache(maxsize=1)
def _words():
    c = yaml_book(__package__, "claims.yml")
    by_len = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
    alt = lambda xs: "|".join(re.escape(x) for x in by_len(xs))  # noqa: E731
    return {
        "forward": by_len(c["forward_stops"]),
        "measure": re.compile(alt(c["measure_verbs"])),
        "trailing": re.compile(f"(?:{alt(c['trailing'])})$"),
        "subjectless": by_len(c["subjectless_starts"]),
        "prepositions": by_len(c["leading_prepositions"]),
        "change": by_len(c["change_verbs"]),
        "leading": re.compile(f"^(?:{alt(c['leading'])})+"),
        "reporting": re.compile(alt(c["reporting_verbs"])),
        "continuation": tuple(c["continuation_cues"]),
        "comparison": re.compile(c["comparison"]),
        "measure_nouns": tuple(c["measure_nouns"]),
        "frame_nouns": tuple(c["frame_nouns"]),
        "reporting_end": re.compile(f"(?:{alt(c['reporting_verbs'])})$"),
    }


_CLAUSE_EVENT = re.compile(r"[“”「」『』，；：,;:]")


def clauses(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans: split on ，；： outside quotation marks."""
    out, depth, cur = [], 0, start
    for m in _CLAUSE_EVENT.finditer(view, start, end):
        ch = m.group()
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((cur, m.start()))
            cur = m.end()
    out.append((cur, end))
    return out


def segments(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence parts separated by semicolons: each often reports a different actor."""
    out, cur = [], start
    for m in re.finditer(r"[；;]", view[start:end]):
        out.append((cur, start + m.end()))
        cur = start + m.end()
    out.append((cur, end))
    return out


def _strip_lead(view: str, pos: int, end: int, ctx: Context) -> int:
    """Skip prepositions, time expressions and quotation marks at a clause start."""
    w = _words()
    moved = True
    while moved and pos < end:
        moved = False
        if view[pos] in "“”\"‘’ ":
            pos += 1
            moved = True
            continue
        t = ctx.time_at.get(pos)
        if t is not None and t.end <= end:
            pos = t.end
            moved = True
        for p in w["prepositions"]:
            if view.startswith(p, pos):
                nxt = pos + len(p)
                if nxt in ctx.org_at or nxt in ctx.place_at:
                    pos = nxt
                    moved = True
                break
    return pos


def actor(view: str, q: Quantity, ctx: Context) -> tuple[str, Org | None, Place | None]:
    """The acting body for a number: an organization, or a place acting as a government.

    Failing that, a body that reports earlier in the sentence (国家统计局18日发布数据，…国内生产总值949746亿元)
    is the source of the figures it reports.
    """
    name, org, place = _acting(view, q, ctx)
    if not name:
        reporter = next((o for o in ctx.orgs_between(ctx.start, q.start)
                         if o.type != "group" and _words()["reporting"].search(view, o.end, q.start)
                         and "”" not in view[o.end : q.start]), None)  # a closed quotation ends what it reports
        if reporter is not None:
            return reporter.name, reporter, None
    return name, org, place


def _acting(view: str, q: Quantity, ctx: Context) -> tuple[str, Org | None, Place | None]:
    w = _words()
    last = ctx.clause_index(q.start)
    parts = ctx.clauses[max(0, last - MAX_CLAUSES_BACK) : last + 1]
    for idx in range(len(parts) - 1, -1, -1):
        cs, ce = parts[idx]
        limit = q.start if idx == len(parts) - 1 else ce
        org = next((o for o in ctx.orgs_between(cs, limit) if o.end <= limit and o.type != "group"), None)
        if org is not None and idx == len(parts) - 1:
            return org.name, org, None
        head = _strip_lead(view, cs, limit, ctx)
        org = ctx.org_at.get(head)
        if org is not None:
            return org.name, org, None
        place = ctx.place_at.get(head)
        if place is not None:
            after = view[place.end : place.end + 1]
            if after in ("全", "的", "、", "等") or q.start - place.end <= 2:
                return "", None, None  # 河南全省18.8万个… / 杭州、上海等地游客: the place qualifies a noun
            name = {"province": place.province, "prefecture": place.city, "county": place.county}.get(place.level, place.mention)
            return name, None, place
        if idx == len(parts) - 1 and head < limit and not view.startswith(w["subjectless"], head):
            if head not in ctx.time_at:
                return "", None, None
        if idx < len(parts) - 1 and not view.startswith(w["subjectless"], head):
            return "", None, None
    return "", None, None


def subject(view: str, q: Quantity, ctx: Context) -> str:
    """What the number measures: the noun after its measure word, else the noun phrase before it."""
    if q.noun_unit:
        return q.unit
    respective = _respectively(view, q, ctx)
    if respective:
        return respective
    w = _words()
    pos = q.unit_end
    if view.startswith("的", pos):
        pos += 1
    i = pos
    while i < ctx.end and i - pos < 12 and view[i] not in _DELIM and not view[i].isdigit():
        if i > pos and view.startswith(w["forward"], i):
            break
        i += 1
    forward = view[pos:i]
    if len(forward) > 2:
        forward = forward.rstrip("对向把给从")  # 受访群众对“办实事”…: the preposition opens the next phrase
    if len(forward) == 1 and forward in _ADMIN_NOUNS and view.startswith(("（", "("), i):
        forward = view[pos : view.find("）", i) + 1] or forward  # 31个省（区、市）
    if q.kind in ("count", "age") or pos != q.unit_end:
        if len(forward) >= 2:
            if pos != q.unit_end:  # 月销售额10万元以下的小规模纳税人: a measure named before the number is what it measures
                back = _backward(view, q, ctx, w)
                if len(back) >= 2 and (back.endswith(w["measure_nouns"]) or forward.startswith(w["frame_nouns"])):
                    return back
            return forward
    back = _backward(view, q, ctx, w)
    return back if len(back) >= 2 else forward


def _backward(view: str, q: Quantity, ctx: Context, w: dict) -> str:
    """The noun phrase before the number in its clause, without verbs, times, bodies and comparisons."""
    cs = q.start
    if cs > ctx.start and view[cs - 1] in _QUOTE_CLOSE:  # 建成“15分钟便民生活圈”86个
        opening = max(view.rfind(o, ctx.start, cs - 1) for o in _QUOTE_OPEN)
        if opening >= 0:
            return view[opening + 1 : cs - 1]
    end = q.start
    if cs > ctx.start and view[cs - 1] in "）)":  # 固定资产投资（不含农户）378978亿元: look past the aside
        opening = max(view.rfind("（", ctx.start, cs), view.rfind("(", ctx.start, cs))
        if opening > ctx.start:
            cs = end = opening
    while cs > ctx.start and view[cs - 1] not in _DELIM:
        cs -= 1
    back = view[cs:end]
    back = _strip_trailing(back, w)  # 第二产业增加值361362亿元，增长5.4%: nothing but a verb is left
    for span in [(o.start, o.end) for o in ctx.orgs_between(cs, q.start)] + [(t.start, t.end) for t in ctx.times_between(cs, q.start)]:
        seg = view[span[0] : span[1]]
        if back.startswith(seg):
            back = back[len(seg):]
    back = w["comparison"].sub("", back)
    cut = -1
    for m in w["measure"].finditer(back):
        if back.startswith(_MEASURE_SUFFIX, m.end()):
            continue  # 覆盖率城市达到100%: 覆盖 is part of 覆盖率, not a verb
        if m.start() > 0 and len(back) - m.end() >= 2 or m.start() == 0 and len(back) > m.end():
            cut = max(cut, m.end())  # keep compounds whole: 森林覆盖率 is not 覆盖 + 率
    if cut > 0:
        back = back[cut:]
    back = w["leading"].sub("", back.lstrip("的在将对把"))[-24:]
    if w["reporting_end"].search(back):
        return ""  # 调查显示八成以上受访群众: who reports is not what is measured
    if not back and cs - 1 > ctx.start and view[cs - 1] == "，" and view[cs:q.start] and \
            w["trailing"].fullmatch(view[cs:q.start]):  # 满意度最高，达到88.6%: the clause before names it
        prev = max(view.rfind("，", ctx.start, cs - 1) + 1, ctx.start)
        candidate = w["leading"].sub("", _strip_trailing(view[prev : cs - 1], w))
        ok = 2 <= len(candidate) <= 24 and not any(c in _DELIM or c.isdigit() for c in candidate)
        return candidate if ok else ""  # a clause with its own number (增加值210.3亿元，增长3.2%) leaves it to the sentence
    return "" if _RATE_ONLY.match(back) else back  # 达到每人每年不低于670元: a rate, the sentence's subject goes on


def _strip_trailing(text: str, w: dict) -> str:
    while text and (m := w["trailing"].search(text)):
        text = text[: m.start()]
    return text


_LIST_SEP = re.compile(r"[、和及与]")
_ADMIN_NOUNS = set("省市县区乡镇村")
_MEASURE_SUFFIX = ("率", "量", "额", "面积", "规模", "人数", "户数")
_RATE_ONLY = re.compile(r"^(?:每[人户家年月日天周亩次]){1,3}$")


def _respectively(view: str, q: Quantity, ctx: Context) -> str:
    """The k-th item of a list matched to the k-th value after 分别 (A、B参保人数分别为x、y → A参保人数, B参保人数)."""
    cs, ce = ctx.clauses[ctx.clause_index(q.start)]
    at = view.find("分别", cs, q.start)
    if at < 0:
        return ""
    k = len(_LIST_SEP.findall(view, at, q.start))
    n = len(_LIST_SEP.findall(view, at, ce)) + 1
    head = _words()["leading"].sub("", view[cs:at])
    head = re.sub(r"^.*?[对在把将为给]", "", head) if re.search(r"[对把给]", head) else head
    items = [i for i in _LIST_SEP.split(head) if i]
    if len(items) != n or n < 2 or k >= n:
        return ""
    last, first = items[-1], items[0]
    last_at = view.rfind(last, cs, at)
    entity = ctx.place_at.get(last_at) or ctx.org_at.get(last_at)
    if entity is not None and entity.end - last_at < len(last):  # 北京、内蒙古参保人数: the place ends the head
        tail = last[entity.end - last_at :]
    elif len(last) > len(first) and last[len(first) - 1] == first[-1]:  # 失业保险、工伤保险参保人数: heads alike
        tail = last[len(first) :]
    else:
        tail = ""
    return items[k] + (tail if k < n - 1 else "")


def continues(text: str) -> bool:
    """Whether a paragraph opens as a continuation of reported figures (据介绍，… / 分产业看，…)."""
    return text.startswith(_words()["continuation"])


def reports(view: str, org: Org | None, ctx: Context) -> bool:
    """Whether the acting organization frames the sentence as a report (人社部…介绍，…)."""
    return org is not None and bool(_words()["reporting"].search(view, org.end, ctx.end))


def change_and_comparison(view: str, q: Quantity, ctx: Context) -> tuple[str, str]:
    w = _words()
    cs = ctx.clauses[ctx.clause_index(q.start)][0]
    back = view[cs : q.start]
    change = next((v for v in w["change"] if back.rstrip("了").endswith(v)), "")
    found = w["comparison"].findall(back)
    return change, (found[-1] if found else "")


def place_for(q: Quantity, ctx: Context, acting_org: Org | None, acting_place: Place | None, seg: tuple[int, int]) -> str | None:
    """Province of the number: the acting place's, else the nearest place in its own segment;
    "" when a central body acts there (national in scope); None to let the caller look wider."""
    if acting_place is not None:
        return acting_place.province
    listed = lambda p: ctx.view.startswith(("、", "等"), p.end)  # noqa: E731  杭州、上海等地游客: where visitors come from
    before = ctx.places_between(seg[0], q.start)
    for p in reversed(before[-8:]):
        if p.end <= q.start and not listed(p):
            return p.province
    after = [p for p in ctx.places_between(q.start, seg[1])[:8] if not listed(p)]
    if after:
        return after[0].province
    if acting_org is not None and acting_org.level in CENTRAL_LEVELS:
        return ""
    return None


def _is_baseline(ctx: Context, t) -> bool:
    """比2018年, 较上年: the year a change is measured from, not the period the claim is about."""
    return t.start > ctx.start and ctx.view[t.start - 1] in "比较"


def time_for(q: Quantity, ctx: Context) -> str:
    for t in reversed(ctx.times_between(ctx.start, q.start)[-8:]):
        if t.end <= q.start and not _is_baseline(ctx, t):
            return t.time
    after = ctx.times_between(q.end, ctx.end)
    return after[0].time if after else ""
