"""Corpus-scale targets on this machine: extraction of N synthetic documents, an unchanged rerun,
peak memory, the Dask engine against the local engine, and the full report suite.

Targets (issue "Corpus scale"): 10,000 seed-size documents extracted in < 90 s with 2 workers;
unchanged rerun < 10 s; peak memory < 1 GiB; Dask within 1.5x of local; report suite < 5 min.
Usage: python benchmarks/corpus_scale.py [--docs 10000] [--jobs 2] [--skip-dask] [--skip-reports]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import yaml

ROOT = Path(__file__).resolve().parents[1]


class PeakMemory:
    """Peak resident memory of this process and all its children, sampled every 50 ms."""

    def __init__(self):
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me] + me.children(recursive=True):
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.1f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-reports", action="store_true")
    parser.add_argument("--workdir", default=None, help="keep the corpus and outputs here (default: a temporary folder)")
    args = parser.parse_args()

    from helpers.evaluate import synthetic
    from helpers.report import runner
    from helpers.store import corpus

    work = Path(args.workdir or tempfile.mkdtemp(prefix="shishi-bench-"))
    raw = work / "corpus"
    if raw.exists():
        shutil.rmtree(raw)
    n_chars = synthetic.generate(args.docs, raw, [ROOT / "data" / "raw", ROOT / "tests" / "fixtures" / "texts"])
    print(f"corpus: {args.docs:,} documents, {n_chars:,} characters in {raw}", flush=True)
    facts = work / "facts"
    shutil.rmtree(facts, ignore_errors=True)
    with PeakMemory() as mem:
        local = timed(f"extract, local engine, {args.jobs} workers",
                      lambda: corpus.run([raw], facts, jobs=args.jobs, quiet=True))
    print(f"peak memory during extraction (all processes): {mem.peak / 2**20:,.0f} MiB", flush=True)
    rerun = timed("unchanged rerun", lambda: corpus.run([raw], facts, jobs=args.jobs, quiet=True))
    print(f"throughput: {n_chars / local:,.0f} chars/s with {args.jobs} workers", flush=True)
    if not args.skip_dask:
        dask_facts = work / "facts-dask"
        shutil.rmtree(dask_facts, ignore_errors=True)
        dask = timed(f"extract, Dask engine (LocalCluster, {args.jobs} workers)",
                     lambda: corpus.run([raw], dask_facts, jobs=args.jobs, engine="dask", quiet=True))
        same = all((facts / f"{t}.csv").read_bytes() == (dask_facts / f"{t}.csv").read_bytes()
                   for t in ("documents", "paragraphs", "quantities", "organizations", "places", "quotes"))
        print(f"Dask / local time: {dask / local:.2f}x; identical tables: {same}", flush=True)
    if not args.skip_reports:
        cfg = yaml.safe_load((ROOT / "reports.yml").read_text(encoding="utf-8"))
        cfg.update(corpus=str(raw), facts=str(facts), output=str(work / "reports"))
        for nb in cfg["notebooks"]:
            nb["path"] = str(ROOT / nb["path"])
        (work / "reports.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        with PeakMemory() as mem:  # shishi run's own number of notebooks at once (one more than the cores)
            suite = timed("full report suite (facts up to date)", lambda: runner.run(work / "reports.yml"))
        print(f"report suite: {suite / 60:.1f} min; peak memory (all kernels): {mem.peak / 2**20:,.0f} MiB", flush=True)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
