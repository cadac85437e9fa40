"""A realistic synthetic corpus for benchmarks: real paragraphs recombined with varied facts.

Paragraphs come from the project's own texts; numbers, provinces and organizations are
swapped for others of the same kind, so the extractor meets new values in familiar
syntax.  Seeded, so a benchmark run is repeatable.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from .. import ingest
from ..codebook import csv_book
from ..extract import divisions

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def paragraph_pool(folders: list[Path]) -> list[str]:
    pool = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text, _, _ = ingest.decode.read_text(path)
            doc = ingest.build(path.stem, str(path), text, "utf-8", b"")
            pool += [p.text for p in doc.paragraphs if p.kind in ("body", "subhead") and len(p.text) > 15]
    if not pool:
        raise ValueError(f"no paragraphs found in {', '.join(map(str, folders))}")
    return pool


def _vary_number(rng: random.Random, m: re.Match) -> str:
    s = m.group()
    if "." in s:
        whole, frac = s.split(".")
        return f"{rng.randint(1, 10 ** len(whole) - 1)}.{rng.randint(0, 10 ** len(frac) - 1):0{len(frac)}d}"
    if len(s) == 4 and s.startswith(("19", "20")):
        return str(rng.randint(2015, 2025))
    return str(rng.randint(1, 10 ** len(s) - 1))


def generate(n_docs: int, out_dir: Path, folders: list[Path], seed: int = 2021, target_chars: int = 4000) -> int:
    """Write ``n_docs`` texts into ``out_dir``; returns the number of characters written."""
    rng = random.Random(seed)
    pool = paragraph_pool(folders)
    provinces = [u for u in divisions.load().units if u.level == "province"]
    by_type: dict[str, list[str]] = {}
    for row in csv_book("helpers.extract", "organizations.csv"):
        by_type.setdefault(row["type"], []).append(row["name"])
    swaps = [(re.compile("|".join(sorted(names, key=len, reverse=True))), names) for names in by_type.values()]
    prov_re = re.compile("|".join(sorted({p.name for p in provinces} | {p.short for p in provinces}, key=len, reverse=True)))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n_docs):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        paras = [f"关于{rng.choice(provinces).short}推进民生实事的综述（第{i + 1}篇）"]
        size = 0
        while size < target_chars:
            p = rng.choice(pool)
            p = _DIGITS.sub(lambda m: _vary_number(rng, m), p)
            p = prov_re.sub(lambda m: rng.choice(provinces).short, p)
            for regex, names in swaps:
                p = regex.sub(lambda m, names=names: rng.choice(names), p)
            paras.append(p)
            size += len(p)
        paras.append(f"（新华社北京{month}月{day}日电 记者{rng.choice('王李张刘陈杨')}{rng.choice('明华强军平芳')}）")
        text = "\u3000\u3000".join(paras)
        (out_dir / f"synthetic_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total
