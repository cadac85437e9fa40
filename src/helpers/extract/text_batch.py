"""Many short texts searched as one: an automaton's matches in all the paragraphs of a document from a single
pass, each match assigned to its paragraph. Calling the automaton once per paragraph cost more in the calls and
their small results than in the search itself."""

from __future__ import annotations

import numpy as np

SEPARATOR = "\n"  # between the texts; no lexicon term holds it, so no match crosses it


def matches(automaton, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Where an ``ahocorasick_rs`` automaton's patterns occur in ``texts``: the text (row) and the pattern index of
    each match, in reading order."""
    found = np.array(automaton.find_matches_as_indexes(SEPARATOR.join(texts)), dtype=np.int64).reshape(-1, 3)
    starts = np.cumsum([0] + [len(t) + len(SEPARATOR) for t in texts[:-1]])
    return np.searchsorted(starts, found[:, 1], side="right") - 1, found[:, 0]
