"""Organizations: a dated registry of central bodies plus patterns for local bodies and companies.

Bodies are created, merged and renamed (国家乡村振兴局 became a nameplate of 农业农村部 in
2023; 银保监会 became 金融监管总局), so every mention is resolved as of the document's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..codebook import alternation, csv_book, yaml_book
from .places import Place

PLACE_LEVEL_TO_ORG = {"province": "provincial", "prefecture": "prefecture", "county": "county", "township": "township", "village": "village"}


@dataclass
class Org:
    start: int
    end: int
    mention: str
    name: str
    type: str
    level: str


@lru_cache(maxsize=1)
def registry() -> dict[str, dict]:
    return {row["name"]: row for row in csv_book(__package__, "organizations.csv")}


@dataclass(frozen=True)
class Patterns:
    """``organizations.csv`` and ``org_patterns.yml``, compiled: the registry's surfaces and the local-body patterns."""

    registry: ahocorasick.Automaton
    suffixes: ahocorasick.Automaton
    company: re.Pattern
    university: re.Pattern
    shop: re.Pattern
    local_prefix: re.Pattern
    grassroots: re.Pattern
    stop: re.Pattern
    suffix_full: dict
    single_prefix_levels: dict
    generic_before_prefix: tuple[str, ...]
    government_suffixes: tuple[str, ...]
    grassroots_levels: dict
    not_bodies: tuple[str, ...]


@lru_cache(maxsize=1)
def _automata() -> Patterns:
    reg = ahocorasick.Automaton()
    surfaces: dict[str, list[str]] = {}
    for row in csv_book(__package__, "organizations.csv"):
        for surface in [row["name"]] + [a for a in row["aliases"].split("|") if a]:
            surfaces.setdefault(surface, []).append(row["name"])
    for surface, names in surfaces.items():
        reg.add_word(surface, (surface, tuple(names)))
    reg.make_automaton()
    pats = yaml_book(__package__, "org_patterns.yml")
    suf = ahocorasick.Automaton()
    for s in pats["local_suffixes"]:
        suf.add_word(s, s)
    suf.make_automaton()
    grassroots = dict(pats["grassroots_units"])
    return Patterns(
        registry=reg, suffixes=suf,
        company=re.compile(f"(?:{alternation(pats['company_suffixes'])})"),
        university=re.compile(f"(?:{alternation(pats['university_suffixes'])})"),
        shop=re.compile(f"(?:{alternation(pats['shop_suffixes'])})(?={alternation(pats['shop_role_words'])})"),
        local_prefix=re.compile(f"(?:{alternation(pats['local_prefixes'])})$"),
        grassroots=re.compile(rf"[\u4e00-\u9fff]{{1,4}}?(?:{alternation(grassroots)})$"),
        stop=re.compile(f"[{re.escape(pats['left_stops'])}\\s]"),
        suffix_full=pats["suffix_full"],
        single_prefix_levels=dict(pats["single_prefix_levels"]),
        generic_before_prefix=tuple(pats["generic_before_prefix"]),
        government_suffixes=tuple(pats["government_suffixes"]),
        grassroots_levels=grassroots,
        not_bodies=tuple(pats["not_bodies"]),
    )


def resolve(name: str, on: dt.date | None) -> dict:
    """The registry row that a name stands for on a date, following successors after a reform."""
    reg = registry()
    row = reg[name]
    seen = {name}
    while on is not None and row["valid_to"] and on.isoformat() >= row["valid_to"] and row["successor"] in reg:
        nxt = reg[row["successor"]]
        if nxt["name"] in seen:
            break
        seen.add(nxt["name"])
        row = nxt
    return row


def _pick(names: tuple[str, ...], on: dt.date | None) -> str:
    """Among registry entries sharing a surface, the one valid on the date (else the first)."""
    if on is not None:
        day = on.isoformat()
        for n in names:
            row = registry()[n]
            if (not row["valid_from"] or row["valid_from"] <= day) and (not row["valid_to"] or day < row["valid_to"]):
                return n
    return names[0]


