"""Places a text names by where it stands: 全省, 我县, 本市 name the unit the text is about.

A provincial work report says 全省 far more often than the province's name, and a county bureau's interview says
我县; without them the places table under-counts the very unit a text is about. Such a word is read only where the
text is about one unit of its level, decided from the places it names by the thresholds that decide its province.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import divisions, places
from .tokens import one_word

SPECIFIC_FIRST = ("county", "prefecture", "province")  # the levels a word may name, the most specific first


@lru_cache(maxsize=1)
def _units() -> dict[tuple[str, str, str], divisions.Unit]:
    """Prefectures and counties by (province, prefecture, county) names, as places rows give them."""
    return {(u.province, u.city, u.county): u for u in divisions.load().units if u.level in ("prefecture", "county")}


LOCAL_LEVELS = ("市", "县", "区", "州", "旗")  # a local body named by its level alone (县委, 市政府) is its own unit's


def speaks_of_its_own_unit(view: str) -> bool:
    """Whether a text names a unit by where it stands (全市, 我县, as a word): it is about one local unit."""
    return any(one_word(view, m.start(), m.end()) for m in places.deixis_pattern().finditer(view))


def home_units(found: list[places.Place], province: str, source: places.Place | None = None) -> dict[str, divisions.Unit]:
    """The units a text about ``province`` is about, by level: the province, and the prefecture and county of the
    place that publishes it (``source``: 信息来源：舒城县干汊河镇 is the town's own news, in 舒城县) when the text names
    no other county, else those that enough of its places lie in (``places.home``'s thresholds, over all its places)."""
    about = {}
    unit = divisions.province_unit(province) if province else None
    if unit is None:
        return about
    about["province"] = unit
    if source is not None and source.province == province and source.county \
            and all(p.county in ("", source.county) for p in found if p.province == province):
        for level, key in (("prefecture", (source.province, source.city, "")), ("county", (source.province, source.city, source.county))):
            if (u := _units().get(key)) is not None:
                about[level] = u
        return about
    for level, named in (("prefecture", lambda p: p.city), ("county", lambda p: p.county)):
        votes = Counter((p.province, p.city, p.county if level == "county" else "") for p in found
                        if p.province == province and named(p))
        home = places.home_of(votes, len(found) - sum(votes.values()))
        if len(home) == 1 and (u := _units().get(home.pop())) is not None:
            about[level] = u
    return about


def find(view: str, found: list[places.Place], about: dict[str, divisions.Unit]) -> list[places.Place]:
    """Places named by 全省, 我县, 本市 in a text about the units ``about`` (``home_units``), where no place was found nor
    ends (河南全省 names 河南 once) and segmentation reads the word as one (全省|政府工作, not 全|市场监管 or 本|区域)."""
    if not about:
        return []
    hits = [m for m in places.deixis_pattern().finditer(view) if one_word(view, m.start(), m.end())]
    taken = {i for p in found for i in range(p.start, p.end + 1)}  # and right after a place: 河南|全省 is one mention
    out = []
    for m in hits:
        unit = next((about[lv] for lv in SPECIFIC_FIRST if lv in about and about[lv].name.endswith(m.group()[1])), None)
        if unit is not None and m.start() not in taken:
            out.append(places.Place(m.start(), m.end(), m.group(), unit.province, unit.city, unit.county, unit.level,
                                    unit.code, places.CHINA))
    return out
