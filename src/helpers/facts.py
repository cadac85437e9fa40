"""Loading the facts tables for analysis, from Parquet or CSV, with schema types."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import store

TABLES = ("documents", "paragraphs", "sentences", "quantities", "organizations", "places", "quotes")


@dataclass
class Facts:
    documents: object
    paragraphs: object
    sentences: object
    quantities: object
    organizations: object
    places: object
    quotes: object

    @property
    def ok_documents(self):
        """Documents that were extracted (status ok or warning)."""
        return self.documents[self.documents["status"] != "error"]

    @property
    def n_docs(self) -> int:
        return len(self.ok_documents)


def load(facts_dir: str | Path) -> Facts:
    facts_dir = Path(facts_dir)
    if not facts_dir.is_dir():
        raise FileNotFoundError(f"{facts_dir}: no facts folder - run `shishi extract` (or `make reports`) first")
    return Facts(**{t: store.read_table(facts_dir, t) for t in TABLES})
