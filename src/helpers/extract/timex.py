"""Time expressions (2021年7月, 7月中旬, 上半年, 去年) resolved against the document's date.

News and reports leave the year out (8月27日) and speak of periods (上半年); both are
resolved relative to the dateline, never to "now", so the same text gives the same
answer in any year it is processed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, longest_first, yaml_book
from . import numerals
from .numerals import parse


@dataclass(frozen=True)
class Calendar:
    """``timex.yml`` with the numeral system: the words and the one pattern that finds dates."""

    pattern: re.Pattern
    taiwan_pattern: re.Pattern  # the same, with years of Taiwan's calendar (107年)
    taiwan_evidence: re.Pattern  # a text that writes them (106年第4季)
    taiwan_offset: int
    taiwan_evidence_min: int  # times a text writes such a year before a part of the year or a month
    relative_years: dict[str, int]
    relative_year_spans: dict[str, tuple[int, int]]  # 今明两年: this year and the next
    month_parts: dict[str, tuple]
    year_parts: dict[str, tuple[int, int]]
    year_points: dict[str, int]
    first_months: dict
    quarter: dict


def _numbers() -> dict[str, str]:
    """Numeral patterns for years, months and days, in Arabic or Chinese digits (二〇二一, 十二, 二十七)."""
    system = numerals.system()
    by_value = {v: d for d, v in reversed(list(system.digits.items())) if d in system.positional}  # 二 over 两
    ten = next(c for c, v in system.magnitudes.items() if v == 10)
    one_to_nine = "".join(by_value[v] for v in range(1, 10))
    positional = "".join(d for d in system.digits if d in system.positional)
    cn_day = (f"{by_value[3]}{ten}{by_value[1]}|{by_value[3]}{ten}|{by_value[2]}{ten}[{one_to_nine}]?"
              f"|{ten}[{one_to_nine}]?|[{one_to_nine}]")
    return {
        "year": rf"(?:19|20)\d{{2}}|[{positional}]{{4}}",
        "month": rf"1[0-2]|0?[1-9]|{ten}[{by_value[1]}{by_value[2]}]?|[{one_to_nine}]",
        "day": rf"3[01]|[12]\d|0?[1-9]|{cn_day}",
        "two_to_eleven": rf"1[01]|[2-9]|{ten}{by_value[1]}?|[{''.join(d for d, v in system.digits.items() if 2 <= v <= 9)}]",
        "one_to_four": rf"[{''.join(by_value[v] for v in range(1, 5))}1-4]",
        "first": "".join(system.digits) + ten,
    }


@lru_cache(maxsize=1)
def lexicon() -> Calendar:
    book = yaml_book(__package__, "timex.yml")
    n = _numbers()
    rel = dict(book["relative_years"])
    comparison = "".join(book["comparison_markers"])
    guarded = set(book["not_after_comparison"])
    rel_alt = "|".join(f"(?<![{comparison}]){re.escape(w)}" if w in guarded else re.escape(w) for w in longest_first(rel))
    parts = {k: tuple(v) for k, v in book["month_parts"].items()}
    year_points = dict(book["year_points"])
    year_ends = [p[1:] for p in year_points if p[1:] in parts]  # 2023年底: a point of the year after 年
    fm, quarter = book["first_months"], book["quarter"]
    first_months = (rf"(?<![{''.join(fm['not_after'])}]){re.escape(fm['prefix'])}(?:{n['two_to_eleven']}){re.escape(fm['suffix'])}")
    quarters = rf"{re.escape(quarter['prefix'])}?{n['one_to_four']}{re.escape(quarter['suffix'])}"
    period = "|".join([alternation(book["year_parts"]), quarters, alternation(year_points), first_months])
    xun = alternation(parts)
    sep = alternation(book["range_separators"])
    fiscal = alternation(book["fiscal_year_words"])
    spans = {k: tuple(v) for k, v in book["relative_year_spans"].items()}
    first_chars = set(n["first"]) | {w[0] for w in list(rel) + list(spans) + list(book["year_parts"]) + list(year_points)} \
        | {quarter["prefix"], fm["prefix"]}
    lead = "".join(sorted(first_chars))
    day_not = alternation(book["day_not_followed_by"])
    month_not = alternation(book["month_not_followed_by"])
    m, d = n["month"], n["day"]
    taiwan = book["taiwan_calendar"]

    def dates(y: str) -> re.Pattern:
        return re.compile(
            rf"(?=[\d{re.escape(lead)}])(?<![\d.])(?:"  # the lookahead first: it turns most characters away in one step
            rf"(?P<span>{alternation(spans)})"
            rf"|(?P<f1>{y})[-/／](?P<f1e>\d{{2}})(?:(?:{fiscal})?(?:{sep})(?P<f2>{y})[-/／](?P<f2e>\d{{2}}))?(?:{fiscal})"
            rf"|(?P<y1>{y})年?(?:{sep})(?P<y2>{y})年"
            rf"|(?:(?P<ym>{y})年)?(?P<mr1>{m})(?:{sep})(?P<mr2>{m})月份?"
            rf"|(?:(?P<y>{y})年度?|(?P<rel>{rel_alt}))"
            rf"(?:(?P<m>{m})月份?(?!{month_not})(?:(?P<d>{d})[日号]|(?P<xun>{xun}))?|(?P<yx>{alternation(year_ends)}))?(?P<period>{period})?"
            rf"|(?P<m2>{m})月份?(?!{month_not})(?:(?P<d2>{d})[日号]|(?P<xun2>{xun}))?"
            rf"|(?P<period2>{period})"
            rf"|(?P<d3>3[01]|[12]\d|0?[1-9])日(?!{day_not}))"
        )
    tw_year, tw_parts = taiwan["year"], taiwan["parts"]
    after_words = "|".join([f"(?<={re.escape(w)})" for w in taiwan["before"]] + ["(?<![^\\n])"])  # or opening a line
    tw = rf"(?:{after_words}){tw_year}(?=年)|{tw_year}(?=年{tw_parts})"
    return Calendar(dates(n["year"]), dates(rf"{n['year']}|{tw}"), re.compile(rf"(?<![0-9.]){tw_year}年{tw_parts}"),
                    int(taiwan["offset"]), int(taiwan["min_evidence"]), rel, spans, parts,
                    {k: tuple(v) for k, v in book["year_parts"].items()}, year_points, fm, quarter)


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    iso: str


def parse_iso(value: str) -> dt.date | None:
    """A document date from the tables, or None when missing or malformed."""
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def year_end(year: int | None) -> dt.date | None:
    """A stand-in reference date for an undated text: the end of the year it mentions most."""
    return dt.date(year, 12, 31) if year else None


def _int(s: str) -> int:
    return int(parse(s))


def _year(s: str) -> int:
    """A year's number, one of Taiwan's calendar (three digits: 107) as the Gregorian year (2018)."""
    year = _int(s)
    return year + lexicon().taiwan_offset if len(s) == 3 else year


def _interval(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def resolve(m: re.Match, ref: dt.date | None) -> str | None:
    """ISO date, month, year or interval for one match; None when the match is not a valid date.

    Without a year (an undated text) a month and day are written ISO 8601's way, ``--10-18``;
    a period such as 上半年 is then kept as a date with an unknown time, "".
    """
    g = m.groupdict()
    lex = lexicon()
    if g.get("f1"):  # 2025/26年度, 2026-27至2035-36年度: years that run across two calendar years
        first, last = int(g["f1"]), int(g["f2"] or g["f1"])
        if any(int(e) != (y + 1) % 100 for y, e in ((first, g["f1e"]), (last, g["f2e"] or g["f1e"]))) or last < first:
            return None
        return f"{first}/{last + 1}"
    if g.get("y2"):
        return f"{_year(g['y1'])}/{_year(g['y2'])}"
    if g.get("span"):  # 今明两年: this year and the next, of the document's year
        first, last = lex.relative_year_spans[g["span"]]
        return f"{ref.year + first}/{ref.year + last}" if ref else ""
    if g.get("mr2"):  # 1-10月: months of one year
        year = _year(g["ym"]) if g.get("ym") else (ref.year if ref else None)
        m1, m2 = _int(g["mr1"]), _int(g["mr2"])
        if not 1 <= m1 < m2 <= 12:
            return None
        if year is None:
            return f"--{m1:02d}/--{m2:02d}"
        return _interval(dt.date(year, m1, 1), dt.date(year, m2, _month_end(year, m2)))
    year = None
    if g.get("y"):
        year = _year(g["y"])
    elif g.get("rel"):
        base = ref.year if ref else None
        offset = lex.relative_years[g["rel"]]
        year = base + offset if base else None
    elif ref:
        year = ref.year
    month = g.get("m") or g.get("m2")
    day = g.get("d") or g.get("d2")
    if g.get("d3"):  # 12日 alone: a day of the dateline's month
        if ref is None:
            return ""
        month, day = str(ref.month), g["d3"]
    xun = g.get("xun") or g.get("xun2")
    period = g.get("period") or g.get("period2") or (next(p for p in lex.year_points if p.endswith(g["yx"])) if g.get("yx") else None)
    if month:
        mo = _int(month)
        if not 1 <= mo <= 12:
            return None
        if year is None:
            d = _int(day) if day else None
            if d is not None and not 1 <= d <= 31:
                return None
            return f"--{mo:02d}-{d:02d}" if d else f"--{mo:02d}"
        last = _month_end(year, mo)
        if day:
            d = _int(day)
            return dt.date(year, mo, d).isoformat() if 1 <= d <= last else None
        if xun:
            lo, hi = lex.month_parts[xun]
            return _interval(dt.date(year, mo, lo), dt.date(year, mo, last if hi == "end" else hi))
        return f"{year:04d}-{mo:02d}"
    if year is None:
        return ""
    if period:
        return _period(period, year, lex)
    return f"{year:04d}"


def _months(year: int, first: int, last: int) -> str:
    return _interval(dt.date(year, first, 1), dt.date(year, last, _month_end(year, last)))


def _period(period: str, year: int, lex: Calendar) -> str:
    """A part of the year (上半年, 前10个月, 三季度) as an interval, or a point of it (年底) as its month."""
    if period in lex.year_parts:
        return _months(year, *lex.year_parts[period])
    if period in lex.year_points:
        return f"{year:04d}-{lex.year_points[period]:02d}"
    fm = lex.first_months
    if period.startswith(fm["prefix"]) and period.endswith(fm["suffix"]):  # 前10个月: January to the tenth month
        return _months(year, 1, _int(period[len(fm["prefix"]) : -len(fm["suffix"])]))
    q = _int(period.removeprefix(lex.quarter["prefix"])[0])  # 三季度, 第3季度
    return _months(year, 3 * q - 2, 3 * q)


@lru_cache(maxsize=4)
def _taiwan_calendar(view: str) -> bool:
    """Whether a text writes years of Taiwan's calendar (106年第4季): the whole text decides, once for its paragraphs."""
    lex = lexicon()
    first = lex.taiwan_evidence.search(view)  # most texts: none, in one scan
    return first is not None and sum(1 for _ in zip(range(lex.taiwan_evidence_min - 1),
                                                    lex.taiwan_evidence.finditer(view, first.end()))) >= lex.taiwan_evidence_min - 1


