"""Many short texts searched as one: an automaton's matches in all the paragraphs of a batch from a single
pass, each match assigned to its paragraph. Calling the automaton once per paragraph cost more in the calls and
their small results than in the search itself."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

SEPARATOR = b"\n"  # between the texts; no lexicon term holds it, so no match crosses it


@dataclass(frozen=True)
class Joined:
    """Texts joined into one UTF-8 buffer, searched by automata of UTF-8 patterns (``BytesAhoCorasick``): bytes
    need no translation of offsets to characters, which was a third of the search, and every automaton of a batch
    reads the same buffer."""

    data: bytes
    starts: np.ndarray  # where each text starts in ``data``


def join(texts: list[str]) -> Joined:
    encoded = [t.encode("utf-8") for t in texts]
    return Joined(SEPARATOR.join(encoded), np.cumsum([0] + [len(e) + len(SEPARATOR) for e in encoded[:-1]]))


def matches(automaton, joined: Joined) -> tuple[np.ndarray, np.ndarray]:
    """Where a ``BytesAhoCorasick`` automaton's patterns occur in the joined texts: the text (row) and the pattern
    index of each match, in reading order."""
    found = automaton.find_matches_as_indexes(joined.data)  # np.fromiter reads the tuples at twice np.array's speed
    found = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found)).reshape(-1, 3)
    return np.searchsorted(joined.starts, found[:, 1], side="right") - 1, found[:, 0]


def row_sums(rows: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """The sums of ``values`` (one row per match, rows in ascending order, as ``matches`` gives them) per text, a
    row for each of ``n`` texts: one reduction over contiguous runs, where ``np.add.at`` costs an index per match."""
    out = np.zeros((n, values.shape[1]), dtype=values.dtype)
    if len(rows):
        first = np.empty(len(rows), dtype=bool)
        first[0] = True
        np.not_equal(rows[1:], rows[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        out[rows[starts]] = np.add.reduceat(values, starts, axis=0)
    return out
