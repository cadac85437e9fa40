"""Loaders for the reviewed codebooks in ``data/codebooks`` (domain knowledge kept as data)."""

from __future__ import annotations

import csv
from functools import lru_cache

import yaml

from .paths import CODEBOOKS


@lru_cache(maxsize=None)
def yaml_book(name: str) -> dict:
    with open(CODEBOOKS / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def csv_book(name: str) -> tuple[dict, ...]:
    with open(CODEBOOKS / name, encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))
