"""Places: province/prefecture/county mentions normalized to GB/T 2260 units, plus towns and villages.

Short names are ambiguous (西安 is also a district of 辽源; 市中区 exists in four cities),
so a mention is resolved by the chain it stands in (山东省枣庄市市中区), then by the
provinces the document mentions elsewhere, then by preferring the higher level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from . import divisions
from ..codebook import csv_book, yaml_book


@dataclass
class Place:
    start: int
    end: int
    mention: str
    province: str
    city: str
    county: str
    level: str
    code: str

    @property
    def full_name(self) -> str:
        """The official name of the most specific unit (安吉 → 安吉县), else the mention."""
        return {"province": self.province, "prefecture": self.city, "county": self.county}.get(self.level, self.mention)


@dataclass(frozen=True)
class _Cand:
    unit: divisions.Unit | None
    full: bool  # surface is the full official name
    fixed: tuple | None = None  # gazetteer resolution (province, city, county, level, code)


@lru_cache(maxsize=1)
def _matcher():
    cfg = yaml_book(__package__, "places.yml")
    stop = set(cfg["ambiguous_short_names"])
    divs = divisions.load()
    surfaces: dict[str, list[_Cand]] = {}

    def add(surface: str, cand: _Cand) -> None:
        if len(surface) >= 2:
            surfaces.setdefault(surface, []).append(cand)

    for u in divs.units:
        if u.level == "county":
            if len(u.name) >= 3:
                add(u.name, _Cand(u, True))
            continue
        add(u.name, _Cand(u, True))
        if u.short and u.short != u.name and u.short not in stop:
            add(u.short, _Cand(u, False))
        for ending, short in cfg["short_suffixes"].items():
            if u.name.endswith(ending) and u.short:
                add(u.short + short, _Cand(u, False))
    for row in csv_book(__package__, "gazetteer.csv"):
        surfaces[row["mention"]] = [_Cand(None, True, (row["province"], row["city"], row["county"], row["level"], row["code"]))]
    automaton = ahocorasick.Automaton()
    for surface, cands in surfaces.items():
        automaton.add_word(surface, (surface, tuple(cands)))
    automaton.make_automaton()
    suffix = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:%s)" % "|".join(cfg["township_suffixes"]))
    village = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:%s)" % "|".join(cfg["village_suffixes"]))
    return automaton, suffix, village


def _spans(view: str) -> list[tuple[int, int, str, tuple]]:
    """Leftmost-longest non-overlapping surface matches."""
    return [(end - len(surface) + 1, end + 1, surface, cands) for end, (surface, cands) in _matcher()[0].iter_long(view)]


def _score(c: _Cand, parent: divisions.Unit | None, provinces: set[str]) -> tuple:
    u = c.unit
    if u is None:
        return (3, 1, 1, 3)
    in_chain = parent is not None and (u.province == parent.province and (parent.level == "province" or u.city == parent.city))
    level_rank = {"province": 2, "prefecture": 1, "county": 0}[u.level]
    return (2 if in_chain else 0, int(u.province in provinces), int(c.full), level_rank)


def _row(unit: divisions.Unit) -> tuple:
    return unit.province, unit.city, unit.county, unit.level, unit.code


def find(view: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Place mentions in ``view[start:end]``; adjacent mentions that form a chain are merged.

    Provinces named unambiguously anywhere in the span break ties for the ambiguous ones.
    """
    _, town_re, village_re = _matcher()
    divs = divisions.load()
    end = len(view) if end is None else end
    places: list[Place] = []
    chunk = view[start:end]
    spans = _spans(chunk)
    provinces = {c[0].unit.province if c[0].unit else c[0].fixed[0] for _, _, _, c in spans if len(c) == 1}
    prev: Place | None = None
    prev_unit: divisions.Unit | None = None
    for s, e, surface, cands in spans:
        chained = prev is not None and prev.end == start + s
        parent = prev_unit if chained else None
        best = max(cands, key=lambda c: _score(c, parent, provinces))
        province, city, county, level, code = best.fixed or _row(best.unit)
        if chained and _score(best, parent, provinces)[0] == 2:
            prev.end = start + e
            prev.mention = view[prev.start : prev.end]
            prev.province, prev.city, prev.county, prev.level, prev.code = province, city, county, level, code
            prev_unit = best.unit
        else:
            prev = Place(start + s, start + e, surface, province, city, county, level, code)
            prev_unit = best.unit
            places.append(prev)
        # a prefecture (杭州萧山) or province (浙江安吉) may be followed by one of its counties' short names
        if prev_unit is not None and prev_unit.level in ("prefecture", "province"):
            counties = divs.children.get(prev_unit.code, []) if prev_unit.level == "prefecture" else divisions.counties(prev_unit.province)
            hits = [c for c in counties if c.level == "county" and c.short and len(c.short) >= 2
                    and view.startswith(c.short, prev.end) and not view.startswith(c.name, prev.end)]
            if len(hits) == 1:  # unambiguous within its parent
                child = hits[0]
                prev.end += len(child.short)
                prev.mention = view[prev.start : prev.end]
                prev.province, prev.city, prev.county, prev.level, prev.code = _row(child)
                prev_unit = child
        # counties continue into towns and villages: 上高县塔下乡田北村
        if prev.level in ("county", "township"):
            town_code = prev.code
            m = town_re.match(view, prev.end)
            towns = divs.towns.get(town_code, frozenset())
            if m and prev.level == "county" and (m.group() in towns or not towns):
                prev.end = m.end()
                prev.level = "township"
            m = village_re.match(view, prev.end)
            if m and prev.level == "township":
                prev.end = m.end()
                prev.level = "village"
            prev.mention = view[prev.start : prev.end]
    return places
