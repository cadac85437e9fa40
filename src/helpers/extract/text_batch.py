"""Many short texts searched as one: an automaton's matches in all the paragraphs of a document from a single
pass, each match assigned to its paragraph. Calling the automaton once per paragraph cost more in the calls and
their small results than in the search itself."""

from __future__ import annotations

from itertools import chain

import numpy as np

SEPARATOR = "\n"  # between the texts; no lexicon term holds it, so no match crosses it


def matches(automaton, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Where an ``ahocorasick_rs`` automaton's patterns occur in ``texts``: the text (row) and the pattern index of
    each match, in reading order."""
    found = automaton.find_matches_as_indexes(SEPARATOR.join(texts))  # np.fromiter reads the tuples at twice np.array's speed
    found = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found)).reshape(-1, 3)
    starts = np.cumsum([0] + [len(t) + len(SEPARATOR) for t in texts[:-1]])
    return np.searchsorted(starts, found[:, 1], side="right") - 1, found[:, 0]


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
