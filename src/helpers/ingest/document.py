"""Ingest: one file becomes a document of typed paragraphs and sentences.

Every span is a pair of character offsets into the decoded file (or into the text a PDF or
Word file yields), and the paragraphs together with the dropped spans (page chrome, web
boilerplate) cover every character that is not whitespace, so a reviewer can always go back
from a fact to the exact place it came from. Whatever the format, the result is the same
Document: nothing downstream knows where the text came from.
"""

from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import formats, metadata, spacing, structure, view


@dataclass(slots=True)  # paragraphs and sentences: thousands per text, read by every extractor
class Paragraph:
    para: int
    kind: str
    section: str
    start: int  # offsets in the working text
    end: int
    text: str
    page: int = 0  # 1-based page of a PDF, 0 when the format has no pages


@dataclass(slots=True)
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
    markup: bool = False  # the working text is the file without its markup
    traditional: bool = False
    meta: dict = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    n_original_chars: int = 0
    format: str = "txt"  # txt, html, pdf, docx
    dropped: list[tuple[int, int]] = field(default_factory=list)  # working-text spans in no paragraph (page chrome)
    warnings: list[str] = field(default_factory=list)  # extracted, but a reviewer should know (scanned pages, odd dates)

    def paragraphs_as_read(self) -> list[Paragraph]:
        """The paragraphs in the matching view (simplified characters, half-width digits and letters), with their
        sections named as their headings read there: what a word list or a lexicon written in simplified characters
        reads (失業保險 is 失业保险, and segmented as such). The paragraphs themselves when the view is the text."""
        if self.view is self.text:
            return self.paragraphs
        read = {p.text: self.view[p.start : p.end] for p in self.paragraphs if p.kind == "heading"}
        return [replace(p, text=self.view[p.start : p.end], section=read.get(p.section, p.section)) for p in self.paragraphs]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a working-text span to offsets in the decoded file."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin_end[end - 1]


def build(doc_id: str, path: str, text: str, encoding: str, data: bytes, manifest_row: dict | None = None) -> Document:
    """Structure an already decoded text into a Document."""
    return from_source(doc_id, path, formats.from_text(text, encoding), hashlib.sha256(data).hexdigest(), manifest_row)


def from_source(doc_id: str, path: str, source: formats.Source, sha256: str, manifest_row: dict | None = None) -> Document:
    """Structure what a reader gave into a Document: paragraphs, their kinds, sentences, metadata."""
    manifest_row = manifest_row or {}
    source = spacing.closed(source)  # 达 99.1 万亿元: a number is read with its unit
    working = source.working
    traditional = view.is_traditional(working)
    matching = view.without(view.matching_view(working, traditional), source.dropped)
    doc = Document(
        doc=doc_id,
        path=path,
        text=working,
        view=matching,
        encoding=source.encoding,
        sha256=sha256,
        origin=source.origin,
        origin_end=source.origin_end,
        markup=source.markup,
        traditional=traditional,
        n_original_chars=len(source.text),
        format=source.format,
        dropped=source.dropped,
        warnings=[w if w.startswith(path) else f"{path}: {w}" for w in source.warnings],  # every note names its file
    )
    if source.blocks is None:
        spans = structure.split_paragraphs(working, source.dropped, source.rejoined)
        given, pages = [""] * len(spans), [0] * len(spans)
    else:
        spans = [(b.start, b.end) for b in source.blocks]
        given, pages = [b.kind for b in source.blocks], [b.page for b in source.blocks]
    texts = [working[s:e] for s, e in spans]
    kinds = structure.classify_paragraphs(texts, manifest_row.get("title") or source.title, given)
    for i, ((s, e), (kind, section), page) in enumerate(zip(spans, kinds, pages)):
        doc.paragraphs.append(Paragraph(i, kind, section, s, e, working[s:e], page))
        for j, (ss, se) in enumerate(structure.split_sentences(working, s, e)):
            doc.sentences.append(Sentence(i, j, ss, se, working[ss:se]))
    doc.meta, notes = metadata.read(doc.paragraphs, matching, manifest_row, metadata.Hints(
        title=source.title, published=source.published, credited=source.credited, file_name=Path(path).stem))
    doc.warnings.extend(f"{path}: {note}" for note in notes)
    return doc


def load(path: str | Path, doc_id: str | None = None, manifest_row: dict | None = None) -> Document:
    """Read and structure one file of any supported format; raises ``DecodeError`` (or its ``FormatError``)."""
    path = Path(path)
    data = path.read_bytes()
    source = formats.read(data, str(path))
    return from_source(doc_id or path.stem, str(path), source, hashlib.sha256(data).hexdigest(), manifest_row)
