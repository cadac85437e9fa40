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

from .numerals import parse

_CN_DAY = r"三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_Y = r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}"
_M = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_D = rf"3[01]|[12]\d|0?[1-9]|{_CN_DAY}"
_XUN = r"上旬|中旬|下旬|初|底|末"
_PERIOD = r"上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度|年初|年底|年末|年中|(?<![提])前(?:1[01]|[2-9]|十一?|[两三四五六七八九])个月"

DATE_RE = re.compile(
    r"(?<![\d.])(?=[\d〇零一二三四五六七八九十今去明前上下当本第年])(?:"
    rf"(?P<y1>{_Y})年?(?:至|到|—|-|–|~)(?P<y2>{_Y})年"
    rf"|(?:(?P<ym>{_Y})年)?(?P<mr1>{_M})(?:至|到|—|-|–|~)(?P<mr2>{_M})月份?"
    rf"|(?:(?P<y>{_Y})年度?|(?P<rel>今年|去年|明年|前年|(?<![比较于])上年|当年|本年))"
    rf"(?:(?P<m>{_M})月份?(?:(?P<d>{_D})[日号]|(?P<xun>{_XUN}))?|(?P<yx>初|底|末))?(?P<period>{_PERIOD})?"
    rf"|(?P<m2>{_M})月份?(?:(?P<d2>{_D})[日号]|(?P<xun2>{_XUN}))?"
    rf"|(?P<period2>{_PERIOD})"
    rf"|(?P<d3>3[01]|[12]\d|0?[1-9])日(?![内起])(?!以内|之内|以来))"
)
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


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
    if g.get("y2"):
        return f"{_int(g['y1'])}/{_int(g['y2'])}"
    if g.get("mr2"):  # 1-10月: months of one year
        year = _int(g["ym"]) if g.get("ym") else (ref.year if ref else None)
        m1, m2 = _int(g["mr1"]), _int(g["mr2"])
        if not 1 <= m1 < m2 <= 12:
            return None
        if year is None:
            return f"--{m1:02d}/--{m2:02d}"
        return _interval(dt.date(year, m1, 1), dt.date(year, m2, _month_end(year, m2)))
    year = None
    if g.get("y"):
        year = _int(g["y"])
    elif g.get("rel"):
        base = ref.year if ref else None
        offset = {"去年": -1, "上年": -1, "明年": 1, "前年": -2}.get(g["rel"], 0)
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
    period = g.get("period") or g.get("period2") or ("年" + g["yx"] if g.get("yx") else None)
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
            lo, hi = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, last), "底": (21, last), "末": (21, last)}[xun]
            return _interval(dt.date(year, mo, lo), dt.date(year, mo, hi))
        return f"{year:04d}-{mo:02d}"
    if year is None:
        return ""
    if period:
        if period == "上半年":
            return _interval(dt.date(year, 1, 1), dt.date(year, 6, 30))
        if period == "下半年":
            return _interval(dt.date(year, 7, 1), dt.date(year, 12, 31))
        if period in ("前三季度",):
            return _interval(dt.date(year, 1, 1), dt.date(year, 9, 30))
        if period in ("前两季度",):
            return _interval(dt.date(year, 1, 1), dt.date(year, 6, 30))
        if period.endswith("个月"):  # 前10个月: January to the tenth month
            n = _int(period[1:-2].replace("两", "二"))
            return _interval(dt.date(year, 1, 1), dt.date(year, n, _month_end(year, n)))
        if period in ("年初", "年底", "年末", "年中"):  # points in the year, read as their month
            return f"{year:04d}-{ {'年初': 1, '年中': 6}.get(period, 12):02d}"
        q = _QUARTERS[period.lstrip("第")[0]]
        return _interval(dt.date(year, 3 * q - 2, 1), dt.date(year, 3 * q, _month_end(year, 3 * q)))
    return f"{year:04d}"


def find(view: str, ref: dt.date | None, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """All time expressions in ``view[start:end]``."""
    out = []
    for m in DATE_RE.finditer(view, start, len(view) if end is None else end):
        if m.end() == m.start():
            continue
        iso = resolve(m, ref)
        if iso is not None:
            out.append(TimeExpr(m.start(), m.end(), m.group(), iso))
    return out
