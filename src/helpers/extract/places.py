"""Places: province/prefecture/county mentions normalized to GB/T 2260 units, plus towns, villages,
well-known natural and scenic places, zones named after a place, and places abroad with their country.

Short names are ambiguous (西安 is also a district of 辽源; 市中区 exists in four cities),
so a mention is resolved by the chain it stands in (山东省枣庄市市中区), then by the province the
document is about, then by the provinces it mentions elsewhere, then by preferring the higher level.
County short names (腾冲, 漾濞) and the like are guarded: many are everyday words, so they are places
only where the context vouches for them (see ``_admissible``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import divisions, world_cities
from .lexicon import claim_words
from .names import CONJUNCTIONS, cues as name_cues, is_cjk, ministers_title
from .occurrences import Occurrences, leftmost_longest
from .tokens import WORD_WINDOW, one_word, stands_apart, tagged, word_bounds
from ..codebook import alternation, csv_book, yaml_book

CHINA = "中国"
STATIONED = "驻"  # 中国驻美国大使馆: the country after it is where a mission sits
GUARDS = ("", "word", "home", "context", "opening", "dateline")  # see _Cand.guard
JIEBA_WORD_LINE = re.compile(r"^(\S{2,4}) (\d+) (\S+)$", re.M)  # a line of jieba's dict.txt with a word of 2 to 4 characters
REGION = "region"  # a region of the world (非洲, 中亚): a place, but no country a text is about


def turned_to(view: str, region: "Place") -> bool:
    """Whether the text turns to a region of the world as a place (对非洲出口, 中亚国家, 东盟、非洲、拉美等), not to a
    name it opens (非洲猪瘟, 南美白对虾, 东亚飞蝗); places.yml ``region_before``, ``region_after``."""
    before, after, names = _region_context()
    if view.startswith(names, region.end):
        return False  # 、非洲猪瘟: a disease's name
    return view.endswith(before, 0, region.start) or view.startswith(after, region.end) or region.end == len(view)


@lru_cache(maxsize=1)
def _region_context() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """What may stand before and after a region the text turns to (places.yml's words, and the regions themselves: 南亚
    东南亚, a pair of regions named together), and what makes it a name's part after it."""
    cfg = yaml_book(__package__, "places.yml")
    regions = tuple(row["mention"] for row in csv_book(__package__, "world.csv") if row["level"] == REGION)
    return tuple(cfg["region_before"]) + regions, tuple(cfg["region_after"]) + regions, tuple(cfg["region_not_before"])


SUB_REGION_LEVELS = ("prefecture", "county")


@lru_cache(maxsize=1)
def _codes_of_regions() -> frozenset[str]:
    """The codes of province-level units whose every district and locality carries the unit's own code (810000,
    820000): the dictionary codes no government below them."""
    units = divisions.load().units
    provinces = {u.code for u in units if u.level == "province"}
    below = Counter(u.code for u in units if u.level == "county")
    return frozenset(code for code, n in below.items() if code in provinces and n > 1)


LEVEL_RANK = {REGION: 4, "country": 3, "province": 2, "prefecture": 1, "county": 0, "city": 0, "township": -1, "village": -2}


@lru_cache(maxsize=1)
def _zone_generics() -> tuple[str, ...]:
    return tuple(yaml_book(__package__, "places.yml")["named_zone_suffixes"])


DIRECTIONS = "东南西北中"
REGION_PART_MAX = 3  # characters of a province's part named by direction (鲁西南, 滇西北)
NAMED_ONCE_LEVELS = ("prefecture", "county")  # units a text names once in full and then by their short name alone


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
    country: str = CHINA
    short: bool = False  # no place of figures: a short name after a verb of going (访澳), 首都, a country of 中俄

    @property
    def full_name(self) -> str:
        """The official name of the most specific unit (安吉 → 安吉县), else the mention."""
        names = {"country": self.country, "province": self.province, "prefecture": self.city, "county": self.county, "city": self.city}
        return names.get(self.level, self.mention)

    @property
    def is_feature(self) -> bool:
        """Whether the mention names a port, lake, river, plain or protected site in its unit (北部湾港, 鄱阳湖, 三江平原,
        places.yml ``feature_suffixes``, ``site_suffixes``, ``landform_suffixes``), for which no government acts; not the
        unit itself (香港, 湛江) nor a name of it without such a generic (巴渝, 申城); a place abroad acts for no
        government here anyway."""
        if not self.mention.endswith(_generics()):
            return False
        unit = divisions.load().by_code.get(self.code) if self.country == CHINA and self.code else None
        return unit is not None and not self.mention.endswith((self.full_name, unit.name, unit.short or unit.name))

    @property
    def in_a_special_region(self) -> bool:
        """Whether the place lies in 香港 or 澳门, whose division dictionary codes nothing below the region (the region
        itself included)."""
        return self.country == CHINA and self.code in _codes_of_regions()

    @property
    def is_area_without_government(self) -> bool:
        """Whether the mention names an area of a province-level region that the division dictionary codes nothing
        below (香港's 将军澳 and 西贡区, 澳门's 关闸 and 花地玛堂区 carry the region's own code): no government of its own
        acts there, only the region's bodies; not the region itself (香港, 澳门)."""
        return self.in_a_special_region and self.level in SUB_REGION_LEVELS and not self.mention.endswith(self.city or self.province)

    @property
    def is_region_part(self) -> bool:
        """Whether the mention names a part of a province by a direction (赣南, 苏北, 南疆, 滇西北: the gazetteer's
        地域名), which no government governs: not the province's own name (河南, 广西, 西藏)."""
        return (self.level == "province" and self.country == CHINA and len(self.mention) <= REGION_PART_MAX
                and any(c in DIRECTIONS for c in self.mention) and not self.province.startswith(self.mention))

    @property
    def is_zone(self) -> bool:
        """Whether the mention names a development zone that is no division of its own (西咸新区, 兰州新区: the
        gazetteer files it under the unit it lies in), which no government of that unit acts for; not a district
        that is its own division (浦东新区, 滨海新区)."""
        return self.mention.endswith(_zone_generics()) and self.mention != self.full_name

    @property
    def short_name(self) -> str:
        """The division's short name (苏州 for 苏州市), as its bodies are often named (苏州海关), or ""."""
        unit = divisions.load().by_code.get(self.code) if self.country == CHINA and self.code else None
        return unit.short if unit is not None and unit.name == self.full_name else ""


@dataclass(frozen=True)
class _Cand:
    """One reading of a surface: the unit it names (province, city, county, level, code, country)."""

    row: tuple
    full: bool  # surface is the full official name
    fixed: bool = False  # from a reviewed gazetteer: wins over every other reading
    # "": a place anywhere; "word": unless inside a longer common word; "opening": unless a common word runs into its
    # start (电信|江苏 is no 信江); "home": needs context, or a document
    # about its province and no longer word around it; "context": needs a chain or a zone suffix; "dateline": a city
    # abroad read in a dispatch's dateline only (world_cities.csv), kept out of the surfaces
    guard: str = ""

    @property
    def province(self) -> str:
        return self.row[0]


@dataclass(frozen=True)
class _Lexicon:
    surfaces: Occurrences  # surface -> (readings, whether any reading is unguarded)
    guarded_names: frozenset[str]  # surfaces with a guarded reading
    zone: re.Pattern
    foreign_organ: re.Pattern
    foreign_organ_shape: re.Pattern  # a field's name and an organ word (旅游部, 民航局)
    foreign_organ_name_stops: str
    foreign_organ_inner: str
    foreign_organ_not_after: str
    foreign_organ_words: frozenset[str]  # organ words, and the registry's names: common words that are organs (外交部, 教育部)
    foreign_organ_verbs: re.Pattern  # verbs no organ's name holds (设立, 召开), ``org_patterns.yml``'s not_in_names
    town: re.Pattern
    village: re.Pattern
    home_min: int
    home_share: float
    crossing_min_frequency: int
    area_words: tuple[str, ...]  # 区域, 县域: a level suffix that opens one of these ends no name
    own_bodies: tuple[str, ...]  # 人民政府, 县委: a county's own bodies, which vouch for its name before them
    local_endings: tuple[str, ...]  # 镇, 乡, 街道, 村, 社区: how towns' and villages' names end
    street: re.Pattern  # what makes a place's name a street's (南京|路, 北京|东路)
    foreign_city_organ: re.Pattern  # 市政府, 市议会: a city abroad's own bodies after its name
    gate_generics: tuple[str, ...]  # 门: a city gate's, after a name that is a division's elsewhere (广安门)
    foreign_division_organ: re.Pattern  # 政府, 议会: a division abroad's own bodies after its name and generic (彭亨州政府)
    datelines: dict[str, tuple]  # cities abroad read only in a dispatch's dateline (关丹, 汉堡…), with their rows
    counties_closing: re.Pattern  # 等县（市、区）: what closes a list of counties (places.yml)


def _unit_row(u: divisions.Unit) -> tuple:
    return u.province, u.city, u.county, u.level, u.code, CHINA


def _gazetteer_reading(book: str, row: dict) -> _Cand:
    """A reviewed gazetteer's row (gazetteer.csv: places in China; world.csv: places abroad, by country)."""
    guard = row.get("guard") or ""
    if row.get("level") not in LEVEL_RANK or guard not in GUARDS:
        raise ValueError(f"codebooks/{book}: {row.get('mention')!r} has level {row.get('level')!r} and guard "
                         f"{guard!r}; levels are {', '.join(LEVEL_RANK)} and guards {', '.join(g or '(empty)' for g in GUARDS)}")
    place = (row.get("province", ""), row.get("city", ""), row.get("county", ""), row["level"], row["code"],
             row.get("country") or CHINA)
    return _Cand(place, True, fixed=True, guard=guard)


def _gazetteer_readings(book: str) -> dict[str, list[_Cand]]:
    """Each mention's readings in a reviewed gazetteer. A river or lake shared by provinces (乌江: 贵州, 重庆) has a
    row for each, all guarded ``home``: it is a place of the one the text is about, and of none elsewhere."""
    readings: dict[str, list[_Cand]] = {}
    for row in csv_book(__package__, book):
        readings.setdefault(row["mention"], []).append(_gazetteer_reading(book, row))
    for mention, cands in readings.items():
        if len(cands) > 1 and any(c.guard != "home" for c in cands):
            raise ValueError(f"codebooks/{book}: {mention!r} has {len(cands)} rows, so each must be guarded 'home' "
                             "(a place of the province the text is about)")
    return readings


def _division_readings(cfg: dict, zone: re.Pattern):
    """(surface, reading) for every division: full names, short names, the 大理州 forms and former names.

    Short names that are everyday words need context (chain or zone suffix); other county short names and
    the prefecture short names listed as ambiguous also stand in a document about their province, as do the full
    names that are everyday nouns (老城区)."""
    ambiguous = set(cfg["ambiguous_short_names"])
    words = set(cfg["county_short_words"])
    full_words = set(cfg["county_full_words"])  # 老城区: the old town, unless its province's text or a chain says otherwise
    for u in divisions.load().units:
        row = _unit_row(u)
        if u.level != "county":
            yield u.name, _Cand(row, True)
            for short in set(u.short.split("/")) - {"", u.name}:  # 克州/克孜勒苏: a unit may have two
                yield short, _Cand(row, False, guard="home" if short in ambiguous else "")
            yield from _suffixed_shorts(u, row, cfg)
            continue
        yield from _suffixed_shorts(u, row, cfg)
        if len(u.name) >= 3:
            yield u.name, _Cand(row, True, guard="home" if u.name in full_words else "")
        for short in {u.short, u.name} - {""}:
            if short == u.name and len(short) >= 3 or len(short) < 2 or zone.search(short) or short.endswith(("区", "园", "港", "示范", "新城")):
                continue  # a full name above, a single character, or a zone's generic name (高新区, 工业园)
            yield short, _Cand(row, short == u.name, guard="context" if short in words else "home")
    for name, u in divisions.former_names().items():  # 抚远县 in a text of 2013, now 抚远市; not 新建|县域
        if name[:-1] not in words:
            yield name, _Cand(_unit_row(u), True)


