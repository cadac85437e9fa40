"""Corpus-scale figures on this machine: N seed-size documents of real paragraphs extracted with 2 workers,
the unchanged rerun, the report suite, and the peak memory of each.

The corpus is built by sampling real paragraphs (benchmarks/real_text.py), at the seed article's size
(~4,200 characters: 10,000 documents are ~42M characters, 100,000 ~420M). Peak memory is sampled every
50 ms over this process and all its children (pool workers, notebook kernels), both as the sum over
processes and as the largest single process.
Issue 15's targets (2 cores): 100,000 documents extracted in <= 8 min with 2 workers; unchanged rerun
<= 15 s; report suite <= 5 min with peak memory <= 4 GiB.
Usage: python benchmarks/corpus_scale.py [--docs 10000] [--jobs 2] [--dask] [--skip-reports] [--workdir DIR]
The suite alone, measured, on a kept workdir: corpus_scale.py --workdir DIR --suite-only [--output NAME] [--only 05_language]
[--each] (NAME: the reports folder under DIR, so two versions of the code keep their own run history; --each then runs
every notebook alone for its own time and peak). Every measured run starts as right after extraction: the claims
ledger the reports keep beside the facts (helpers.analysis.ledger) is removed first.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import yaml

import real_text

ROOT = Path(__file__).resolve().parents[1]


class PeakMemory:
    """Peak resident memory of this process and all its children, sampled every 50 ms: the sum over the
    processes alive at once, and the largest single process."""

    def __init__(self):
        self.peak = 0
        self.largest = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        me = psutil.Process()
        while not self._stop.is_set():
            sizes = []
            for p in [me] + me.children(recursive=True):
                try:
                    sizes.append(p.memory_info().rss)
                except psutil.Error:
                    pass
            self.peak = max(self.peak, sum(sizes))
            self.largest = max(self.largest, max(sizes, default=0))
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def __str__(self) -> str:
        return f"{self.peak / 2**20:,.0f} MiB over all processes, largest process {self.largest / 2**20:,.0f} MiB"


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.1f} s", flush=True)
    return seconds


def suite_config(work: Path, raw: Path, facts: Path, output: str = "reports", only: list[str] | None = None) -> Path:
    """reports.yml pointed at the benchmark's corpus and facts, its reports written to ``work/output``;
    ``only``: just the notebooks so named (05_language …)."""
    cfg = yaml.safe_load((ROOT / "reports.yml").read_text(encoding="utf-8"))
    cfg.update(corpus=str(raw), facts=str(facts), output=str(work / output))
    if only:
        cfg["notebooks"] = [nb for nb in cfg["notebooks"] if Path(nb["path"]).stem in only]
    for nb in cfg["notebooks"]:
        nb["path"] = str(ROOT / nb["path"])
    path = work / f"{output}.yml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def _cpu_seconds() -> float:
    """User and system time of this process and of its children that have ended (the notebook kernels)."""
    own, ended = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ended.ru_utime + ended.ru_stime


def _first_run(facts: Path) -> None:
    """Forget the claims ledger the reports keep beside the facts, so the suite runs as it does right after extraction."""
    from helpers.analysis import ledger

    shutil.rmtree(facts / ledger.CACHE, ignore_errors=True)


def suite(work: Path, raw: Path, facts: Path, output: str, only: list[str] | None = None) -> None:
    """Run the report suite once on up-to-date facts: its wall time, peak memory and each notebook's time."""
    from helpers.report import runner

    config = suite_config(work, raw, facts, output, only)
    status = []
    _first_run(facts)
    cpu_before = _cpu_seconds()
    with PeakMemory() as mem:  # shishi run's own number of notebooks at once (one more than the cores)
        seconds = timed("report suite (facts up to date)", lambda: status.append(runner.run(config)))
    print(f"report suite: {seconds / 60:.1f} min ({'every page published' if status == [0] else f'exit {status[0]}'}), "
          f"{_cpu_seconds() - cpu_before:.0f} CPU seconds; peak memory: {mem}", flush=True)
    last = json.loads((work / output / "runs.json").read_text(encoding="utf-8"))[0]
    print("notebooks: " + ", ".join(f"{r['name']} {r['seconds']:.1f} s" for r in last["notebooks"]), flush=True)
    print(f"the suite alone: shishi run --config {config}", flush=True)