def find(view: str, ref: dt.date | None, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """All time expressions in ``view[start:end]``."""
    out = []
    lex = lexicon()
    pattern = lex.taiwan_pattern if _taiwan_calendar(view) else lex.pattern
    latest = ref.year - lex.taiwan_offset if ref else None  # no year of Taiwan's calendar after the document's
    for m in pattern.finditer(view, start, len(view) if end is None else end):
        if m.end() == m.start():
            continue
        if latest is not None and any(len(y) == 3 and int(y) > latest for y in m.group("y", "y1", "y2", "ym") if y):
            continue
        iso = resolve(m, ref)
        if m.group("d3") and out:
            iso = _range_end(view, out[-1], m.start(), m.group("d3")) or iso
        if iso is not None:
            out.append(TimeExpr(m.start(), m.end(), m.group(), iso))
    return out


def _range_end(view: str, first: TimeExpr, start: int, day: str) -> str | None:
    """The date a day alone closes a range with, in the month of the date that opens it (10月1日至7日: 7日 of
    October, not of the dateline's month), or None where no dated day opens a range right before it."""
    if view[first.end : start] not in yaml_book(__package__, "timex.yml")["range_separators"] or not ISO_DAY.fullmatch(first.iso):
        return None
    last = int(day)
    if not int(first.iso[-2:]) < last <= (_month_end(int(first.iso[:4]), int(first.iso[5:7])) if first.iso[0] != "-" else 31):
        return None
    return f"{first.iso[:-2]}{last:02d}"


ISO_DAY = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")  # 2024-10-01, or --10-01 in an undated text
