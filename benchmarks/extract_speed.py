"""Extraction throughput on real text (characters per second, one core) against JioNLP's money + time
extractors, and how much a second worker buys.

The corpus is short news-like articles of real paragraphs, unchanged (benchmarks/real_text.py: the 31
provincial work reports in the repository and, when present, the development set's texts). shishi's
whole per-document extraction (ingest, facts, topics, tokens) and JioNLP's extract_money + extract_time
run over the same texts in this process; then `shishi extract` runs 2,000 seed-size documents (~8M
characters, as in issue 15's measurement) with one and with two workers, interleaved, each from an empty
cache. CPU times are printed beside wall times: on a machine that others share, a second worker may find
no free core, and the CPU times say what the code itself costs.
Usage: python benchmarks/extract_speed.py [--mb 5] [--scaling-docs 2000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import real_text

ROOT = Path(__file__).resolve().parents[1]


def single_core(texts: list[str]) -> tuple[float, float, int]:
    """Wall and CPU seconds of shishi's extraction of ``texts`` in this process, and the claims found. Documents go
    through in batches, as the command line's worker takes them: one at a time, the topic coding's per-call work
    costs a short article about two fifths more."""
    from helpers import extract, ingest
    from helpers.store.corpus import batches

    extract.extract_document(ingest.build("warm", "", texts[0], "utf-8", b""))  # codebooks load once per process
    wall, cpu = time.perf_counter(), time.process_time()
    n_claims = 0
    for batch in batches(list(enumerate(texts)), 1):  # in the batches `shishi extract --jobs 1` gives its worker
        docs = [ingest.build(f"d{i}", "", text, "utf-8", b"") for i, text in batch]
        n_claims += sum(1 for tables in extract.extract_documents(docs) for q in tables["quantities"] if q["claim"])
    return time.perf_counter() - wall, time.process_time() - cpu, n_claims


def jionlp_money_time(texts: list[str]) -> tuple[float, float, int]:
    """Wall and CPU seconds of JioNLP's extract_money + extract_time over ``texts``, and the items found."""
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp as jio
    logging.disable(logging.ERROR)  # its time parser logs a traceback for every span it cannot parse
    try:
        jio.ner.extract_money(texts[0])
        wall, cpu = time.perf_counter(), time.process_time()
        n = 0
        for text in texts:
            n += len(jio.ner.extract_money(text)) + len(jio.ner.extract_time(text, time_base={"year": 2021, "month": 9, "day": 5}))
        return time.perf_counter() - wall, time.process_time() - cpu, n
    finally:
        logging.disable(logging.NOTSET)


def corpus_run(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds of `shishi extract --jobs N` from an empty cache, and the CPU seconds of all its processes."""
    shutil.rmtree(out, ignore_errors=True)
    code = ("import resource, sys, time; from helpers.store import corpus; t = time.perf_counter(); "
            f"corpus.run([{str(folder)!r}], {str(out)!r}, jobs={jobs}, quiet=True); w = time.perf_counter() - t; "
            "s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(w, s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, cpu = map(float, proc.stdout.split())
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="single-core corpus size in megabytes of UTF-8 text (default 5)")
    parser.add_argument("--scaling-docs", type=int, default=2000, help="documents for one worker against two (0: skip)")
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs of each worker count; medians are reported")
    args = parser.parse_args()

    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", "import helpers.extract, helpers.ingest"], capture_output=True)
    import_s = time.perf_counter() - started
    assert out.returncode == 0, out.stderr

    print(f"real text from: {', '.join(str(p) for p in real_text.sources())}")
    with tempfile.TemporaryDirectory() as tmp:
        n_docs = max(1, int(args.mb * 1_000_000 / (3 * real_text.ARTICLE_CHARS)))  # ~3 bytes per character
        real_text.articles(n_docs, Path(tmp))
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).glob("*.txt"))]
    n_chars = sum(len(t) for t in texts)
    n_bytes = sum(len(t.encode()) for t in texts)
    ours, ours_cpu, n_claims = single_core(texts)
    theirs, theirs_cpu, n_jio = jionlp_money_time(texts)
    print(f"corpus: {len(texts):,} articles of real paragraphs, {n_chars:,} characters ({n_bytes / 1e6:.1f} MB)")
    print(f"import of the extractor (fresh interpreter): {import_s:.2f} s")
    print(f"shishi full extraction: {n_chars / ours:,.0f} chars/s on one core ({ours:.1f} s), "
          f"{n_chars / ours_cpu:,.0f} chars/s of CPU time; {n_claims:,} claims")
    print(f"jionlp money + time:    {n_chars / theirs:,.0f} chars/s on one core ({theirs:.1f} s), "
          f"{n_chars / theirs_cpu:,.0f} chars/s of CPU time; {n_jio:,} items")
    print(f"ratio shishi / jionlp:  {theirs / ours:.2f}x by wall time, {theirs_cpu / ours_cpu:.2f}x by CPU time")

    if args.scaling_docs:
        work = Path(tempfile.mkdtemp(prefix="shishi-speed-"))
        try:
            n_chars = real_text.articles(args.scaling_docs, work / "corpus", mean_chars=real_text.SEED_CHARS)
            runs: dict[int, list] = {1: [], 2: []}
            for _ in range(args.repeat):
                for jobs in (1, 2):
                    runs[jobs].append(corpus_run(work / "corpus", work / f"facts-{jobs}", jobs))
            one, two = (statistics.median(w for w, _ in runs[j]) for j in (1, 2))
            cpu_one, cpu_two = (statistics.median(c for _, c in runs[j]) for j in (1, 2))
            print(f"shishi extract, {args.scaling_docs:,} seed-size documents ({n_chars:,} characters), medians of {args.repeat}:")
            print(f"  1 worker:  {one:.1f} s ({n_chars / one:,.0f} chars/s), CPU {cpu_one:.1f} s")
            print(f"  2 workers: {two:.1f} s ({n_chars / two:,.0f} chars/s), CPU {cpu_two:.1f} s (all processes)")
            print(f"  2 workers / 1 worker: {one / two:.2f}x faster")
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