FULL_WORD_MIN = 3  # characters of the full names that are everyday nouns (老城区; not 郏县, whose 郏县委 is checked)
COUNTY_WORDS = ("县", "旗")  # the generic words of a county's name, which no everyday word ends a place name with
PLAIN_SHORT_MIN = 3  # characters of a short name that with 县 or 旗 is a county's anywhere (积石山县; not 大化县 of 最大化县域)


def _suffixed_shorts(u: divisions.Unit, row: tuple, cfg: dict):
    """A unit's short name with the short form of its generic ending (大理州, 大通湖区 for 益阳市大通湖管理区); a county's
    guarded as its short name is (塞北区域 is no 塞北管理区), except that an autonomous county's or banner's of three
    characters or more with 县 or 旗 is as plain a county name as 临夏县 (积石山县, 鄂温克旗): two (民和县, 互助县) are
    guarded, as 大化县 of 效益最大化县域 and 互助县 of 互助县级 are no counties."""
    words = cfg["county_short_words"]
    for ending, suffix in cfg["short_suffixes"].items():
        if u.name.endswith(ending) and u.short and u.short != ending:
            plain = u.level != "county" or suffix in COUNTY_WORDS and len(u.short) >= PLAIN_SHORT_MIN
            guard = "" if plain else "context" if u.short in words else "home"
            yield u.short + suffix, _Cand(row, False, guard=guard)


def _region_readings(cfg: dict):
    """(surface, reading) for each region a province's short name and a direction name (豫北, 桂中): the province."""
    left_out = set(cfg["region_provinces_left_out"])
    for short, name in cfg["province_abbreviations"].items():
        unit = divisions.province_unit(name)
        if short in left_out or unit is None:
            continue
        for direction in cfg["region_directions"]:
            yield short + direction, _Cand(_unit_row(unit), False, guard="word")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    cfg = yaml_book(__package__, "places.yml")
    zone = re.compile("(?:%s)?(?:%s)" % (alternation(cfg["zone_modifiers"]), alternation(cfg["zone_suffixes"])))
    readings: dict[str, list[_Cand]] = {}
    for surface, cand in _division_readings(cfg, zone):
        if len(surface) >= 2:
            readings.setdefault(surface, []).append(cand)
    for book in ("gazetteer.csv", "world.csv"):
        readings.update(_gazetteer_readings(book))
    datelines = {}
    for surface, cands in _gazetteer_readings(world_cities.BOOK).items():
        if all(c.guard == world_cities.DATELINE_GUARD for c in cands):
            datelines[surface] = cands[0].row  # read in a dateline only (``filed_abroad``), and its text (``named_from``)
        else:
            readings.setdefault(surface, cands)  # derived, not reviewed: any reading of the same surface above stands
    for surface, cand in _region_readings(cfg):
        readings.setdefault(surface, [cand])  # a division's or the gazetteer's reading of the same surface stands
    for key in ("home_names", "home_names_read"):
        for province, names in cfg[key].items():
            unit = divisions.province_unit(province)
            if unit is None:
                raise ValueError(f"codebooks/places.yml: {key} names {province!r}, which is no province-level unit")
            for name in names:
                readings[name] = [_Cand(_unit_row(unit), False, guard="home")]
    surfaces = Occurrences({surface: (tuple(cands), any(not c.guard for c in cands)) for surface, cands in readings.items()})
    return _Lexicon(
        surfaces, frozenset(w for w, cands in readings.items() if any(c.guard for c in cands)), zone,
        re.compile(alternation(cfg["foreign_organ_words"])),
        re.compile(r"[\u4e00-\u9fff%s]{2,%d}?(?<![%s])(?:%s)" % (LIST_MARK, cfg["foreign_organ_name_max"], cfg["foreign_organ_not_before_ending"],
                                                         alternation(cfg["foreign_organ_endings"]))),
        cfg["foreign_organ_name_stops"], cfg["foreign_organ_inner"], cfg["foreign_organ_not_after_ending"],
        frozenset(cfg["foreign_organ_words"]) | frozenset(cfg["foreign_organ_endings"]) | _registered_organs(),
        re.compile(alternation(w for w in yaml_book(__package__, "org_patterns.yml")["not_in_names"] if len(w) > 1)),
        re.compile(r"[\u4e00-\u9fff]{1,6}?(?:%s)" % "|".join(cfg["township_suffixes"])),
        re.compile(r"[\u4e00-\u9fff]{1,5}?(?:%s)" % "|".join(cfg["village_suffixes"])),
        cfg["home"]["min_mentions"], cfg["home"]["share"], cfg["crossing_word_min_frequency"], tuple(cfg["area_words"]),
        tuple(cfg["county_own_bodies"]), tuple(cfg["township_suffixes"] + cfg["village_suffixes"]),
        re.compile("[%s]?(?:%s)" % ("".join(cfg["street_sides"]), alternation(cfg["street_endings"]))),
        re.compile(alternation(cfg["foreign_city_organs"])), tuple(cfg["gate_generics"]),
        re.compile(alternation(cfg["foreign_division_organs"])), datelines, re.compile(cfg["counties_closing"]))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """Words of two to four characters from jieba's dictionary: the common ones (frequent enough to be read
    as words wherever they stand) and those that begin with a guarded name and are no place names (part of
    speech other than ns). Read once per process, when a guarded name or a word running into a name needs them."""
    import importlib.resources

    lex = _lexicon()
    text = importlib.resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    rows = JIEBA_WORD_LINE.findall(text)  # (word, frequency, tag): one regex pass, half the time of splitting every line
    common = frozenset(w for w, f, _ in rows if int(f) >= lex.crossing_min_frequency)
    heads = frozenset(w for w, _, tag in rows if tag != "ns" and (w[:2] in lex.guarded_names or w[:3] in lex.guarded_names))
    return common, heads


@lru_cache(maxsize=1)
def _generics() -> tuple[str, ...]:
    """The generics that end the names of features, sites and facilities (港, 湖, 平原, 水库, 景区, 机场)."""
    cfg = yaml_book(__package__, "places.yml")
    return tuple(cfg["feature_suffixes"] + cfg["site_suffixes"] + cfg["landform_suffixes"] + cfg["facility_suffixes"])


@lru_cache(maxsize=1)
def feature_generics() -> frozenset[str]:
    """The generics of features, sites and facilities (``_generics``), to look one up."""
    return frozenset(_generics())


@lru_cache(maxsize=4096)
def place_name(word: str) -> bool:
    """Whether ``word`` is a name the divisions, the gazetteer or the world list read as a place (黔江, 通江: districts)."""
    return any(s == 0 and e == len(word) for s, e, _ in _lexicon().surfaces.find(word))


def unit_named(name: str) -> tuple | None:
    """The one prefecture or county ``name`` names in the place lexicon (丹江口 → 丹江口市), as its row (province, city,
    county, level, code, country), or None for a name of several places or of none, and for an everyday word that needs
    a chain to be a place (石门, 东风)."""
    readings = [c for s, e, (cands, _) in _lexicon().surfaces.find(name) if s == 0 and e == len(name) for c in cands]
    if len(readings) != 1 or readings[0].guard == "context" or readings[0].row[3] not in NAMED_ONCE_LEVELS:
        return None
    return readings[0].row


def common_words() -> frozenset[str]:
    """jieba's words frequent enough to be read as words wherever they stand (``_words``)."""
    return _words()[0]


def _crossed(view: str, s: int, e: int, names: frozenset = frozenset()) -> bool:
    """Whether a common word (two to four characters) runs across an edge of ``view[s:e]`` (乡镇雄: 乡镇 crosses into
    镇雄); spans in ``names`` (other place names found) do not count as such words. Only the spans across an edge are
    read."""
    return _crossed_at(view, s, max(0, s - 3), names) or _crossed_at(view, e, max(s + 1, e - 3), names)


def _crossed_at(view: str, edge: int, first: int, names: frozenset = frozenset()) -> bool:
    """Whether a common word from ``first`` or later runs across ``edge`` (电信|江苏: 电信 across 信江's start), none of
    ``names``."""
    common, n = _words()[0], len(view)
    return any(view[a:b] in common and (a, b) not in names for a in range(first, edge) for b in range(edge + 1, min(n, a + 4) + 1))


def _inside_word(view: str, s: int, e: int) -> bool:
    """Whether ``view[s:e]`` is part of a longer word: a common one that runs across its edge, or one that
    it begins (普洱茶, 文山会海) and that is no place name itself (腾冲县)."""
    heads = _words()[1]
    return _crossed(view, s, e) or any(view[s:b] in heads for b in range(e + 1, min(len(view), s + 4) + 1))


@lru_cache(maxsize=1)
def _route_kind() -> re.Pattern:
    """What a line's or a road's name ends in after its ends (places.yml ``route_kinds``: 铁路, 高速公路, 段)."""
    return re.compile(alternation(yaml_book(__package__, "places.yml")["route_kinds"]))


def _route_end(view: str, s: int, e: int, province: str | None, lex: "_Lexicon") -> bool:
    """Whether ``view[s:e]``, read in ``province`` (any, for None), is an end of a route's name (大同 in 集宁经大同至
    原平高铁, 龙岩至武平段): a place name, everyday word or not, that a link (至, 经) joins to another place name in the
    same province or one bordering it, the last of them running into the kind of route. Not a name whose 至 or 经 opens a word (赵永平|至今…
    这段公路, 白银|经…手段: the other end is no place's name)."""
    if view[s - 1 : s] in ROUTE_LINKS and _an_end_before(view, s - 1, province, lex) and _runs_to_a_route(view, e, province, lex, 0):
        return True
    return view[e : e + 1] in ROUTE_LINKS and _runs_to_a_route(view, e, province, lex, 0)


def _runs_to_a_route(view: str, at: int, province: str | None, lex: "_Lexicon", depth: int) -> bool:
    """Whether the kind of route follows ``at``, or a link and another place name near ``province`` that runs into it."""
    if _route_kind().match(view, at):
        return depth > 0 or view[at - 1 : at] not in ROUTE_LINKS
    if view[at : at + 1] not in ROUTE_LINKS or depth >= ROUTE_ENDS:
        return False
    window = view[at + 1 : at + 1 + ROUTE_NAME_MAX]
    return any(s == 0 and _near(cands, province) and _runs_to_a_route(view, at + 1 + e, province, lex, depth + 1)
               for s, e, (cands, _) in lex.surfaces.find(window))


def _an_end_before(view: str, link: int, province: str | None, lex: "_Lexicon") -> bool:
    """Whether a place name near ``province`` ends right before the link at ``link`` (集宁|经大同)."""
    window = view[max(0, link - ROUTE_NAME_MAX) : link]
    return any(e == len(window) and _near(cands, province) for _, e, (cands, _) in lex.surfaces.find(window))


def _near(cands: tuple, province: str | None) -> bool:
    """Whether a reading of a name lies in ``province`` or a province bordering it (any, for None)."""
    return province is None or any(c.province == province or c.province in _neighbours().get(province, ()) for c in cands)


def route_follows(view: str, at: int) -> bool:
    """Whether a route's name goes on at ``at`` from the place name before it (集宁|经大同至原平高铁), not a word that
    opens with 至 or 经 (长寿区|至今…, 卫生院|经过三年改造)."""
    return view[at : at + 1] in ROUTE_LINKS and _runs_to_a_route(view, at, None, _lexicon(), 0)


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """Each province's bordering provinces (places.yml ``province_neighbours``, each pair listed once)."""
    out: dict[str, set[str]] = {}
    for province, others in yaml_book(__package__, "places.yml")["province_neighbours"].items():
        for other in others:
            out.setdefault(province, set()).add(other)
            out.setdefault(other, set()).add(province)
    return {p: frozenset(o) for p, o in out.items()}


ROUTE_LINKS = "至经"
HOME_GUARD = "home"  # see _Cand.guard
ROUTE_ENDS = 3  # places a route's name joins (集宁经大同至原平)
ROUTE_NAME_MAX = 5  # characters of one of them


def _routed(c: _Cand, view: str, s: int, e: int, home: set[str], lex: "_Lexicon") -> bool:
    """Whether a guarded reading stands as an end of a route's name: in its province where the text is about one (德清至
    新市公路 is no road to 新疆's 新市区), not inside a word."""
    return c.guard == HOME_GUARD and (not home or c.province in home) and _route_end(view, s, e, c.province, lex) \
        and not _inside_word(view, s, e)  # (not an everyday word: 太平至新华段 are towns)


