"""Ingest: one text file becomes a document of typed paragraphs and sentences.

Every span is a pair of character offsets into the decoded file, and the spans
together cover every character that is not whitespace between paragraphs, so a
reviewer can always go back from a fact to the exact place it came from.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import markup, normalize, textio

# A paragraph break: any whitespace run holding a line break or two full-width spaces.
_PARA_SEP = re.compile(r"\s*(?:\r\n|\r|\n|\u3000\u3000)\s*")
_BLANK_LINE = re.compile(r"[ \t\u3000\u00a0]*(?:\r\n|\r|\n)[ \t\u3000\u00a0]*(?:\r\n|\r|\n)\s*")
_TERMINAL = "。！？!?"
_CLOSERS = "”’」』）)》\"'"
_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_CLOSE_QUOTES = {v: k for k, v in _OPEN_QUOTES.items()}
_SENT_EVENT = re.compile(r"[“”「」『』‘’。！？!?]")

DATELINE = re.compile(
    r"(?P<publisher>新华社|中新社|中国新闻社|人民日报|人民网|新华网|央视网|光明日报|经济日报|中国日报|本报|[\u4e00-\u9fff]{2,8}(?:报|社|台|网))"
    r"(?P<place>[\u4e00-\u9fff]{2,10}?)"
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯)"
)
REPORTERS = re.compile(r"(?:^|[（(]|电|讯|本报|新华社|人民日报)[\s\u00a0\u3000]*(?:记者|通讯员)[\s\u00a0\u3000]*(?P<names>[\u4e00-\u9fff·、\s\u00a0\u3000]+)")
_BYLINE_TAIL = re.compile(r"[\s\u00a0\u3000]*(?:[（(][^（）()]{0,40}?(?:记者|通讯员)[^（）()]{0,60}[）)])?")
_BYLINE_ROLES = {"记者", "通讯员", "实习生", "见习记者", "特约记者", "摄影", "摄"}
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# An official document's file number (国办发〔2022〕30号) and its closing signature: the issuing body,
# then the date, sometimes a note such as （此件公开发布）. Sources: GB/T 9704-2012 党政机关公文格式.
FILE_NUMBER = r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\d{1,5}\s*号"  # 〔2022〕30号; quantities skips it too
DOC_NUMBER = re.compile(rf"^\s*(?P<number>[\u4e00-\u9fff]{{1,12}}{FILE_NUMBER})\s*$")
_SIGNATURE_DATE = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*$")
_CLOSING_NOTE = re.compile(r"^\s*[（(][^（）()]{1,20}[）)]\s*$")
_NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章|节)|[（(][一二三四五六七八九十]+[）)])")


@dataclass
class Paragraph:
    para: int
    kind: str
    section: str
    start: int  # offsets in the working text
    end: int
    text: str


@dataclass
class Sentence:
    para: int
    sent: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A decoded text with its structure; offsets are into ``text`` (the working text)."""

    doc: str
    path: str
    text: str
    view: str
    encoding: str
    sha256: str
    origin: array | None = None  # working offset -> original start offset, for cleaned markup
    origin_end: array | None = None  # working offset -> original end offset
    traditional: bool = False
    meta: dict = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    n_original_chars: int = 0

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a working-text span to offsets in the decoded file."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin_end[end - 1]


def _segments(text: str, sep: re.Pattern) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in sep.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def _hard_wrapped(text: str) -> bool:
    """Lines wrapped at a fixed width, with blank lines between paragraphs."""
    if not _BLANK_LINE.search(text):
        return False
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 4:
        return False
    open_ended = sum(1 for ln in lines if ln[-1] not in _TERMINAL + _CLOSERS + "：:")
    return open_ended / len(lines) > 0.5


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, whether breaks are newlines, blank lines or runs of full-width spaces."""
    return _segments(text, _BLANK_LINE if _hard_wrapped(text) else _PARA_SEP)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; never breaks inside quotation marks."""
    spans = _split_sentences(text, start, end, respect_quotes=True)
    if spans is None:  # unbalanced quotes: fall back to plain punctuation
        spans = _split_sentences(text, start, end, respect_quotes=False)
    return spans


