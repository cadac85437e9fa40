"""Benchmark corpora drawn from real text: short news-like articles of real paragraphs, unchanged.

The synthetic corpus (helpers.evaluate.synthetic) recombines the project's own fixtures and rewrites their
numbers and names, which the extractor finds easier than text it has never seen. Here every paragraph is a
real one, taken whole from public texts: the 31 provincial work reports shipped in ``data/examples/gwr2026``
and, when it is there, the development set's texts (``../shared/dev/texts``, read at benchmark time and
never copied). An article is a headline (a real subhead) followed by real paragraphs up to a size drawn
around the mean of a newspaper article, so a corpus can be as large as a benchmark needs while its
sentences stay real. Seeded, so a run is repeatable.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "data" / "examples" / "gwr2026", ROOT.parent / "shared" / "dev" / "texts")
ARTICLE_CHARS = 1_300  # a year of 人民日报: 33M characters in 25,000 articles
SEED_CHARS = 4_200  # the seed article's size: 100,000 of them are ~420M characters


def sources() -> list[Path]:
    """The real-text folders present on this machine (the development set lives outside the repository)."""
    return [p for p in SOURCES if p.is_dir()]


def paragraph_pools(folders: list[Path]) -> tuple[list[str], list[str]]:
    """Body paragraphs and subheads (headline candidates) of every text in ``folders``, as ingest reads them."""
    from helpers import ingest

    body, heads = [], []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text, _, _ = ingest.decode.read_text(path)
            for p in ingest.build(path.stem, str(path), text, "utf-8", b"").paragraphs:
                if p.kind == "body" and len(p.text) > 15:
                    body.append(p.text)
                elif p.kind == "subhead" and 6 <= len(p.text) <= 40:
                    heads.append(p.text.rstrip("。"))
    if not body:
        raise ValueError(f"no paragraphs found in {', '.join(map(str, folders))}")
    return body, heads or ["综述"]


def articles(n_docs: int, out_dir: Path, mean_chars: int = ARTICLE_CHARS, seed: int = 2026,
             folders: list[Path] | None = None) -> int:
    """Write ``n_docs`` articles of real paragraphs into ``out_dir``; returns the characters written.

    Each article's size is drawn between half and one and a half times ``mean_chars``.
    """
    rng = random.Random(seed)
    body, heads = paragraph_pools(folders or sources())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n_docs):
        want = rng.randint(mean_chars // 2, mean_chars * 3 // 2)
        paras = [rng.choice(heads)]
        size = 0
        while size < want:
            paras.append(rng.choice(body))
            size += len(paras[-1])
        text = "\n".join(paras) + "\n"
        (out_dir / f"article_{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total
