"""The subtitle of a speech or report: when and where it was delivered, and so who reports.

Reports and speeches print their date under the title (——2026年1月25日在北京市第十六届人民代表大会
第四次会议上; （2021年7月1日）). That date is the document's date. A report to a regional people's
congress names its region, which is the document's place; its title names the report, which with
the region names who reports (政府工作报告 to 北京市…人民代表大会: 北京市人民政府).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, yaml_book
from . import dates

_DASH = r"[—―─\-－]*"
HEAD = 8  # a subtitle stands among a document's first paragraphs


@dataclass(frozen=True)
class _Lexicon:
    delivered: re.Pattern  # ——DATE在OCCASION上(的讲话)
    dated: re.Pattern  # （DATE） on its own line, under a speech's title
    congress: re.Pattern
    reports: tuple  # (report name, regional reporter suffix, national reporter), longest name first
    placeholder: re.Pattern


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    book = yaml_book(__package__, "pages.yml")
    occasions = alternation(book["occasions"])
    names = sorted(book["reports"], key=len, reverse=True)
    return _Lexicon(
        delivered=re.compile(rf"^{_DASH}\s*[（(]?\s*{dates.HAN_DATE}\s*在(?P<occasion>[^。；;]{{2,60}}?(?:{occasions}))上"
                             rf"(?:的[\u4e00-\u9fff]{{2,6}})?\s*[）)]?(?:\s+[^。，\s]{{2,12}}\s*[^。，\s]{{0,6}})?$"),  # …上 陕西省省长 赵刚
        dated=re.compile(rf"^{_DASH}\s*[（(]\s*{dates.HAN_DATE}\s*[）)]$"),
        congress=re.compile(rf"^(?:(?P<region>[\u4e00-\u9fff]{{1,10}}?(?:{alternation(book['region_suffixes'])}))"
                            rf"|第[一二三四五六七八九十百]+届(?P<national>{book['national']}))"
                            rf"第?[一二三四五六七八九十百]*届?{book['congress']}"),
        reports=tuple((n, book["reports"][n], book["national_reporters"][n]) for n in names),
        placeholder=re.compile(rf"^(?:{alternation(book['placeholders'])})"),
    )


@dataclass
class Subtitle:
    index: int  # the paragraph it starts in
    date: str  # ISO, "" when the calendar has no such day
    region: str = ""  # the congress's region, "" for the national congress or another occasion
    national: bool = False


def find(texts: list[str]) -> Subtitle | None:
    """The subtitle among the first paragraphs (one may be split over two lines, as pages wrap it)."""
    lex = lexicon()
    for i in range(min(HEAD, len(texts))):
        for text in (texts[i], texts[i] + texts[i + 1] if i + 1 < len(texts) else None):
            if text is None:
                continue
            m = lex.delivered.match(text.strip())
            if m:
                sub = Subtitle(i, dates.from_match(m))
                c = lex.congress.match(m.group("occasion"))
                if c:
                    sub.region, sub.national = c.group("region") or "", bool(c.group("national"))
                return sub
            m = lex.dated.match(text.strip())
            if m:
                return Subtitle(i, dates.from_match(m))
    return None


def reporter(title: str, sub: Subtitle) -> str:
    """Who delivers a report to a congress, from the report's title and the congress's region."""
    if not sub.region and not sub.national:
        return ""
    for name, suffix, national in lexicon().reports:
        if name in title:
            return national if sub.national else sub.region + suffix
    return ""


def place(sub: Subtitle) -> str:
    """The congress's region as a place; an example's placeholder (某省) is none."""
    return "" if lexicon().placeholder.match(sub.region) else sub.region