def _matches(lex: _Lexicon, chunk: str) -> tuple[list, list]:
    """Every match of a surface, (start, end, readings), split into those with an unguarded reading and the
    rest; one pass of the automaton finds both."""
    main, guarded = [], []
    for start, end, (cands, unguarded) in lex.surfaces.find(chunk):
        (main if unguarded else guarded).append((start, end, cands))
    return main, guarded


def _spans(view: str, start: int, main: list, guarded: list, home: set[str], lex: _Lexicon) -> list:
    """Leftmost-longest matches of the surfaces with an unguarded reading and of the guarded ones that may
    stand where they are: alone, or in a chain (right after another match). A guarded name that can stand
    nowhere never hides a place that would be found without it (天水 stays when 天水围 may not)."""
    ends = {e for _, e, _ in main} | {e for _, e, _ in guarded}
    maybe = [(s, e, cands) for s, e, cands in guarded if s in ends or any(
        _alone(c, view, start + s, start + e, home, bool(lex.zone.match(view, start + e)))
        or _routed(c, view, start + s, start + e, home, lex) for c in cands)]
    return leftmost_longest(_unyielding(view, start, main) + maybe)


_ONE_MORE = bytes([1, 2] + [2] * 254)  # a count up to 2, plus one


def _unyielding(view: str, start: int, main: list) -> list:
    """Matches without those that yield: a name that a word runs into (顺应城市: 顺应/城市, so no 应城市; 天山南北
    is one word, so no 山南; 医保定点: no 保定), and a short name that overlaps another match where a
    common word that is no other place name runs across its edge (美丽江苏: 美丽 crosses into 丽江, so 江苏 stands).
    Names from the reviewed gazetteer stand, unless jieba reads them as the end of another place's name (城|西湖)."""
    cover = bytearray(max((e for _, e, _ in main), default=0))  # matches over each character, counted up to 2
    for s, e, _ in main:
        cover[s:e] = cover[s:e].translate(_ONE_MORE)
    names = frozenset((start + s, start + e) for s, e, _ in main)
    chained = _chained_pairs(main, start)
    return [(s, e, cands) for s, e, cands in main if any(c.fixed for c in cands) and not _a_local_tail(view, start + s, start + e, cands) or (
        (2 not in cover[s:e] or any(c.full for c in cands) and not _suffix_opens_a_word(view, start + e)
         or not _crossed(view, start + s, start + e, names))
        and _starts_a_word(view, start + s, start + e, chained) and not _names_a_gate(view, start + s, start + e))]


def _names_a_gate(view: str, s: int, e: int) -> bool:
    """Whether the name opens a city gate's, which jieba reads as one place name with the gate's generic (广安门, a gate
    of 北京 and its 街道, no place of 广安; places.yml ``gate_generics``): the gate lies in another city."""
    generic = next((g for g in _lexicon().gate_generics if view.startswith(g, e)), None)
    if generic is None:
        return False
    word, tag = tagged(view[s : e + len(generic) + SEGMENT_WINDOW])[0]
    if len(word) != e - s + len(generic) or tag != PLACE_TAG:
        return False
    after = tagged(view[e : e + len(generic) + 1])  # 广安|门户, 门店: the generic opens a noun with the next character
    return not (len(after) == 1 and after[0][1].startswith(NOUN_TAG))


NOUN_TAG = "n"  # jieba's nouns (门户, 门店); 门外, 门内, 门前 are locatives (s), which a gate's name takes

def _a_local_tail(view: str, s: int, e: int, cands: tuple) -> bool:
    """Whether a name of the gazetteer in China is the end of another place's name (城|西湖), not after a conjunction or a
    direction that jieba reads with it (和|澳洲, 南|北疆)."""
    return (all(c.row[-1] == CHINA for c in cands) and s > 0 and view[s - 1] not in NOT_A_HEAD
            and tail_of_a_place(view, s, e))


NOT_A_HEAD = CONJUNCTIONS + "东南西北中"  # characters before a name that jieba may read into it, which open no other place's name


def tail_of_a_place(view: str, s: int, e: int) -> bool:
    """Whether jieba reads ``view[s:e]`` with the one character before it as one place name (城西湖, a lake of its own,
    is no 西湖)."""
    if s == 0 or not is_cjk(view[s - 1]):
        return False
    words = tagged(view[s - 1 : e + SEGMENT_WINDOW])
    return bool(words) and len(words[0][0]) == e - s + 1 and words[0][1] == PLACE_TAG



def _chained_pairs(main: list, start: int) -> frozenset:
    """(start of a name, start of the name right after it) for adjacent names that some of their readings chain, the
    second inside the first (吉林 + 长春: 长春市 lies in 吉林省; ``_inside``), in view offsets: jieba reads some such
    pairs as one word, which is then no word running into the second name."""
    by_end = {}
    for s, e, cands in main:
        by_end.setdefault(e, []).append((s, cands))
    return frozenset((start + ps, start + s) for s, _, cands in main for ps, parents in by_end.get(s, ())
                     if any(_inside(c.row, p.row) for c in cands for p in parents))


def _suffix_opens_a_word(view: str, e: int) -> bool:
    """Whether the level suffix that ends a name at ``e`` opens an area word (西安区|域: 区域): then the name is the
    shorter one it overlaps (西安, not the district 西安区 of 辽源)."""
    return view.startswith(_lexicon().area_words, e - 1)


SEGMENT_WINDOW = 4  # characters on each side of a name that segmentation reads with it
BODY_TAG = "nt"  # jieba's part of speech for the name of a body (中共云南省委), which may hold a place's name
PLACE_TAG = "ns"  # jieba's part of speech for a place name (首都北京)
WORD_SYMBOLS = "+#&._%-"  # the only characters neither letters nor digits that jieba puts inside a word


def _starts_a_word(view: str, s: int, e: int, chained: frozenset = frozenset()) -> bool:
    """Whether jieba's segmentation of the name with a few characters around it starts a word where the name
    starts, or puts it inside the name of a body. Only the start is read: a place name runs on into words of
    its own (上海港, 台湾同胞, 天津市委), but a word running into it means the name was read across a word, unless
    the word opens with a name that the name chains with (``chained``: jieba reads 吉林长春 as one word) or is a common
    word that names no place and the name, and jieba tags the whole as a place (首都北京; not 马里兰州, 万古长春, 三明治)."""
    if s == 0 or not view[s - 1].isalnum() and view[s - 1] not in WORD_SYMBOLS:
        return True  # after punctuation or a space no word runs into the name: nothing to segment
    at = max(0, s - SEGMENT_WINDOW)
    for word, tag in tagged(view[at : e + SEGMENT_WINDOW]):
        after = at + len(word)
        if at < s < after:  # a word that ends with the name is a common word and the name (首都北京, 古城西安)
            return tag == BODY_TAG or (at, s) in chained or after == e and tag == PLACE_TAG and _epithet(view[at:s])
        if after > s:
            return True
        at = after
    return True


def _epithet(word: str) -> bool:
    """Whether a word may stand before a place name inside one jieba word: a common word that is no place (首都, 古城)."""
    if word not in _words()[0]:
        return False
    main, guarded = _matches(_lexicon(), word)
    return not any(e - s == len(word) for s, e, _ in main + guarded)


def _named(spans: list[tuple[int, int, tuple]], unit=lambda row: row[0]) -> Counter:
    """Mentions per province (or per the unit ``unit`` reads from a reading's row), counting only spans that are
    places without context (an unguarded reading) and whose readings all lie in one such unit."""
    votes = Counter()
    for _, _, cands in spans:
        units = {unit(c.row) for c in cands}
        if len(units) == 1 and any(not c.guard for c in cands) and "" not in units:
            votes[units.pop()] += 1
    return votes


def _abroad(row: tuple) -> str:
    """The country of a reading abroad, "" for a place in China."""
    return row[5] if row[5] != CHINA else ""


def _home(votes: Counter, lex: _Lexicon, others: int = 0) -> set[str]:
    """The provinces (or countries) a text is about: those with enough of its unambiguous mentions, and a large enough
    share of them and of ``others``, its mentions of other kinds of unit."""
    total = sum(votes.values()) + others
    return {p for p, n in votes.items() if n >= lex.home_min and n >= lex.home_share * total}


def home_of(votes: Counter, others: int = 0) -> set[str]:
    """The units (of any level) a text is about, from its mentions of each (``votes``) and ``others``, its other mentions."""
    return _home(votes, _lexicon(), others)


def home(places: list[Place], abroad_counted: bool = False) -> set[str]:
    """The provinces a text is about, from the places found in it (the thresholds of ``_home``), or the region whose
    own names for itself it says often enough (本港 twice; ``_own_region``). ``abroad_counted``: a province's share is
    of the places abroad too, as a country's is of those at home (``home_abroad``): a report from 塔什干 that names
    新疆 three times among twenty places of 乌兹别克斯坦 is not about 新疆."""
    abroad = sum(1 for p in places if p.country != CHINA and not p.short) if abroad_counted else 0
    found = _home(Counter(p.province for p in places if p.province), _lexicon(), abroad)
    if found:
        return found
    names, least = _home_names()  # only a text about the region finds its names as places (``_own_region``)
    said = Counter(p.province for p in places if p.mention in names)
    return set(said) if len(said) == 1 and sum(said.values()) == len(places) >= least else set()


def home_abroad(places: list[Place]) -> frozenset[str]:
    """The countries abroad a text is about (the thresholds of ``_home``, a country's share counted over all its
    places, at home too): a report from 柬埔寨, not a work report that names 越南 now and then."""
    abroad = Counter(p.country for p in places if p.country != CHINA and not p.short)
    return frozenset(_home(abroad, _lexicon(), sum(1 for p in places if p.country == CHINA)))


def dateline_countries(named: str, places: list[Place]) -> frozenset[str]:
    """The countries abroad of a joint dispatch's places that its text names too (新华社万象/金边/利马11月18日电 and 老挝,
    柬埔寨, 秘鲁 in the text): a correspondent who files from several countries reports on each of them, as a text that
    names a country often does (``home_abroad``). Not a dispatch from one city: a regional bureau (布鲁塞尔, 内罗毕, 日内瓦)
    reports on the region or the world from there. The dateline's slot holds places only, so a name that needs context
    elsewhere (万象, 金边: everyday words too) counts; one that may be a place at home as well counts for no country."""
    parts = DATELINE_PLACES.split(named)
    if len(parts) < 2:
        return frozenset()
    out = set()
    for name in parts:
        rows = [c.row for s, e, (cands, _) in _lexicon().surfaces.find(name) if s == 0 and e == len(name) for c in cands]
        countries = {_abroad(row) for row in rows}
        if len(countries) == 1 and "" not in countries:
            out |= countries
    return frozenset(out & {p.country for p in places})


DATELINE_PLACES = re.compile("[/／]")  # between the places of a joint dispatch


def filed_abroad(named: str) -> bool:
    """Whether a dateline's place (新华社关丹电, 新华社万象/金边电) lies abroad: one of its places is read abroad only. The
    slot holds places only, so a name that needs context elsewhere counts (关丹, 万象), as in ``dateline_countries``."""
    lex = _lexicon()
    for name in DATELINE_PLACES.split(named):
        rows = [c.row for s, e, (cands, _) in lex.surfaces.find(name) if s == 0 and e == len(name) for c in cands]
        if rows and all(_abroad(row) for row in rows) or not rows and name in lex.datelines:
            return True
    return any(p.country != CHINA for p in find(named))


def named_from(view: str, named: str, found: list[Place]) -> list[Place]:
    """The city abroad a dispatch was filed from, where its text names it again (新华社关丹电 … 关丹港位于…, 从关丹运到巴生):
    a city read in datelines only (world_cities.csv ``dateline``: short, or a word too) is a place in the text its
    dateline names it in, where no place was found and it stands as a word of its own, unless it is a common word (汉堡)."""
    row = _lexicon().datelines.get(named)
    if row is None or named in common_words():
        return []  # (新华社汉堡电 … 汉堡套餐: a word of its own elsewhere)
    covered_at = covered(len(view), found)
    out = []
    at = view.find(named)
    while at >= 0:
        e = at + len(named)
        if not any(covered_at[at:e]) and not _inside_word(view, at, e):
            out.append(Place(at, e, named, row[0], row[1], row[2], row[3], row[4], row[5]))
        at = view.find(named, e)
    return out


