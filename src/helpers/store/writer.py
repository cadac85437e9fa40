"""Writing the facts tables: validated, deterministic, and swapped in atomically.

An interrupted run must leave the previous complete tables readable, so every file
is written beside its target and renamed over it only once it is whole.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from . import tables


class SchemaError(ValueError):
    """Rows that break their table's declaration: a bug in extraction, never written."""


# Rows per written batch (and Parquet row group). At 100,000 the tables of 2,000 short articles were mostly written
# after the last one was extracted: 1.2 s of a 11.6 s run with two workers, against 0.1 s at 10,000, and the main
# process's CPU fell from 2.8 s to 1.9 s (smaller lists to convert).
BATCH_ROWS = 10_000


class TableWriter:
    """Streams one table's rows into CSV (and optionally Parquet), checking each batch against the declaration.

    Rows arrive column by column (a list per declared column, as the workers cache them), so a batch becomes
    an Arrow table in one call and is checked and written in C++: the main process of a corpus run does
    little more than append lists. Batches are small (BATCH_ROWS): a batch is written while the workers extract,
    and what is left when the last document arrives is written after it, with the workers done and a core idle.
    """

    def __init__(self, out_dir: Path, table: str, parquet: bool, batch_rows: int = BATCH_ROWS):
        import pyarrow.csv as pcsv

        self.out_dir = Path(out_dir)
        self.table = table
        self.schema = _arrow_schema(table)
        self.columns: dict[str, list] = {name: [] for name in self.schema.names}
        self.pending = 0
        self.batch_rows = batch_rows
        self.n_rows = 0
        fd, self.csv_tmp = tempfile.mkstemp(prefix=f".{table}.", suffix=".csv.part", dir=self.out_dir)
        os.close(fd)
        self.csv_writer = pcsv.CSVWriter(self.csv_tmp, self.schema, write_options=pcsv.WriteOptions(quoting_style="needed"))
        self.parquet_tmp = None
        self.parquet_writer = None
        if parquet:
            import pyarrow.parquet as pq

            fd, self.parquet_tmp = tempfile.mkstemp(prefix=f".{table}.", suffix=".parquet.part", dir=self.out_dir)
            os.close(fd)
            self.parquet_writer = pq.ParquetWriter(self.parquet_tmp, self.schema)

    def add(self, columns: dict[str, list]) -> None:
        """Append rows given as one equally long list per declared column."""
        for name, values in self.columns.items():
            values += columns[name]
        self.pending += len(columns[self.schema.names[0]])
        if self.pending >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        table = pa.Table.from_pydict(self.columns, schema=self.schema)
        check(self.table, table)
        self.csv_writer.write_table(table)
        if self.parquet_writer is not None:
            self.parquet_writer.write_table(table)
        self.n_rows += self.pending
        self.columns = {name: [] for name in self.schema.names}
        self.pending = 0

    def close(self) -> None:
        """Flush, then atomically replace the published files."""
        self.flush()
        self.csv_writer.close()
        _publish(self.csv_tmp, self.out_dir / f"{self.table}.csv")
        if self.parquet_writer is not None:
            self.parquet_writer.close()
            _publish(self.parquet_tmp, self.out_dir / f"{self.table}.parquet")

    def abort(self) -> None:
        for closer in (self.csv_writer, self.parquet_writer):
            if closer is not None:
                try:
                    closer.close()
                except Exception:  # already closed or half-written: the temporary file goes anyway
                    pass
        for tmp in (self.csv_tmp, self.parquet_tmp):
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)


def check(name: str, table) -> None:
    """Raise SchemaError, naming the table, the column and the values, when a batch breaks its declaration:
    an empty value where the column allows none, a value outside its allowed set, a negative offset or count.
    (Column names and types are the Arrow schema's, enforced when the batch is built.)"""
    import pyarrow as pa
    import pyarrow.compute as pc

    for column, typ, allowed, _ in tables.TABLES[name]:
        values = table.column(column)
        if not typ.endswith("?") and values.null_count:
            raise SchemaError(f"{name}.{column}: {values.null_count} empty value(s) where the schema allows none")
        if allowed:
            present = values.drop_null()
            bad = pc.filter(present, pc.invert(pc.is_in(present, value_set=pa.array(list(allowed), values.type))))
            if len(bad):
                raise SchemaError(f"{name}.{column}: {sorted(set(bad.to_pylist()))[:5]} not among the allowed values {list(allowed)}")
        if column in tables.NON_NEGATIVE and len(values) and pc.min(values).as_py() < 0:
            raise SchemaError(f"{name}.{column}: negative value {pc.min(values).as_py()}")


def _arrow_schema(table: str):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[typ.rstrip("?")], typ.endswith("?")) for name, typ, _, _ in tables.TABLES[table]])


def write_atomic(path: Path, text: str) -> None:
    """Write a small text file so readers never see it half-written."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    _publish(tmp, path)


def _publish(tmp: str, target: Path) -> None:
    os.chmod(tmp, 0o644)  # mkstemp creates 0600; published files are for every reader
    os.replace(tmp, target)


def sha256_file(path: str | Path) -> str:
    """sha256 of a file's bytes, read in chunks (corpus files and facts tables alike)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
