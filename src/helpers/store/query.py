"""Questions to the facts tables, answered by DuckDB over their Parquet files: only the answer is loaded.

``facts.load`` reads whole tables into pandas; at 10,000 documents a kernel held about 1.9 GiB that way,
and memory grew with the corpus. A ``Query`` instead names every facts table as a view over its file, so
a notebook asks in SQL (or with the helpers below) and gets back a pandas DataFrame of just the columns
and rows it asked for: DuckDB reads only those columns, filters and aggregates while it scans, and spills
to disk beyond its memory limit. A facts folder written with ``--no-parquet`` is queried from its CSV
files, typed by the same declaration.

    q = query.Query("data/facts")
    q.sql("SELECT unit, count(*) AS n FROM quantities WHERE claim GROUP BY unit ORDER BY n DESC")
    q.table("documents", columns=["doc", "date", "title"], where="status <> 'error'")

The same questions can be asked of tables already in memory (``Query(frames={"quantities": frame})``), so an
analysis written once in SQL answers for a facts folder of any size and for a researcher's own DataFrames.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import tables

_SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN"}
MEMORY_LIMIT = "512MB"  # per connection, so three report kernels at once stay within 4 GiB; beyond it a query spills


class Query:
    """A DuckDB connection in which every facts table of ``facts_dir`` is a view of the same name; with
    ``frames`` instead (table name -> DataFrame), those DataFrames are the tables."""

    def __init__(self, facts_dir: str | Path | None = None, memory_limit: str = MEMORY_LIMIT, threads: int | None = None,
                 frames: dict | None = None):
        import duckdb

        if (facts_dir is None) == (frames is None):
            raise ValueError("a Query reads a facts folder or DataFrames (frames=...), one of the two")
        self.facts_dir = Path(facts_dir) if facts_dir is not None else None
        self._derived: set[str] = set()  # tables computed from the facts and registered once (``derived``)
        if self.facts_dir is not None and not self.facts_dir.is_dir():
            raise FileNotFoundError(f"{self.facts_dir}: no facts folder - run `shishi extract` (or `make reports`) first")
        spill = tempfile.mkdtemp(prefix="shishi-duckdb-")  # not DuckDB's '.tmp' in the notebooks' folder
        self.scratch = Path(spill)  # this connection's own folder: spilled queries and files built from the facts
        self._remove_spill = weakref.finalize(self, shutil.rmtree, spill, ignore_errors=True)
        self.con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": spill,
                                          **({"threads": threads} if threads else {})})
        if frames is not None:
            for table, frame in frames.items():
                self._table(table, frame)
            return
        for table in tables.FACTS:
            self.con.execute(f"CREATE VIEW {table} AS SELECT * FROM {self._source(table)}")

    def _source(self, table: str) -> str:
        parquet, csv = self.facts_dir / f"{table}.parquet", self.facts_dir / f"{table}.csv"
        if parquet.exists():
            return f"read_parquet({_literal(parquet)})"
        if csv.exists():
            types = ", ".join(f"{_literal(name)}: {_literal(_SQL_TYPES[typ.rstrip('?')])}" for name, typ, _, _ in tables.TABLES[table])
            return f"read_csv({_literal(csv)}, header = true, columns = {{{types}}}, allow_quoted_nulls = false)"
        raise FileNotFoundError(f"{csv}: facts table not found - run `shishi extract` first")

    def sql(self, query: str, params: list | dict | None = None):
        """The result of one SQL statement as a pandas DataFrame (``?`` or ``$name`` placeholders take ``params``)."""
        return self.con.execute(query, params).df()

    def table(self, name: str, columns: list[str] | None = None, where: str | None = None,
              params: list | dict | None = None):
        """Some columns (default all) of the rows of one facts table that satisfy ``where``, in file order."""
        if name not in tables.FACTS:
            raise ValueError(f"no facts table '{name}' (tables: {', '.join(tables.FACTS)})")
        unknown = set(columns or ()) - set(tables.columns(name))
        if unknown:
            raise ValueError(f"{name}: no column(s) {', '.join(sorted(unknown))} (columns: {', '.join(tables.columns(name))})")
        select = ", ".join(_identifier(c) for c in columns) if columns else "*"
        return self.sql(f"SELECT {select} FROM {name}" + (f" WHERE {where}" if where else ""), params)

    def count(self, name: str, by: list[str], where: str | None = None, params: list | dict | None = None):
        """Rows of one facts table counted by the columns ``by`` (column ``n``), largest first."""
        keys = ", ".join(_identifier(c) for c in by)
        return self.sql(f"SELECT {keys}, count(*) AS n FROM {name}" + (f" WHERE {where}" if where else "")
                        + f" GROUP BY {keys} ORDER BY n DESC, {keys}", params)

    def stream(self, query: str, params: list | dict | None = None, rows: int = 65_536) -> Iterator:
        """The result of one SQL statement as DataFrames of at most ``rows`` rows each, in the result's order,
        so a result larger than memory can be read through. It runs on a connection of its own to the same
        tables, so other questions can be asked meanwhile; it sees the facts tables and derived views, not the
        DataFrames registered here."""
        cursor = self.con.cursor()
        try:
            for batch in cursor.sql(query, params=params).to_arrow_reader(rows):
                if batch.num_rows:
                    yield batch.to_pandas()
        finally:
            cursor.close()

    def derived(self, name: str, build: Callable) -> str:
        """The name of a table computed from the facts by ``build(self)``, made the first time it is asked for
        and kept for the connection's life: ``build`` returns a DataFrame (registered) or a SELECT statement
        (a view, say over a file ``build`` wrote in ``scratch``)."""
        if name not in self._derived:
            made = build(self)
            if isinstance(made, str):
                self.con.execute(f"CREATE VIEW {_identifier(name)} AS {made}")
            else:
                self._table(name, made)
            self._derived.add(name)
        return name

    def written(self, name: str, select: Callable) -> str:
        """The name of the rows of ``select(self)`` (a SELECT statement), written once to Parquet in ``scratch`` and
        read from there: for a result that several questions read and that is costly to compute (the coded
        paragraphs' lengths read every paragraph's text, 7 to 11 s a question at 100,000 documents), in bounded
        memory where a table would hold it whole."""

        def build(q: Query) -> str:
            path = _literal(str(q.scratch / f"{name}.parquet"))
            q.con.execute(f"COPY ({select(q)}) TO {path} (FORMAT parquet)")
            return f"SELECT * FROM read_parquet({path})"

        return self.derived(name, build)

    def _table(self, name: str, frame) -> None:
        """``frame`` copied into a table ``name``, which every connection to these tables sees (``stream``'s too)."""
        with self.registered(frame) as held:
            self.con.execute(f"CREATE TABLE {_identifier(name)} AS SELECT * FROM {held}")

    @contextmanager
    def registered(self, frame) -> Iterator[str]:
        """A name under which ``frame`` (a DataFrame) can be queried while the block runs."""
        name = f"frame_{next(_FRAMES)}"
        self.con.register(name, frame)
        try:
            yield name
        finally:
            self.con.unregister(name)

    def reading_order(self) -> str:
        """The name of a table (``doc``, ``position``) placing each document where the tables hold it.

        Every table is written document by document in one order (the documents table's), so a document's
        position and a row's paragraph number put rows in reading order, which pandas keeps when it counts
        (ties in ``value_counts`` come in order of first appearance) and SQL does not unless asked. The order
        is read once, from a plain scan of the documents table, which DuckDB returns in file order.
        """
        def positions(q):
            docs = q.sql("SELECT doc FROM documents")
            return docs.assign(position=range(len(docs)))

        return self.derived("reading_order", positions)

    def close(self) -> None:
        """Close the connection and remove its spill folder (a kernel that is shut down runs no finalizer)."""
        self.con.close()
        self._remove_spill()

    def __enter__(self) -> Query:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def whole_documents(chunks: Iterator) -> Iterator:
    """The rows of ``chunks`` (DataFrames with ``doc``, a document's rows together, as every facts table holds
    them) regrouped so no document is split between two blocks: what a question asked of one document at a time needs."""
    import pandas as pd

    carry = None
    for chunk in chunks:
        block = chunk if carry is None else pd.concat([carry, chunk], ignore_index=True)
        docs = block["doc"].to_numpy()
        cut = int((docs != docs[-1]).nonzero()[0][-1]) + 1 if (docs != docs[-1]).any() else 0
        carry = block.iloc[cut:]
        if cut:
            yield block.iloc[:cut]
    if carry is not None and len(carry):
        yield carry


_FRAMES = itertools.count()  # names of DataFrames registered for one question


@contextmanager
def relation(rows, q: Query | None = None) -> Iterator[tuple[Query, str]]:
    """The query and the name under which ``rows`` can be asked in SQL: a relation kept in a query (anything
    with ``q`` and ``name``, such as the analysis's ledger), or a DataFrame registered for the question in
    ``q`` (by default in a connection of its own). One SQL text then answers for both."""
    import pandas as pd

    if not isinstance(rows, pd.DataFrame):
        yield rows.q, rows.name
    elif q is not None:
        with q.registered(rows) as name:
            yield q, name
    else:
        with Query(frames={}) as own, own.registered(rows) as name:
            yield own, name


def _literal(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
