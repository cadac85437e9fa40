"""Codebooks: reviewed domain knowledge shipped inside the package, each file with its source.

Every stage keeps its own codebooks beside its code (``helpers/extract/codebooks``,
``helpers/analysis/codebooks`` …) and reads them through ``importlib.resources``, so an
installed package (a Dask worker on another machine) finds them without the repository.
Each stage turns the raw files into small typed lexicons of its own; this module only reads
files and builds the one kind of pattern they all need, a longest-first alternation.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml


def path(package: str, name: str):
    """The codebook ``name`` of a stage package (``helpers.extract``), as an importlib resource."""
    return resources.files(package).joinpath("codebooks", name)


# libyaml's parser with the safe constructor: the same data as yaml.safe_load, read about six times faster (every
# extraction worker reads the codebooks when it starts)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def yaml_book(package: str, name: str) -> dict:
    return yaml.load(path(package, name).read_text(encoding="utf-8"), Loader=_YAML_LOADER)


@lru_cache(maxsize=None)
def csv_book(package: str, name: str) -> tuple[dict, ...]:
    return tuple(csv.DictReader(io.StringIO(path(package, name).read_text(encoding="utf-8"), newline="")))


def text_book(package: str, name: str) -> str:
    return path(package, name).read_text(encoding="utf-8")


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Words ordered so that a prefix never shadows a longer word (乡村振兴 before 乡村)."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, for use inside a larger pattern."""
    return "|".join(re.escape(w) for w in longest_first(words))
