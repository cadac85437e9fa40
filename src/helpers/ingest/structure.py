"""Paragraphs and sentences of a decoded text, and what kind each paragraph is.

Spans are character offsets into the working text; together the paragraphs cover every
character that is not whitespace between them.
"""

from __future__ import annotations

import re

from . import chrome
from .lexicon import FILE_NUMBER, lexicon

# A paragraph break: any whitespace run holding a line break or two full-width spaces.
_PARA_SEP = re.compile(r"\s*(?:\r\n|\r|\n|\u3000\u3000)\s*")
_BLANK_LINE = re.compile(r"[ \t\u3000\u00a0]*(?:\r\n|\r|\n)[ \t\u3000\u00a0]*(?:\r\n|\r|\n)\s*")
# Whether a text has a blank line at all: _BLANK_LINE without its optional ends, which a search would try at every character.
_HAS_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t\u3000\u00a0]*(?:\r\n|\r|\n)")
_WHITESPACE_RUN = re.compile(r"\s+")
_BREAK = re.compile(r"\r|\n|\u3000\u3000")
TERMINAL = "。！？!?"
_CLOSERS = "”’」』）)》\"'"
_ENDS_A_SENTENCE = TERMINAL + _CLOSERS  # the marks and closers a sentence's end runs over
_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_CLOSE_QUOTES = {v: k for k, v in _OPEN_QUOTES.items()}
_SENT_EVENT = re.compile(r"[“”「」『』‘’。！？!?]")
# An official document's file number line and its closing signature: the issuing body, then the date,
# sometimes a note such as （此件公开发布）. Source: GB/T 9704-2012 党政机关公文格式.
DOC_NUMBER = re.compile(rf"^\s*(?P<number>[\u4e00-\u9fff]{{1,12}}{FILE_NUMBER})\s*$")
SIGNATURE_DATE = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*$")
CLOSING_NOTE = re.compile(r"^\s*[（(][^（）()]{1,20}[）)]\s*$")


def _separators(text: str, sep: re.Pattern) -> list[tuple[int, int]]:
    """The spans of ``sep``'s matches in ``text``."""
    if sep is _PARA_SEP:
        return _break_runs(text)
    return [m.span() for m in sep.finditer(text)]


def _break_runs(text: str) -> list[tuple[int, int]]:
    """_PARA_SEP's matches, the whitespace runs holding a break: each break found, then the run around it (a search
    for the breaks alone skips every other character in one step; one for every whitespace run costs three times as
    much, and _PARA_SEP itself more still)."""
    runs: list[tuple[int, int]] = []
    for m in _BREAK.finditer(text):
        if runs and m.start() < runs[-1][1]:
            continue  # a second break in the same run
        start = m.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        runs.append((start, _WHITESPACE_RUN.match(text, m.start()).end()))
    return runs


def _segments(text: str, sep: re.Pattern) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for start, end in _separators(text, sep):
        if start > pos:
            spans.append((pos, start))
        pos = end
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


def hard_wrapped(text: str, dropped: list[tuple[int, int]] | tuple = ()) -> bool:
    """Lines wrapped at a fixed width, with blank lines between paragraphs, judged on the text without its ``dropped``
    spans (page chrome)."""
    return _hard_wrapped(_without(text, dropped) if dropped else text)


def _hard_wrapped(text: str) -> bool:
    if not _HAS_BLANK_LINE.search(text):
        return False
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 4:
        return False
    open_ended = sum(1 for ln in lines if ln[-1] not in TERMINAL + _CLOSERS + "：:")
    return open_ended / len(lines) > 0.5


def split_paragraphs(text: str, dropped: list[tuple[int, int]] | tuple = (), rejoined: bool = False) -> list[tuple[int, int]]:
    """Paragraph spans, whether breaks are newlines, blank lines or runs of full-width spaces.

    ``dropped`` spans (page chrome) are in no paragraph; whether lines are hard-wrapped is
    judged on the text without them, unless the reader ``rejoined`` its wrapped lines already.
    """
    wrapped = not rejoined and hard_wrapped(text, dropped)
    spans = _segments(text, _BLANK_LINE if wrapped else _PARA_SEP)
    return _minus(text, spans, sorted(dropped)) if dropped else spans


