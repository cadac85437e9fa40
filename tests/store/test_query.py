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
