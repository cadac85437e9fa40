"""Dates as documents write them, and which of them can be a document's date.

A document's date is when it was issued, delivered or published, never a date its body
mentions; a date before the People's Republic (1949-10-01) or after today is a misreading.
"""

from __future__ import annotations

import datetime as dt
import re

EARLIEST = dt.date(1949, 10, 1)
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0, "O": 0}
_HAN_NUMBER = r"[〇○零ＯO一二三四五六七八九十]"
# 2026年1月25日, 2026年02月10日 07时41分, 二〇二六年一月二十七日
HAN_DATE = (rf"(?P<year>(?:19|20)\d{{2}}|{_HAN_NUMBER}{{4}})\s*年\s*(?P<month>\d{{1,2}}|{_HAN_NUMBER}{{1,2}})\s*月"
            rf"\s*(?P<day>\d{{1,2}}|{_HAN_NUMBER}{{1,3}})\s*日")
# 2026-02-02, 2026/2/2, 2026.02.02
ISO_DATE = r"(?P<iso_year>(?:19|20)\d{2})[-/.](?P<iso_month>\d{1,2})[-/.](?P<iso_day>\d{1,2})"
_TIME = r"(?:\s*\d{1,2}(?::\d{2}){1,2}|\s*\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)"
_ANY_DATE = re.compile(rf"(?:{HAN_DATE}|{ISO_DATE})")
# A line that is only a date, with or without a time: a web page's publication stamp, and the bar a template
# sets after it before its source label (2025年02月07日17:26 | 来源：人民网).
STAMP = re.compile(rf"^\s*(?:{HAN_DATE}(?P<han_time>{_TIME})?|{ISO_DATE}{_TIME}?)[\s|｜丨]*$")
# A date in a file name: 20191002-04-03.txt, 2026-01-25_xxx.txt, xxx_20240301.txt; not inside a longer
# run of digits or letters (a hash such as db82e492 is no date).
_FILE_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])")


def _number(text: str) -> int:
    """An Arabic or Chinese number as dates write them: 2026, 二〇二六, 十二, 二十七."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)


def iso(year: int, month: int, day: int) -> str:
    """ISO form of a calendar date, or "" when there is no such day."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def from_match(m: re.Match) -> str:
    """ISO form of a match of HAN_DATE or ISO_DATE (or a pattern that embeds them)."""
    groups = m.groupdict()
    if groups.get("year"):
        return iso(_number(groups["year"]), _number(groups["month"]), _number(groups["day"]))
    return iso(int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"]))


def parse(text: str) -> str:
    """The first date written in ``text``, as ISO, or ""."""
    m = _ANY_DATE.search(text)
    return from_match(m) if m else ""


def stamp(line: str) -> str:
    """ISO date of a line that is only a page's publication stamp (2026-02-03 09:02:33, 2026年02月10日 07时41分).

    A bare Chinese date without a time (2022年9月7日) is left alone: documents write their own dates so.
    """
    m = STAMP.match(line)
    if not m or (m.group("year") and not m.group("han_time")):
        return ""
    return from_match(m)


def from_file_name(stem: str) -> str:
    """ISO date a file name carries (YYYYMMDD or YYYY-MM-DD, alone or among other parts), or ""."""
    m = _FILE_DATE.search(stem)
    return iso(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else ""


def plausible(value: str, today: dt.date | None = None) -> bool:
    """A document date lies between the founding of the People's Republic and today."""
    return EARLIEST <= dt.date.fromisoformat(value) <= (today or dt.date.today())