def named_beside_abroad(view: str, found: list[Place]) -> list[Place]:
    """The cities abroad read in datelines only (汉堡, a word too) that the text names right after their country (德国汉堡)
    or in a list with another place abroad (至汉堡、鹿特丹等欧洲港口): there the city is no hamburger. Each is read at a
    place abroad's edge, so most texts cost nothing."""
    datelines = _lexicon().datelines
    taken = covered(len(view), found)
    out = []
    for p in found:
        if p.country == CHINA:
            continue
        spans = []
        if p.level == "country":
            spans += [(p.end, p.end + n) for n in DATELINE_NAME_LENGTHS if datelines.get(view[p.end : p.end + n], ("",) * 6)[5] == p.country
                      and _a_city_goes_on(view, p.end + n, p.start)]
        if p.level != "country" and view[p.end : p.end + 1] in LIST_JOINS:  # a list of cities (not 美国汉堡、日本寿司)
            spans += [(p.end + 1, p.end + 1 + n) for n in DATELINE_NAME_LENGTHS if view[p.end + 1 : p.end + 1 + n] in datelines
                      and _a_city_goes_on(view, p.end + 1 + n)]
        if p.level != "country" and p.start > 0 and view[p.start - 1] in LIST_JOINS:
            spans += [(p.start - 1 - n, p.start - 1) for n in DATELINE_NAME_LENGTHS
                      if p.start - 1 - n >= 0 and view[p.start - 1 - n : p.start - 1] in datelines]
        s, e = next(((s, e) for s, e in spans if not any(taken[s:e])), (0, 0))
        if e > s:
            row = datelines[view[s:e]]
            out.append(Place(s, e, view[s:e], row[0], row[1], row[2], row[3], row[4], row[5]))
            taken[s:e] = b"\x01" * (e - s)
    return out


DATELINE_NAME_LENGTHS = (4, 3, 2)  # characters of a dateline city's name, longest first
CITY_PORT = ("港", "市")  # a city's port or its 市 right after its name
CITY_ENDS = ("港", "市", "。", "，", "；", "、", "和", "与", "及", "等")  # after a city's name: its port, its 市, a list or a clause
# going on (德国汉堡港, 杜伊斯堡、汉堡; not 汉堡包, 富士山, 比萨深受…)
LOCATIVES = ("在", "至", "到", "赴", "往", "从", "经", "由", "抵达", "访问", "位于", "前往", "落户", "来到")  # before a country
# whose city follows


def _a_city_goes_on(view: str, at: int, country_start: int | None = None) -> bool:
    """Whether what follows a dateline city's name goes on as after a city: its port or its 市 (德国汉堡港是…), or a list's
    mark or the clause's end, after its country's name (``country_start``) only where a word of place stands before the
    country (在德国汉堡设立, 从德国汉堡出发), and then a verb may follow too (在德国汉堡出席). Not a noun it would name a kind of
    (一份意大利比萨, 日本富士苹果, 德国汉堡包: food and brands)."""
    if view.startswith(CITY_PORT, at):
        return True  # 德国汉堡港是欧洲第三大港口: its port, whatever comes before the country
    if country_start is not None and not view.endswith(LOCATIVES, 0, country_start):
        return False
    if view.startswith(CITY_ENDS, at):
        return True
    words = tagged(view[at : at + 4]) if country_start is not None else ()
    return bool(words) and words[0][1].startswith("v")
LIST_JOINS = "、和与及"


def _in_chain(c: _Cand, parent: Place | None) -> bool:
    """Whether ``c`` lies inside the place just before it (山东省 + 枣庄市, 柬埔寨 + 暹粒)."""
    return parent is not None and _inside(c.row, (parent.province, parent.city, parent.county, parent.level,
                                                  parent.code, parent.country))


def _inside(row: tuple, parent: tuple) -> bool:
    """Whether the unit of a reading's ``row`` lies inside the unit of the row ``parent`` (a province's city or
    county, a city's county, a country's city)."""
    province, city, _, level, _, country = row
    if country != parent[5] or LEVEL_RANK.get(level, 0) >= LEVEL_RANK.get(parent[3], 0):
        return False
    return parent[3] == "country" or province == parent[0] and (parent[3] == "province" or city == parent[1])


def _score(c: _Cand, parent: Place | None, home: set[str], provinces: set[str]) -> tuple:
    if c.fixed:
        return (3, 1, 1, 1, 3)
    return (2 if _in_chain(c, parent) else 0, int(c.province in home), int(c.province in provinces), int(c.full),
            LEVEL_RANK[c.row[3]])


def _alone(c: _Cand, view: str, s: int, e: int, home: set[str], zoned: bool) -> bool:
    """Whether a reading may stand here without a chain: an unguarded one always; one that is no everyday
    word before a zone suffix (祥云经开区); a county short name also in a document about its province, and a
    name that begins common words (朝鲜族) also elsewhere, unless it stands inside such a word here; a capital abroad
    that is an everyday word (金边, 河内) only in a text about its country (``home`` holds countries too)."""
    if not c.guard:
        return True
    if c.guard == "opening":  # 信江, 抚河: anywhere but where a word ends in their first character (电信|江苏, 安抚|河北)
        return not _crossed_at(view, s, max(0, s - 3))
    if c.guard == "context":
        return c.row[5] != CHINA and c.row[5] in home and not _inside_word(view, s, e) and not _named_as_a_person(view, s, e)
    if c.full and c.guard == "home" and _heads_its_own(c, view, e) and (e - s >= FULL_WORD_MIN or not _inside_word(view, s, e)):
        return True  # (郏县委; 新城区政府, whose 区政府 is a word: a full name that is an everyday noun heads its own body)
    if zoned and not c.fixed:  # 祥云|经开区; not 市政|和产业园区, where a common word runs across the name's start (nor a
        # gazetteer's locality, guarded where it is a word or another city's name too: 深圳's 新马路|片区 is none of 澳门's)
        return not _crossed_at(view, s, max(0, s - 3))
    listed = c.row[3] == "county" and _listed_as_counties(view, s, e, bool(home))
    return (c.guard != "home" or c.province in home or listed) and not _inside_word(view, s, e)


def _listed_as_counties(view: str, s: int, e: int, homed: bool) -> bool:
    """Whether the name at ``view[s:e]`` is an item of a list its clause closes as counties or places (宜兴、长兴、…肥西、
    庐江等县（市、区）; 淅川、郧阳等地): the text itself says what the short names are; not where a unit before the list
    acts in the places listed (平江县在长寿、安定、南江等地…: its own towns, whatever county 南江 names elsewhere), nor a
    list closed by 等地 alone in a text about a province (``homed``) other than the name's (县委书记深入长寿、安定、南江等地
    in a 平江县 text: its towns)."""
    if view[e : e + 1] != LIST_ITEM_MARK and not view.startswith(COUNTIES_CLOSE, e):
        return False
    opened = max([view.rfind(c, max(0, s - LISTED_REACH), s) for c in CLAUSE_STOPS] + [max(0, s - LISTED_REACH) - 1]) + 1
    if UNIT_ACTS_IN.search(view, opened, s):
        return False
    stop = min((i for i in (view.find(c, e, e + LISTED_REACH) for c in CLAUSE_STOPS) if i >= 0), default=e + LISTED_REACH)
    closing = _lexicon().counties_closing.search(view, e, stop)
    return closing is not None and not (homed and COUNTY_WORD not in closing.group())


UNIT_ACTS_IN = re.compile("[县市区旗州镇乡]在")  # 平江县在…, 宁乡市在…: a unit that acts in places of its own


LIST_ITEM_MARK = "、"
COUNTIES_CLOSE = "等"
COUNTY_WORD = "县"  # a closing that names counties (等县, 等5个县), not places at large (等地)
LISTED_REACH = 40  # characters from a listed name to the end of its list
CLAUSE_STOPS = "，。；：,;:"


@lru_cache(maxsize=1)
def deixis_pattern() -> re.Pattern:
    """全省, 我县, 本市: a word by which a text names the unit it is about (places.yml: deixis_prefixes, deixis_levels)."""
    cfg = yaml_book(__package__, "places.yml")
    return re.compile("[%s][%s]" % ("".join(cfg["deixis_prefixes"]), "".join(cfg["deixis_levels"])))


def _own_unit_words(view: str, start: int, end: int, level: str) -> int:
    """How many times ``view[start:end]`` names its own unit of a level by a word (全县, 我省; not 健全|县乡村)."""
    return sum(m.group().endswith(level) and one_word(view, m.start(), m.end()) for m in deixis_pattern().finditer(view, start, end))


PROVINCE_LEVEL = "省"
OWN_MUNICIPALITY_MIN = 2  # mentions of a municipality or a region whose own unit's word (全市, 全区) any city's text uses


def _own_province(view: str, start: int, end: int, votes: Counter, home: set[str], lex: _Lexicon) -> set[str]:
    """The one province a text names, as the province it is about when it also speaks of its own unit by that
    province's level (全省, 我省; 全市 for 重庆市), as a word, often enough with its mentions (``home``'s threshold): a
    重庆市农业农村委 release that says 重庆 twice and 全市 three times, a city's bulletin that names 辽宁 once and ranks
    the city 全省第7位 again and again."""
    if home or len(votes) != 1:
        return set()
    province, named = next(iter(votes.items()))
    level = province[-1:]  # 省; 市 of a municipality, 区 of an autonomous region
    if level != PROVINCE_LEVEL and named < OWN_MUNICIPALITY_MIN:
        return set()  # any city says 全市, and a 南通 text that names 北京 once is no text about 北京 (通州 is 南通's)
    own = _own_unit_words(view, start, end, level)
    return {province} if own and named + own >= lex.home_min else set()


def _own_county(view: str, start: int, guarded: list, home: set[str], lex: _Lexicon) -> set[str]:
    """The province of the county a text about its own county names only by its short name (利辛 three times, with
    全县 and 我县, in 利辛县's statistics bulletin, which names no province), as a province the text is about: one that
    names no such province, names one county's short name often enough to be about it (``home``'s threshold) and no
    other as often, and speaks of its own unit by the level its name ends with, as a word (全县 for 利辛县; not
    健全|县乡村)."""
    if home:
        return set()
    units = Counter()
    for s, e, cands in guarded:
        rows = {c.row for c in cands}
        if len(rows) == 1 and all(c.guard == "home" and c.row[3] == "county" for c in cands) \
                and not _inside_word(view, start + s, start + e):
            units[rows.pop()] += 1
    often = [row for row, n in units.items() if n >= lex.home_min]
    if len(often) != 1:
        return set()
    level = often[0][2][-1:]
    own = _own_unit_words(view, start, len(view), level)
    return {often[0][0]} if own else set()


def _headline_county(view: str, start: int, guarded: list, home: set[str], votes: Counter, headline: tuple[int, int] | None,
                     lead_end: int) -> set[str]:
    """The province of the one county a headline names by its short name (如沐春风——曾都工业企业抢时争春探访记), as a
    province the text is about: a local paper's headline names the county its story is set in, often the only time
    the story names it. Only for a document's headline (``headline``: its span), in a text about no province yet that
    names no other province and whose lead (up to ``lead_end``) is not about the nation (``nation_named``), and only a short name that is no everyday word
    (``home``'s guard), reads one county, stands as a word of its own, after no surname (张海阳, a person) and neither
    after a verb of going (赴昆山学习考察) nor before a word of origin or a street (海阳籍选手, 海阳路)."""
    if home or start or headline is None or nation_named(view, headline, lead_end):
        return set()
    cfg = yaml_book(__package__, "places.yml")
    surnames = name_cues().surnames
    counties = set()
    for s, e, cands in guarded:
        rows = {c.row for c in cands}
        if headline[0] <= s and e <= headline[1] and len(rows) == 1 and all(c.guard == "home" and c.row[3] == "county" for c in cands) \
                and not _inside_word(view, s, e) and (s == 0 or view[s - 1] not in surnames) \
                and not view.endswith(tuple(cfg["headline_place_not_after"]), 0, s) \
                and not view.startswith(tuple(cfg["headline_place_not_before"]), e):
            counties |= rows
    if len(counties) != 1:
        return set()
    province = next(iter(counties))[0]
    return {province} if set(votes) <= {province} else set()


