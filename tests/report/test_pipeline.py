"""The report pipeline end to end on a small corpus: HTML content, offline pages, byte-identical reruns, error paths."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
import yaml

from support import FIXTURES, ROOT, SEED, XSS_TITLE, hostile_corpus
from helpers.report import runner

pytestmark = pytest.mark.slow  # runs the notebooks in kernels

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _config(tmp: Path, notebooks: list[Path], **params) -> Path:
    cfg = {"corpus": "corpus", "facts": "facts", "output": "reports", "timeout": 600,
           "notebooks": [{"path": str(nb), "title": nb.stem, "parameters": params.get(nb.stem, {})} for nb in notebooks]}
    path = tmp / "reports.yml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("project")
    hostile_corpus(tmp / "corpus", FIXTURES / "texts" / "local_news.txt")
    config = _config(tmp, NOTEBOOKS)
    keys = ("PYTHONHASHSEED", "SOURCE_DATE_EPOCH", "MPLBACKEND", "OPENBLAS_NUM_THREADS")
    cwd, env = os.getcwd(), {k: os.environ.get(k) for k in keys}
    assert runner.run(config, jobs=2) == 0
    # notebooks run in threads: the kernels' settings and folders must not leak into this process
    assert os.getcwd() == cwd and {k: os.environ.get(k) for k in keys} == env
    first = {p.name: p.read_bytes() for p in (tmp / "reports").glob("*.html")}
    assert runner.run(config, jobs=2) == 0
    second = {p.name: p.read_bytes() for p in (tmp / "reports").glob("*.html")}
    return tmp, first, second


def test_every_notebook_is_published_with_an_index(project):
    tmp, first, _ = project
    for nb in NOTEBOOKS:
        assert f"{nb.stem}.html" in first
        executed = nbformat.read(tmp / "reports" / "notebooks" / f"{nb.stem}.ipynb", as_version=4)
        errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors
    index = first["index.html"].decode()
    for nb in NOTEBOOKS:
        assert f'href="{nb.stem}.html"' in index and f'href="notebooks/{nb.stem}.ipynb"' in index
    assert index.count('class="status-ok"') >= len(NOTEBOOKS)
    runs = json.loads((tmp / "reports" / "runs.json").read_text())
    assert len(runs) == 2 and runs[0]["status"] == "ok"


def test_reruns_are_byte_identical(project):
    _, first, second = project
    pages = [n for n in first if n != "index.html"]  # the index carries run times by design
    assert pages
    differing = [n for n in pages if first[n] != second[n]]
    assert not differing, differing


def test_reviewer_html(project):
    tmp, first, _ = project
    seed_sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    for name, raw in first.items():
        page = raw.decode()
        assert page.startswith("<!DOCTYPE html>") and '<html lang="zh">' in page
        assert re.search(r"<title>[^<]+</title>", page)
        assert "@font-face" in page and "data:font/woff;base64," in page
        remote = re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", page)
        assert not remote, (name, remote)
        if name == "index.html":
            continue
        assert 'class="shishi-toc"' in page, name
        assert 'class="shishi-provenance"' in page and seed_sha in page, name
        assert "<details class=\"shishi-code\">" in page  # code hidden, expandable
        assert "\\u" not in page.split('class="shishi-provenance"')[1]  # parameters readable, not escaped
    claims = first["03_quantitative_claims.html"].decode()
    assert "<mark>约300亿元</mark>" in claims  # ledger rows carry the sentence with the number marked
    assert 'class="shishi-table"' in claims and "shishi-filter" in claims
    coverage = first["02_policy_coverage.html"].decode()
    alts = re.findall(r'<img src="data:image/png;base64,[^"]+" alt="([^"]*)"', coverage)
    assert len(alts) == coverage.count("<img ") >= 2
    assert all(a and a != "图 figure" for a in alts), alts  # each figure's title is its alt text
    assert "adds up to 100%" in coverage and "independent" in coverage and "混淆矩阵" in coverage  # shares and validation disclosed


def test_pages_show_no_internal_ids_or_scientific_notation(project):
    _, first, _ = project
    ids = ("state_council_ministry", "local_government", "rural_revitalization", "more_than", "vague_qualifier", "no_actor")
    for name, raw in first.items():
        main = raw.decode().split('class="shishi-provenance"')[0]
        text = re.sub(r"<details class=\"shishi-code\">.*?</details>|<style.*?</style>|<script.*?</script>|<img [^>]*>", "", main,
                      flags=re.S)  # code may name ids; fonts and figures are base64
        assert not any(i in text for i in ids), (name, [i for i in ids if i in text])
        assert not re.search(r">[^<]*\d\.?\d*e[+-]\d\d[^<]*<", text), name


def test_every_page_says_how_it_was_made_and_the_index_summarises(project):
    _, first, _ = project
    for name, raw in first.items():
        if name != "index.html":
            assert 'class="shishi-methods"' in raw.decode(), name
    index = first["index.html"].decode()
    summary = re.search(r'<ol class="shishi-summary">(.*?)</ol>', index, re.S).group(1)
    links = re.findall(r'<a href="([^"]+\.html#finding-\d+)">', summary)
    assert 5 <= len(links) <= 8 and all(f'id="{link.split("#")[1]}"' in first[link.split("#")[0]].decode() for link in links)


def test_text_from_inputs_is_escaped(project):
    _, first, _ = project
    for name, raw in first.items():
        page = raw.decode()
        assert "<script>alert(1)</script>" not in page, name
        assert "<img src=x onerror" not in page, name
    overview = first["01_corpus_overview.html"].decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in overview


def _committed(nb_path: Path):
    """The notebook as git holds it (after the outputs filter), else as on disk outside a git checkout."""
    import subprocess

    shown = subprocess.run(["git", "show", f":{nb_path.relative_to(ROOT).as_posix()}"], cwd=ROOT, capture_output=True, text=True)
    return nbformat.reads(shown.stdout, as_version=4) if shown.returncode == 0 else nbformat.read(nb_path, as_version=4)


def test_committed_notebooks_carry_no_outputs():
    for nb_path in NOTEBOOKS:
        nb = _committed(nb_path)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, nb_path.name
        assert nb.metadata["kernelspec"]["name"] == runner.KERNEL


def test_repository_config_matches_the_notebooks():
    cfg = runner.load_config(ROOT / "reports.yml")
    assert sorted(j.path for j in cfg.notebooks) == NOTEBOOKS


def test_broken_notebook_reports_the_cell_and_keeps_the_last_good_page(tmp_path):
    shutil.copytree(FIXTURES / "texts", tmp_path / "corpus")
    broken = FIXTURES / "notebooks" / "broken.ipynb"
    config = _config(tmp_path, [broken])
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "broken.html").write_text("last good", encoding="utf-8")
    (tmp_path / "reports" / "runs.json").write_text('[{"started": "2026-', encoding="utf-8")  # cut off mid-write
    assert runner.run(config, jobs=1) == 1
    assert (tmp_path / "reports" / "runs.json.unreadable").exists()  # set aside, a new history begins
    assert len(json.loads((tmp_path / "reports" / "runs.json").read_text(encoding="utf-8"))) == 1
    error = (tmp_path / "reports" / "broken.error.html").read_text(encoding="utf-8")
    assert "ValueError" in error and "deliberately broken" in error and "cell" in error
    assert (tmp_path / "reports" / "broken.html").read_text(encoding="utf-8") == "last good"
    assert (tmp_path / "reports" / "failed" / "broken.ipynb").exists()
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "failed (showing last good report)" in index


@pytest.mark.parametrize(
    "params, message",
    [
        ({"01_corpus_overview": {"top_n": "30"}}, "parameter 'top_n' must be int"),
        ({"01_corpus_overview": {"colour": "red"}}, "unknown parameter 'colour'"),
        ({"01_corpus_overview": {"top_n": True}}, "parameter 'top_n' must be int"),
    ],
)
def test_bad_parameters_fail_before_any_notebook_runs(tmp_path, capsys, params, message):
    config = _config(tmp_path, [ROOT / "notebooks" / "01_corpus_overview.ipynb"], **params)
    assert runner.run(config) == 2
    err = capsys.readouterr().err
    assert message in err and "01_corpus_overview.ipynb" in err and "reports.yml" in err
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize(
    "text, message",
    [
        ("corpus: corpus\nfacts: facts\noutput: reports\n", "missing key 'notebooks'"),
        ("corpus: corpus\nfacts: facts\noutput: /etc\nnotebooks: [{path: x.ipynb}]\n", "outside the project"),
        ("corpus: [1, 2\n", "not valid YAML"),
        ("corpus: corpus\nfacts: facts\noutput: reports\nnotebooks: [{path: nope.ipynb}]\n", "does not exist"),
        ("corpus: corpus\nfacts: facts\noutput: reports\nnotebook: []\nnotebooks: []\n", "unknown key(s) notebook"),
    ],
)
def test_bad_config_files(tmp_path, capsys, text, message):
    (tmp_path / "reports.yml").write_text(text, encoding="utf-8")
    assert runner.run(tmp_path / "reports.yml") == 2
    assert message in capsys.readouterr().err


def test_parameters_are_data_never_code(tmp_path):
    shutil.copytree(FIXTURES / "texts", tmp_path / "corpus")
    marker = tmp_path / "pwned"
    payload = f"__import__('os').system('touch {marker}')"
    config = _config(tmp_path, [ROOT / "notebooks" / "05_language.ipynb"], **{"05_language": {"term": payload}})
    assert runner.run(config, jobs=1) == 0
    assert not marker.exists()
    page = (tmp_path / "reports" / "05_language.html").read_text(encoding="utf-8")
    assert "__import__(&#x27;os&#x27;)" in page or "__import__(&#39;os&#39;)" in page or "__import__('os')" in page


def test_every_notebook_copes_with_a_corpus_of_unreadable_files(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    config = _config(tmp_path, NOTEBOOKS)
    assert runner.run(config, jobs=2) == 0
    overview = (tmp_path / "reports" / "01_corpus_overview.html").read_text(encoding="utf-8")
    assert "photo.png" in overview and "a PNG image" in overview


def test_longest_notebook_starts_first(tmp_path):
    def notebook(name, cells):
        path = tmp_path / f"{name}.ipynb"
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1") for _ in range(cells)]), path)
        return runner.NotebookJob(name, path, name, {})

    jobs = [notebook("a", 1), notebook("b", 1), notebook("c", 1), notebook("small", 2), notebook("big", 5)]
    history = [{"notebooks": [{"name": "a", "status": "ok", "seconds": 1.0}, {"name": "b", "status": "ok", "seconds": 5.0},
                              {"name": "c", "status": "failed", "seconds": 0.1}]},
               {"notebooks": [{"name": "a", "status": "ok", "seconds": 9.0}, {"name": "c", "status": "ok", "seconds": 3.0}]}]
    # the newest time counts (history is newest first); notebooks never timed go first, more code cells first
    assert [j.name for j in runner.longest_first(jobs, history)] == ["big", "small", "b", "c", "a"]


def test_a_notebook_listed_twice_is_a_config_error(tmp_path, capsys):
    nb = ROOT / "notebooks" / "01_corpus_overview.ipynb"
    config = _config(tmp_path, [nb, nb])
    assert runner.run(config) == 2
    assert "'01_corpus_overview' is already listed" in capsys.readouterr().err


@pytest.mark.parametrize("content", ['[{"started": "2026-', '{"runs": []}', '[{"notebooks": [{"status": "ok"}]}]',
                                     '[{"notebooks": null}]'])
def test_a_damaged_run_history_is_set_aside(tmp_path, content):
    (tmp_path / "runs.json").write_text(content, encoding="utf-8")
    assert runner._history(tmp_path) == []
    assert (tmp_path / "runs.json.unreadable").read_text(encoding="utf-8") == content
    assert not (tmp_path / "runs.json").exists()


def test_a_long_tmpdir_still_gives_short_socket_paths(tmp_path, monkeypatch):
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    with runner._socket_folder() as folder:
        assert Path(folder).is_dir() and len(folder) + len("/k99-65535") <= 107
    assert not Path(folder).exists()


def test_an_interrupted_run_starts_no_further_notebook(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "texts", tmp_path / "corpus")
    notebooks = []
    for i in range(4):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x: int = 1", metadata={"tags": ["parameters"]}),
                                             nbformat.v4.new_code_cell("import time\ntime.sleep(4)")])
        nb.metadata["kernelspec"] = {"name": runner.KERNEL, "display_name": "Python (shishi)", "language": "python"}
        nbformat.write(nb, tmp_path / f"sleep{i}.ipynb")
        notebooks.append(tmp_path / f"sleep{i}.ipynb")
    config = _config(tmp_path, notebooks)

    def interrupted(futures, *args):
        raise KeyboardInterrupt  # as if Ctrl-C arrived while the first notebook ran

    monkeypatch.setattr(runner, "_collect", interrupted)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        runner.run(config, jobs=1)
    assert time.monotonic() - started < 14  # the one running notebook finishes; the three queued never start
    assert not (tmp_path / "reports" / "index.html").exists()  # nothing half-done is published
