"""Quantities: every number in a text with its value, unit, kind and hedge.

Spans are found first and only then normalized: a numeral converter run over raw
text corrupts names (四川 → 4川).  The grammar is NUMBER (+ 多/余) (+ 万/亿) (+ unit)
(+ 以上/左右 …), optionally a range, with hedge words before it; the words it uses
are the codebooks in ``data/codebooks``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import numerals, timex
from .codebooks import yaml_book

CLAIM_KINDS = {"money", "count", "percent", "ratio", "measure", "duration", "age"}
_CN = "零〇一二两三四五六七八九十百千万亿"
NUM_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
LATIN = re.compile(r"[A-Za-z]")
ADDRESS_AFTER = re.compile(r"(?:单元|号楼|号院|栋|幢|室|号线|路|弄|号|楼(?!盘))")
NOT_A_MEASURE = re.compile(r"\d*[:：]\d{2}|[×xX*+＋][\dA-Za-z]|-\d{7,8}")  # clock times, 7×24, 1+N, 0871-12345678
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


@lru_cache(maxsize=1)
def _grammar():
    units = yaml_book("units.yml")["units"]
    quals = yaml_book("qualifiers.yml")
    words = yaml_book("numbers_in_words.yml")
    unit_alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    infix = "|".join(re.escape(w) for w in quals["infix"])
    suffix = "|".join(re.escape(w) for w in sorted(quals["suffix"], key=len, reverse=True))
    tail = re.compile(
        rf"(?P<inf1>{infix})?(?P<mag>[百千万亿]+)?(?P<inf2>{infix})?(?P<unit>{unit_alt})?(?P<post>{suffix})?"
    )
    unit_only = re.compile(rf"(?P<inf2>{infix})?(?P<unit>{unit_alt})(?P<post>{suffix})?")
    seps = "|".join(re.escape(s) for s in quals["range_separators"])
    range_re = re.compile(rf"(?:{seps})(?={NUM_RE.pattern})")
    prefixes = dict(quals["prefix"])
    assert max(map(len, prefixes)) <= 3, "qualifiers.yml: prefixes longer than 3 characters need _prefix() to look further back"
    named = re.compile("|".join(re.escape(w) for w in sorted(words["named"], key=len, reverse=True)))
    rhetorical = {r["text"]: r for r in words["rhetorical"]}
    rhet_re = re.compile("|".join(re.escape(w) for w in sorted(rhetorical, key=len, reverse=True)))
    traps = re.compile("|".join(re.escape(w) for w in sorted(words["traps"], key=len, reverse=True)))
    return units, quals, tail, range_re, prefixes, named, rhetorical, rhet_re, traps, unit_only


def _mask(view: str, start: int, end: int, regex) -> dict[int, int]:
    """start -> end of every match, for quick lookup of spans that own a numeral."""
    return {m.start(): m.end() for m in regex.finditer(view, start, end)}


def _covers(spans: dict[int, int], pos: int) -> int:
    """End of a masked span that covers ``pos`` (checking starts up to 8 chars back), else -1."""
    for s in range(pos, max(-1, pos - 8), -1):
        e = spans.get(s)
        if e is not None and e > pos:
            return e
    return -1


def _bare(num: str) -> bool:
    return num in ("百", "千", "万", "亿")


def _value(num: str, mag: str) -> Decimal | None:
    value = Decimal(numerals.magnitudes()[num]) if _bare(num) else numerals.parse(num)
    if value is None:
        return None
    return value * numerals.scale(mag) if mag else value


def _prefix(view: str, pos: int, floor: int) -> tuple[int, str]:
    """The hedge word ending at ``pos`` (longest first), if any."""
    prefixes = _grammar()[4]
    for length in (3, 2, 1):
        s = pos - length
        if s >= floor:
            qual = prefixes.get(view[s:pos])
            if qual:
                return s, qual
    return pos, ""


def _quoted_named(view: str, start: int, end: int) -> dict[int, int]:
    """Short quoted phrases that open with a Chinese numeral: “两个维护”, “三长”, “十四五”."""
    out = {}
    for m in re.finditer(r"[“「‘\"]((?:[零〇一二两三四五六七八九十百千]{1,3}|\d{1,4})[\u4e00-\u9fff]{0,8})[”」’\"]", view[start:end]):
        out[start + m.start(1)] = start + m.end(1)
    return out


def find(view: str, start: int, end: int, ref: dt.date | None) -> list[Quantity]:
    """Quantities in ``view[start:end]``; dates are quantities of kind date.

    Run it over a whole document at once: no part of the grammar crosses the whitespace
    between paragraphs, and one pass is much faster than one per paragraph.
    """
    units, quals, tail, range_re, _, named_re, rhetorical, rhet_re, traps_re, _ = _grammar()
    out: list[Quantity] = []
    traps = _mask(view, start, end, traps_re)
    named = _mask(view, start, end, named_re)
    quoted = _quoted_named(view, start, end)
    rhet = _mask(view, start, end, rhet_re)
    dates = {t.start: t for t in timex.find(view, ref, start, end)}
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
        # dates first: 2021年7月, 8月27日, 上半年 (period words are handled below)
        t = dates.get(s)
        if t is not None:
            out.append(Quantity(t.start, t.end, None, None, "", "date", "exact", False, time=t.iso, numeral_start=s, unit_end=t.end))
            consumed = t.end
            continue
        if rhet.get(s, -1) > s:
            ne = rhet[s]
            r = rhetorical[view[s:ne]]
            out.append(Quantity(s, ne, float(r["value"]), None, r["unit"], r["kind"], "exact", False, subject="rhetorical", numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        ne = named.get(s, -1)
        if ne < 0 and _covers(traps, s) < 0 and num != "一":
            ne = quoted.get(s, -1)
        if ne > s:
            value = numerals.leading_value(view[s:ne])
            out.append(Quantity(s, ne, numerals.to_float(value), None, "", "named", "exact", False, numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        if _covers(traps, s) >= 0:
            continue
        q = _parse_at(view, s, e, num, start, end, ref)
        if q is None:
            continue
        consumed = q.end
        out.append(q)
    for m in re.finditer("翻番", view[start:end]):  # doubling with no numeral
        out.append(Quantity(start + m.start(), start + m.end(), 2.0, None, "倍", "ratio", "exact", True,
                            numeral_start=start + m.start(), unit_end=start + m.end()))
    out.sort(key=lambda q: q.start)
    _descriptors(view, out)
    # period words without a numeral (上半年, 去年, 年底) are dates too
    taken = [(q.start, q.end) for q in out]
    for t in dates.values():
        if not NUM_RE.match(view, t.start) and all(t.end <= a or t.start >= b for a, b in taken):
            out.append(Quantity(t.start, t.end, None, None, "", "date", "exact", False, time=t.iso, numeral_start=t.start, unit_end=t.end))
    return sorted(out, key=lambda q: q.start)


_CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?\s]")


def _descriptors(view: str, found: list[Quantity]) -> None:
    """A small count in Chinese numerals that qualifies a measured noun is not itself a claim:
    in 三项社会保险基金总收入7.95万亿元 the claim is the money, not the three funds."""
    for q, nxt in zip(found, found[1:]):
        if (q.claim and q.kind == "count" and q.value is not None and q.value <= 10 and not view[q.numeral_start].isdigit()
                and nxt.claim and not _CLAUSE_BREAK.search(view, q.end, nxt.start)):
            q.claim = False


def _parse_at(view: str, s: int, e: int, num: str, floor: int, ceil: int, ref) -> Quantity | None:
    units, quals, tail, range_re, *_ = _grammar()
    arabic = num[0].isdigit()
    before = view[s - 1] if s > floor else ""
    if before == "第":
        return _ordinal(view, s, e, num, ceil)
    if arabic and (before and LATIN.match(before) or (e < ceil and LATIN.match(view[e]))):
        return None  # 5G, G20, PM2.5
    if arabic and (view.endswith(ADDRESS_BEFORE, floor, s) or ADDRESS_AFTER.match(view, e)):
        return None  # 3单元201家, 5号楼, 2号线
    if arabic and (NOT_A_MEASURE.match(view, e) or (s > floor and view[s - 1] in "×xX*+＋:：-")):
        return None  # 9:00, 7×24小时, 1+N, a telephone number
    if view.startswith(("时", "点"), e) and view.endswith(TIME_OF_DAY_BEFORE, floor, s) and not view.startswith(("时间", "点位"), e):
        return None  # 至22时: a time of day
    t = _tail(view, e, ceil)
    inf = t.group("inf1") or t.group("inf2")
    mag = t.group("mag") or ""
    unit = t.group("unit") or ""
    post = t.group("post") or ""
    if view.endswith(("百分之", "千分之"), floor, s) and not unit:
        return _percent_words(view, s, e, num, mag, floor)
    if view.startswith("分之", e) and not arabic:
        return _fraction(view, s, e, num, floor, ceil)
    if unit == "番":  # 翻一番 = 2 times, 翻两番 = 4 times
        n = numerals.parse(num)
        if n is None or not view.endswith("翻", floor, s):
            return None
        return Quantity(s - 1, t.end(), float(2 ** int(n)), None, "倍", "ratio", "exact", True, numeral_start=s, unit_end=t.end())
    if not arabic and mag and num[-1] in "万亿" and mag[0] in "百千":
        return None
    spec = units.get(unit)
    if spec and (spec.get("chinese_only") and arabic or view.startswith(tuple(spec.get("not_followed_by", ())), t.end())):
        return None
    if spec and spec.get("arabic_only") and not arabic:
        unit, spec, post = "", None, ""
        t_end = e + len(inf or "") + len(mag)
    else:
        t_end = t.end() if unit or post else e + len(t.group("inf1") or "") + len(mag) + len(t.group("inf2") or "")
        if not unit and not post:
            post = ""
    if not arabic:
        if num == "一" and not mag and spec and spec["kind"] == "count":
            return None  # 一 as an article: 一个, 一批, 一户
        if not unit and not mag:
            if num in ("十",) or view.startswith("大", e):
                return _named_phrase(view, s, e, num, ceil) if view.startswith("大", e) else None
            return None
        if _bare(num) and spec and spec["kind"] == "count":
            return _named_phrase(view, s, e, num, ceil)  # 百项实践活动
    if arabic and not unit and not mag and not inf and not post:
        if (s == floor or view[s - 1] in "（(" or view[s - 1].isspace()) and ENUM_AFTER.match(view, e):
            return None  # list numbering: 1. （2）
    value = _value(num, mag)
    if value is None:
        return None
    kind = spec["kind"] if spec else "other"
    norm_unit = (spec.get("unit") or unit) if spec else ""
    if spec and spec.get("factor"):
        value *= Decimal(str(spec["factor"]))
    if unit and ORDINAL_AFTER.match(view, e + len(mag)):
        kind = "ordinal"
    if kind == "duration" and unit == "年" and PLAN_AFTER.match(view, t_end):
        kind = "named"  # 三年行动, 五年规划
    value_max = None
    qualifier = quals["infix"].get(inf, "") if inf else ""
    if post:
        qualifier = quals["suffix"][post]
    end = t_end
    r = range_re.match(view, end, ceil)
    if r and not post:
        m2 = NUM_RE.match(view, r.end(), ceil)
        if m2 and m2.group()[0].isdigit() == arabic:
            t2 = _tail(view, m2.end(), ceil)
            unit2 = t2.group("unit") or ""
            mag2 = t2.group("mag") or ""
            if (not unit or unit2 == unit or not unit2) and (unit2 or unit):
                if not unit and unit2:
                    unit, spec = unit2, units[unit2]
                    kind = spec["kind"]
                    norm_unit = spec.get("unit") or unit2
                if not mag and mag2:
                    mag = mag2
                    value = _value(num, mag)
                v2 = _value(m2.group(), mag2)
                if v2 is not None and value is not None:
                    factor = Decimal(str(spec["factor"])) if spec and spec.get("factor") else Decimal(1)
                    value_max = v2 * factor
                    qualifier = "range"
                    end = t2.end()
    pstart, pqual = _prefix(view, s, floor)
    if pqual and qualifier != "range":
        qualifier = pqual
    qualifier = qualifier or "exact"
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


def _tail(view: str, pos: int, ceil: int):
    """The tail grammar at ``pos``; a magnitude gives back a character a unit needs (6000万|千瓦)."""
    grammar = _grammar()
    t = grammar[2].match(view, pos, ceil)
    mag = t.group("mag") or ""
    if mag and not t.group("unit") and not t.group("inf2"):
        lead = pos + len(t.group("inf1") or "")
        for k in range(len(mag) - 1, -1, -1):
            alt = grammar[9].match(view, lead + k, ceil)
            if alt:
                return _Tail(t, alt, view[lead : lead + k])
    return t


class _Tail:
    """A tail match re-split between magnitude and unit."""

    def __init__(self, first, second, mag: str):
        self._groups = {"inf1": first.group("inf1"), "mag": mag or None, "inf2": second.group("inf2"),
                        "unit": second.group("unit"), "post": second.group("post")}
        self._end = second.end()

    def group(self, name: str):
        return self._groups[name]

    def end(self) -> int:
        return self._end


def _percent_words(view: str, s: int, e: int, num: str, mag: str, floor: int) -> Quantity | None:
    """百分之八十 → 80 %; 千分之三 → 0.3 %."""
    value = _value(num, mag)
    if value is None:
        return None
    if view.endswith("千分之", floor, s):
        value = value / 10
    _, quals, *_ = _grammar()
    pstart, pqual = _prefix(view, s - 3, floor)
    end = e + len(mag)
    post = next((w for w in sorted(quals["suffix"], key=len, reverse=True) if view.startswith(w, end)), "")
    qualifier = quals["suffix"][post] if post else (pqual or "exact")
    return Quantity(pstart, end + len(post), numerals.to_float(value), None, "%", "percent", qualifier, True,
                    numeral_start=s, unit_end=end + len(post))


def _fraction(view: str, s: int, e: int, num: str, floor: int, ceil: int) -> Quantity | None:
    """三分之一 → 33.33 % (a share written as a fraction)."""
    m = NUM_RE.match(view, e + 2, ceil)
    den, top = numerals.parse(num), numerals.parse(m.group()) if m else None
    if not den or top is None:
        return None
    _, quals, *_ = _grammar()
    pstart, pqual = _prefix(view, s, floor)
    end = m.end()
    post = next((w for w in sorted(quals["suffix"], key=len, reverse=True) if view.startswith(w, end)), "")
    qualifier = quals["suffix"][post] if post else (pqual or "exact")
    value = round(float(top) / float(den) * 100, 4)
    return Quantity(pstart, end + len(post), value, None, "%", "percent", qualifier, True, numeral_start=s, unit_end=end + len(post))


def _ordinal(view: str, s: int, e: int, num: str, ceil: int) -> Quantity | None:
    units, _, tail, *_ = _grammar()
    value = numerals.parse(num)
    if value is None:
        return None
    t = _tail(view, e, ceil)
    unit = t.group("unit") or ""
    end = e + len(unit) if unit else e
    return Quantity(s - 1, end, numerals.to_float(value), None, unit, "ordinal", "exact", False, numeral_start=s, unit_end=end)


def _named_phrase(view: str, s: int, e: int, num: str, ceil: int) -> Quantity:
    """A number that names a programme (十大专项行动, 百项实践活动): runs to the next boundary."""
    m = re.compile(r"[\u4e00-\u9fff]{1,8}?(?=[和与及、，。；：”“）（的等\s]|$)").match(view, e, ceil)
    end = m.end() if m else e
    value = Decimal(numerals.magnitudes()[num]) if _bare(num) else numerals.parse(num)
    return Quantity(s, end, numerals.to_float(value), None, "", "named", "exact", False, numeral_start=s, unit_end=end)
