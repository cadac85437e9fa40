"""The claims ledger of a whole corpus, built once in blocks of whole documents and kept on disk.

``claims.ledger`` returns the ledger as one DataFrame: at 10,000 documents that is half a million claims
with their sentences, and a kernel holding it (with the tables it is built from) took over 2 GiB. A
``Ledger`` classes the claims block by block as DuckDB streams them in reading order, writes each block
to a Parquet file in the query's own folder, and is then asked: its totals and groupings in SQL, its first
rows for a page, its blocks one at a time for the checks that read sentences. Memory stays at one block
however large the corpus.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..codebook import path as codebook_path
from ..store import tables
from ..store.query import Query, _identifier, _literal, whole_documents
from . import claims, sections

BLOCK_CLAIMS = 50_000  # claims classed and written at once (whole documents: a longer document makes a larger block)
_ARROW = {"str": "string", "int": "int64", "float": "float64", "bool": "bool_"}


def _schema():
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW[typ.rstrip("?")])()) for name, typ, _, _ in tables.TABLES["ledger"]])


_QUANTITIES = ("doc", "para", "sent", "start", "end", "text", "value", "value_max", "unit", "kind", "qualifier", "subject", "actor",
               "place", "time", "change", "comparison", "sentence")  # what a ledger row keeps of a claim's quantities row


class _SentenceStarts:
    """Where each sentence starts, read once in file order beside the claims: both tables hold the documents in
    the documents table's order, so the sentences of a block of claims are the next ones read."""

    def __init__(self, q: Query, rows: int = 65_536):
        self._batches = q.stream("SELECT doc, para, sent, start FROM sentences", rows=rows)
        self._held = pd.DataFrame(columns=["doc", "para", "sent", "start"])

    def of(self, docs: pd.Series) -> pd.DataFrame:
        """doc, para, sent and start of the sentences of ``docs``, documents that come one after the other
        (``docs`` in order): read up to the end of the last one, skipping documents that have no claim."""
        last, held, taken, seen = docs.iloc[-1], self._held, [], False
        while held is not None:
            at_last = (held["doc"] == last).to_numpy()
            seen = seen or at_last.any()
            end = at_last.nonzero()[0][-1] + 1 if at_last.any() else 0 if seen else len(held)
            taken.append(held.iloc[:end])
            if end < len(held):  # the last document ends in what is held: the rest is the next block's
                break
            held = next(self._batches, None)
        self._held = held.iloc[end:] if held is not None else self._held.iloc[:0]
        rows = pd.concat(taken, ignore_index=True)
        return rows[rows["doc"].isin(set(docs))]


def _claims(q: Query, rows: int) -> Iterator[pd.DataFrame]:
    """Every claim in the quantities table's order, in blocks of whole documents, with what ``claims.classified``
    reads besides: the start of its sentence, its part and role, its document's year. Both tables are read once,
    streamed; only a block is ever joined, so memory stays at a block however large the corpus."""
    starts = _SentenceStarts(q)
    columns = ", ".join(_identifier(c) for c in _QUANTITIES)
    for block in whole_documents(q.stream(f"SELECT {columns} FROM quantities WHERE claim", rows=rows)):
        with q.registered(block.assign(row=range(len(block)))) as held, q.registered(starts.of(block["doc"])) as sentences:
            yield q.sql(f"""
                SELECT c.* EXCLUDE (row), coalesce(s.start, c.start) AS sent_start, {sections.PART_COLUMNS},
                       coalesce(substr(d.date, 1, 4), '') AS doc_year
                FROM {held} AS c LEFT JOIN {sentences} AS s USING (doc, para, sent)
                LEFT JOIN (SELECT doc, date FROM documents WHERE doc IN (SELECT doc FROM {held})) AS d USING (doc)
                {sections.part_join(q, 'c', held)} ORDER BY c.row""")


CACHE = ".ledger"  # beside the facts tables: the ledger of the facts the signature names, for every report to share