def nation_named(view: str, headline: tuple[int, int], lead_end: int) -> bool:
    """Whether a text's headline names the country (杭州亚运会中国代表团) or its lead (up to ``lead_end``) speaks of the
    nation as a whole (全国, 我国): one whose headline names a place may be about the country (从义乌看中国外贸韧性|今年前三季度，
    我国…), not the place; a story's later 全国重型渣土车专业生产企业 praises a company of its own county."""
    cfg = yaml_book(__package__, "places.yml")
    return any(w in view[: max(lead_end, headline[1])] for w in cfg["nation_words"]) or any(
        w in view[headline[0] : headline[1]] for w in cfg["headline_nation_words"])


@lru_cache(maxsize=1)
def _home_names() -> tuple[dict[str, str], int]:
    cfg = yaml_book(__package__, "places.yml")
    return {name: region for region, names in cfg["home_names"].items() for name in names}, cfg["home_names_min"]


def _own_region(view: str, start: int, guarded: list, elsewhere: bool) -> set[str]:
    """The region a text that names no other place calls by the names it uses for itself (本港, 全港), each a word
    of its own (not 资本|港), often enough (places.yml: home_names_min). ``elsewhere``: the text names an unambiguous
    place or is about one already; a guarded name of a place elsewhere (如东, a county's short name) counts too."""
    if elsewhere:
        return set()
    names, least = _home_names()
    said, other = Counter(), False
    for s, e, cands in guarded:
        surface = view[start + s : start + e]
        if surface not in names:
            other = other or not _inside_word(view, start + s, start + e)
        elif one_word(view, start + s, start + e):
            said[names[surface]] += 1
    return {region for region, n in said.items() if n >= least} if len(said) == 1 and not other else set()


def _named_as_a_person(view: str, s: int, e: int) -> bool:
    """Whether a city's name abroad stands as a person's there: a title ends right before it (国防部长|奥斯汀, 农业部长|
    罗德里格斯) or a foreign name's dot follows it (弗拉基米尔|·普京), as for the names cities share with people."""
    c = name_cues()
    return view.startswith(tuple(c.name_dots), e) or any(m.end() == s for m in c.titles.finditer(view, max(0, s - TITLE_READ), s))


TITLE_READ = 6  # characters before a name read for a person's title


def _heads_its_own(c: _Cand, view: str, e: int) -> bool:
    """Whether a county's full name of two characters (郏县) goes on into its own government (郏县人民政府, 郏县县委) or
    one of its own towns (郏县黄道镇): a place, whatever the text is about."""
    lex = _lexicon()
    if view.startswith(lex.own_bodies, e):
        return True
    town = lex.town.match(view, e)
    return town is not None and town.group() in divisions.load().towns.get(c.row[4], frozenset())


def _admissible(c: _Cand, view: str, s: int, e: int, parent: Place | None, home: set[str], zoned: bool) -> bool:
    """Whether a reading may stand here: alone (see ``_alone``), or in a chain (云南腾冲, 老挝万象)."""
    return _in_chain(c, parent) or _alone(c, view, s, e, home, zoned)


def _pick(cands: tuple, view: str, s: int, e: int, parent: Place | None, home: set[str], provinces: set[str],
          zoned: bool) -> _Cand | None:
    """The best admissible reading; a guarded surface with two equally good readings stays unresolved."""
    ok = [c for c in cands if _admissible(c, view, s, e, parent, home, zoned)]
    if len(ok) <= 1:
        return ok[0] if ok else None  # most names: one reading, nothing to rank
    ranked = sorted(ok, key=lambda c: _score(c, parent, home, provinces), reverse=True)
    if len(ranked) > 1 and all(c.guard for c in ranked) and _score(ranked[0], parent, home, provinces) == _score(ranked[1], parent, home, provinces) \
            and not (ranked[0].full and _heads_its_own(ranked[0], view, e)):  # (新城区政府: a district's, whichever it is)
        return None
    return ranked[0]


def _set(place: Place, row: tuple) -> None:
    place.province, place.city, place.county, place.level, place.code, place.country = row


def _continue_down(view: str, place: Place, lex: _Lexicon) -> None:
    """Counties continue into towns and villages (上高县塔下乡田北村); a place into a zone named after it, and a
    province or prefecture into a zone of its own name after it (黔西南州|义龙|新区, 贵州|贵安|新区)."""
    zone = lex.zone.match(view, place.end)
    if zone:
        place.end = zone.end()
    elif place.level in ("province", "prefecture"):
        place.end = _named_zone(view, place.end, lex)
    elif place.level in ("county", "township"):
        m = lex.town.match(view, place.end)
        towns = divisions.load().towns.get(place.code, frozenset())
        if m and place.level == "county" and (m.group() in towns or not towns):
            place.end = m.end()
            place.level = "township"
        m = lex.village.match(view, place.end)
        if m and place.level == "township":
            place.end = m.end()
            place.level = "village"
    place.mention = view[place.start : place.end]


ZONE_NAME = (2, 4)  # characters of a zone's own name (义龙, 贵安)
ZONE_NAME_TAGS = ("ns", "nz", "nr")  # jieba's tags of names: not 重点|开发区, 省级|开发区


def _named_zone(view: str, at: int, lex: _Lexicon) -> int:
    """Where a zone that ``view[at:]`` names by a name of its own (a single word jieba tags as a name) ends, or ``at``
    when no such zone follows."""
    for n in range(ZONE_NAME[0], ZONE_NAME[1] + 1):
        zone = lex.zone.match(view, at + n)
        if zone is not None:
            words = tagged(view[at : at + n])
            named = len(words) == 1 and words[0][1] in ZONE_NAME_TAGS
            return zone.end() if named and not lex.surfaces.find(view[at : at + n]) else at  # 湖北|襄阳|高新区: a chain
    return at


