"""Tables are checked against their declaration before anything is published."""

from __future__ import annotations

import pytest

from helpers.store import tables, writer


def _columns(table: str, **values) -> dict[str, list]:
    row = {c: "" for c in tables.columns(table)} | dict(doc="d", para=0, start=0, end=5, kind="body", page=0, section="", text="正文")
    row.update(values)
    return {c: [row[c]] for c in tables.columns(table)}


@pytest.mark.parametrize("bad, message", [(dict(kind="footnote"), "paragraphs.kind.*footnote"),
                                          (dict(start=-1), "paragraphs.start: negative"),
                                          (dict(text=None), "paragraphs.text: 1 empty")])
def test_a_batch_that_breaks_the_declaration_is_not_published(tmp_path, bad, message):
    w = writer.TableWriter(tmp_path, "paragraphs", parquet=True)
    w.add(_columns("paragraphs", **bad))
    with pytest.raises(writer.SchemaError, match=message):
        w.close()
    w.abort()
    assert not list(tmp_path.iterdir())


def test_a_valid_batch_is_written(tmp_path):
    w = writer.TableWriter(tmp_path, "paragraphs", parquet=False)
    w.add(_columns("paragraphs"))
    w.close()
    assert (tmp_path / "paragraphs.csv").read_text(encoding="utf-8").splitlines()[1] == '"d",0,"body","",0,5,0,"正文"'


def test_rows_are_written_once_a_batch_fills_not_held_to_the_end(tmp_path):
    """A run's tables are written while the workers extract: what is left at the last document is written after it."""
    import pyarrow.parquet as pq

    w = writer.TableWriter(tmp_path, "paragraphs", parquet=True)
    chunk = {c: v * 1_000 for c, v in _columns("paragraphs").items()}  # a document's rows
    for _ in range(25):
        w.add(chunk)
    assert w.pending < 10_000 < w.n_rows
    w.close()
    assert w.n_rows == 25_000 == pq.read_metadata(tmp_path / "paragraphs.parquet").num_rows
    assert len((tmp_path / "paragraphs.csv").read_text(encoding="utf-8").splitlines()) == 25_001
