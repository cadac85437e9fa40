"""Notebooks saved with outputs are committed without them: the git filter `make setup` installs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import nbformat
import pytest

from support import ROOT
from helpers.report import nbclean

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _executed() -> str:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('数')", execution_count=3,
                                                                   outputs=[nbformat.v4.new_output("stream", text="数\n")],
                                                                   metadata={"tags": ["parameters"], "ExecuteTime": {"x": 1}})])
    nb.metadata["papermill"] = {"duration": 1}
    return nbformat.writes(nb)


def test_clean_drops_outputs_and_run_metadata_and_keeps_the_rest():
    saved = _executed()
    cleaned = json.loads(nbclean.clean(saved))
    cell = cleaned["cells"][0]
    assert cell["outputs"] == [] and cell["execution_count"] is None and cell["metadata"] == {"tags": ["parameters"]}
    assert "".join(cell["source"]) == "print('数')" and "papermill" not in cleaned["metadata"]
    assert nbclean.clean(nbclean.clean(saved)) == nbclean.clean(saved)
    assert nbclean.clean("not a notebook") == "not a notebook"


def test_a_saved_notebook_reaches_git_without_outputs(tmp_path):
    def git(*args):
        return subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, text=True).stdout

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    env_path = os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    git("config", "filter.notebook-outputs.clean", f"env PYTHONPATH={env_path} {sys.executable} -m helpers.report.nbclean")
    shutil.copy(ROOT / ".gitattributes", tmp_path / ".gitattributes")
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "a.ipynb").write_text(_executed(), encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "a notebook saved with outputs")
    committed = json.loads(git("show", "HEAD:notebooks/a.ipynb"))
    assert committed["cells"][0]["outputs"] == [] and "数" in (tmp_path / "notebooks" / "a.ipynb").read_text(encoding="utf-8")
    assert git("status", "--porcelain") == ""  # the outputs in the working copy are no change to git


def test_the_makefile_installs_the_filter_the_attributes_name():
    attributes = (ROOT / ".gitattributes").read_text(encoding="utf-8")
    assert "notebooks/*.ipynb filter=notebook-outputs" in attributes
    assert "filter.notebook-outputs.clean" in (ROOT / "Makefile").read_text(encoding="utf-8")