def find(view: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Place mentions in ``view[start:end]``; adjacent mentions that form a chain are merged.

    The provinces the span is about (home) and those it names unambiguously break ties for the
    ambiguous mentions; a country named just before a body of its state (美国劳工部) is no place.
    """
    return find_with_bodies_abroad(view, start, end)[0]


def _registered_organs() -> frozenset[str]:
    """The registry's names and aliases of China's bodies: common words that are organs wherever a state has them
    (教育部, 统计局), unlike the common words that only end like one (格局, 餐厅)."""
    return frozenset(surface for row in csv_book(__package__, "organizations.csv")
                     for surface in [row["name"]] + [a for a in row["aliases"].split("|") if a])


FOREIGN_ORGAN_LAST = ("部", "局", "署", "厅")  # organ words that a following character can make part of another word


def _organ_by_shape(view: str, at: int, lex: _Lexicon) -> re.Match | None:
    """A state's organ named as China's are, right after its country's name (柬埔寨|旅游部, 柬埔寨|民航局), or None."""
    m = lex.foreign_organ_shape.match(view, at)
    if m is None or view[at] in lex.foreign_organ_inner + LIST_MARK:
        return None
    listed = m.group().rfind(LIST_MARK)
    if listed >= 0 and not any(c in m.group()[listed:] for c in lex.foreign_organ_inner):
        return None  # 投资、贸易和工业部: fields listed inside the name end with a conjunction (not 美国、日本…)
    stops = set(lex.foreign_organ_name_stops) - set(lex.foreign_organ_inner)
    if _holds_a_function_word(m.group(), stops) or _ends_a_common_word(view, m.end(), lex) \
            or lex.foreign_organ_verbs.search(m.group()):
        return None
    return m


def _holds_a_function_word(name: str, stops: set[str]) -> bool:
    """Whether a function word stands in ``name`` as a word of its own (柬埔寨|在旅游部, 的): a stop's character inside a
    word of the name (对外经济 in 外交与对外经济部, Hungary's ministry) is none."""
    return any(ch in stops for ch in name) and any(word in stops for word, _ in tagged(name))


LIST_MARK = "、"  # between the fields a ministry's name lists (投资、贸易和工业部)


def _ends_a_common_word(view: str, end: int, lex: _Lexicon) -> bool:
    """Whether the organ word's last character ends a common word that is no organ (僵局, 格局, 餐厅, 俱乐部, 咖啡厅):
    jieba's frequent words of two or three characters, less the organ words states have (外交部, 教育部, 统计局)."""
    common = _words()[0]
    return any(view[end - k : end] in common and view[end - k : end] not in lex.foreign_organ_words for k in (2, 3))


def _runs_on(view: str, end: int, lex: _Lexicon) -> bool:
    """Whether an organ word ending at ``end`` opens a longer word (外交部门, 外交部长, 局面): no body is named."""
    return view[end - 1 : end] in FOREIGN_ORGAN_LAST and view[end : end + 1] in tuple(lex.foreign_organ_not_after)


LOCAL_NAME_MIN = 3  # characters of a town's or village's name that stands alone (水口镇, 马楼村; not 东村)


def _local_units(view: str, start: int, end: int, places: list[Place], lex: _Lexicon, home: set[str] = frozenset()) -> list[Place]:
    """Towns and villages the text names alone that lie in a county it names: a town of that county (水口镇 in a text
    on 乐山市市中区, by the division list's towns), or a town or village it named in full before (阳谷县十五里园镇马楼村 …
    马楼村); and in a text about one province, a town of it that no other county of the province names alike, in a
    prefecture the text names (长临河镇 in a report on 安徽 that names 合肥's places, ``_province_towns``). Each is read
    as a place in that county; one found alone goes on into no village (十五里园镇|党委以村为单位). Looked for where the
    text writes a town's or village's ending, so a text naming many counties costs little more."""
    units: dict[str, tuple] = {}  # name -> (province, city, county, code) of its county
    seen: set[str] = set()
    for p in places:
        if p.country != CHINA or p.level not in ("county", "township", "village") or not p.county:
            continue
        if p.code not in seen:
            seen.add(p.code)
            for town in _towns_of(p.code):
                units.setdefault(town, (p.province, p.city, p.county, p.code))
        if p.level == "village":
            village = lex.village.search(p.mention, p.mention.rfind(next((t for t in ("镇", "乡", "街道") if t in p.mention), "村")) + 1)
            if village is not None and len(village.group()) >= LOCAL_NAME_MIN:
                units.setdefault(village.group(), (p.province, p.city, p.county, p.code))
    by_province = _province_towns(next(iter(home))) if len(home) == 1 else {}
    if not units and not by_province:
        return []
    found = []
    for ending in lex.local_endings:
        at = view.find(ending, start, end)
        while at >= 0:
            e = at + len(ending)
            name = next((view[e - n : e] for n in range(min(LOCAL_NAME_MAX, e - start), LOCAL_NAME_MIN - 1, -1)
                         if view[e - n : e] in units or view[e - n : e] in by_province), "")
            if name:
                found.append((e - len(name), e, name))
            at = view.find(ending, e, end)
    cover = covered(end, places)
    out: list[Place] = []
    for s, e, name in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if any(cover[s:e]) or name not in units and not _a_town_alone(view, s, e, name, places, home, by_province[name]):
            continue
        province, city, county, code = units.get(name) or by_province[name]
        level = "township" if name in _towns_of(code) else "village"
        out.append(Place(s, e, name, province, city, county, level, code, CHINA))
        cover[s:e] = b"\x01" * (e - s)
    return out


def _a_town_alone(view: str, s: int, e: int, name: str, places: list[Place], home: set[str], county: tuple) -> bool:
    """Whether a province's town named with no county of it stands as a word of its own, named by a word of two characters
    or more that is no common one, whose last character does not make a word with the ending (长临河镇; not 提高|城镇,
    文明|乡风, 中心镇, nor 小集镇, 新市镇, 三乡镇, 东街道: kinds of town, 集镇, 市镇, 乡镇), in a sentence that names no place of
    another province before it (学习江苏经验，借鉴锦溪镇…; 安徽|宏村镇 in a 江西 text: that province's town, not the home
    province's of that name); and only in a prefecture the text
    names a place of (西塘镇 of 岳阳 is no town of a report on a visit to 浙江's towns that names none of 岳阳's places).
    ``county``: the town's county's (province, city, county, code)."""
    ending = next((t for t in _lexicon().local_endings if name.endswith(t)), "")
    body = name[: len(name) - len(ending)]
    if len(body) < 2 or body in common_words() or name[len(body) - 1 :] in common_words() or not stands_apart(view, s, e):
        return False
    unit = county[1] or county[2]  # its prefecture, or its district in a municipality
    opening = max(view.rfind(mark, 0, s) for mark in SENTENCE_ENDS) + 1
    return any((p.city or p.county) == unit for p in places) \
        and not any(opening <= p.start < s and p.country == CHINA and p.province not in home for p in places)


@lru_cache(maxsize=64)
def _province_towns(province: str) -> dict[str, tuple]:
    """The towns of a province (as ``_towns_of`` keeps them) that only one of its counties has, each with that county's
    (province, city, county, code), and whose name is no common word: a text about the province that names one alone names that town."""
    counties: dict[str, list[divisions.Unit]] = {}
    for u in divisions.load().units:
        if u.level == "county" and u.province == province:
            for town in _towns_of(u.code):
                counties.setdefault(town, []).append(u)
    common = common_words()
    return {town: (u[0].province, u[0].city, u[0].county, u[0].code) for town, u in counties.items() if len(u) == 1 and town not in common}


LOCAL_NAME_MAX = 8  # characters of the longest town or village name looked for
SENTENCE_ENDS = ("。", "！", "？", "\n")


def _everyday_counties(view: str, start: int, end: int, places: list[Place]) -> list[Place]:
    """Counties whose short name is an everyday word (沙河, 清河: places.yml's county_short_words) in a text that names
    their prefecture (邢台市), listed with another county of it (内丘建滔醋酸、沙河闽都紧固件) where jieba reads the name
    as a place name standing as a word: a city's report lists its counties by their short names, and these stand
    nowhere else without a chain (中原 is also a region, 新建 a verb, 西夏 a dynasty)."""
    prefectures = {p.code for p in places if p.country == CHINA and p.level == "prefecture"}
    if not prefectures:
        return []
    words = _county_short_words()
    counties = {u.short: u for code in sorted(prefectures) for u in divisions.load().children.get(code, ())
                if u.level == "county" and u.short in words}
    cover = covered(end, places)
    listed = sorted((p for p in places if p.level == "county"), key=lambda p: p.start)
    starts = [p.start for p in listed]
    out: list[Place] = []
    for name, u in counties.items():
        at = view.find(name, start, end)
        while at >= 0:
            e = at + len(name)
            if not any(cover[at:e]) and _beside_a_sibling(at, e, u, listed, starts) and _read_as_a_place(view, at, e):
                out.append(Place(at, e, name, *_unit_row(u)))
            at = view.find(name, e, end)
    return out


SIBLING_REACH = 20  # characters between a county's short name and another county of its prefecture listed with it


def _beside_a_sibling(s: int, e: int, u: divisions.Unit, counties: list[Place], starts: list[int]) -> bool:
    """Whether another county of ``u``'s prefecture stands within ``SIBLING_REACH`` of ``view[s:e]`` (``counties`` the
    county-level places, sorted by ``starts``)."""
    lo = bisect.bisect_left(starts, s - SIBLING_REACH - COUNTY_NAME_MAX)
    hi = bisect.bisect_right(starts, e + SIBLING_REACH)
    return any(p.city == u.city and p.code != u.code and (0 <= s - p.end <= SIBLING_REACH or 0 <= p.start - e <= SIBLING_REACH)
               for p in counties[lo:hi])


COUNTY_NAME_MAX = 16  # characters of the longest county mention with its chain (河北省邢台市沙河市)


def _read_as_a_place(view: str, s: int, e: int) -> bool:
    """Whether jieba reads ``view[s:e]`` as a place name of its own where it stands (沙河|闽都, not 沙河|水 of a river)."""
    at = max(0, s - WORD_WINDOW)
    for word, tag in tagged(view[at : e + WORD_WINDOW]):
        if at == s:
            return at + len(word) == e and tag == PLACE_TAG
        at += len(word)
        if at > s:
            return False
    return False


@lru_cache(maxsize=1)
def _county_short_words() -> frozenset[str]:
    return frozenset(yaml_book(__package__, "places.yml")["county_short_words"])


def covered(length: int, spans) -> bytearray:
    """A mark (1) on each of ``length`` characters that one of ``spans`` (anything with start and end) covers: where
    the readers of names left alone (towns, villages, sites) find nothing more."""
    cover = bytearray(length)
    for p in spans:
        cover[p.start : p.end] = b"\x01" * (p.end - p.start)
    return cover


@lru_cache(maxsize=4096)
def _towns_of(code: str) -> frozenset[str]:
    """A county's towns that may stand alone: a 镇, 乡 or 街道 of three characters or more, no zone the division list
    holds as a town (工业园区, 保税区)."""
    lex = _lexicon()
    return frozenset(t for t in divisions.load().towns.get(code, ()) if LOCAL_NAME_MIN <= len(t) <= LOCAL_NAME_MAX
                     and lex.town.fullmatch(t))


def _resolved(view: str, start: int, end: int, main: list, guarded: list, home: set[str], provinces: set[str],
              lex: _Lexicon) -> list[Place]:
    """The places of ``view[start:end]`` given the provinces it is about: each match's best reading, chains merged,
    zones, towns and villages read on, and the towns and villages it names alone."""
    spans = _spans(view, start, main, guarded, home, lex)
    places: list[Place] = []
    prev: Place | None = None
    read: dict[str, set] = {}  # a name of two readings or more -> the units the text read it as
    for s, e, cands in spans:
        s, e = start + s, start + e
        if prev is not None and s < prev.end:
            continue  # inside a place already extended (a zone, a town)
        parent = prev if prev is not None and prev.end == s else None
        best = _pick(cands, view, s, e, parent, home, provinces, bool(lex.zone.match(view, e))) \
            or next((c for c in cands if _routed(c, view, s, e, home, lex)), None)  # 集宁|经大同至原平高铁
        if best is None:
            continue
        if len(cands) > 1:  # 甘肃临夏州东乡县 … 东乡县教育局: alone, the county the chain named, not 江西's 东乡县 of old (not
            before = read.setdefault(view[s:e], set())  # in a chain of its own, 南昌市|西湖区, nor where the text read it in
            if parent is None and len({row[0] for row in before}) == 1 and best.row[0] not in {row[0] for row in before}:
                best = next((c for c in cands if c.row in before), best)  # two provinces, nor at two levels in one, 香港)
            before.add(best.row)
        if parent is not None and _in_chain(best, parent):
            parent.end = e
            _set(parent, best.row)
        else:
            prev = Place(s, e, view[s:e], *best.row)
            places.append(prev)
        _continue_down(view, prev, lex)
    places = sorted(places + _local_units(view, start, end, places, lex, home), key=lambda p: p.start)
    return sorted(places + _everyday_counties(view, start, end, places), key=lambda p: p.start)


def find_with_bodies_abroad(view: str, start: int = 0, end: int | None = None, headline: tuple[int, int] | None = None,
                            lead_end: int = 0) -> tuple[list[Place], list[tuple[int, int, str]]]:
    """``find``'s places, and the spans of the bodies of states abroad whose country's name it left out: the name
    and the organ word after it (美国劳工部, 阿根廷政府), which are organizations. A city's name, or a country's after
    驻, is a place where a mission sits (中国驻大阪总领事馆, 中国驻美国大使馆). ``headline``: the span of a document's
    headline, which may name the county its story is set in by its short name alone (``_headline_county``), and
    ``lead_end`` where its lead ends."""
    lex = _lexicon()
    end = len(view) if end is None else end
    chunk = view[start:end]
    main, guarded = _matches(lex, chunk)
    named = leftmost_longest(main)
    votes = _named(named)
    # the countries abroad it is about count its places at home too (广西's report names 越南 now and then)
    home, provinces = _home(votes, lex) | _home(_named(named, _abroad), lex, sum(votes.values())), set(votes)
    home |= _own_county(view, start, guarded, home, lex)
    home |= _headline_county(view, start, guarded, home, votes, headline, lead_end)
    home |= _own_province(view, start, end, votes, home, lex)
    home |= _own_region(view, start, guarded, bool(home or named))
    places = _resolved(view, start, end, main, guarded, home, provinces, lex)
    # every place read so far, the towns and villages found once their counties were among them, may make the text
    # about a province that its unambiguous names alone did not: read its guarded names again with it
    more = _home(Counter(p.province for p in places if p.province), lex) - home
    if more:
        places = _resolved(view, start, end, main, guarded, home | more, provinces, lex)
    places = sorted(places + _listed_with_kin(view, start, guarded, places), key=lambda p: p.start)
    places = sorted(places + _named_again(view, start, guarded, places), key=lambda p: p.start)
    for p in places:  # 汶川至马尔康高速公路全长172公里: a route's end, however it was read, places none of its figures
        p.short = p.short or p.country == CHINA and _route_end(view, p.start, p.end, None, lex)
    kept, abroad = [], []
    ends_abroad = {p.end for p in places if p.country != CHINA and p.level == "city"}
    for p in places:  # a city, or a country after 驻, is where a mission sits (中国驻大阪总领事馆, 中国驻美国大使馆)
        if _a_street(view, p, lex, bool(home) and p.country == CHINA and p.province not in home) or _a_village(view, p) \
                or _tail_of_a_feature(view, p) \
                or p.country == CHINA and _inside_a_foreign_name(view, p.start, p.end) or _a_verb_after_a_body(view, p):
            continue
        if p.country == CHINA and p.start in ends_abroad and view[p.start] in LEVEL_SUFFIXES:
            continue  # 首尔|市中区厅: the city abroad's own 市 and district, not 乐山's 市中区 (新加坡|都匀毛尖 stays)
        state = p.country != CHINA and p.level == "country" and view[p.start - 1 : p.start] != STATIONED
        organ = (lex.foreign_organ.match(view, p.end) or _organ_by_shape(view, p.end, lex)) if state else None
        if p.country != CHINA and p.level == "city" and view[p.start - 1 : p.start] != STATIONED:
            organ = lex.foreign_city_organ.match(view, p.end)  # 纽约市政府, 万象市政府: a city's government abroad
        if organ is not None and _runs_on(view, organ.end(), lex) and not ministers_title(view, organ.end()):
            organ = None  # 越南外交部门, 外交部长会议; not 美国商务部长罗斯, who heads 美国商务部
        if organ is None:
            kept.append(p)
        elif organ.end() <= end:
            abroad.append((p.start, organ.end(), p.country))
    kept += _capital(view, start, end, kept)
    abroad += _organs_by_short_name(view, start, end, kept, abroad, home, lex)
    return sorted(kept + _abbreviated(view, start, end, kept) + _states_related(view, start, end, kept), key=lambda p: p.start), abroad


def _organs_by_short_name(view: str, start: int, end: int, places: list[Place], abroad: list, home: set[str],
                          lex: _Lexicon) -> list[tuple[int, int, str]]:
    """The organs of the one country abroad a text is about, named by the country's first character after the text named
    one of them in full (乌兹别克斯坦能源部 … 乌能源部, 乌政府, 乌投资、工业和贸易部: 新华社's short form), where that
    character opens a word and stands after no other character of a word: that country's bodies."""
    countries = {p.country for p in places if p.country != CHINA} & home
    if len(countries) != 1:
        return []
    country = next(iter(countries))
    if not any(c == country for _, _, c in abroad) or any(c != country and c.startswith(country[0]) for _, _, c in abroad):
        return []  # one of its organs named in full first; none of another country of the same first character (乌克兰)
    short, taken = country[0], [(s, e) for s, e, _ in abroad]
    out = []
    at = view.find(short, start, end)
    while at >= 0:
        organ = lex.foreign_organ.match(view, at + 1) or _organ_by_shape(view, at + 1, lex)
        if organ is not None and organ.end() <= end and not any(s <= at < e for s, e in taken) \
                and _short_name_word(view, at, organ.end()) and not _runs_on(view, organ.end(), lex) \
                and not ministers_title(view, organ.end()) and (at == start or not is_cjk(view[at - 1]) or view[at - 1] in SHORT_BEFORE):
            out.append((at, organ.end(), country))
        at = view.find(short, at + 1, end)
    return out


def _short_name_word(view: str, at: int, end: int) -> bool:
    """Whether jieba reads the short name at ``at`` as a word of its own (乌|能源部), or with the organ as one word that
    ends the organ (乌政府); not as the start of another word (老干部|局)."""
    bounds = word_bounds(view, at, end)
    return at in bounds and (at + 1 in bounds or end in bounds and not any(at < b < end for b in bounds))


SHORT_BEFORE = "与和同及、据对向从驻在由"  # what may stand before a country's short name that opens a body's (据|乌能源部)


def bodies_of_divisions_abroad(view: str, found: list[Place]) -> list[tuple[int, int, str]]:
    """The spans of the bodies that a division abroad, named in the characters of foreign names with its generic (彭亨州,
    米尼亚省: ``sites.abroad``), has right after its name (彭亨州|政府, places.yml ``foreign_division_organs``), with its
    country: a state's government abroad, not a 州政府 or 省政府 of China."""
    organs = _lexicon().foreign_division_organ
    spans = []
    for p in found:
        m = organs.match(view, p.end) if p.country != CHINA and p.mention.endswith(DIVISION_GENERICS_ABROAD) else None
        if m is not None and not _runs_on(view, m.end(), _lexicon()):
            spans.append((p.start, m.end(), p.country))
    return spans


DIVISION_GENERICS_ABROAD = ("州", "省", "市", "郡")  # the generics of divisions abroad whose bodies follow their names


def division_organ_at(view: str, at: int) -> bool:
    """Whether a division abroad's own body opens at ``at`` after a generic of divisions (…州|政府, …省|议会)."""
    return view[at - 1 : at] in DIVISION_GENERICS_ABROAD and _lexicon().foreign_division_organ.match(view, at) is not None


def _named_again(view: str, start: int, guarded: list, places: list[Place]) -> list[Place]:
    """A prefecture or county the text named once in full (义乌市) or after its province (浙江义乌), named again by a short
    name that needs context (places.yml ``named_again_verbs``, ``named_again_bodies``) where a place is read: listed
    beside another place (重庆、成都、郑州、义乌等地), after a verb of going or being there with its clause ending (驰援榕江，),
    or before one of its bodies (义乌海关); a full name that is an everyday noun (西安市新城区 … 新城区), anywhere. Elsewhere the name may be a word, a brand or a landmark (白银价格, 福田汽车,
    前往天门山), which the full name vouches nothing for. Units are told apart by their whole row, as Hong Kong's
    districts share its code."""
    named = {(p.province, p.city, p.county, p.level, p.code) for p in places if _named_in_full(p)}
    if not named:
        return []
    verbs, bodies = _named_again_words()
    ends = {p.end for p in places}
    starts = {p.start for p in places}
    taken = covered(len(view), places)
    out = []
    for s, e, cands in guarded:
        s, e = start + s, start + e
        fits = [c for c in cands if c.row[:5] in named]
        if len(fits) != 1 or any(taken[s:e]) or _inside_word(view, s, e) and not fits[0].full:
            continue  # (新城区|政府, 区政府 a word: a full name named again)
        listed = view[s - 1 : s] == LIST_MARK and s - 1 in ends or view[e : e + 1] == LIST_MARK and e + 1 in starts
        went = view.endswith(verbs, 0, s) and view[e : e + 1] in PLACE_CLAUSE_ENDS
        if listed or went or view.startswith(bodies, e) or fits[0].full:  # (a full name that is an everyday noun: 新城区)
            out.append(Place(s, e, view[s:e], *fits[0].row))
            taken[s:e] = b"\x01" * (e - s)
    return out


PLACE_CLAUSE_ENDS = "，。；、"


@lru_cache(maxsize=1)
def _named_again_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    cfg = yaml_book(__package__, "places.yml")
    return tuple(cfg["named_again_verbs"]), tuple(cfg["named_again_bodies"])


def _named_in_full(p: Place) -> bool:
    """Whether a prefecture or county is named by its full name (义乌市, 金华市义乌市) or after its province (浙江义乌): a
    name its short name alone may stand for elsewhere; not a chain of a city and a name (乌鲁木齐|天山国际机场), which
    may be a feature's."""
    if not p.code or p.country != CHINA or p.level not in NAMED_ONCE_LEVELS:
        return False
    province = divisions.province_unit(p.province)
    openings = (p.province, province.short) if province is not None and province.short else (p.province,)
    return p.mention.endswith(p.full_name) or p.mention.startswith(openings) and len(p.mention) > len(p.province)


def _a_verb_after_a_body(view: str, p: Place) -> bool:
    """Whether a place's name opens with a verb of acting together right after a body's name (泸定县市场监管局|会同县文旅局:
    会同 the verb, not 湖南's 会同县; claims.yml ``co_acting``): a body's name follows another's only after a list's mark."""
    return view.startswith(claim_words().co_acting, p.start) and view[p.start - 1 : p.start] in ORGAN_LAST \
        and not view.endswith(HEAD_OFFICE, 0, p.start)


ORGAN_LAST = tuple("局委厅办部院府署处室队所站")  # how the names of government bodies end (市场监管局, 县政府, 发改委)
HEAD_OFFICE = "总局"  # whose branches carry its name before their own (国家税务总局会同县税务局: 会同县's tax bureau)


def _inside_a_foreign_name(view: str, s: int, e: int) -> bool:
    """Whether a place's name at home lies inside a longer run of the characters of foreign names, with one before and
    after it, and jieba reads what follows as a transliterated name (阿|恩施|塔特/nrt: 阿恩施塔特, a German town; not
    平安|海南|根基)."""
    chars = name_cues().transliteration
    if not (s > 0 and e < len(view) and view[s - 1] in chars and view[e] in chars and all(ch in chars for ch in view[s:e])):
        return False
    words = tagged(view[e : e + FOREIGN_READ])
    return bool(words) and words[0][1] in TRANSLITERATED_TAGS


FOREIGN_READ = 6  # characters after a place's name read for the word that goes on a foreign name
TRANSLITERATED_TAGS = ("nrt", "nrf", "nrfg")  # jieba's transliterated names (塔特)
LEVEL_SUFFIXES = "省市州县区"  # what a place at home may open with that a city abroad's name ends with (首尔|市中区)


def _listed_with_kin(view: str, start: int, guarded: list, places: list[Place]) -> list[Place]:
    """Counties named by a short name that needs context (青川, 苍溪), listed right after or before their own prefecture
    or another county of it (四川广元、青川、苍溪等地): a list names places of one kind and one region, so the list's
    neighbour tells which county it is; and prefectures named so (黄山, 大同), listed beside another prefecture of any
    province (海口、…、贵阳、黄山、珠海等20个城市): a list of cities, whose one prefecture of that name it is. Read left
    to right, so a place listed after one found so is found too."""
    if not guarded:
        return []
    kin = [p for p in places if p.country == CHINA and p.level in ("prefecture", "county")]
    by_end, by_start = {p.end: p for p in kin}, {p.start: p for p in kin}
    cover = covered(len(view), places)
    out = []
    for s, e, cands in sorted(guarded, key=lambda m: m[0]):
        s, e = start + s, start + e
        if any(cover[s:e]):
            continue
        left = by_end.get(s - 1) if s > 0 and view[s - 1] in LIST_MARKS else None
        right = by_start.get(e + 1) if e < len(view) and view[e] in LIST_MARKS else None
        for neighbour in (left, right):
            fits = [c for c in cands if neighbour is not None and _kin(c, neighbour)]
            if any(c.row[3] == "prefecture" for c in fits) and e not in word_bounds(view, s, e):
                fits = [c for c in fits if c.row[3] == "county"]  # not 南京、中山|陵: a longer item jieba reads as one word
            if len(fits) == 1:
                place = Place(s, e, view[s:e], *fits[0].row)
                out.append(place)
                by_end[e], by_start[s] = place, place
                cover[s:e] = b"\x01" * (e - s)
                break
    return out


LIST_MARKS = "、和及与"  # between the places of a list


def _kin(c: _Cand, neighbour: Place) -> bool:
    """Whether a reading is of a place listed beside ``neighbour`` as its kin: a county of the same prefecture (仙桃市和白沙:
    two provinces' directly governed counties), or a prefecture beside one the text names by its own name (贵阳、黄山; not
    泰山、黄山, a mountain of 泰安)."""
    if c.row[3] == "county":
        return c.row[1] == neighbour.city and c.row[0] == neighbour.province
    if c.row[3] != "prefecture" or neighbour.level != "prefecture":
        return False
    if neighbour.city.startswith(neighbour.mention):
        return True  # a list of cities, of any province
    return c.row[0] == neighbour.province and _after_its_province(neighbour)  # 广东省惠州、江门: of that province


def _after_its_province(p: Place) -> bool:
    """Whether a prefecture is named by its own name after its province's (广东省惠州, 广东惠州), not by another thing's
    that reads as it (泰山 for 泰安): the list that goes on from it names that province's cities."""
    return any(p.city.startswith(p.mention[k:]) and p.province.startswith(p.mention[: min(k, 2)]) for k in range(2, len(p.mention) - 1))


def visitors_from(view: str, at: int) -> bool:
    """Whether a place ending at ``at`` says where visitors come from (香港旅客佔19.1%), alone or in a list of such places
    (香港及中國台灣旅客, 中國大陸、香港旅客), not where they are counted (三亚游客接待量, 海口旅客吞吐量)."""
    m = _origin_list().match(view, at)
    if m is None:
        bought = _buyers().match(view, at)
        return bought is not None and stands_apart(view, bought.start("noun"), bought.end())
    after = tagged(view[m.end() : m.end() + 4])
    return not (after and after[0][0].endswith(VISITOR_MEASURE_ENDS))


def native_of(view: str, place: Place) -> bool:
    """Whether a place at home names where one person named right after was born (云南籍运动员吴向东: ``claims.yml``
    native_mark after it) or where a person is from (王德新是浙江宁波人，: native_person_mark ending the phrase), not where
    the text's figures are. A group so named (河南籍农民工返乡创业人数, 浙江籍两院院士) is
    that place's statistic, and a country abroad so named (马来西亚籍员工) stays a place of the text's figures."""
    w = claim_words()
    if place.country != CHINA:
        return False
    if view.startswith(w.native_person_mark, place.end):  # 王德新是浙江宁波人，
        return view[place.end + len(w.native_person_mark) : place.end + len(w.native_person_mark) + 1] in PHRASE_ENDS
    if not view.startswith(w.native_mark, place.end):
        return False
    at = place.end + len(w.native_mark)
    return any(flag in PERSON_NAME_TAGS for _, flag in tagged(view[at : at + NATIVE_PERSON_REACH]))


PHRASE_ENDS = ("，", "。", "；", "、", "！", "？", "）", ",", ";", "\n", "")  # what may follow 人 that ends a native's phrase


def reference_point(view: str, place: Place, by_end: dict[int, Place]) -> bool:
    """Whether a place is one another place is measured from or lies next to (距南京主城不到30公里, 紧邻南京江北新区):
    ``claims.yml`` reference_marks right before it or before the places named right before it (南京|江北新区; ``by_end``,
    the text's places by where they end)."""
    at = place.start
    while (before := by_end.get(at)) is not None and before.start < at:
        at = before.start
    return view.endswith(claim_words().reference_marks, 0, at)


NATIVE_PERSON_REACH = 8  # characters after 籍 within which the person it describes is named (运动员吴向东)
PERSON_NAME_TAGS = ("nr", "nrfg")  # jieba's tags of a Chinese person's name


def came_from(view: str, at: int) -> bool:
    """Whether a place starting at ``at`` says where people or goods come from, after an origin verb alone or in a
    list of places after it (来自中国台湾及|中国大陆), not where the figures are."""
    if _origin_verb_before().search(view, max(0, at - ORIGIN_LIST_REACH), at) is not None:
        return True
    # 从广东东莞打工返乡, 从宁波搬到了汊河: where someone came home or moved from, 从 before the place and a verb of
    # returning or moving in its clause
    return view[at - 1 : at] == SOURCE_MARK and _return_verb().match(view, at, min(len(view), at + RETURN_REACH)) is not None


SOURCE_MARK = "从"
RETURN_REACH = 16  # characters after the place in which its clause says someone came back from it


@lru_cache(maxsize=1)
def _return_verb() -> re.Pattern:
    """A verb of coming home or moving away after the place, in the same clause (打工|返乡, 回到村里, 搬到了汊河)."""
    return re.compile(r"[^，。；：\n]*?(?:%s)" % alternation(claim_words().return_verbs + claim_words().move_verbs))


ORIGIN_LIST_REACH = 24  # characters of the verb and the places listed before a place
STATE_NAME = "中国"  # 来自中国台湾: the state's name before a place of it


@lru_cache(maxsize=1)
def _origin_verb_before() -> re.Pattern:
    """Up to a place's start: an origin verb, then places listed (a few characters each, joined by 、, 及, 和, 与), then
    perhaps the state's name (来自中国台湾)."""
    verbs = alternation(claim_words().origin_verbs)
    return re.compile(r"(?:%s)(?:[^，。；：、及和与\n]{1,%d}[、及和与])*(?:%s)?$" % (verbs, ORIGIN_ITEM_MAX, STATE_NAME))


@lru_cache(maxsize=1)
def _origin_list() -> re.Pattern:
    """From a place's end: more places listed after it (、香港, 及中國台灣; a few characters each), then a noun of where
    people come from (``claims.yml`` origin_nouns)."""
    nouns = alternation(claim_words().origin_nouns)
    return re.compile(r"(?:[、及和与][\u4e00-\u9fff]{1,%d}?(?=[、及和与]|%s))*(?:%s)" % (ORIGIN_ITEM_MAX, nouns, nouns))


@lru_cache(maxsize=1)
def _buyers() -> re.Pattern:
    """From a place's end: more places listed after it with 、, then 的 or not, then a noun of a seller's customers."""
    w = claim_words()
    nouns = alternation(w.buyer_nouns)
    tail = "%s?(?:%s)" % (re.escape(w.origin_attributive), nouns)
    return re.compile(r"(?:、[\u4e00-\u9fff]{1,%d}?(?=、|%s))*%s?(?P<noun>%s)"
                      % (ORIGIN_ITEM_MAX, tail, re.escape(w.origin_attributive), nouns))


ORIGIN_ITEM_MAX = 6  # characters of a place listed before visitors (中國台灣, 内蒙古)
VISITOR_MEASURE_ENDS = ("量", "数", "人次")  # 游客接待量, 旅客吞吐量, 游客人数: a measure of visitors where the place is


STREET_NAMED = ("路", "街")  # the endings of streets named after a city elsewhere (太原街, 上海路), not of its own streets
STREET_SIDES = "东西南北中"  # before such an ending (北京东路)


def _a_street(view: str, place: Place, lex: _Lexicon, elsewhere: bool = False) -> bool:
    """Whether the place's name opens a street's (南京路商业街, 北京东路): a street ending right after it that opens no
    word with the next character (路上, 路过), jieba reading the two as one word (not 湖南|路桥, 北京|路线图, 广州|路演), or,
    for a place ``elsewhere`` than the provinces the text is about, the ending closing a word of its own (沈阳's 太原|街|商圈;
    not 北京|街头, 太原|街道)."""
    m = lex.street.match(view, place.end)
    if m is None or view[m.end() - 1 : m.end() + 1] in _words()[0]:
        return False  # 返回厦门|路上, 从南京|路过: the ending opens a word of its own
    return one_word(view, place.start, m.end()) or elsewhere and view[place.end : m.end()].lstrip(STREET_SIDES) in STREET_NAMED \
        and m.end() in word_bounds(view, place.start, m.end())  # not 北京|胡同, 北京|大街: the city's own streets


def _tail_of_a_feature(view: str, place: Place) -> bool:
    """Whether a name that ends with a feature's generic (阳江, 华山) is the tail of a river's or a mountain's name, its
    first character one that jieba reads as a bound morpheme before it (浦|阳江, 仙|华山: 浦阳江 and 仙华山 of 浦江), not a
    word of its own (在|阳江, 游|华山, 东|阳江)."""
    s = place.start
    if place.country != CHINA or s == 0 or not is_cjk(view[s - 1]) or not place.mention.endswith(_feature_ends()):
        return False
    first, tag = tagged(view[s - 1 : place.end])[0]
    if len(first) != 1 or tag not in MORPHEME_TAGS:
        return False
    before = tagged(view[max(0, s - WORD_WINDOW) : s])
    word, tag = before[-1] if before else ("", "")
    return len(word) < 2 or tag == PLACE_NAME_TAG and word not in _words()[0]  # (提升|芜湖, 新一轮|巢湖: words)


PLACE_NAME_TAG = "ns"  # a place name jieba reads before the name, no common word (沿浦|阳江: the river's start)


MORPHEME_TAGS = ("zg", "ng", "g")  # jieba's bound morphemes: no word, part of a longer name


@lru_cache(maxsize=1)
def _feature_ends() -> tuple[str, ...]:
    return tuple(yaml_book(__package__, "places.yml")["listed_feature_suffixes"] + ["山"])


def _a_village(view: str, place: Place) -> bool:
    """Whether a division's short name opens a village's name (西安村, 九龙塘村): 村 right after it or within two
    characters that jieba reads as one word with its end (九龙塘|村, not 云南|农村 or 武隆|荆竹村), ending a word there
    (not 西安村民), the name without its level (not 舒城县春塘村, a chain)."""
    if place.country != CHINA or place.mention.endswith(LEVEL_ENDINGS) or len(place.mention) > SHORT_NAME_MAX:
        return False  # 河北西柏坡|村: a chain's last unit opens the village's name, not the province
    at = view.find(VILLAGE, place.end, place.end + VILLAGE_NAME_REST + 1)
    if at < 0 or not all(c.isalpha() for c in view[place.end : at]):
        return False
    ends = set(itertools.accumulate(len(word) for word, _ in tagged(view[place.start : at + len(VILLAGE) + WORD_AFTER])))
    runs_on = at == place.end or place.end - place.start not in ends  # 九龙塘: the name's end is inside a word
    return runs_on and at + len(VILLAGE) - place.start in ends


SHORT_NAME_MAX = 3  # characters of a division's short name alone (九龙, 西安, 都江堰)
VILLAGE = "村"
VILLAGE_NAME_REST = 2  # characters of a village's name after a division's short name (九龙|塘|村)
WORD_AFTER = 2  # characters after 村 read with it (村民, 村委)
LEVEL_ENDINGS = ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "街道")