def _without(text: str, dropped: list[tuple[int, int]]) -> str:
    """The text with each dropped span and the line break after it removed."""
    parts, pos = [], 0
    for s, e in sorted(dropped):
        parts.append(text[pos:s])
        pos = e + (2 if text.startswith("\r\n", e) else 1 if text.startswith(("\n", "\r"), e) else 0)
    parts.append(text[pos:])
    return "".join(parts)


def _minus(text: str, spans: list[tuple[int, int]], dropped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph spans with the dropped spans cut out, trimmed of whitespace."""
    out = []
    for s, e in spans:
        pieces, cur = [], s
        for a, b in dropped:
            if b <= cur or a >= e:
                continue
            pieces.append((cur, a))
            cur = max(cur, b)
        pieces.append((cur, e))
        for a, b in pieces:
            chunk = text[a:b]
            a, b = a + len(chunk) - len(chunk.lstrip()), b - (len(chunk) - len(chunk.rstrip()))
            if b > a:
                out.append((a, b))
    return out


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
        if ch not in TERMINAL:  # a quotation mark
            if respect_quotes and ch in _OPEN_QUOTES and not (ch == "‘" and not stack):
                stack.append(_OPEN_QUOTES[ch])
            elif respect_quotes and stack and stack[-1] == ch:
                stack.pop()
            continue
        if not stack:
            stop = m.end()
            while stop < end and text[stop] in _ENDS_A_SENTENCE:
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


def is_byline(p: str) -> bool:
    lex = lexicon()
    core = p.strip("（）() \u00a0\u3000")
    if len(p) > 200:
        return False
    dateline = lex.dateline.match(core)
    if dateline:
        if p.startswith(("（", "(")) or lex.wire_title.match(core, dateline.end()):  # 新华社北京2月28日电 题：…: the header
            return True
        if any(cue in core for cue in lex.reporter_cues) or len(core) < 40:
            return not _leads_on(core, dateline.end())
    if p.strip().endswith(LABEL_ENDS):
        return False  # 人民日报记者：, a line of its own that credits no one: a transcript's label for the turn after it
    return bool(lex.byline_start.match(p) or lex.credit_line.fullmatch(p.strip()) or chrome.lexicon().edition.match(p.strip()))


LABEL_ENDS = ("：", ":")
TITLE_DASHES = ("——", "—")  # what ends a headline's lead-in (引题) or opens its subtitle (副题)
SUBTITLE_MAX = 40  # characters of such a line
TITLE_LINES_MAX = 3  # lines of a headline: lead-in, title, subtitle (not a list of ——items under it)
SENTENCE_MARKS = "。；;！？"  # what a headline's line holds none of (——加快推进农业现代化，粮食产量增长5%。 is an item)
LEAD_CHARS = 30  # running text after a dateline and its credit: the paragraph is the lead, not a byline
CLAUSE_MARKS = "，。；,;"


def _leads_on(core: str, at: int) -> bool:
    """Whether the dateline's paragraph goes on, after its credit (（记者刘诗平）), with running text: 新华社北京4月22日电
    （记者刘诗平）水利部副部长陈敏22日表示，… is the article's lead, which coders code and segmentation reads."""
    rest = core[lexicon().byline_tail.match(core, at).end():]
    return len(rest) >= LEAD_CHARS and any(mark in rest for mark in CLAUSE_MARKS)  # not a list of reporters' names


def _clauses(p: str) -> int:
    return p.count("，") + p.count(",") + 1


def classify_paragraphs(texts: list[str], title_hint: str | None = None, given: list[str] | None = None) -> list[tuple[str, str]]:
    """Return ``(kind, section)`` for each paragraph text.

    Kinds: title, heading (section heading), subhead (a short lead sentence that opens a
    group of paragraphs), body, byline.  Sections are the text of the latest heading.
    ``given`` kinds come from the format (Word's heading styles) and win; a document that
    styles its headings has no other headings or subheads.
    """
    numbered = lexicon().numbered_heading
    given = given or [""] * len(texts)
    styled = any(kind in ("heading", "subhead") for kind in given)
    out = []
    section = ""
    seen_heading = False
    for i, p in enumerate(texts):
        ends_terminal = p[-1] in TERMINAL or (p[-1] in _CLOSERS and len(p) > 1 and p[-2] in TERMINAL)
        n_terminal = sum(map(p.count, TERMINAL))
        if given[i]:
            kind = given[i]
        elif i == 0 and (title_hint and p.strip() == title_hint.strip() or (len(p) <= 80 and not ends_terminal and not is_byline(p))):
            out.append(("title", ""))
            continue
        elif len(out) < TITLE_LINES_MAX + 1 and 0 < sum(k == "title" for k, _ in out) < TITLE_LINES_MAX \
                and all(k in ("title", "byline") for k, _ in out) and len(p) <= SUBTITLE_MAX \
                and (p.strip(" \u3000").startswith(TITLE_DASHES) ^ p.rstrip(" \u3000").endswith(TITLE_DASHES)
                     or i + 1 < len(texts) and is_byline(texts[i + 1]) and not is_byline(p)) \
                and not any(m in p for m in SENTENCE_MARKS):  # a headline's lead-in or subtitle (中国工商银行提高运营效率——),
            out.append(("title", ""))  # or the line between the headline and the byline (奥克斯集团发力智能制造)
            continue
        elif is_byline(p) or DOC_NUMBER.match(p):
            out.append(("byline", section))
            continue
        elif styled:
            kind = "body"
        elif numbered.match(p) and len(p) <= 40 and n_terminal == 0:
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
        elif kind == "title":
            out.append((kind, ""))
        else:
            out.append((kind, section))
    for i in signature(texts):
        out[i] = ("byline", out[i][1])
    return out


def signature(texts: list[str]) -> list[int]:
    """Paragraphs of an official document's signature: issuing body (if short), date, closing notes. It closes the
    document, or, in a document that issues another (关于印发…方案的通知), its cover letter, with the issued document
    after it."""
    i = len(texts) - 1
    while i >= 0 and CLOSING_NOTE.match(texts[i]):
        i -= 1
    if i >= 1 and SIGNATURE_DATE.match(texts[i]):
        return list(range(_issuer_line(texts, i), len(texts)))
    return _cover_signature(texts)


COVER_LETTER = 12  # paragraphs from a file number line to the signature of its cover letter


def _issuer_line(texts: list[str], date: int) -> int:
    """The signature's first paragraph: the issuer's line before the date, when it is one (short, no sentence, no file
    number), else the date."""
    issuer = texts[date - 1].strip()
    signs = (issuer and len(issuer) <= 40 and issuer[-1] not in TERMINAL and not DOC_NUMBER.match(issuer)
             and not lexicon().numbered_heading.match(issuer))  # 一、会议时间 | 2024年3月1日: a heading and its date
    return date - 1 if signs else date


def _cover_signature(texts: list[str]) -> list[int]:
    """A signature within the first paragraphs after a file number line: the cover letter's issuer and date."""
    number = next((i for i, t in enumerate(texts[:6]) if DOC_NUMBER.match(t)), None)
    if number is None:
        return []
    for i in range(number + 2, min(len(texts), number + COVER_LETTER)):
        if SIGNATURE_DATE.match(texts[i]):
            first = _issuer_line(texts, i)
            notes = i + 1
            while notes < len(texts) and CLOSING_NOTE.match(texts[notes]):
                notes += 1
            return list(range(first, notes)) if first < i else []
    return []