def _split_sentences(text: str, start: int, end: int, respect_quotes: bool):
    spans = []
    stack: list[str] = []
    cur = start
    for m in _SENT_EVENT.finditer(text, start, end):
        ch = m.group()
        if respect_quotes and ch in _OPEN_QUOTES and not (ch == "‘" and not stack):
            stack.append(_OPEN_QUOTES[ch])
            continue
        if respect_quotes and ch in _CLOSE_QUOTES:
            if stack and stack[-1] == ch:
                stack.pop()
            continue
        if ch in _TERMINAL and not stack:
            stop = m.end()
            while stop < end and (text[stop] in _TERMINAL or text[stop] in _CLOSERS):
                stop += 1
            if stop > cur:
                spans.append((cur, stop))
            cur = stop
            while cur < end and text[cur].isspace():
                cur += 1
    if respect_quotes and stack:
        return None
    if cur < end:
        tail = text[cur:end].rstrip()
        if tail:
            spans.append((cur, cur + len(tail)))
    return spans


def parse_dateline(text: str) -> dict:
    """Publisher, place, month/day and reporters from a dateline such as （新华社北京9月5日电 记者…）."""
    out: dict = {}
    m = DATELINE.search(text)
    if m:
        out.update(publisher=m.group("publisher"), place=m.group("place"), month=int(m.group("month")), day=int(m.group("day")))
        if m.group("year"):
            out["year"] = int(m.group("year"))
        out["dateline_span"] = m.span()
    r = REPORTERS.search(text, m.start() if m else 0)
    if r:
        names = [n for n in re.split(r"[、\s\u00a0\u3000]+", r.group("names")) if n and n not in _BYLINE_ROLES]
        if names:
            out["reporters"] = names
    return out