@lru_cache(maxsize=1)
def _capital_cfg() -> tuple[str, divisions.Unit, tuple[str, ...], tuple[str, ...]]:
    cfg = yaml_book(__package__, "places.yml")["capital"]
    return cfg["word"], divisions.province_unit(cfg["place"]), tuple(cfg["after_state"]), tuple(cfg["own_state"])


def _capital(view: str, start: int, end: int, found: list[Place]) -> list[Place]:
    """首都 where it names 北京: a word of its own (not 元首|都), not after a state abroad or a word pointing to one (英国
    的首都, 该国首都; 我国首都 and 中国首都 are 北京), not before the capital it names, and not in a text about a country
    abroad (places.yml: capital). Marked short, as a one-character short name is: a text of another province names it
    for what it does for the capital (承接北京非首都功能), not where its figures are."""
    word, unit, pointers, own = _capital_cfg()
    at = view.find(word, start, end)
    if at < 0 or home_abroad(found):
        return []
    ends = {p.end: p for p in found}
    starts = {p.start for p in found}
    out = []
    while at >= 0:
        e = at + len(word)
        before = at - 1 if view[at - 1 : at] == ATTRIBUTIVE else at  # 英国的首都
        state = ends.get(before)
        abroad = state is not None and state.country != CHINA
        pointed = view.endswith(pointers, start, before) and not view.endswith(own, start, before)
        inside = any(p.start <= at < p.end for p in found)
        if not (abroad or pointed or inside or e in starts) and one_word(view, at, e):
            out.append(Place(at, e, word, unit.province, unit.city, unit.county, unit.level, unit.code, CHINA, short=True))
        at = view.find(word, e, end)
    return out


