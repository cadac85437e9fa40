"""Extraction throughput (characters per second, one core) against JioNLP's money + time extractors.

Builds a corpus of at least 5 MB from the project's texts (see helpers.evaluate.synthetic), runs
shishi's whole per-document extraction and JioNLP's extract_money + extract_time over the
same documents in this process, and prints both rates and their ratio.
Usage: python benchmarks/extract_speed.py [--mb 5]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes of UTF-8 text (default 5)")
    args = parser.parse_args()

    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", "import helpers.extract, helpers.ingest"], capture_output=True)
    import_s = time.perf_counter() - started
    assert out.returncode == 0, out.stderr

    from helpers import extract, ingest
    from helpers.evaluate import synthetic

    with tempfile.TemporaryDirectory() as tmp:
        n_docs = max(1, int(args.mb * 1_000_000 / 12_000))  # ~4,000 chars ≈ 12 kB per document
        synthetic.generate(n_docs, Path(tmp), [ROOT / "data" / "raw", ROOT / "tests" / "fixtures" / "texts"])
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).glob("*.txt"))]
    n_chars = sum(len(t) for t in texts)
    n_bytes = sum(len(t.encode()) for t in texts)

    start = time.perf_counter()
    n_claims = 0
    for i, text in enumerate(texts):
        doc = ingest.build(f"d{i}", "", text, "utf-8", b"")
        n_claims += sum(1 for q in extract.extract_document(doc)["quantities"] if q["claim"])
    ours = time.perf_counter() - start

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp as jio
    jio.ner.extract_money(texts[0])
    start = time.perf_counter()
    n_jio = 0
    for text in texts:
        n_jio += len(jio.ner.extract_money(text)) + len(jio.ner.extract_time(text, time_base={"year": 2021, "month": 9, "day": 5}))
    theirs = time.perf_counter() - start

    print(f"corpus: {len(texts):,} documents, {n_chars:,} characters ({n_bytes / 1e6:.1f} MB)")
    print(f"import of the extractor (fresh interpreter): {import_s:.2f} s")
    print(f"shishi full extraction: {n_chars / ours:,.0f} chars/s on one core ({ours:.1f} s, {n_claims:,} claims)")
    print(f"jionlp money + time:    {n_chars / theirs:,.0f} chars/s on one core ({theirs:.1f} s, {n_jio:,} items)")
    print(f"ratio shishi / jionlp:  {theirs / ours:.2f}x")


if __name__ == "__main__":
    main()
