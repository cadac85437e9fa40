"""Ingest: one file becomes a document of typed paragraphs and sentences.

Every span is a pair of character offsets into the decoded file, and the spans
together cover every character that is not whitespace between paragraphs, so a
reviewer can always go back from a fact to the exact place it came from.
"""

from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from . import decode, markup, metadata, structure, view


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


def build(doc_id: str, path: str, text: str, encoding: str, data: bytes, manifest_row: dict | None = None) -> Document:
    """Structure an already decoded text into a Document."""
    manifest_row = manifest_row or {}
    origin = origin_end = None
    working = text
    if markup.looks_like_html(text):
        working, origin, origin_end = markup.strip_markup(text)
    traditional = view.is_traditional(working)
    matching = view.matching_view(working, traditional)
    doc = Document(
        doc=doc_id,
        path=path,
        text=working,
        view=matching,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        origin=origin,
        origin_end=origin_end,
        traditional=traditional,
        n_original_chars=len(text),
    )
    spans = structure.split_paragraphs(working)
    texts = [working[s:e] for s, e in spans]
    kinds = structure.classify_paragraphs(texts, manifest_row.get("title"))
    for i, ((s, e), (kind, section)) in enumerate(zip(spans, kinds)):
        doc.paragraphs.append(Paragraph(i, kind, section, s, e, working[s:e]))
        for j, (ss, se) in enumerate(structure.split_sentences(working, s, e)):
            doc.sentences.append(Sentence(i, j, ss, se, working[ss:se]))
    doc.meta = metadata.read(doc.paragraphs, matching, manifest_row)
    return doc


def load(path: str | Path, doc_id: str | None = None, manifest_row: dict | None = None) -> Document:
    """Read and structure one file; raises ``decode.DecodeError`` for undecodable input."""
    path = Path(path)
    text, encoding, data = decode.read_text(path)
    return build(doc_id or path.stem, str(path), text, encoding, data, manifest_row)
