"""Loading the facts tables for analysis, from Parquet or CSV, with schema types."""

from __future__ import annotations

from pathlib import Path

from . import tables


class Facts:
    """The facts tables of one extraction, as pandas DataFrames: ``facts.quantities``, ``facts.places`` …

    Each table is read when it is first asked for, so a notebook holds in memory only the tables it uses.
    """

    def __init__(self, frames: dict | None = None, facts_dir: Path | None = None):
        self._frames = dict(frames or {})
        self._dir = facts_dir

    def __getattr__(self, table: str):
        frames, facts_dir = self.__dict__.get("_frames", {}), self.__dict__.get("_dir")
        if table not in frames:
            if table not in tables.FACTS or facts_dir is None:
                raise AttributeError(f"no facts table '{table}' (tables: {', '.join(tables.FACTS)})")
            frames[table] = read_table(facts_dir, table)
        return frames[table]

    @property
    def query(self):
        """A DuckDB connection (``helpers.store.query.Query``) over the same tables, opened on first use: the
        facts folder's files, or the DataFrames this ``Facts`` was given. Analyses that would otherwise hold a
        whole table ask it instead."""
        if "_query" not in self.__dict__:
            from .query import Query

            self._query = Query(self._dir) if self._dir is not None else Query(frames=self._frames)
        return self._query

    def close(self) -> None:
        """Close the query, if one was opened, and remove its folder (a notebook's kernel is stopped without
        running finalizers, so its last cell closes what it opened)."""
        if "_query" in self.__dict__:
            self.__dict__.pop("_query").close()

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
    missing = [t for t in tables.FACTS if not (facts_dir / f"{t}.parquet").exists() and not (facts_dir / f"{t}.csv").exists()]
    if missing:
        raise FileNotFoundError(f"{facts_dir}: facts table(s) {', '.join(missing)} not found - run `shishi extract` first")
    return Facts(facts_dir=facts_dir)


def read_table(facts_dir: str | Path, table: str):
    """Load one facts table, from Parquet when present (faster), else CSV, with schema types."""
    import pandas as pd

    facts_dir = Path(facts_dir)
    pq_path = facts_dir / f"{table}.parquet"
    if pq_path.exists():
        frame = pd.read_parquet(pq_path)
    else:
        csv_path = facts_dir / f"{table}.csv"
        if not csv_path.exists():
            raise FileNotFoundError(f"{csv_path}: facts table not found - run `shishi extract` first")
        frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    return _typed(frame, table)


def _typed(frame, table: str):
    import pandas as pd

    for name, typ, _, _ in tables.TABLES[table]:
        if name not in frame.columns:
            raise ValueError(f"{table}: column '{name}' missing; the facts were written by an older shishi - rerun `shishi extract`")
        base = typ.rstrip("?")
        col = frame[name]
        if base == "int":
            frame[name] = pd.to_numeric(col).astype("int64")
        elif base == "float":
            frame[name] = pd.to_numeric(col.replace("", None), errors="coerce").astype("float64")
        elif base == "bool":
            frame[name] = col.map(lambda v: v if isinstance(v, bool) else str(v).lower() == "true").astype(bool)
        else:
            frame[name] = col.fillna("").astype(str)
    return frame[tables.columns(table)]