def infer_year(text: str) -> int | None:
    """The year a dateline leaves out: the most-mentioned year in the text, latest on ties."""
    counts = Counter(int(y) for y in _YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _is_byline(p: str) -> bool:
    core = p.strip("（）() \u00a0\u3000")
    if len(p) > 200:
        return False
    if DATELINE.match(core) and ("记者" in core or len(core) < 40 or p.startswith(("（", "("))):
        return True
    return bool(re.match(r"^[（(]?\s*(?:(?:本报|新华社|人民日报)?(?:记者|通讯员)|责任编辑|编辑|来源|作者|文/|图/)[:：\s]", p))


def _clauses(p: str) -> int:
    return p.count("，") + p.count(",") + 1


def classify_paragraphs(texts: list[str], title_hint: str | None = None) -> list[tuple[str, str]]:
    """Return ``(kind, section)`` for each paragraph text.

    Kinds: title, heading (section heading), subhead (a short lead sentence that opens a
    group of paragraphs), body, byline.  Sections are the text of the latest heading.
    """
    out = []
    section = ""
    seen_heading = False
    for i, p in enumerate(texts):
        ends_terminal = p[-1] in _TERMINAL or (p[-1] in _CLOSERS and len(p) > 1 and p[-2] in _TERMINAL)
        n_terminal = sum(p.count(c) for c in _TERMINAL)
        if i == 0 and (title_hint and p.strip() == title_hint.strip() or (len(p) <= 80 and not ends_terminal and not _is_byline(p))):
            out.append(("title", ""))
            continue
        if _is_byline(p) or DOC_NUMBER.match(p):
            out.append(("byline", section))
            continue
        if _NUMBERED_HEADING.match(p) and len(p) <= 40 and n_terminal == 0:
            kind = "heading"
        elif len(p) <= 25 and n_terminal == 0 and p[-1] not in "；;：:，,、" and p[0] not in "“「\"":
            kind = "heading"
        elif (
            seen_heading
            and ends_terminal
            and n_terminal == 1
            and len(p) <= 30
            and _clauses(p) <= 2
            and "、" not in p
            and p[0] not in "“「\""
        ):
            kind = "subhead"
        else:
            kind = "body"
        if kind == "heading":
            section = p
            seen_heading = True
            out.append((kind, ""))
        else:
            out.append((kind, section))
    signature = _signature(texts)
    for i in signature:
        out[i] = ("byline", out[i][1])
    return out


def _signature(texts: list[str]) -> list[int]:
    """Paragraphs of an official document's closing signature: issuing body (if short), date, closing notes."""
    i = len(texts) - 1
    while i >= 0 and _CLOSING_NOTE.match(texts[i]):
        i -= 1
    if i < 1 or not _SIGNATURE_DATE.match(texts[i]):
        return []
    issuer = texts[i - 1].strip()
    first = i - 1 if len(issuer) <= 40 and issuer[-1] not in _TERMINAL and not DOC_NUMBER.match(issuer) else i
    return list(range(first, len(texts)))


def build(doc_id: str, path: str, text: str, encoding: str, data: bytes, manifest_row: dict | None = None) -> Document:
    """Structure an already decoded text into a Document."""
    manifest_row = manifest_row or {}
    origin = origin_end = None
    working = text
    if markup.looks_like_html(text):
        working, origin, origin_end = markup.strip_markup(text)
    traditional = normalize.is_traditional(working)
    view = normalize.matching_view(working, traditional)
    doc = Document(
        doc=doc_id,
        path=path,
        text=working,
        view=view,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        origin=origin,
        origin_end=origin_end,
        traditional=traditional,
        n_original_chars=len(text),
    )
    spans = split_paragraphs(working)
    texts = [working[s:e] for s, e in spans]
    kinds = classify_paragraphs(texts, manifest_row.get("title"))
    for i, ((s, e), (kind, section)) in enumerate(zip(spans, kinds)):
        doc.paragraphs.append(Paragraph(i, kind, section, s, e, working[s:e]))
        for j, (ss, se) in enumerate(split_sentences(working, s, e)):
            doc.sentences.append(Sentence(i, j, ss, se, working[ss:se]))
    doc.meta = _meta(doc, view, manifest_row)
    return doc


def _meta(doc: Document, view: str, manifest_row: dict) -> dict:
    meta = {k: manifest_row.get(k) or "" for k in ("title", "publisher", "place", "date", "reporters", "source")}
    if not meta["title"]:
        meta["title"] = next((p.text for p in doc.paragraphs if p.kind == "title"), "")
    found: dict = {}
    for p in doc.paragraphs:
        if p.kind == "byline" or (p.kind == "body" and p.para <= 2):
            here = parse_dateline(view[p.start : p.end])
            for key, value in here.items():
                found.setdefault(key, value)
            if "publisher" in here:
                s, e = here["dateline_span"]
                tail = _BYLINE_TAIL.match(view, p.start + e, p.end)  # （记者 陈炜伟、魏玉坤）
                meta["dateline_span"] = (p.start + s, tail.end() if tail else p.start + e)
                break
    if not meta["publisher"] and found.get("publisher") != "本报":  # 本报: "this paper", named only by the manifest
        meta["publisher"] = found.get("publisher", "")
    if not meta["place"]:
        meta["place"] = found.get("place", "")
    if not meta["reporters"] and found.get("reporters"):
        meta["reporters"] = "、".join(found["reporters"])
    signature = [p for p in doc.paragraphs if p.kind == "byline" and p.para >= len(doc.paragraphs) - 4]
    signed = next((m for p in signature if (m := _SIGNATURE_DATE.match(p.text))), None)
    number = next((m for p in doc.paragraphs[:6] if p.kind == "byline" and (m := DOC_NUMBER.match(p.text))), None)
    meta["doc_number"] = number.group("number") if number else ""
    if signed is not None and "month" not in found:  # a document without a dateline is dated by its signature
        issuer = next((p.text for p in signature if not _SIGNATURE_DATE.match(p.text) and not _CLOSING_NOTE.match(p.text)), "")
        if not meta["publisher"] and issuer:
            meta["publisher"] = "、".join(issuer.split())
        if not meta["date"]:
            try:
                from datetime import date

                meta["date"] = date(int(signed["year"]), int(signed["month"]), int(signed["day"])).isoformat()
            except ValueError:
                pass
    if not meta["date"] and "month" in found:
        year = found.get("year") or infer_year(view)
        if year:
            try:
                from datetime import date

                meta["date"] = date(year, found["month"], found["day"]).isoformat()
            except ValueError:
                meta["date"] = ""
    return meta


def load(path: str | Path, doc_id: str | None = None, manifest_row: dict | None = None) -> Document:
    """Read and structure one file; raises ``textio.DecodeError`` for undecodable input."""
    path = Path(path)
    text, encoding, data = textio.read_text(path)
    return build(doc_id or path.stem, str(path), text, encoding, data, manifest_row)
