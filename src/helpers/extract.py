"""Extract: one ingested document becomes rows of every facts table.

This is the per-document unit of work that the local pool and the Dask engine
both run, so it takes plain arguments and returns plain rows.
"""

from __future__ import annotations

from . import ingest


def paragraph_rows(doc: ingest.Document) -> list[dict]:
    rows = []
    for p in doc.paragraphs:
        start, end = doc.original_span(p.start, p.end)
        rows.append(dict(doc=doc.doc, para=p.para, kind=p.kind, section=p.section, start=start, end=end, text=p.text))
    return rows


def sentence_rows(doc: ingest.Document) -> list[dict]:
    rows = []
    for s in doc.sentences:
        start, end = doc.original_span(s.start, s.end)
        rows.append(dict(doc=doc.doc, para=s.para, sent=s.sent, start=start, end=end, text=s.text))
    return rows


def extract_document(doc: ingest.Document) -> dict[str, list[dict]]:
    """All facts tables' rows for one document (documents.csv is written by the caller)."""
    return {
        "paragraphs": paragraph_rows(doc),
        "sentences": sentence_rows(doc),
        "quantities": [],
        "organizations": [],
        "places": [],
        "quotes": [],
    }
