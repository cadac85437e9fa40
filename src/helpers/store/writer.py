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


class TableWriter:
    """Streams rows of one table into CSV (and optionally Parquet), validating each batch against the schema."""

    def __init__(self, out_dir: Path, table: str, parquet: bool, batch_rows: int = 100_000):
        import pyarrow.csv as pcsv

        self.out_dir = Path(out_dir)
        self.table = table
        self.schema = _arrow_schema(table)
        self.validator = tables.pandera_schema(table)
        self.batch: list[dict] = []
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

    def add(self, rows: list[dict]) -> None:
        self.batch.extend(rows)
        if len(self.batch) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        table = pa.Table.from_pylist(self.batch, schema=self.schema)
        self.validator.validate(table.to_pandas())
        self.csv_writer.write_table(table)
        if self.parquet_writer is not None:
            self.parquet_writer.write_table(table)
        self.n_rows += len(self.batch)
        self.batch = []

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
