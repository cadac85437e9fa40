"""Document metadata read from the text when the manifest leaves it blank.

A document's date is the date of the document, never a date its body mentions. It comes from, in
order: the manifest; the dateline (（新华社北京9月5日电 记者…）, its year from the page's or file
name's date when the dateline gives none, else the year the text mentions most); the subtitle of a
speech or report (——2026年1月25日在北京市…会议上); an official document's signature; the page's
publication stamp (时间：2026-02-02, or a web page's own metadata); a date in the file name
(20191002-04-03.txt). A date before 1949-10-01 or after today is a misreading: it is reported as a
note and the next source is tried.

Title: manifest, the web page's own title, the title paragraph, the line above a speech's or
report's subtitle. Publisher: manifest, dateline, who delivers a report (its subtitle's region and its
title), the signature. Place: manifest, dateline, the region of a report's congress.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import dates, subtitle
from .lexicon import lexicon
from .structure import CLOSING_NOTE, DOC_NUMBER, SIGNATURE_DATE

_YEAR = re.compile(r"((?:19|20)\d{2})年")
MANIFEST_FIELDS = ("title", "publisher", "place", "date", "reporters", "source")


@dataclass
class Hints:
    """What the file says about itself outside its text."""

    title: str = ""  # a web page's own title
    published: str = ""  # ISO publication date of the page
    credited: str = ""  # the body or medium the page credits with the article (来源：市统计局)
    file_name: str = ""  # the file's stem, which may carry a date


def _with_byline(view: str, p, span: tuple[int, int]) -> tuple[int, int]:
    """A dateline's span in ``view`` (``span`` is in paragraph ``p``), with the reporters' credit after it
    (（记者 陈炜伟、魏玉坤）)."""
    s, e = span
    tail = lexicon().byline_tail.match(view, p.start + e, p.end)
    return p.start + s, tail.end() if tail else p.start + e


def opening_dateline(view: str, p) -> tuple[int, int] | None:
    """The span of a dateline that opens paragraph ``p`` (新华社北京12月19日电(记者韩洁)…), with its reporters' credit,
    or None: a text of several dispatches opens each with one, and what it says is no part of the paragraph's
    assertions."""
    here = parse_dateline(view[p.start : p.end])
    if "publisher" not in here or view[p.start : p.start + here["dateline_span"][0]].strip(DATELINE_LEADS):
        return None
    if not here["publisher"].endswith(AGENCY_ENDS):
        return None  # 据国家电网江苏7月25日电网运行数据: a company's data, no dispatch
    return _with_byline(view, p, here["dateline_span"])


DATELINE_LEADS = " \u3000（(据"  # what may stand before a dateline that opens its paragraph
AGENCY_ENDS = ("社", "报", "台")  # a later dispatch's publisher: an agency, a paper or a station (not a site: 国家电网)


def parse_dateline(text: str) -> dict:
    """Publisher, place, month/day and reporters from a dateline such as （新华社北京9月5日电 记者…）."""
    lex = lexicon()
    out: dict = {}
    m = lex.dateline.search(text) if any(mark in text for mark in lex.dateline_marks) else None  # a slow pattern
    if m:
        out.update(publisher=_publisher(m.group("publisher")), place=m.group("place") or "", month=int(m.group("month")),
                   day=int(m.group("day")))
        if m.group("year"):
            out["year"] = int(m.group("year"))
        out["dateline_span"] = m.span()
    else:
        u = lex.undated.match(text, len(text) - len(text.lstrip(DATELINE_LEADS)))  # 本报讯　…: only where it opens the lead
        if u:
            out.update(publisher=_publisher(u.group("publisher")), dateline_span=u.span(), undated=True)
    r = lex.reporters.search(text, m.start() if m else 0) if any(cue in text for cue in lex.reporter_cues) else None
    if r:
        names = [n for n in re.split(r"[、\s\u00a0\u3000]+", r.group("names")) if n and n not in lex.byline_roles]
        if names:
            out["reporters"] = names
    return out


def _publisher(name: str) -> str:
    """A dateline's publisher without the citation around it: 据新华社 is 新华社."""
    lex = lexicon()
    known = next((p for p in lex.publishers if name.endswith(p)), None)
    return known or lex.attribution.sub("", name)


def _signature(paragraphs: list, view: str, numbered: bool) -> list:
    """The byline paragraphs of an official document's signature (``structure.signature``): its date, the issuer's
    line before it and the closing notes after it. The signature closes the document, or, in a document with a file
    number, it may close a cover letter (关于印发…方案的通知) with the issued document after it. Co-issuers signing on
    one line, which full-width spaces split into paragraphs (宜昌市人力资源和社会保障局　　宜昌市财政局), are all read."""
    bylines = [p for p in paragraphs if p.kind == "byline"]
    closing = [p for p in bylines if p.para >= len(paragraphs) - 4]
    dated = next((p for p in reversed(closing) if SIGNATURE_DATE.match(p.text)), None)
    if dated is None and numbered:
        dated = next((p for p in bylines if SIGNATURE_DATE.match(p.text)), None)
    if dated is None:
        return []
    by_para = {p.para: p for p in paragraphs}
    first = dated.para - 1
    while first - 1 in by_para and first in by_para and "\n" not in view[by_para[first - 1].end : by_para[first].start] \
            and dated.para - first < SIGNATURE_LINES and _an_issuers_name(by_para[first - 1].text):
        first -= 1  # a co-issuer before on the same line, however the structure read it (not 特此通知。 nor the body)
    return [p for p in paragraphs if first <= p.para < dated.para - 1] \
        + [p for p in bylines if dated.para - 1 <= p.para <= dated.para + SIGNATURE_NOTES]