def _left_edge(view: str, end: int, floor: int, stop_re, limit: int = 18) -> int:
    i = end
    lo = max(floor, end - limit)
    while i > lo and not stop_re.match(view[i - 1]):
        i -= 1
    return i


def find(view: str, start: int, end: int, places: list[Place], on: dt.date | None) -> list[Org]:
    """Organization mentions in ``view[start:end]`` (a whole document at once), longest first, never overlapping."""
    pats = _automata()
    reg, suf, stop_re, suffix_full = pats.registry, pats.suffixes, pats.stop, pats.suffix_full
    chunk = view[start:end]
    cands: list[Org] = []
    reg_ends: dict[int, Org] = {}
    for e, (surface, names) in reg.iter(chunk):
        s = start + e - len(surface) + 1
        e = start + e + 1
        nxt = view[e : e + 1]
        if any(surface.endswith(w[:-1]) and nxt == w[-1] for w in pats.not_bodies):
            continue  # 公安部门, 银行业: a common word, no registered body
        row = resolve(_pick(names, on), on)
        org = Org(s, e, surface, row["name"], row["type"], row["level"])
        cands.append(org)
        if e not in reg_ends or reg_ends[e].start > s:
            reg_ends[e] = org
    place_ends = {p.end: p for p in places if start <= p.start and p.end <= end}
    suffix_hits: dict[int, str] = {}
    for e, surface in suf.iter(chunk):
        s = start + e - len(surface) + 1
        if s not in suffix_hits or len(surface) > len(suffix_hits[s]):
            suffix_hits[s] = surface
    local_ends: dict[int, Org] = {}
    for s, surface in sorted(suffix_hits.items()):
        e = s + len(surface)
        level, pre, place = "", None, place_ends.get(s)
        if place is not None:
            pre, level = place.start, PLACE_LEVEL_TO_ORG.get(place.level, "")
        elif s in local_ends:  # 市政府 + 办公厅
            pre, level = local_ends[s].start, local_ends[s].level
        else:
            m = pats.local_prefix.search(view, max(start, s - 3), s) or pats.grassroots.search(view, max(start, s - 7), s)
            if m:
                pre = m.start()
                level = next((lv for unit, lv in pats.grassroots_levels.items() if m.group().endswith(unit)), "")
            elif s - 1 >= start and view[s - 1] in pats.single_prefix_levels and not view.endswith(pats.generic_before_prefix, start, s - 1) and (
                    s - 1 == start or stop_re.match(view[s - 2]) or surface in pats.government_suffixes):  # 报送市政府办公厅
                pre, level = s - 1, pats.single_prefix_levels[view[s - 1]]
        if pre is None:
            continue
        if pre in reg_ends and reg_ends[pre].type.startswith("state_council"):
            pre = reg_ends[pre].start  # 国家税务总局 + 西安国际港务区 + 税务局
        mention = view[pre:e]
        name = mention
        if place is not None and place.start == pre and surface in suffix_full:
            name = (place.full_name or place.mention) + suffix_full[surface]
        org = Org(pre, e, mention, name, "local_government", level)
        cands.append(org)
        local_ends[e] = org
    for regex, typ in ((pats.company, "company"), (pats.university, "university"), (pats.shop, "company")):
        for m in regex.finditer(view, start, end):
            if m.end() in reg_ends:
                continue
            s = _left_edge(view, m.start(), start, stop_re)
            if m.start() - s < 2:
                continue
            mention = view[s : m.end()]
            cands.append(Org(s, m.end(), mention, mention, typ, ""))
    cands.sort(key=lambda o: (-(o.end - o.start), o.start))
    taken: list[Org] = []
    occupied = bytearray(end - start)
    for o in cands:
        if 1 not in occupied[o.start - start : o.end - start]:
            occupied[o.start - start : o.end - start] = b"\x01" * (o.end - o.start)
            taken.append(o)
    return sorted(taken, key=lambda o: o.start)
