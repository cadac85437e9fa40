"""The report suite's wall time on the seed against papermill running as many empty notebooks.

Kernel start-up is the floor every notebook pays; the target is a suite at most twice that floor.
The suite runs as a scheduled run would (`shishi run` in a fresh process, so its own start-up
counts); the empty notebooks run in this process with papermill already imported, so the floor
is kernel start and nothing else. A third figure shows the floor with the libraries every report
imports (pandas, matplotlib, the display helpers), for context.
Usage: python benchmarks/report_overhead.py [--jobs N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import papermill as pm
import yaml

from helpers.report import webfont

ROOT = Path(__file__).resolve().parents[1]
SHISHI = Path(sys.executable).with_name("shishi")


def _run_empty(path: str) -> None:
    pm.execute_notebook(path, path.replace(".ipynb", ".out.ipynb"), parameters={"x": 2}, kernel_name="shishi",
                        progress_bar=False, log_output=False)


def _notebooks(work: Path, n: int, prefix: str, source: str) -> list[str]:
    paths = []
    for i in range(n):
        cells = [nbformat.v4.new_code_cell("x: int = 1", metadata={"tags": ["parameters"]})]
        if source:
            cells.append(nbformat.v4.new_code_cell(source))
        nb = nbformat.v4.new_notebook(cells=cells)
        nb.metadata["kernelspec"] = {"name": "shishi", "display_name": "Python (shishi)", "language": "python"}
        path = work / f"{prefix}_{i}.ipynb"
        nbformat.write(nb, path)
        paths.append(str(path))
    return paths


def _sequential(paths: list[str]) -> float:
    start = time.perf_counter()
    for path in paths:  # papermill itself runs one notebook at a time
        _run_empty(path)
    return time.perf_counter() - start


def _parallel(paths: list[str], jobs: int) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_run_empty, paths))
    return time.perf_counter() - start


def _config(work: Path, name: str) -> Path:
    """A config of its own (output folder, page-font cache) under ``work/name``, sharing the facts."""
    cfg = yaml.safe_load((ROOT / "reports.yml").read_text(encoding="utf-8"))
    cfg.update(corpus=str(ROOT / "data" / "raw"), facts=str(work / "facts"), output=str(work / name / "reports"))
    for nb in cfg["notebooks"]:
        nb["path"] = str(ROOT / nb["path"])
    (work / name / "cache" / "fonts").mkdir(parents=True)
    shutil.copy(webfont.prepare(), work / name / "cache" / "fonts")  # as after `make setup`: no page cut yet
    path = work / f"{name}.yml"  # beside the facts: a config reaches only its own folder and the project
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def _suite(config: Path, jobs: int | None) -> float:
    cmd = [str(SHISHI), "run", "--config", str(config)] + (["--jobs", str(jobs)] if jobs else [])
    env = dict(os.environ, SHISHI_CACHE_DIR=str(config.with_suffix("") / "cache"))
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"report suite failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=None, help="suite workers (default: shishi run's own default)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; medians are reported")
    args = parser.parse_args()

    from helpers.store import corpus

    work = Path(tempfile.mkdtemp(prefix="shishi-overhead-"))
    try:
        corpus.run([ROOT / "data" / "raw"], work / "facts", quiet=True)
        config = _config(work, "rerun")
        n = len(yaml.safe_load(config.read_text(encoding="utf-8"))["notebooks"])
        jobs = args.jobs or (os.cpu_count() or 1) + 1
        empties = _notebooks(work, n, "empty", "")
        imports = _notebooks(work, n, "imports", "import pandas, matplotlib.pyplot\nfrom helpers.report import plotting, show\nfrom helpers.store import facts\n"
                                                  "plotting.setup()")
        _run_empty(empties[0])  # warm the OS file cache for the kernel's own start-up
        _suite(config, args.jobs)  # the reruns below find this run's history and page fonts

        runs = {"first": [], "suite": [], "empty": [], "empty_parallel": [], "imports": []}
        for i in range(args.repeat):  # interleaved, so a slow spell of the machine hits every measure alike
            runs["empty"].append(_sequential(empties))
            runs["empty_parallel"].append(_parallel(empties, min(jobs, n)))
            runs["imports"].append(_sequential(imports))
            runs["first"].append(_suite(_config(work, f"first-{i}"), args.jobs))
            runs["suite"].append(_suite(config, args.jobs))
        med = {k: statistics.median(v) for k, v in runs.items()}
        runs_of = {k: ", ".join(f"{x:.1f}" for x in v) for k, v in runs.items()}
        print(f"medians of {args.repeat} interleaved runs each; suite workers: {jobs}")
        print(f"report suite on the seed ({n} notebooks, HTML and index) as `shishi run` in a fresh process:")
        print(f"  first run (no history, no page's font cut yet): {med['first']:.1f} s ({runs_of['first']})")
        print(f"  rerun on the same inputs: {med['suite']:.1f} s ({runs_of['suite']})")
        print(f"{n} empty notebooks, papermill one after another: {med['empty']:.1f} s ({runs_of['empty']})")
        print(f"{n} empty notebooks, papermill on {min(jobs, n)} workers: {med['empty_parallel']:.1f} s")
        print(f"{n} notebooks that only import pandas, matplotlib and the helpers, one after another: {med['imports']:.1f} s")
        for label, key in (("first run", "first"), ("rerun", "suite")):
            print(f"{label} / empty notebooks: {med[key] / med['empty']:.2f}x (target <= 2); "
                  f"{med[key] / med['empty_parallel']:.2f}x against the empty notebooks in parallel; "
                  f"{med[key] / med['imports']:.2f}x against the import-only notebooks")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
