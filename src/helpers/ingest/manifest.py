"""The corpus manifest: what the researcher knows about each file, checked before use.

A manifest is ``manifest.csv`` (or ``manifest.yml``) beside the texts.  Every problem
is reported with the manifest's path and line so it can be fixed at the source.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

COLUMNS = ("file", "title", "publisher", "date", "source", "place", "reporters")
NAMES = ("manifest.csv", "manifest.yml", "manifest.yaml")


class ManifestError(ValueError):
    """The manifest as a whole cannot be used."""


@dataclass
class Manifest:
    path: Path
    rows: dict[str, dict] = field(default_factory=dict)  # file name -> row
    problems: dict[str, list[str]] = field(default_factory=dict)  # file name -> messages


def find(folder: Path) -> Path | None:
    for name in NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def _records(path: Path) -> list[tuple[int, dict]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames is None or "file" not in reader.fieldnames:
                raise ManifestError(f"{path}: missing required column 'file' (columns: {', '.join(reader.fieldnames or [])})")
            unknown = set(reader.fieldnames) - set(COLUMNS)
            if unknown:
                raise ManifestError(f"{path}: unknown column(s) {', '.join(sorted(unknown))}; expected {', '.join(COLUMNS)}")
            return [(i + 2, {k: (v or "").strip() for k, v in row.items() if k}) for i, row in enumerate(reader)]
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if isinstance(data, dict):
        data = data.get("documents", [])
    if not isinstance(data, list):
        raise ManifestError(f"{path}: expected a list of documents")
    out = []
    for i, row in enumerate(data, 1):
        if not isinstance(row, dict) or "file" not in row:
            raise ManifestError(f"{path}: entry {i} has no 'file'")
        unknown = set(row) - set(COLUMNS)
        if unknown:
            raise ManifestError(f"{path}: entry {i}: unknown key(s) {', '.join(sorted(unknown))}")
        out.append((i, {k: "" if v is None else str(v).strip() for k, v in row.items()}))
    return out


def load(path: Path) -> Manifest:
    """Read and check a manifest; row-level problems are kept per file, not raised."""
    path = Path(path)
    man = Manifest(path)
    folder = path.parent.resolve()
    for line, row in _records(path):
        name = row.get("file", "")
        where = f"{path.name} line {line}" if path.suffix == ".csv" else f"{path.name} entry {line}"
        if not name:
            raise ManifestError(f"{path}: {where}: empty 'file'")
        target = (folder / name).resolve()
        if not target.is_relative_to(folder):
            man.problems.setdefault(name, []).append(f"{where}: file '{name}' points outside the corpus folder")
            continue
        if row.get("date"):
            try:
                row["date"] = dt.date.fromisoformat(row["date"]).isoformat()
            except ValueError:
                man.problems.setdefault(name, []).append(f"{where}: date '{row['date']}' is not a date (YYYY-MM-DD); using the dateline instead")
                row["date"] = ""
        if name in man.rows:
            man.problems.setdefault(name, []).append(f"{where}: '{name}' is listed twice; the first entry wins")
            continue
        man.rows[name] = row
    return man
