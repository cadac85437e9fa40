"""PDF: the text layer, read with PDFium, rejoined into paragraphs, without running headers and page numbers.

A PDF has no paragraphs, only lines placed on pages; the text layer gives them in reading order
(the content stream's order, which PDFium follows). Lines are joined back into paragraphs where the
layout wrapped them: a new paragraph starts after a line that ends a sentence short of the margin or
stops well short of it (a heading), at an indented line, or after a larger gap than the page's line
spacing. Lines that repeat at the top or bottom of most pages (a
running header such as 立法會 ─ 2013年1月16日) and page numbers are dropped. The extracted text is
the paragraphs one per line, and facts' offsets point into it; each paragraph keeps its page.
A PDF without a text layer (a scan) cannot be read without OCR, and says so.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from . import Block, FormatError, Source
from .layout import PAGE_NUMBER, furniture_key, joint

_PUA = re.compile(r"[\ue000-\uf8ff]")
_TERMINAL = "。！？!?：:；;”」』）)"
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running headers or footers


@dataclass
class _Line:
    text: str
    page: int
    left: float
    right: float
    top: float
    bottom: float
    measured: bool = True  # False when the text layer's characters could not be mapped to boxes


def read(data: bytes, name: str) -> Source:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise FormatError(f"{name}: not a readable PDF ({exc}); if it is encrypted, save an unprotected copy", "pdf") from exc
    try:
        pages = [_lines(pdf[i], i + 1) for i in range(len(pdf))]
    finally:
        pdf.close()
    if not any(pages):
        raise FormatError(f"{name}: the PDF has no text layer (scanned pages?); OCR is needed before it can be read "
                          f"(for example ocrmypdf), then extract the OCR'd PDF", "pdf")
    warnings = []
    blank = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if blank:
        warnings.append(f"{name}: page(s) {', '.join(blank)} have no text layer (scanned?); OCR is needed to read them")
    paragraphs = _paragraphs(_without_furniture(pages))
    parts, blocks, pos = [], [], 0
    for text, page in paragraphs:
        blocks.append(Block(pos, pos + len(text), page=page))
        parts.append(text)
        pos += len(text) + 1
    text = "\n".join(parts)
    n_pua = len(_PUA.findall(text))
    if n_pua:
        warnings.append(f"{name}: {n_pua} character(s) come from fonts without a Unicode map (Private Use Area) and are unreadable")
    return Source(text=text, format="pdf", blocks=blocks, warnings=warnings)


def _lines(page, number: int) -> list[_Line]:
    """The page's text lines with their boxes, in the text layer's order."""
    textpage = page.get_textpage()
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n)
    out = []
    geometry = len(text) == n  # characters outside the BMP break the index mapping: fall back to order alone
    for m in re.finditer(r"[^\r\n]+", text):
        raw, line = m.group(), m.group().strip()
        if not line:
            continue
        if geometry:
            left, _, _, top = textpage.get_charbox(m.start() + len(raw) - len(raw.lstrip()))
            _, bottom, right, _ = textpage.get_charbox(m.start() + len(raw.rstrip()) - 1)
            out.append(_Line(line, number, left, right, top, bottom))
        else:
            out.append(_Line(line, number, 0.0, 0.0, 0.0, 0.0, measured=False))
    return out


def _without_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers, and lines at a page's edge that repeat (digits aside) on at least half the pages."""
    edges = [lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] for lines in pages if lines]
    seen = Counter(key for edge in edges for key in {furniture_key(ln.text) for ln in edge})
    running = {key for key, n in seen.items() if len(edges) >= 2 and n >= max(2, len(edges) / 2)}
    out = []
    for lines in pages:
        edge = {id(ln) for ln in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        out.append([ln for ln in lines if not (id(ln) in edge and (PAGE_NUMBER.match(ln.text) or furniture_key(ln.text) in running))])
    return out


def _paragraphs(pages: list[list[_Line]]) -> list[tuple[str, int]]:
    """Lines joined into paragraphs, each with the page it starts on."""
    lines = [ln for page in pages for ln in page]
    if not lines:
        return []
    margin = Counter(round(ln.left) for ln in lines).most_common(1)[0][0]
    width = statistics.median(ln.top - ln.bottom for ln in lines) or 1.0  # about one character
    right = max(ln.right for ln in lines)
    gaps = [a.top - b.top for a, b in zip(lines, lines[1:]) if a.page == b.page and a.top > b.top]
    spacing = statistics.median(gaps) if gaps else 0.0
    out: list[list] = []
    prev = None
    for ln in lines:
        if not ln.measured:
            starts = prev is None or prev.text[-1] in _TERMINAL
        else:
            starts = (
                prev is None
                or (prev.right < right - 2 * width and prev.text[-1] in _TERMINAL)  # the line before ended a sentence short
                or prev.right - margin < 0.6 * (right - margin)  # or stopped well short (a heading)
                or ln.left > margin + 0.8 * width  # this one is indented
                or ln.left < margin - 0.8 * width  # or stands out (a hanging heading)
                or (prev.page == ln.page and spacing and prev.top - ln.top > 1.6 * spacing)  # a wider gap
            )
        if starts:
            out.append([ln.text, ln.page])
        else:
            out[-1][0] += joint(out[-1][0][-1], ln.text[0]) + ln.text
        prev = ln
    return [(text, page) for text, page in out]
