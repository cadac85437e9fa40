"""The package as a user or a Dask worker installs it: ``pip install .``, not the editable checkout.

The installed copy must find its codebooks (package data) from any folder, extract exactly what the
editable install extracts, and serve as the only code on the workers of a real ``dask scheduler`` /
``dask worker`` cluster that this process drives with ``--scheduler tcp://…``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from helpers.store import corpus
from support import FIXTURES, ROOT, SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with shishi installed from a wheel, its dependencies borrowed read-only."""
    work = tmp_path_factory.mktemp("installed")
    wheels = work / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
                   check=True, cwd=work)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The dependencies come from this environment's site-packages as a plain path: its .pth files (the editable
    # install among them) are not processed there, so the only `helpers` the new environment sees is the wheel's.
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    wheel = next(wheels.glob("shishi-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
                   check=True)
    where = subprocess.run([str(python), "-c", "import helpers; print(helpers.__file__)"], check=True, capture_output=True,
                           text=True, cwd=work).stdout
    assert str(site) in where and str(ROOT) not in where, where
    return python


def _tables(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


def test_the_installed_package_extracts_what_the_checkout_extracts(installed, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw)
    shutil.copy(FIXTURES / "notice.txt", raw)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run([str(installed), "-m", "helpers.cli", "extract", str(raw), "--out", str(tmp_path / "installed"), "--quiet"],
                   check=True, cwd=elsewhere)
    here = os.getcwd()
    os.chdir(elsewhere)
    try:
        corpus.run([raw], tmp_path / "checkout", jobs=1, quiet=True)
    finally:
        os.chdir(here)
    assert _tables(tmp_path / "installed") == _tables(tmp_path / "checkout")
    assert len(_tables(tmp_path / "installed")["quantities.csv"].splitlines()) > 20


def _start(cmd: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(cmd, stdout=open(log, "wb"), stderr=subprocess.STDOUT, start_new_session=True)


def test_a_dask_cluster_of_installed_workers(installed, tmp_path):
    """`dask scheduler` and two `dask worker` processes, all running the installed package, extract the corpus."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw)
    for name in ("notice.txt", "survey.txt", "county_news.txt"):
        shutil.copy(FIXTURES / name, raw)
    dask = [str(installed), "-m", "dask"]
    scheduler = _start(dask + ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"], tmp_path / "scheduler.log")
    workers = []
    try:
        address = _wait_for(tmp_path / "scheduler.log", re.compile(r"Scheduler at:\s+(tcp://\S+)"))
        workers = [_start(dask + ["worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                          tmp_path / f"worker{i}.log") for i in range(2)]
        for i in range(2):
            _wait_for(tmp_path / f"worker{i}.log", re.compile(r"Registered to"))
        summary = corpus.run([raw], tmp_path / "cluster", engine="dask", scheduler=address, quiet=True)
        assert summary.n_errors == 0 and summary.n_extracted == 4, summary.messages
        corpus.run([raw], tmp_path / "local", jobs=1, quiet=True)
        assert _tables(tmp_path / "cluster") == _tables(tmp_path / "local")
        from dask.distributed import Client

        with Client(address) as client:  # the workers ran the installed package, not this checkout
            paths = client.run(lambda: __import__("helpers").__file__)
        assert len(paths) == 2 and all(str(ROOT) not in p for p in paths.values()), paths
    finally:
        for proc in workers + [scheduler]:
            proc.terminate()
        for proc in workers + [scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_for(log: Path, pattern: re.Pattern, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        m = pattern.search(log.read_text(encoding="utf-8", errors="replace")) if log.exists() else None
        if m:
            return m.group(1) if m.groups() else m.group()
        time.sleep(0.2)
    raise AssertionError(f"{log.name}: no {pattern.pattern!r} within {timeout} s:\n{log.read_text(errors='replace')[-2000:]}")
