"""A sentence with its entities indexed by position, and its clauses and segments.

Attribution asks the same questions of every number in a sentence (which body opens this
clause? which place comes last before it?), so each answer is a bisect, not a scan.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from .organizations import Org
from .places import Place
from .quantities import Quantity

QUOTE_OPEN, QUOTE_CLOSE = "“「『", "”」』"
# Punctuation that ends a phrase. Not ".": in Chinese text it is a decimal point.
DELIMITERS = frozenset("，。；：、！？,;:!?（）()“”‘’《》「」『』—…\n ")
_CLAUSE_EVENT = re.compile(r"[“”「」『』，；：,;:。！？!?]")  # 。 inside a sentence ends a quoted one (…故障。”李志强…)
STOPS = "。！？!?"  # what ends a sentence, and a clause where a quoted sentence ends inside another
_SEGMENT_END = re.compile(r"[；;]")


_start = attrgetter("start")


class Context:
    """One sentence with its organizations, places and times, each indexed by start offset, and its clauses and
    segments (each of its claims asks for them)."""

    def __init__(self, view: str, start: int, end: int, orgs: list[Org], places: list[Place], times: list[Quantity],
                 headline: bool = False):
        self.view, self.start, self.end = view, start, end
        self.headline = headline  # a title's or heading's sentence, whose spaces part its clauses
        self.orgs = sorted(orgs, key=_start)
        self.places = sorted(places, key=_start)
        self.times = sorted(times, key=_start)
        self.org_starts = [o.start for o in self.orgs]
        self.place_starts = [p.start for p in self.places]
        self.time_starts = [t.start for t in self.times]
        self.org_at = {o.start: o for o in reversed(self.orgs) if o.type != "group"}
        self.place_at = {p.start: p for p in self.places}
        self.time_at = {t.start: t for t in self.times}
        self.clauses = clauses(view, start, end)
        self._clause_starts = [c[0] for c in self.clauses]
        self._segments = segments(view, start, end)
        self._segment_starts = [s for s, _ in self._segments]
        self.cache: dict = {}  # what each of the sentence's numbers asks of it alike (attribution: located, abroad)

    def clause_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._clause_starts, pos) - 1)

    def clause(self, pos: int) -> tuple[int, int]:
        return self.clauses[self.clause_index(pos)]

    def segment(self, pos: int) -> tuple[int, int]:
        return self._segments[max(0, bisect.bisect_right(self._segment_starts, pos) - 1)]

    def orgs_between(self, lo: int, hi: int) -> list[Org]:
        return self.orgs[bisect.bisect_left(self.org_starts, lo) : bisect.bisect_left(self.org_starts, hi)]

    def places_between(self, lo: int, hi: int) -> list[Place]:
        return self.places[bisect.bisect_left(self.place_starts, lo) : bisect.bisect_left(self.place_starts, hi)]

    def times_between(self, lo: int, hi: int) -> list[Quantity]:
        return self.times[bisect.bisect_left(self.time_starts, lo) : bisect.bisect_left(self.time_starts, hi)]


class SentenceContexts:
    """A paragraph's organizations, places and times in order of start, which give each of its sentences with a
    claim a ``Context``: a sentence's entities are a slice of each, not a scan of the paragraph's (a report's paragraphs run
    to dozens of sentences and bodies). Slices of a stable sort keep the order ``Context`` would give them."""

    def __init__(self, view: str, orgs: list[Org], places: list[Place], times: list[Quantity], headline: bool = False):
        self.view, self.headline = view, headline
        self._sorted = [sorted(items, key=_start) for items in (orgs, places, times)]
        self._starts = [[it.start for it in items] for items in self._sorted]
        self._contexts: dict[tuple[int, int], Context] = {}

    def context(self, start: int, end: int) -> Context:
        """The sentence ``view[start:end]``, made once however many of its numbers ask."""
        ctx = self._contexts.get((start, end))
        if ctx is None:
            orgs, places, times = (items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
                                   for items, starts in zip(self._sorted, self._starts))
            ctx = self._contexts[start, end] = Context(self.view, start, end, orgs, places, times, self.headline)
        return ctx


def clauses(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans: split on ，；： and on the 。！？ of a quoted sentence inside it, outside quoted names
    (“一户一策，一人一档”). A quotation that is someone's words
    (longer than a name, or not closed within the sentence: “上半年我们新增外贸航线10条，中东、拉美方向…) is split like
    any other text."""
    out, cur, named_end = [], start, -1
    events = list(_CLAUSE_EVENT.finditer(view, start, end))
    for k, m in enumerate(events):
        ch = m.group()
        if m.start() < named_end:
            continue
        if ch in QUOTE_OPEN:
            named_end = _name_end(events, k)
        elif ch in STOPS and not view[m.end() : end].lstrip(QUOTE_CLOSE + STOPS):
            break  # the sentence's own end (…增长27%。”)
        elif ch not in QUOTE_CLOSE:
            out.append((cur, m.start()))
            cur = m.end()
            while ch in STOPS and cur < end and view[cur] in QUOTE_CLOSE:
                cur += 1  # the next clause opens after the quotation's close (…故障。”|李志强…)
    out.append((cur, end))
    return out


def _name_end(events: list[re.Match], k: int) -> int:
    """Where the quotation opened at ``events[k]`` closes when it closes within the sentence and holds a name's few
    characters and no sentence's end (“能处理80%的故障。” is someone's words), else -1."""
    depth, opened = 0, events[k].start()
    for m in events[k:]:
        ch = m.group()
        depth += ch in QUOTE_OPEN
        depth -= ch in QUOTE_CLOSE
        if m.start() - opened > QUOTED_NAME_MAX or ch in STOPS:
            return -1
        if depth == 0:
            return m.end()
    return -1


QUOTED_NAME_MAX = 24  # characters of a quoted name or slogan that may hold a comma (“小康不小康，关键看老乡”)


def segments(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence parts separated by semicolons: each often reports a different actor."""
    out, cur = [], start
    for m in _SEGMENT_END.finditer(view, start, end):
        out.append((cur, m.end()))
        cur = m.end()
    out.append((cur, end))
    return out
