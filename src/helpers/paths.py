"""Project-relative paths, so notebooks, CLI and tests agree on where things live."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
RAW = DATA / "raw"
FACTS = DATA / "facts"
CODEBOOKS = DATA / "codebooks"
NOTEBOOKS = ROOT / "notebooks"
