"""Every format researchers bring becomes one ``Source``: the text, and what the format says about it.

The file's bytes choose the reader (``sniff``), never its name. Plain text and pasted pages are
decoded; web pages lose their boilerplate; PDF and Word files give their text with the paragraphs
(and pages) they delimit. Everything downstream sees the same ``Source`` and never the format.
Anything that is not text or a supported format raises ``FormatError`` naming the file and the
problem, so a corpus run records it and goes on.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from pathlib import Path

from .. import chrome, markup
from ..decode import DecodeError, decode_bytes
from . import wrapped
from .sniff import sniff


class FormatError(DecodeError):
    """The file is not text or a format shishi reads; the message says what to do instead."""

    def __init__(self, message: str, format: str = ""):
        super().__init__(message)
        self.format = format


@dataclass
class Block:
    """A paragraph the format delimits itself (a Word paragraph, a PDF paragraph), in working-text offsets."""

    start: int
    end: int
    kind: str = ""  # title, heading or subhead when the format says so (Word styles); "" lets the text decide
    page: int = 0  # 1-based page, 0 when the format has no pages


@dataclass
class Source:
    """One file's text as a reader gives it.

    ``text`` is what facts' offsets point into: the decoded file, or the text extracted from a
    binary format. ``working`` is the text read for structure (markup stripped), mapped back to
    ``text`` by ``origin``/``origin_end``. ``dropped`` spans of ``working`` are page furniture
    (chrome, boilerplate, running headers) that belong to no paragraph.
    """

    text: str
    format: str
    encoding: str = ""
    working: str | None = None
    origin: array | None = None
    origin_end: array | None = None
    markup: bool = False  # ``working`` is ``text`` without its markup
    rejoined: bool = False  # ``working`` is ``text`` with its wrapped lines rejoined: its line breaks end paragraphs
    dropped: list[tuple[int, int]] = field(default_factory=list)
    blocks: list[Block] | None = None  # None: paragraphs are found in the text
    title: str = ""  # the format's own title (a web page's), used when the manifest has none
    published: str = ""  # ISO date the page says it was published: a document date of last resort
    credited: str = ""  # the body or medium the page credits with the article (来源：市统计局): a publisher of last resort
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.working is None:
            self.working = self.text


# What to do with a file shishi does not read, by what its bytes say it is.
UNSUPPORTED = {
    "ofd": "an OFD document (GB/T 33190); no maintained Python package reads OFD text reliably, "
           "so export it to PDF (any OFD reader can print or save it as PDF) and extract the PDF",
    "ole2": "an old binary Office file (.doc, .xls or .ppt); convert it to .docx "
            "(Word or WPS: Save As .docx; or: libreoffice --headless --convert-to docx FILE)",
    "rtf": "an RTF file; save it as .docx or as plain text",
    "xlsx": "an Excel workbook, not a text document; save the text as .txt or .docx",
    "pptx": "a PowerPoint deck, not a text document; save the text as .txt, .docx or PDF",
    "png": "a PNG image: no text to read; OCR it first",
    "jpeg": "a JPEG image: no text to read; OCR it first",
    "gif": "a GIF image: no text to read; OCR it first",
    "gzip": "a gzip-compressed file; decompress it and extract the file inside",
    "zip": "a ZIP archive; unpack it and extract the files inside",
}
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def read(data: bytes, name: str) -> Source:
    """Read the bytes of the file ``name`` in whatever supported format they are.

    Raises ``FormatError`` (or ``DecodeError``) naming the file and the problem.
    """
    kind = sniff(data)
    if kind == "pdf":
        from . import pdf

        return pdf.read(data, name)
    if kind == "docx":
        from . import docx

        return docx.read(data, name)
    if kind in UNSUPPORTED:
        raise FormatError(f"{name}: {UNSUPPORTED[kind]}", kind)
    text, encoding = decode_bytes(data, name)
    return from_text(text, encoding, page=Path(name).suffix.lower() in HTML_SUFFIXES)


def from_text(text: str, encoding: str, page: bool = False) -> Source:
    """A decoded text: a web page (markup) loses its boilerplate, plain text its page chrome and, when it is wrapped
    at a fixed width, its line breaks inside paragraphs."""
    if page or markup.looks_like_html(text):
        from . import html

        return html.read(text, encoding)
    found = chrome.scan(text)
    source = Source(text=text, format="txt", encoding=encoding, dropped=found.dropped, published=found.published,
                    credited=found.credited)
    joined = wrapped.rejoined(text, found.dropped)
    if joined is not None:
        source.working, source.origin, source.origin_end, source.dropped = joined
        source.rejoined = True
    return source
