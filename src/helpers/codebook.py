"""Codebooks: reviewed domain knowledge shipped inside the package, each file with its source.

Every stage keeps its own codebooks beside its code (``helpers/extract/codebooks``,
``helpers/analysis/codebooks`` …) and reads them through ``importlib.resources``, so an
installed package (a Dask worker on another machine) finds them without the repository.
Each stage turns the raw files into small typed lexicons of its own; this module only reads
files and builds the one kind of pattern they all need, a longest-first alternation (and, for the few patterns
that scan whole texts, the guard that lets the regex engine skip ahead).
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


def scanning(pattern: str) -> re.Pattern:
    """``pattern`` compiled to scan whole texts: behind a look-ahead for the characters a match can open with, when
    they can be told. Python's engine skips ahead to such characters only when every branch opens with a literal; one
    branch that opens with a look-behind or a group (the number traps' 大(?<=了大)半天) makes it try every branch at
    every character, nine times slower. Patterns that may open with any character, or match nothing, compile as
    they are; so do all where the parser (``re._parser``, private) is missing."""
    parser = getattr(re, "_parser", None)
    opening = _opening(parser.parse(pattern)) if parser is not None else None
    return re.compile(f"(?=[{''.join(map(re.escape, sorted(opening)))}])(?:{pattern})" if opening else pattern)


def _opening(parsed) -> set[str] | None:
    """The characters a match of a parsed pattern must open with, or None when they cannot be told."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    chars, empty = _sequence_opening(parsed)
    return None if empty else chars


def _sequence_opening(items) -> tuple[set[str] | None, bool]:
    """The opening characters of a parsed sequence and whether it can match nothing (then what follows opens too)."""
    c = re._constants
    out: set[str] = set()
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):  # zero width: the next item opens the match
            continue
        chars, empty = _item_opening(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item_opening(op, av) -> tuple[set[str] | None, bool]:
    c = re._constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 256:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated set, a category, a wide range
                return None, False
        return chars, False
    if op is c.BRANCH:
        found = [_sequence_opening(branch) for branch in av[1]]
        if any(chars is None for chars, _ in found):
            return None, False
        return set().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
    if op is c.SUBPATTERN:  # (group, flags added, flags removed, pattern): an inline (?i:…) opens with any case
        return (None, False) if av[1] & re.IGNORECASE else _sequence_opening(av[-1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        chars, empty = _sequence_opening(av[2])
        return chars, empty or av[0] == 0
    if op is c.ATOMIC_GROUP:
        return _sequence_opening(av)
    return None, False