def _key(facts_dir: Path) -> str | None:
    """What the ledger of ``facts_dir`` depends on: the extraction (its ``.signature``), the code that classes claims
    and its codebooks. None for a folder extraction did not write (nothing names its contents)."""
    signature = facts_dir / ".signature"
    if not signature.is_file():
        return None
    key = hashlib.sha256(signature.read_bytes())
    for module in (claims, sections, tables, sys.modules[__name__]):
        key.update(Path(module.__file__).read_bytes())
    for book in ("ledger.yml", "sections.yml"):
        key.update(codebook_path(__package__, book).read_bytes())
    return key.hexdigest()


class Ledger:
    """The claims ledger of the facts ``q`` asks: ``len``, ``head(n)``, ``blocks()``, ``frame()``, and the view
    ``name`` (the ledger's columns and ``row``, its place in the ledger) for SQL in ``q``.

    Built once for a facts folder written by extraction and kept beside its tables (``.ledger/``), so the reports
    that run side by side class the claims once: the first builds while the others wait for it, and a rerun on
    unchanged facts builds nothing. Other facts (a folder without a signature, a read-only one) get a ledger of
    their own in the query's folder.
    """

    def __init__(self, q: Query, block_claims: int = BLOCK_CLAIMS):
        self.q = q
        key = _key(q.facts_dir) if q.facts_dir is not None else None
        self.path = q.facts_dir / CACHE / f"{key}.parquet" if key else q.scratch / "ledger.parquet"
        self.name = q.derived("ledger", lambda q: self._view(block_claims))

    def _view(self, block_claims: int) -> str:
        if self.path.parent == self.q.scratch:
            self._build(self.path, block_claims)
        else:
            try:
                self._shared(block_claims)
            except OSError:  # a facts folder this user cannot write to
                self.path = self.q.scratch / "ledger.parquet"
                self._build(self.path, block_claims)
        return f"SELECT * EXCLUDE (file_row_number), file_row_number AS row FROM read_parquet({_literal(self.path)}, file_row_number = true)"

    def _shared(self, block_claims: int) -> None:
        """Build the ledger into the facts folder unless it is there, one process at a time; older ledgers go."""
        folder = self.path.parent
        folder.mkdir(exist_ok=True)
        with open(folder / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another report building it: wait, then read what it wrote
            if not self.path.exists():
                partial = folder / f".{self.path.name}.{os.getpid()}.part"
                self._build(partial, block_claims)
                os.replace(partial, self.path)
                for stale in folder.glob("*.parquet"):
                    if stale != self.path:
                        stale.unlink(missing_ok=True)

    def _build(self, path: Path, block_claims: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema()
        with pq.ParquetWriter(path, schema) as writer:
            for block in _claims(self.q, block_claims):
                writer.write_table(pa.Table.from_pandas(claims.classified(block), schema=schema, preserve_index=False),
                                   row_group_size=len(block))

    def __len__(self) -> int:
        import pyarrow.parquet as pq

        return pq.ParquetFile(self.path).metadata.num_rows

    def blocks(self) -> Iterator[pd.DataFrame]:
        """The ledger's rows, block by block in ledger order, each block holding whole documents."""
        import pyarrow.parquet as pq

        file = pq.ParquetFile(self.path)
        for i in range(file.num_row_groups):  # a ledger without claims has none
            yield file.read_row_group(i).to_pandas()

    def head(self, n: int) -> pd.DataFrame:
        """The first ``n`` claims, as ``claims.ledger`` has them."""
        rows, held = [], 0
        for block in self.blocks():
            rows.append(block.head(n - held))
            held += len(rows[-1])
            if held >= n:
                break
        return pd.concat(rows, ignore_index=True) if rows else self.frame()

    def frame(self) -> pd.DataFrame:
        """The whole ledger as one DataFrame (what ``claims.ledger`` returns)."""
        return pd.read_parquet(self.path)
