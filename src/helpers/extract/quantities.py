"""Quantities: every number in a text with its value, unit, kind and hedge.

Spans are found first and only then normalized: a numeral converter run over raw
text corrupts names (四川 → 4川).  The grammar is NUMBER (+ 多/余) (+ 万/亿) (+ unit)
(+ 以上/左右 …), optionally a range, with hedge words before it; the words it uses
are the codebooks in ``data/codebooks``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple
from decimal import Decimal
from functools import lru_cache

from . import numerals, timex
from ..ingest import FILE_NUMBER as _FILE_NUMBER
from ..codebook import yaml_book

CLAIM_KINDS = {"money", "count", "percent", "ratio", "measure", "duration", "age"}
NUM_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
LATIN = re.compile(r"[A-Za-z]")
ADDRESS_AFTER = re.compile(r"(?:单元|号楼|号院|栋|幢|室|号线|路|弄|号|楼(?!盘))")
FILE_NUMBER = re.compile(_FILE_NUMBER)  # 国办发〔2022〕30号: a file number, not a year and a count
NOT_A_MEASURE = re.compile(r"(?:[:：]\d{2}|[×xX*+＋][\dA-Za-z]|-\d{7,8})[\d.:：]*")  # 9:00, 7×24, 1+N, 0871-12345678, 3.7:40.5:55.8
MINUS = "-−－"
TIME_OF_DAY_BEFORE = ("至", "到", "上午", "下午", "晚上", "凌晨", "中午", "早上", "傍晚", "晚", "早", "当天", "每天", "次日")
ADDRESS_BEFORE = ("单元", "号楼", "栋", "幢", "层")
ORDINAL_AFTER = re.compile(r"(?:次|届)(?=会议|全会|全体会议|代表大会|党代会|全国代表大会)")
PLAN_AFTER = re.compile(r"(?:行动|计划|规划|攻坚|工程)")
ENUM_AFTER = re.compile(r"[）)、．.]")
TIMEFRAME_AFTER = ("来", "以来", "间", "内", "中", "里")
TIMEFRAME_BEFORE = ("过去", "近", "这", "最近", "未来", "今后", "此后", "前后")


@dataclass
class Quantity:
    start: int
    end: int
    value: float | None
    value_max: float | None
    unit: str
    kind: str
    qualifier: str
    claim: bool
    time: str = ""
    numeral_start: int = 0
    unit_end: int = 0
    noun_unit: bool = False
    subject: str = ""


class Grammar(NamedTuple):
    """The compiled number grammar, built once from the codebooks."""

    units: dict
    quals: dict
    tail: re.Pattern
    unit_only: re.Pattern
    range_re: re.Pattern
    prefixes: dict
    suffixes: tuple
    named: re.Pattern
    rhetorical: dict
    rhetorical_re: re.Pattern
    traps: re.Pattern
    trap_window: int


@dataclass
class Tail:
    """What follows a numeral: 多/余, magnitude, measure word or unit, 以上/左右 …"""

    inf1: str
    mag: str
    inf2: str
    unit: str
    post: str
    end: int


@lru_cache(maxsize=1)
def _grammar() -> Grammar:
    units = yaml_book(__package__, "units.yml")["units"]
    quals = yaml_book(__package__, "qualifiers.yml")
    words = yaml_book(__package__, "numbers_in_words.yml")
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    infix, suffix = alt(quals["infix"]), alt(quals["suffix"])
    tail = re.compile(rf"(?P<inf1>{infix})?(?P<mag>[百千万亿]+)?(?P<inf2>{infix})?(?P<unit>{alt(units)})?(?P<post>{suffix})?")
    unit_only = re.compile(rf"(?P<inf2>{infix})?(?P<unit>{alt(units)})(?P<post>{suffix})?")
    range_re = re.compile(rf"(?:{alt(quals['range_separators'])})(?={NUM_RE.pattern})")
    prefixes = dict(quals["prefix"])
    assert max(map(len, prefixes)) <= 3, "qualifiers.yml: prefixes longer than 3 characters need _prefix() to look further back"
    rhetorical = {r["text"]: r for r in words["rhetorical"]}
    return Grammar(units, quals, tail, unit_only, range_re, prefixes, tuple(sorted(quals["suffix"], key=len, reverse=True)),
                   re.compile(alt(words["named"])), rhetorical, re.compile(alt(rhetorical)), re.compile(alt(words["traps"])),
                   max(map(len, words["traps"])))


def _mask(view: str, start: int, end: int, regex) -> dict[int, int]:
    """start -> end of every match, for quick lookup of spans that own a numeral."""
    return {m.start(): m.end() for m in regex.finditer(view, start, end)}


def _covers(spans: dict[int, int], pos: int, window: int) -> bool:
    """Whether a masked span (at most ``window`` characters long) covers ``pos``."""
    return any(spans.get(s, -1) > pos for s in range(pos, max(-1, pos - window), -1))


def _bare(num: str) -> bool:
    return num in ("百", "千", "万", "亿")


def _value(num: str, mag: str) -> Decimal | None:
    value = Decimal(numerals.magnitudes()[num]) if _bare(num) else numerals.parse(num)
    if value is None:
        return None
    return value * numerals.scale(mag) if mag else value


def _prefix(view: str, pos: int, floor: int) -> tuple[int, str]:
    """The hedge word ending at ``pos`` (longest first), if any."""
    prefixes = _grammar().prefixes
    for length in (3, 2, 1):
        s = pos - length
        if s >= floor:
            qual = prefixes.get(view[s:pos])
            if qual:
                return s, qual
    return pos, ""


def _suffix(view: str, pos: int) -> str:
    return next((w for w in _grammar().suffixes if view.startswith(w, pos)), "")


def _quoted_named(view: str, start: int, end: int) -> dict[int, int]:
    """Short quoted phrases that open with a numeral: “两个维护”, “三长”, “十四五”, “15分钟便民生活圈”."""
    out = {}
    for m in re.finditer(r"[“「‘\"]((?:[零〇一二两三四五六七八九十百千]{1,3}|\d{1,4})[\u4e00-\u9fff]{0,8})[”」’\"]", view[start:end]):
        out[start + m.start(1)] = start + m.end(1)
    return out


def find(view: str, start: int, end: int, ref: dt.date | None) -> list[Quantity]:
    """Quantities in ``view[start:end]``; dates are quantities of kind date.

    Run it over a whole document at once: no part of the grammar crosses the whitespace
    between paragraphs, and one pass is much faster than one per paragraph.
    """
    g = _grammar()
    out: list[Quantity] = []
    traps = _mask(view, start, end, g.traps)
    named = _mask(view, start, end, g.named)
    quoted = _quoted_named(view, start, end)
    rhet = _mask(view, start, end, g.rhetorical_re)
    dates = {t.start: t for t in timex.find(view, ref, start, end)}
    date_list = sorted(dates.values(), key=lambda t: t.start)
    date_starts = [t.start for t in date_list]
    consumed = start
    for m in NUM_RE.finditer(view, start, end):
        s, e = m.span()
        if s < consumed:
            continue
        num = m.group()
        if num[0] in "零〇" and not num.startswith(("零点", "〇点")):
            s, num = s + 1, num[1:]  # 清零一户: 零 closes a word, it does not open a number
            if not num:
                continue
        t = dates.get(s)  # dates first: 2021年7月, 8月27日 (period words without numerals are added below)
        if t is None:  # 前10个月, 今年前11个月: a period that opens before its numeral, not a duration
            i = bisect.bisect_right(date_starts, s) - 1
            if i >= 0 and consumed <= date_starts[i] and s < date_list[i].end and view[s - 1] == "前":
                t = date_list[i]
        if t is not None:
            out.append(Quantity(t.start, t.end, None, None, "", "date", "exact", False, time=t.iso, numeral_start=s, unit_end=t.end))
            consumed = t.end
            continue
        if rhet.get(s, -1) > s:
            ne = rhet[s]
            r = g.rhetorical[view[s:ne]]
            out.append(Quantity(s, ne, float(r["value"]), None, r["unit"], r["kind"], "exact", False, subject="rhetorical",
                                numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        trapped = _covers(traps, s, g.trap_window)
        ne = named.get(s, -1)
        if ne < 0 and not trapped and num != "一":
            ne = quoted.get(s, -1)
        if ne > s:
            value = numerals.leading_value(view[s:ne])
            out.append(Quantity(s, ne, numerals.to_float(value), None, "", "named", "exact", False, numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        if trapped:
            continue
        if num[0].isdigit():
            skip = FILE_NUMBER.match(view, s - 1) if s > start else None
            if skip:
                consumed = skip.end()
                continue
            skip = NOT_A_MEASURE.match(view, e)
            if skip:  # 9:00, 7×24, 0871-12345678: the whole notation goes, not just its first number
                consumed = skip.end()
                continue
        q = _parse_at(view, s, e, num, start, end)
        if q is None:
            consumed = _MAGNITUDES.match(view, e, end).end()  # a rejected numeral takes its 万 with it
            continue
        consumed = q.end
        out.append(q)
    for m in _DOUBLING.finditer(view, start, end):  # 翻番, 翻了一番 (x2), 翻两番 (x4)
        if any(q.start < m.end() and m.start() < q.end for q in out):
            continue
        out.append(Quantity(m.start(), m.end(), 2.0 ** _DOUBLINGS[m.group(1) or "一"], None, "倍", "ratio", "exact", True,
                            numeral_start=m.start(), unit_end=m.end()))
    out.sort(key=lambda q: q.start)
    _descriptors(view, out)
    starts = [q.start for q in out]  # period words without a numeral (上半年, 去年, 年底) are dates too
    extra = []
    for t in dates.values():
        i = bisect.bisect_right(starts, t.start)
        clear = (i == 0 or out[i - 1].end <= t.start) and (i == len(out) or out[i].start >= t.end)
        if clear and not NUM_RE.match(view, t.start):
            extra.append(Quantity(t.start, t.end, None, None, "", "date", "exact", False, time=t.iso, numeral_start=t.start, unit_end=t.end))
    return sorted(out + extra, key=lambda q: q.start)


_MAGNITUDES = re.compile(r"[百千万亿]*")
_DOUBLING = re.compile(r"翻了?([一两三])?番")
_DOUBLINGS = {"一": 1, "两": 2, "三": 3}
_CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?\s]")


def _descriptors(view: str, found: list[Quantity]) -> None:
    """A small count in Chinese numerals that qualifies a measured noun is not itself a claim:
    in 三项社会保险基金总收入7.95万亿元 the claim is the money, not the three funds."""
    for q, nxt in zip(found, found[1:]):
        if (q.claim and q.kind == "count" and q.value is not None and q.value <= 10 and not view[q.numeral_start].isdigit()
                and nxt.claim and not _CLAUSE_BREAK.search(view, q.end, nxt.start)):
            q.claim = False


def _parse_at(view: str, s: int, e: int, num: str, floor: int, ceil: int) -> Quantity | None:
    """The quantity whose numeral is ``view[s:e]``, or None when the numeral is not a quantity."""
    g = _grammar()
    arabic = num[0].isdigit()
    before = view[s - 1] if s > floor else ""
    if before == "第":
        return _ordinal(view, s, e, num, ceil)
    if arabic and (before and LATIN.match(before) or (e < ceil and LATIN.match(view[e]))):
        return None  # 5G, G20, PM2.5
    if arabic and (view.endswith(ADDRESS_BEFORE, floor, s) or ADDRESS_AFTER.match(view, e)):
        return None  # 3单元201家, 5号楼, 2号线
    if arabic and before and before in "×xX*+＋":
        return None  # the second number of 7×24 or 1+1
    if view.startswith(("时", "点"), e) and view.endswith(TIME_OF_DAY_BEFORE, floor, s) and not view.startswith(("时间", "点位"), e):
        return None  # 至22时: a time of day
    t = _tail(view, e, ceil)
    inf = t.inf1 or t.inf2
    mag, unit, post = t.mag, t.unit, t.post
    if view.endswith(("百分之", "千分之"), floor, s) and not unit:
        return _percent_words(view, s, e, num, mag, floor)
    if view.startswith("分之", e) and not arabic:
        return _fraction(view, s, e, num, floor, ceil)
    if unit == "番":  # 翻一番 = 2 times, 翻两番 = 4 times
        n = numerals.parse(num)
        if n is None or not view.endswith("翻", floor, s):
            return None
        return Quantity(s - 1, t.end, float(2 ** int(n)), None, "倍", "ratio", "exact", True, numeral_start=s, unit_end=t.end)
    if not arabic and mag and num[-1] in "万亿" and mag[0] in "百千":
        return None
    spec = g.units.get(unit)
    if spec and (spec.get("chinese_only") and arabic or view.startswith(tuple(spec.get("not_followed_by", ())), t.end)):
        return None
    if spec and spec.get("arabic_only") and not arabic:
        unit, spec, post = "", None, ""
        t_end = e + len(t.inf1) + len(mag)
    else:
        t_end = t.end if unit or post else e + len(t.inf1) + len(mag) + len(t.inf2)
    ranged = bool(g.range_re.match(view, t_end, ceil)) and not post
    if not arabic:
        if num == "一" and not mag and spec and spec["kind"] == "count":
            return None  # 一 as an article: 一个, 一批, 一户
        if not unit and not mag and not ranged:
            return _named_phrase(view, s, e, num, ceil) if view.startswith("大", e) else None
        if _bare(num) and spec and spec["kind"] == "count":
            return _named_phrase(view, s, e, num, ceil)  # 百项实践活动
    if arabic and not unit and not mag and not inf and not post and not ranged:
        if (s == floor or before in "（(" or before.isspace()) and ENUM_AFTER.match(view, e):
            return None  # list numbering: 1. （2）
    value = _value(num, mag)
    if value is None:
        return None
    value_max = None
    qualifier = g.quals["suffix"][post] if post else (g.quals["infix"].get(inf, "") if inf else "")
    end = t_end
    if ranged:
        r = g.range_re.match(view, t_end, ceil)
        m2 = NUM_RE.match(view, r.end(), ceil)
        if m2 and m2.group()[0].isdigit() == arabic:
            t2 = _tail(view, m2.end(), ceil)
            if (not unit or t2.unit in (unit, "")) and (t2.unit or unit):
                if not unit:
                    unit, spec = t2.unit, g.units[t2.unit]
                if not mag and t2.mag:
                    mag = t2.mag
                    value = _value(num, mag)
                v2 = _value(m2.group(), t2.mag)
                if v2 is not None and value is not None:
                    value_max, qualifier, end = v2, "range", t2.end
    if not unit and not mag and not arabic:
        return None  # a range of bare Chinese numerals with no unit (三至五)
    kind = spec["kind"] if spec else "other"
    norm_unit = (spec.get("unit") or unit) if spec else ""
    factor = Decimal(str(spec["factor"])) if spec and spec.get("factor") else None
    if factor is not None:  # applied once, to both ends of a range: 5-8‰
        value *= factor
        value_max = value_max * factor if value_max is not None else None
    if unit and ORDINAL_AFTER.match(view, e + len(mag)):
        kind = "ordinal"
    if kind == "duration" and unit == "年" and PLAN_AFTER.match(view, t_end):
        kind = "named"  # 三年行动, 五年规划
    pstart, pqual = _prefix(view, s, floor)
    if pqual and qualifier != "range":
        qualifier = pqual
    qualifier = qualifier or "exact"
    if arabic and before and before in MINUS and (s - 1 == floor or not (view[s - 2].isascii() and view[s - 2].isalnum())):
        value, pstart = -value, min(pstart, s - 1)  # -3.5%
    claim = kind in CLAIM_KINDS or (kind == "other" and bool(mag or qualifier != "exact" or "." in num))
    if kind == "duration" and (view.startswith(TIMEFRAME_AFTER, end) or view.endswith(TIMEFRAME_BEFORE, floor, s)):
        claim = False  # 过去一年, 近5年, 10年来: a time frame, not a measurement
        if pqual == "approx" and pstart < s:
            pstart, qualifier = s, "exact"
    if kind == "other" and arabic and len(num.replace(".", "")) >= 7 and not mag:
        claim = False  # phone numbers, codes
    if kind == "money" and norm_unit == "元" and not mag and not arabic and value < 1:
        claim = False
    return Quantity(pstart, end, numerals.to_float(value), numerals.to_float(value_max), norm_unit, kind, qualifier, claim,
                    numeral_start=s, unit_end=end, noun_unit=bool(spec and spec.get("noun")))


def _tail(view: str, pos: int, ceil: int) -> Tail:
    """The tail grammar at ``pos``; a magnitude gives back a character a unit needs (6000万|千瓦)."""
    g = _grammar()
    t = g.tail.match(view, pos, ceil)
    inf1, mag = t.group("inf1") or "", t.group("mag") or ""
    if mag and not t.group("unit") and not t.group("inf2"):
        lead = pos + len(inf1)
        for k in range(len(mag) - 1, -1, -1):
            alt = g.unit_only.match(view, lead + k, ceil)
            if alt:
                return Tail(inf1, view[lead : lead + k], alt.group("inf2") or "", alt.group("unit"), alt.group("post") or "", alt.end())
    return Tail(inf1, mag, t.group("inf2") or "", t.group("unit") or "", t.group("post") or "", t.end())


def _percent_words(view: str, s: int, e: int, num: str, mag: str, floor: int) -> Quantity | None:
    """百分之八十 → 80 %; 千分之三 → 0.3 %."""
    value = _value(num, mag)
    if value is None:
        return None
    if view.endswith("千分之", floor, s):
        value = value / 10
    pstart, pqual = _prefix(view, s - 3, floor)
    end = e + len(mag)
    post = _suffix(view, end)
    qualifier = _grammar().quals["suffix"][post] if post else (pqual or "exact")
    return Quantity(pstart, end + len(post), numerals.to_float(value), None, "%", "percent", qualifier, True,
                    numeral_start=s, unit_end=end + len(post))


def _fraction(view: str, s: int, e: int, num: str, floor: int, ceil: int) -> Quantity | None:
    """三分之一 → 33.33 % (a share written as a fraction)."""
    m = NUM_RE.match(view, e + 2, ceil)
    den, top = numerals.parse(num), numerals.parse(m.group()) if m else None
    if not den or top is None:
        return None
    pstart, pqual = _prefix(view, s, floor)
    end = m.end()
    post = _suffix(view, end)
    qualifier = _grammar().quals["suffix"][post] if post else (pqual or "exact")
    value = round(float(top) / float(den) * 100, 4)
    return Quantity(pstart, end + len(post), value, None, "%", "percent", qualifier, True, numeral_start=s, unit_end=end + len(post))


def _ordinal(view: str, s: int, e: int, num: str, ceil: int) -> Quantity | None:
    value = numerals.parse(num)
    if value is None:
        return None
    unit = _tail(view, e, ceil).unit
    end = e + len(unit)
    return Quantity(s - 1, end, numerals.to_float(value), None, unit, "ordinal", "exact", False, numeral_start=s, unit_end=end)


_NAMED_END = re.compile(r"[\u4e00-\u9fff]{1,8}?(?=[和与及、，。；：”“）（的等\s]|$)")


def _named_phrase(view: str, s: int, e: int, num: str, ceil: int) -> Quantity:
    """A number that names a programme (十大专项行动, 百项实践活动): runs to the next boundary."""
    m = _NAMED_END.match(view, e, ceil)
    end = m.end() if m else e
    value = Decimal(numerals.magnitudes()[num]) if _bare(num) else numerals.parse(num)
    return Quantity(s, end, numerals.to_float(value), None, "", "named", "exact", False, numeral_start=s, unit_end=end)
