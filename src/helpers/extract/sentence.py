"""A sentence with its entities indexed by position, and its clauses and segments.

Attribution asks the same questions of every number in a sentence (which body opens this
clause? which place comes last before it?), so each answer is a bisect, not a scan.
"""

from __future__ import annotations

import bisect
import re

from .organizations import Org
from .places import Place
from .quantities import Quantity

QUOTE_OPEN, QUOTE_CLOSE = "“「『", "”」』"
# Punctuation that ends a phrase. Not ".": in Chinese text it is a decimal point.
DELIMITERS = frozenset("，。；：、！？,;:!?（）()“”‘’《》「」『』—…\n ")
_CLAUSE_EVENT = re.compile(r"[“”「」『』，；：,;:]")
_SEGMENT_END = re.compile(r"[；;]")


class Context:
    """One sentence with its organizations, places and times, each indexed by start offset."""

    def __init__(self, view: str, start: int, end: int, orgs: list[Org], places: list[Place], times: list[Quantity]):
        self.view, self.start, self.end = view, start, end
        self.orgs = sorted(orgs, key=lambda o: o.start)
        self.places = sorted(places, key=lambda p: p.start)
        self.times = sorted(times, key=lambda t: t.start)
        self.org_starts = [o.start for o in self.orgs]
        self.place_starts = [p.start for p in self.places]
        self.time_starts = [t.start for t in self.times]
        self.org_at = {o.start: o for o in reversed(self.orgs) if o.type != "group"}
        self.place_at = {p.start: p for p in self.places}
        self.time_at = {t.start: t for t in self.times}
        self._clauses: list[tuple[int, int]] | None = None
        self._segments: list[tuple[int, int]] | None = None

    @property
    def clauses(self) -> list[tuple[int, int]]:
        if self._clauses is None:
            self._clauses = clauses(self.view, self.start, self.end)
            self._clause_starts = [c[0] for c in self._clauses]
        return self._clauses

    def clause_index(self, pos: int) -> int:
        self.clauses  # noqa: B018  (computes the starts)
        return max(0, bisect.bisect_right(self._clause_starts, pos) - 1)

    def clause(self, pos: int) -> tuple[int, int]:
        return self.clauses[self.clause_index(pos)]

    def segment(self, pos: int) -> tuple[int, int]:
        if self._segments is None:
            self._segments = segments(self.view, self.start, self.end)
            self._segment_starts = [s for s, _ in self._segments]
        return self._segments[max(0, bisect.bisect_right(self._segment_starts, pos) - 1)]

    def orgs_between(self, lo: int, hi: int) -> list[Org]:
        return self.orgs[bisect.bisect_left(self.org_starts, lo) : bisect.bisect_left(self.org_starts, hi)]

    def places_between(self, lo: int, hi: int) -> list[Place]:
        return self.places[bisect.bisect_left(self.place_starts, lo) : bisect.bisect_left(self.place_starts, hi)]

    def times_between(self, lo: int, hi: int) -> list[Quantity]:
        return self.times[bisect.bisect_left(self.time_starts, lo) : bisect.bisect_left(self.time_starts, hi)]


def clauses(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans: split on ，；： outside quotation marks."""
    out, depth, cur = [], 0, start
    for m in _CLAUSE_EVENT.finditer(view, start, end):
        ch = m.group()
        if ch in QUOTE_OPEN:
            depth += 1
        elif ch in QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((cur, m.start()))
            cur = m.end()
    out.append((cur, end))
    return out


def segments(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence parts separated by semicolons: each often reports a different actor."""
    out, cur = [], start
    for m in _SEGMENT_END.finditer(view, start, end):
        out.append((cur, m.end()))
        cur = m.end()
    out.append((cur, end))
    return out