ATTRIBUTIVE = "的"


@lru_cache(maxsize=1)
def _state_runs() -> tuple[re.Pattern, dict[str, tuple]]:
    cfg = yaml_book(__package__, "places.yml")
    world = _gazetteer_readings("world.csv")
    countries = {short: next(c.row for c in world[name] if c.row[3] == "country") for short, name in cfg["country_short_names"].items()}
    chars = "".join(countries) + "".join(cfg["country_short_names_unnamed"])
    return re.compile("[%s]{2,4}(?=%s)" % (chars, alternation(cfg["state_relation_words"]))), countries


def _states_related(view: str, start: int, end: int, found: list[Place]) -> list[Place]:
    """The countries a run of one-character short names names before a word of the relations between states (中俄贸易,
    匈塞铁路, 中吉乌铁路), each a place of its country: a run with China's or two countries' (not 新老企业). Marked
    short: a relation, not where the figures are."""
    pattern, countries = _state_runs()
    out = []
    for m in pattern.finditer(view, start, end):  # few texts hold a run: the places are asked only then
        if any(p.start < m.end() and m.start() < p.end for p in found):
            continue
        named = [at for at in range(m.start(), m.end()) if view[at] in countries]
        if CHINA_SHORT in m.group() or len(named) >= 2:  # 中老铁路, 俄乌冲突; not 新老企业
            out += [Place(at, at + 1, view[at], *countries[view[at]], short=True) for at in named]
    return out


CHINA_SHORT = "中"


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern, dict[str, divisions.Unit], dict[str, str], str, str]:
    cfg = yaml_book(__package__, "places.yml")
    units = {short: divisions.province_unit(name) for short, name in cfg["province_abbreviations"].items()}
    shorts = "".join(units)
    pattern = re.compile("(?<=[%s])[%s]|[%s](?=%s)" % ("".join(cfg["abbreviation_verbs"]), shorts, shorts, cfg["abbreviation_origin"]))
    return (pattern, units, cfg["abbreviations_named_in_full"], "".join(cfg["abbreviations_named_in_full_verbs"]),
            cfg["abbreviation_origin"])


def file_number_province(number: str) -> str:
    """The province whose short name opens an official document's file number (苏劳社[2007]18号 → 江苏省), or ""."""
    shorts = yaml_book(__package__, "places.yml")["file_number_abbreviations"]
    unit = divisions.province_unit(shorts[number[0]]) if number[:1] in shorts else None
    return unit.province if unit is not None else ""


def _abbreviated(view: str, start: int, end: int, found: list[Place]) -> list[Place]:
    """Provinces named by their one-character short name right after a verb of going or staying (访澳, 赴港, 在琼),
    where jieba reads the two as one word or as two words of their own, and no place was found there."""
    pattern, units, in_full, in_full_verbs, origin_mark = _abbreviations()
    taken = {i for p in found for i in range(p.start, p.end)}
    out = []
    for m in pattern.finditer(view, start, end):
        s, e = m.start(), m.end()
        if s in taken or s - 1 in taken:
            continue
        full = in_full.get(m.group())  # 进港 is a port, 赴澳 as often Australia: only 访港, 赴澳 in a text naming 香港, 澳门
        if full is not None and (view[s - 1] not in in_full_verbs or full not in view):
            continue
        origin = view.startswith(origin_mark, e)  # 闽籍企业
        bounds = word_bounds(view, s - 1, e) if not origin else frozenset((s - 1, e))
        if s - 1 in bounds and e in bounds:  # 访澳 or 赴|港, not 在京津冀 or 来华为
            u = units[m.group()]
            out.append(Place(s, e, m.group(), u.province, u.city, u.county, u.level, u.code, CHINA, short=True))
    return out
