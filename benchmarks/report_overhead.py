"""The report suite's wall time on the seed against papermill running as many empty notebooks.

Kernel start-up is the floor every notebook pays; the target is a suite at most twice that floor.
Both are measured here in one process with the same number of parallel workers.
Usage: python benchmarks/report_overhead.py [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _run_empty(path: str) -> None:
    import papermill as pm

    pm.execute_notebook(path, path.replace(".ipynb", ".out.ipynb"), parameters={"x": 2}, kernel_name="shishi",
                        progress_bar=False, log_output=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    from helpers import corpus, runner

    work = Path(tempfile.mkdtemp(prefix="shishi-overhead-"))
    try:
        cfg = yaml.safe_load((ROOT / "reports.yml").read_text(encoding="utf-8"))
        cfg.update(corpus=str(ROOT / "data" / "raw"), facts=str(work / "facts"), output=str(work / "reports"))
        for nb in cfg["notebooks"]:
            nb["path"] = str(ROOT / nb["path"])
        (work / "reports.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        corpus.run([ROOT / "data" / "raw"], work / "facts", quiet=True)
        n = len(cfg["notebooks"])

        empties = []
        for i in range(n):
            nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x: int = 1", metadata={"tags": ["parameters"]})])
            nb.metadata["kernelspec"] = {"name": "shishi", "display_name": "Python (shishi)", "language": "python"}
            path = work / f"empty_{i}.ipynb"
            nbformat.write(nb, path)
            empties.append(str(path))
        start = time.perf_counter()
        for path in empties:  # papermill itself runs one notebook at a time
            _run_empty(path)
        sequential = time.perf_counter() - start
        start = time.perf_counter()
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(_run_empty, empties))
        floor = time.perf_counter() - start

        start = time.perf_counter()
        rc = runner.run(work / "reports.yml", jobs=args.jobs)
        first = time.perf_counter() - start
        assert rc == 0, f"report suite failed (exit {rc}); see {work / 'reports'}"
        start = time.perf_counter()
        rc = runner.run(work / "reports.yml", jobs=args.jobs)
        suite = time.perf_counter() - start  # a rerun on the same inputs, as a schedule makes (font subsets cached)
        print(f"report suite, first run (font subsets possibly uncached): {first:.1f} s")
        print(f"{n} empty notebooks with papermill, one after another: {sequential:.1f} s")
        print(f"{n} empty notebooks with papermill, {args.jobs} workers: {floor:.1f} s")
        print(f"report suite on the seed ({n} notebooks, HTML and index), {args.jobs} workers: {suite:.1f} s")
        print(f"ratio suite / empty notebooks: {suite / sequential:.2f}x against papermill's own sequential runs, "
              f"{suite / floor:.2f}x against the same parallelism (target <= 2)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
