"""Word (.docx): paragraphs in order, headings from their styles, tables as rows of text.

Word says what a heading is (its paragraph style), so those paragraphs get their kind from the
style instead of from the text's shape: Title is the title, Heading 1 / 标题 1 a section heading,
Heading 2 and below a subhead. Each table row becomes one paragraph, its cells separated by a tab.
Headers, footers, footnotes and comments are not the document's text and are left out. The
extracted text is one paragraph per line; facts' offsets point into it.
"""

from __future__ import annotations

import io
from functools import lru_cache

from ...codebook import yaml_book
from . import Block, FormatError, Source


@lru_cache(maxsize=1)
def _style_kinds() -> dict[str, str]:
    book = yaml_book("helpers.ingest", "formats.yml")
    return {name.lower(): kind for kind, names in book["word_styles"].items() for name in names}


def _kind(style) -> str:
    """The role a paragraph style (or the built-in style it is based on) gives a paragraph."""
    kinds = _style_kinds()
    while style is not None:
        kind = kinds.get((style.name or "").lower())
        if kind:
            return kind
        style = style.base_style
    return ""


def _rows(table) -> list[str]:
    out = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # a merged cell repeats in every column it spans
                cells.append(text)
        if cells:
            out.append("\t".join(cells))
    return out


def read(data: bytes, name: str) -> Source:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise FormatError(f"{name}: not a readable Word document ({exc.__class__.__name__}: {exc})", "docx") from exc
    parts: list[tuple[str, str]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            parts.extend((row, "") for row in _rows(item))
            continue
        kind = _kind(item.style)
        parts.extend((line.strip(), kind) for line in item.text.splitlines() if line.strip())  # soft breaks too
    blocks, pos = [], 0
    for text, kind in parts:
        blocks.append(Block(pos, pos + len(text), kind=kind))
        pos += len(text) + 1
    return Source(text="\n".join(text for text, _ in parts), format="docx", blocks=blocks)
