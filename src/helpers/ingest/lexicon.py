"""The ingest stage's codebook, typed: how datelines, bylines and official documents are written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, yaml_book

_SPACE = r"[\s\u00a0\u3000]"
# An official document's file number (国办发〔2022〕30号): brackets, year, number, 号 (GB/T 9704-2012).
FILE_NUMBER = r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\d{1,5}\s*号"


@dataclass(frozen=True)
class DocumentLexicon:
    dateline: re.Pattern
    undated: re.Pattern  # a newspaper's or site's credit without a date that opens a lead (本报讯, 湖北日报讯（记者…）)
    dateline_marks: tuple  # what every dateline holds (日电, 日讯): a text without any has none, and is not searched
    day_ending: str  # the pattern of a dateline's day and ending (日电, 日专电, 日讯), for the extractor's reading of it
    reporters: re.Pattern
    byline_tail: re.Pattern
    byline_start: re.Pattern
    credit_line: re.Pattern  # a whole line of credit, names right after the cue (新华社记者陈炜伟、姜琳)
    wire_title: re.Pattern  # 题：after a dateline
    byline_roles: frozenset
    reporter_cues: tuple
    this_paper: str
    numbered_heading: re.Pattern
    publishers: tuple  # known publishers, longest first
    attribution: re.Pattern  # 据, 转自 … before a publisher's name
    official_title: re.Pattern  # a signature part that is an office (…主席), so the next part is a person


_NAME = r"[\u4e00-\u9fff·]{2,4}"  # a person's name in a credit


@lru_cache(maxsize=1)
def lexicon() -> DocumentLexicon:
    book = yaml_book(__package__, "documents.yml")
    publishers = alternation(book["publishers"])
    suffixes = alternation(book["publisher_suffixes"])
    endings = alternation(book["dateline_endings"])
    cues = alternation(book["reporter_cues"])
    agencies = alternation(book["credit_agencies"])
    openers = alternation(book["dateline_endings"] + book["credit_agencies"])
    labels = alternation(book["byline_labels"])
    return DocumentLexicon(
        dateline=re.compile(
            rf"(?P<publisher>{publishers}|[\u4e00-\u9fff]{{2,8}}(?:{suffixes}))"
            r"(?:·[\u4e00-\u9fff]{1,8}?(?:客户端|新闻|网))?"  # a paper's own app beside it (湖南日报·新湖南客户端12月17日讯)
            r"(?P<place>[\u4e00-\u9fff]{2,10}?(?:[/／][\u4e00-\u9fff]{2,10}?)*)?"  # a joint dispatch's places (万象/金边/利马)
            rf"(?:(?P<year>\d{{4}})年)?(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日(?:{endings})"),
        undated=re.compile(rf"(?P<publisher>{publishers}|[\u4e00-\u9fff]{{2,8}}?(?:{suffixes}))"
                           rf"(?:{alternation(book['undated_endings'])})(?=[\s\u3000（(【])"),
        dateline_marks=tuple(f"日{e}" for e in book["dateline_endings"]),
        day_ending=f"日(?:{endings})",
        reporters=re.compile(rf"(?:^|[（(]|{openers}){_SPACE}*(?:{cues}){_SPACE}*(?P<names>[\u4e00-\u9fff·、\s\u00a0\u3000]+)"),
        byline_tail=re.compile(rf"{_SPACE}*(?:[（(][^（）()]{{0,40}}?(?:{cues})[^（）()]{{0,60}}[）)])?"),
        byline_start=re.compile(rf"^[（(]?\s*(?:(?:{agencies})?(?:{cues})|{labels})[:：\s]"),
        credit_line=re.compile(rf"[（(]?(?:{agencies})(?:{cues}){_NAME}(?:[、\s]+{_NAME})*[）)]?"),
        wire_title=re.compile(rf"{_SPACE}*(?:{alternation(book['wire_title_labels'])})[:：]"),
        byline_roles=frozenset(book["byline_roles"]),
        reporter_cues=tuple(book["reporter_cues"]),
        this_paper=book["this_paper"],
        numbered_heading=re.compile(
            rf"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:{alternation(book['part_units'])})|[（(][一二三四五六七八九十]+[）)])"),
        publishers=tuple(sorted(book["publishers"], key=len, reverse=True)),
        attribution=re.compile(rf"^(?:{alternation(book['attribution_prefixes'])})"),
        official_title=re.compile(rf"(?:{alternation(book['official_titles'])})$"),
    )