SIGNATURE_NOTES = 2  # closing notes after a signature's date: （此件公开发布）, （联系人：…）


SIGNATURE_LINES = 3  # co-issuers one signature names
ISSUER_NAME_MAX = 25  # characters of one issuer's name


def _an_issuers_name(text: str) -> bool:
    """Whether a piece of a signature line may be an issuer's name: short, no sentence's or list's marks in it."""
    return len(text) <= ISSUER_NAME_MAX and not any(mark in text for mark in "。，；：！？,;:")


def signed_para(signature: list) -> int:
    """The paragraph of a signature's date."""
    return next(p.para for p in signature if SIGNATURE_DATE.match(p.text))


def _issuer(line: str) -> str:
    """The body that signs: each part of the signature line, less a person named after an office."""
    lex = lexicon()
    parts = line.split()
    kept = [p for i, p in enumerate(parts) if not (i and lex.official_title.search(parts[i - 1]) and len(p) <= 4)]
    return "、".join(kept)


def infer_year(text: str) -> int | None:
    """The year a dateline leaves out: the most-mentioned year in the text, latest on ties."""
    counts = Counter(int(y) for y in _YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _dateline_year(found: dict, published: str, view: str) -> int | None:
    """The year of a dateline without one: that of the publication date (the year before when the dateline's
    day comes later in the year), else the year the text mentions most."""
    if "year" in found:
        return found["year"]
    if published:
        year, month, day = (int(x) for x in published.split("-"))
        return year if (found["month"], found["day"]) <= (month, day) else year - 1
    return infer_year(view)


def _title_above(paragraphs: list, index: int) -> str:
    """The title-like line nearest above a subtitle (pages put a caption or a banner before the title)."""
    for p in reversed(paragraphs[:index]):
        if p.kind != "byline" and len(p.text) <= 60 and "。" not in p.text:
            return p.text
    return ""


def read(paragraphs: list, view: str, manifest_row: dict, hints: Hints | None = None) -> tuple[dict, list[str]]:
    """Metadata of a structured document (its paragraphs and matching view), and notes for the reviewer."""
    lex = lexicon()
    hints = hints or Hints()
    notes: list[str] = []
    meta = {k: manifest_row.get(k) or "" for k in MANIFEST_FIELDS}
    sub = subtitle.find([p.text for p in paragraphs])
    if not meta["title"]:
        titled = next((p.text for p in paragraphs if p.kind == "title"), "")
        meta["title"] = hints.title or titled or (_title_above(paragraphs, sub.index) if sub else "")
    found: dict = {}
    lead = next((p.para for p in paragraphs if p.kind == "body"), None)  # a lead under a headline of several lines
    order = {p.para: k for k, p in enumerate(q for q in paragraphs if q.kind != "byline")}  # a page's credit aside
    for p in paragraphs:
        if p.kind == "byline" or (p.kind == "body" and (order[p.para] <= 2 or p.para == lead)):
            here = parse_dateline(view[p.start : p.end])
            for key, value in here.items():
                found.setdefault(key, value)
            if "publisher" in here:
                meta["dateline_span"] = _with_byline(view, p, here["dateline_span"])
                if here.get("undated"):
                    meta["dateline_undated"] = True  # 本报讯: no place where the reporter filed
                break
    if not meta["publisher"] and found.get("publisher") != lex.this_paper:  # 本报: "this paper", named only by the manifest
        meta["publisher"] = found.get("publisher", "")
    if not meta["place"]:
        meta["place"] = found.get("place", "")
    if not meta["reporters"] and found.get("reporters"):
        meta["reporters"] = "、".join(found["reporters"])
    if sub:
        meta["publisher"] = meta["publisher"] or subtitle.reporter(meta["title"], sub)
        meta["place"] = meta["place"] or subtitle.place(sub)
    # a byline under the title, or a scraped notice's first line, standing as its title (苏劳社[2007]18号)
    number = next((m for p in paragraphs[:6] if p.kind in ("byline", "title") and (m := DOC_NUMBER.match(p.text))), None)
    signature = _signature(paragraphs, view, number is not None)
    signed = next((m for p in signature if (m := SIGNATURE_DATE.match(p.text))), None)
    meta["doc_number"] = number.group("number") if number else ""
    if signed is not None and "month" not in found and not meta["publisher"]:  # a document without a dateline is signed
        issuer = " ".join(p.text for p in signature if p.para < signed_para(signature) and not CLOSING_NOTE.match(p.text))
        meta["publisher"] = _issuer(issuer)  # co-issuers one after another (A、B), the leading body first
    if not meta["publisher"] and hints.credited and hints.credited != lex.this_paper:  # 来源：市统计局: the page's credit, when
        meta["publisher"] = meta["credited"] = hints.credited  # nothing else names one; an issuer the title names goes first
    published = hints.published or dates.from_file_name(hints.file_name)
    candidates = [
        ("the manifest", meta["date"]),
        ("the dateline", dates.iso(year, found["month"], found["day"])
         if "month" in found and (year := _dateline_year(found, published, view)) else ""),
        ("the subtitle", sub.date if sub else ""),
        ("the signature", dates.iso(int(signed["year"]), int(signed["month"]), int(signed["day"])) if signed else ""),
        ("the page", hints.published),
        ("the file name", dates.from_file_name(hints.file_name)),
    ]
    meta["date"] = ""
    for where, value in candidates:
        if not value:
            continue
        if dates.plausible(value):
            meta["date"] = value
            break
        notes.append(f"date {value} from {where} is implausible (before {dates.EARLIEST} or after today); not used")
    return meta, notes
