"""Characters per CPU-second of ingest + extraction over a folder of texts, for the ``helpers`` first on sys.path.

Compares two checkouts in one session on a noisy machine: run it alternately with ``PYTHONPATH=<checkout>/src``
(``python benchmarks/cpu_rate.py ../shared/corpora/gwr2026 2``). CPU time, best of N passes after a warm-up
document, so other processes on the machine count little. ``--facts-only`` leaves out the paragraph topics and
the tokens (both skipped for the measurement), to compare the facts with a version that extracted nothing else.
"""

import sys
import time
from pathlib import Path

from helpers import extract, ingest


def main(folder: str, passes: int = 2) -> None:
    files = sorted(str(p) for p in Path(folder).glob("*.txt"))
    if not files:
        sys.exit(f"{folder}: no .txt files")
    chars = sum(len(ingest.load(f).text) for f in files)
    extract.extract_document(ingest.load(files[0]))  # codebooks and automata built before timing
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        _extract(files)
        best = min(best, time.process_time() - started)
    print(f"{chars / best:,.0f} chars per CPU-second (best of {passes}) over {len(files)} files, {chars:,} chars")


def _extract(files: list[str]) -> None:
    """Every file ingested and extracted in the batches ``shishi extract --jobs 1`` gives a worker (one at a time in
    a checkout from before batches)."""
    if not hasattr(extract, "extract_documents"):
        for f in files:
            extract.extract_document(ingest.load(f))
        return
    from helpers.store.corpus import batches

    for batch in batches(files, 1):
        extract.extract_documents([ingest.load(f) for f in batch])


def facts_only() -> None:
    """Skip the paragraph topics and the tokens in this process."""
    from helpers.extract import tokens, topics

    topics.code = lambda documents, words: [[] for _ in documents]
    tokens.words = lambda paragraphs: {}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--facts-only"]
    if "--facts-only" in sys.argv:
        facts_only()
    main(args[0], int(args[1]) if len(args) > 1 else 2)
