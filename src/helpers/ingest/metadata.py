"""Document metadata read from the text when the manifest leaves it blank.

In order: the manifest; a dateline (（新华社北京9月5日电 记者…）), its year inferred from the
text when it gives none; an official document's signature (issuer and date) and file number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .lexicon import lexicon
from .structure import CLOSING_NOTE, DOC_NUMBER, SIGNATURE_DATE

_YEAR = re.compile(r"((?:19|20)\d{2})年")
MANIFEST_FIELDS = ("title", "publisher", "place", "date", "reporters", "source")


def parse_dateline(text: str) -> dict:
    """Publisher, place, month/day and reporters from a dateline such as （新华社北京9月5日电 记者…）."""
    lex = lexicon()
    out: dict = {}
    m = lex.dateline.search(text)
    if m:
        out.update(publisher=m.group("publisher"), place=m.group("place"), month=int(m.group("month")), day=int(m.group("day")))
        if m.group("year"):
            out["year"] = int(m.group("year"))
        out["dateline_span"] = m.span()
    r = lex.reporters.search(text, m.start() if m else 0)
    if r:
        names = [n for n in re.split(r"[、\s\u00a0\u3000]+", r.group("names")) if n and n not in lex.byline_roles]
        if names:
            out["reporters"] = names
    return out


def infer_year(text: str) -> int | None:
    """The year a dateline leaves out: the most-mentioned year in the text, latest on ties."""
    counts = Counter(int(y) for y in _YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _date(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def read(paragraphs: list, view: str, manifest_row: dict) -> dict:
    """Metadata of a structured document (its paragraphs and matching view)."""
    lex = lexicon()
    meta = {k: manifest_row.get(k) or "" for k in MANIFEST_FIELDS}
    if not meta["title"]:
        meta["title"] = next((p.text for p in paragraphs if p.kind == "title"), "")
    found: dict = {}
    for p in paragraphs:
        if p.kind == "byline" or (p.kind == "body" and p.para <= 2):
            here = parse_dateline(view[p.start : p.end])
            for key, value in here.items():
                found.setdefault(key, value)
            if "publisher" in here:
                s, e = here["dateline_span"]
                tail = lex.byline_tail.match(view, p.start + e, p.end)  # （记者 陈炜伟、魏玉坤）
                meta["dateline_span"] = (p.start + s, tail.end() if tail else p.start + e)
                break
    if not meta["publisher"] and found.get("publisher") != lex.this_paper:  # 本报: "this paper", named only by the manifest
        meta["publisher"] = found.get("publisher", "")
    if not meta["place"]:
        meta["place"] = found.get("place", "")
    if not meta["reporters"] and found.get("reporters"):
        meta["reporters"] = "、".join(found["reporters"])
    signature = [p for p in paragraphs if p.kind == "byline" and p.para >= len(paragraphs) - 4]
    signed = next((m for p in signature if (m := SIGNATURE_DATE.match(p.text))), None)
    number = next((m for p in paragraphs[:6] if p.kind == "byline" and (m := DOC_NUMBER.match(p.text))), None)
    meta["doc_number"] = number.group("number") if number else ""
    if signed is not None and "month" not in found:  # a document without a dateline is dated by its signature
        issuer = next((p.text for p in signature if not SIGNATURE_DATE.match(p.text) and not CLOSING_NOTE.match(p.text)), "")
        if not meta["publisher"] and issuer:
            meta["publisher"] = "、".join(issuer.split())
        if not meta["date"]:
            meta["date"] = _date(int(signed["year"]), int(signed["month"]), int(signed["day"]))
    if not meta["date"] and "month" in found:
        year = found.get("year") or infer_year(view)
        if year:
            meta["date"] = _date(year, found["month"], found["day"])
    return meta
