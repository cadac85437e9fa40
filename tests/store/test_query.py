"""The query layer: SQL over the facts files, answered as DataFrames of only what was asked."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from helpers.store import facts as store, query


def test_table_returns_only_the_columns_and_rows_asked_for(facts_dir):
    with query.Query(facts_dir) as q:
        claims = q.table("quantities", columns=["doc", "text", "value"], where="claim AND unit = $unit", params={"unit": "%"})
    full = store.read_table(facts_dir, "quantities")
    expected = full[full["claim"] & (full["unit"] == "%")]
    assert list(claims.columns) == ["doc", "text", "value"]
    assert list(claims["text"]) == list(expected["text"]) and len(claims) > 0


def test_an_unknown_table_or_column_is_a_clear_error(facts_dir):
    with query.Query(facts_dir) as q:
        with pytest.raises(ValueError, match="no column.*valu"):
            q.table("quantities", columns=["valu"])
        with pytest.raises(ValueError, match="no facts table 'quantity'"):
            q.table("quantity")


def test_count_groups_rows_largest_first(facts_dir):
    with query.Query(facts_dir) as q:
        counts = q.count("quantities", ["kind"])
    expected = store.read_table(facts_dir, "quantities")["kind"].value_counts()
    assert dict(zip(counts["kind"], counts["n"])) == expected.to_dict()
    assert list(counts["n"]) == sorted(counts["n"], reverse=True)


def test_a_folder_without_parquet_is_queried_from_csv_with_declared_types(facts_dir, tmp_path):
    csv_only = tmp_path / "facts"
    csv_only.mkdir()
    for f in facts_dir.glob("*.csv"):
        shutil.copy(f, csv_only / f.name)
    with query.Query(csv_only) as a, query.Query(facts_dir) as b:
        from_csv, from_parquet = (q.table("quantities", columns=["doc", "start", "value", "claim", "subject"]) for q in (a, b))
    pd.testing.assert_frame_equal(from_csv, from_parquet)


def test_a_missing_folder_says_to_extract(tmp_path):
    with pytest.raises(FileNotFoundError, match="shishi extract"):
        query.Query(tmp_path / "nowhere")


def test_a_query_spills_outside_the_working_folder_and_close_removes_it(facts_dir, tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    q = query.Query(facts_dir)
    spill = Path(q.sql("SELECT current_setting('temp_directory') AS d")["d"].iloc[0])
    assert spill.is_dir() and tmp_path not in spill.parents
    q.close()
    assert not spill.exists() and not (tmp_path / ".tmp").exists()


def test_dataframes_are_queried_as_tables():
    with query.Query(frames={"quantities": pd.DataFrame({"doc": ["a", "b", "a"], "kind": ["money", "count", "money"]})}) as q:
        counts = q.count("quantities", ["doc"])
    assert dict(zip(counts["doc"], counts["n"])) == {"a": 2, "b": 1}


def test_a_query_needs_a_folder_or_frames_not_both(facts_dir):
    with pytest.raises(ValueError, match="one of the two"):
        query.Query()
    with pytest.raises(ValueError, match="one of the two"):
        query.Query(facts_dir, frames={})


def test_a_derived_table_is_built_once(facts_dir):
    built = []

    def doc_count(q):
        built.append(1)
        return q.sql("SELECT count(*) AS n FROM documents")

    with query.Query(facts_dir) as q:
        first = q.sql(f"SELECT n FROM {q.derived('doc_count', doc_count)}")
        again = q.sql(f"SELECT n FROM {q.derived('doc_count', doc_count)}")
        view = q.derived("percent", lambda q: "SELECT * FROM quantities WHERE unit = '%'")
        assert q.sql(f"SELECT count(*) AS n FROM {view}")["n"][0] == (q.table("quantities", ["unit"])["unit"] == "%").sum()
    assert len(built) == 1 and first.equals(again)


def test_written_rows_are_read_from_parquet_in_scratch_and_written_once(facts_dir):
    built = []

    def percent(q):
        built.append(1)
        return "SELECT doc, text FROM quantities WHERE unit = '%'"

    with query.Query(facts_dir) as q:
        name = q.written("percent_rows", percent)
        assert q.written("percent_rows", percent) == name and len(built) == 1
        assert (q.scratch / "percent_rows.parquet").is_file()
        assert len(q.sql(f"SELECT * FROM {name}")) == (q.table("quantities", ["unit"])["unit"] == "%").sum()


def test_a_registered_frame_is_gone_after_its_question(facts_dir):
    import duckdb

    with query.Query(facts_dir) as q:
        with q.registered(pd.DataFrame({"doc": ["x"]})) as name:
            assert q.sql(f"SELECT doc FROM {name}")["doc"].tolist() == ["x"]
        with pytest.raises(duckdb.CatalogException):
            q.sql(f"SELECT doc FROM {name}")


def test_a_result_streams_in_order_in_chunks_of_at_most_the_rows_asked(facts_dir):
    with query.Query(facts_dir) as q:
        whole = q.sql("SELECT doc, start FROM quantities ORDER BY doc, start")
        chunks = list(q.stream("SELECT doc, start FROM quantities ORDER BY doc, start", rows=7))
    assert max(map(len, chunks)) <= 7 and len(chunks) > 1
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole)
