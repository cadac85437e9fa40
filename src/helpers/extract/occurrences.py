"""Every occurrence of a set of words in a text, overlapping ones included, with each word's value.

Places and organizations look up tens of thousands of surfaces in every text. pyahocorasick's ``iter`` did it
at about two million characters a second, most of it spent crossing into Python once per character; the Rust
automaton (``ahocorasick_rs``) reads the whole text in one call, about twelve times faster.
"""

from __future__ import annotations

from operator import itemgetter

import ahocorasick_rs


class Occurrences:
    """An automaton over ``words`` (word -> value) that reports occurrences in the order pyahocorasick's ``iter``
    did (by end, the longest first), so what is built from them keeps its order."""

    def __init__(self, words: dict[str, object]):
        if "" in words:
            raise ValueError("an empty word would occur everywhere")
        self._values = tuple(words.values())
        self._automaton = ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MatchKind.Standard)

    def find(self, text: str) -> list[tuple[int, int, object]]:
        """(start, end, value) of every occurrence in ``text``, offsets in characters."""
        found = self._automaton.find_matches_as_indexes(text, overlapping=True)
        found.sort(key=_END_THEN_START)
        values = self._values
        return [(s, e, values[i]) for i, s, e in found]


_END_THEN_START = itemgetter(2, 1)  # of a match (word, start, end)


def leftmost_longest(matches: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Non-overlapping matches, the leftmost first and the longest of those: what a search from left to right for the
    words, longest first, would read."""
    out, last = [], 0
    longest_first = sorted(matches, key=itemgetter(1), reverse=True)
    for s, e, value in sorted(longest_first, key=itemgetter(0)):  # by start, the longest first (both sorts are stable)
        if s >= last:
            out.append((s, e, value))
            last = e
    return out
