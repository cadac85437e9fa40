"""Corpus mode: parallel and Dask engines agree, reruns are incremental, tables read back from CSV or Parquet."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from support import FIXTURES, SEED
from helpers.store import corpus, facts as store

TABLES = ("documents", "paragraphs", "sentences", "quantities", "organizations", "places", "quotes")


@pytest.fixture()
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for f in (FIXTURES / "texts").glob("*.txt"):
        shutil.copy(f, folder / f.name)
    return folder


def _tables(out):
    return {t: (out / f"{t}.csv").read_bytes() for t in TABLES}


def test_parallel_and_sequential_give_identical_tables(raw, tmp_path):
    one = corpus.run([raw], tmp_path / "one", jobs=1, quiet=True)
    two = corpus.run([raw], tmp_path / "two", jobs=2, quiet=True)
    n_texts = len(list((FIXTURES / "texts").glob("*.txt"))) + 1
    assert one.n_docs == two.n_docs == n_texts
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")


@pytest.mark.slow
def test_dask_engine_matches_local_engine_row_for_row(raw, tmp_path):
    pytest.importorskip("dask.distributed")
    corpus.run([raw], tmp_path / "local", jobs=2, quiet=True)
    corpus.run([raw], tmp_path / "dask", jobs=2, engine="dask", quiet=True)
    for t in TABLES:
        a = store.read_table(tmp_path / "local", t)
        b = store.read_table(tmp_path / "dask", t)
        pd.testing.assert_frame_equal(a, b)


def test_reruns_are_incremental(raw, tmp_path):
    out = tmp_path / "facts"
    first = corpus.run([raw], out, jobs=1, quiet=True)
    n = first.n_docs
    assert first.n_extracted == n
    again = corpus.run([raw], out, jobs=1, quiet=True)
    assert again.unchanged and again.n_extracted == 0
    (raw / "local_news.txt").write_text((raw / "local_news.txt").read_text(encoding="utf-8") + "\n新增就业3万人。", encoding="utf-8")
    changed = corpus.run([raw], out, jobs=1, quiet=True)
    assert changed.n_extracted == 1 and changed.n_cached == n - 1
    assert "3万人" in set(store.read_table(out, "quantities")["text"])
    (raw / "gwr_excerpt.txt").unlink()
    deleted = corpus.run([raw], out, jobs=1, quiet=True)
    assert deleted.n_docs == n - 1 and deleted.n_extracted == 0
    assert "gwr_excerpt" not in set(store.read_table(out, "documents")["doc"])
    assert len(list((out / ".cache").glob("*.pkl"))) == n - 1


def test_csv_and_parquet_read_back_the_same(raw, tmp_path):
    out = tmp_path / "facts"
    corpus.run([raw], out, jobs=1, quiet=True)
    for t in TABLES:
        from_parquet = store.read_table(out, t)
        (out / f"{t}.parquet").rename(out / f"{t}.parquet.bak")
        from_csv = store.read_table(out, t)
        (out / f"{t}.parquet.bak").rename(out / f"{t}.parquet")
        pd.testing.assert_frame_equal(from_parquet, from_csv, check_dtype=False)


def test_csv_only(raw, tmp_path):
    out = tmp_path / "facts"
    corpus.run([raw], out, jobs=1, quiet=True, parquet=False)
    assert (out / "quantities.csv").exists() and not (out / "quantities.parquet").exists()
    assert len(store.read_table(out, "quantities")) > 50


def test_cache_key_covers_the_extractor_and_nothing_else():
    names = {name for name, _ in corpus._source_files()}
    assert {"helpers.extract/quantities.py", "helpers.extract/codebooks/units.yml", "helpers.ingest/structure.py",
            "helpers.store/tables.py"} <= names
    assert not any(n.startswith(("helpers.analysis", "helpers.report")) for n in names)


@pytest.mark.slow
def test_dask_engine_on_an_existing_cluster(raw, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    corpus.run([raw], tmp_path / "local", jobs=1, quiet=True)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        corpus.run([raw], tmp_path / "remote", engine="dask", scheduler=cluster.scheduler_address, quiet=True)
    assert _tables(tmp_path / "local") == _tables(tmp_path / "remote")


def test_paths_are_shown_relative_to_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("新建学校12所。", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text("新建学校13所。", encoding="utf-8")
    (tmp_path / "work").mkdir()
    (tmp_path / "texts").rename(tmp_path / "work" / "texts")
    monkeypatch.chdir(tmp_path / "work")
    summary = corpus.run(["texts", tmp_path / "elsewhere"], tmp_path / "facts", jobs=1, quiet=True)
    assert summary.n_errors == 0, summary.messages
    paths = list(store.read_table(tmp_path / "facts", "documents")["path"])
    assert paths == ["texts/a.txt", str(tmp_path / "elsewhere" / "b.txt")]


def test_facts_tables_are_read_when_first_used(facts_dir, monkeypatch):
    read = []
    real = store.read_table
    monkeypatch.setattr(store, "read_table", lambda folder, table: read.append(table) or real(folder, table))
    facts = store.load(facts_dir)
    assert read == []
    facts.quantities, facts.quantities
    assert read == ["quantities"]


def test_hidden_files_manifests_and_linked_folders_are_not_inputs(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / ".hidden").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for f in (raw / "b.txt", raw / "sub" / "a.txt", raw / ".hidden" / "c.txt", raw / ".d.txt", elsewhere / "e.txt"):
        f.write_text("新建学校12所。", encoding="utf-8")
    (raw / "manifest.csv").write_text("file,title\n", encoding="utf-8")
    (raw / "linked").symlink_to(elsewhere, target_is_directory=True)
    (raw / "link.txt").symlink_to(elsewhere / "e.txt")
    tasks, _ = corpus.discover([raw])
    assert [(t.doc, t.file) for t in tasks] == [("b", str(raw / "b.txt")), ("link", str(elsewhere / "e.txt")),
                                               ("a", str(raw / "sub" / "a.txt"))]


def test_a_folders_notes_are_said_and_left_out_unless_named(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("新建学校12所。", encoding="utf-8")
    (raw / "SOURCE.md").write_text("# Where these texts come from", encoding="utf-8")
    tasks, messages = corpus.discover([raw])
    assert [t.doc for t in tasks] == ["a"] and any("SOURCE.md" in m and "not extracted" in m for m in messages)
    assert [t.doc for t in corpus.discover([raw / "SOURCE.md"])[0]] == ["SOURCE"]