def each(work: Path, raw: Path, facts: Path, output: str, only: list[str] | None = None) -> None:
    """Run each notebook of the suite alone, one after the other: its time and the peak memory of its run."""
    from helpers.report import runner

    config = suite_config(work, raw, facts, output, only)
    for name in [Path(nb["path"]).stem for nb in yaml.safe_load(config.read_text(encoding="utf-8"))["notebooks"]]:
        _first_run(facts)
        with PeakMemory() as mem:
            status = runner.run(config, jobs=1, only=[name])
        seconds = json.loads((work / output / "runs.json").read_text(encoding="utf-8"))[0]["notebooks"][0]["seconds"]
        print(f"{name} alone: {seconds:.1f} s{'' if status == 0 else f' (exit {status})'}; peak memory: {mem}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dask", action="store_true", help="also extract with the Dask engine and compare")
    parser.add_argument("--skip-reports", action="store_true")
    parser.add_argument("--workdir", default=None, help="keep the corpus and outputs here (default: a temporary folder)")
    parser.add_argument("--suite-only", action="store_true", help="only the report suite, on the corpus and facts kept in --workdir")
    parser.add_argument("--output", default="reports", help="the suite's reports folder under the workdir")
    parser.add_argument("--only", nargs="+", default=None, help="run just these notebooks of the suite (05_language …)")
    parser.add_argument("--each", action="store_true", help="with --suite-only: also run each notebook alone, for its own time and peak")
    args = parser.parse_args()

    from helpers.store import corpus

    work = Path(args.workdir or tempfile.mkdtemp(prefix="shishi-bench-"))
    raw = work / "corpus"
    if args.suite_only:
        if not args.workdir or not (work / "facts").is_dir():
            parser.error("--suite-only needs --workdir DIR holding the corpus and facts of an earlier run")
        suite(work, raw, work / "facts", args.output, args.only)
        if args.each:
            each(work, raw, work / "facts", args.output, args.only)
        return
    if raw.exists():
        shutil.rmtree(raw)
    n_chars = real_text.articles(args.docs, raw, mean_chars=real_text.SEED_CHARS)
    print(f"corpus: {args.docs:,} documents of real paragraphs, {n_chars:,} characters in {raw}", flush=True)
    facts = work / "facts"
    shutil.rmtree(facts, ignore_errors=True)
    with PeakMemory() as mem:
        local = timed(f"extract, local engine, {args.jobs} workers",
                      lambda: corpus.run([raw], facts, jobs=args.jobs, quiet=True))
    print(f"throughput: {n_chars / local:,.0f} chars/s with {args.jobs} workers", flush=True)
    print(f"peak memory during extraction: {mem}", flush=True)
    timed("unchanged rerun", lambda: corpus.run([raw], facts, jobs=args.jobs, quiet=True))
    if args.dask:
        dask_facts = work / "facts-dask"
        shutil.rmtree(dask_facts, ignore_errors=True)
        dask = timed(f"extract, Dask engine (LocalCluster, {args.jobs} workers)",
                     lambda: corpus.run([raw], dask_facts, jobs=args.jobs, engine="dask", quiet=True))
        same = all((facts / f"{t}.csv").read_bytes() == (dask_facts / f"{t}.csv").read_bytes() for t in ("documents", "quantities"))
        print(f"Dask / local time: {dask / local:.2f}x; identical tables: {same}", flush=True)
    if not args.skip_reports:
        suite(work, raw, facts, args.output, args.only)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
