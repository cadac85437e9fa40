"""Sites a text names by a proper name and a kind of area or water work (三都湾湿地, 龙脊梯田景区, 老岚水库): places of the
unit the text is about, or of the province named right before them.

The division list holds no wetlands, scenic areas or nature reserves, and the gazetteer only the best known; local
news names many once. What a site's name is made of tells it from a kind of site (城市湿地, 国家级自然保护区): jieba
reads at least one of its words as a name, or does not know it (三都湾: ns; 龙脊: split into characters).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import divisions, places
from .deixis import SPECIFIC_FIRST
from .names import cues as name_cues, is_cjk
from ..codebook import alternation, csv_book, yaml_book
from .tokens import WORD_WINDOW, in_dictionary, tagged, word_bounds



@lru_cache(maxsize=1)
def _cfg() -> tuple[re.Pattern, frozenset[str], int, tuple[str, ...], frozenset[str]]:
    cfg = yaml_book(__package__, "places.yml")
    suffixes = cfg["site_suffixes"] + cfg["named_zone_suffixes"]  # a zone by its own name (东津新区) as a site is
    return (re.compile(alternation(suffixes)), frozenset(cfg["site_name_tags"]), cfg["site_name_max"],
            tuple(cfg["site_name_stops"]), frozenset(cfg["site_kind_words"]))


@lru_cache(maxsize=1)
def _features() -> tuple[re.Pattern, int]:
    cfg = yaml_book(__package__, "places.yml")
    return re.compile(alternation(cfg["feature_suffixes"])), cfg["feature_name_min"]


@lru_cache(maxsize=1)
def _short_rivers() -> tuple[frozenset[str], frozenset[str], str, tuple[str, ...]]:
    """The generics after which a name of one character names a river (抚|河), and the waterway words that do not."""
    cfg = yaml_book(__package__, "places.yml")
    return (frozenset(cfg["one_character_river_generics"]), frozenset(cfg["waterway_words"]), cfg["river_name_numerals"],
            tuple(cfg["river_part_words"]))


# verbs, prepositions, conjunctions, particles, pronouns, measure words, locatives, times, adjectives (a numeral may
# name a site: 三都湾, 九寨沟)
STOP_TAGS = ("v", "p", "c", "u", "r", "y", "e", "o", "w", "q", "f", "t", "a")
WINDOW_SLACK = 4  # characters read before the name's longest reach, so its first word is read whole


def _name_before(view: str, at: int, floor: int) -> int | None:
    """Where the site name that ends at ``at`` (where its kind starts) starts, or None when no name stands there: the
    words before it up to a verb, a function word or a stop (有|龙脊梯田|景区, 和|三都湾|湿地), one of them a name to
    jieba (东山, 若尔盖) or a noun that is no common word of its dictionary (龙脊), and no word for a kind of land
    (红树林, 高原), or two characters it could not join (三|都|湾). A stop attached to the name makes the whole a kind of site (山水|林田湖草海湿地, 网红景区)."""
    _, name_tags, most, stops, kinds = _cfg()
    common = places.common_words()
    words = tagged(view[max(floor, at - most - WINDOW_SLACK) : at])
    start, named, loose = at, False, 0
    for word, tag in reversed(words):
        if word.startswith(stops):
            return None
        if tag.startswith(STOP_TAGS) or not _CJK_RUN.fullmatch(word) or at - start + len(word) > most \
                or tag.startswith(NUMERAL_TAG) and word.endswith(TIME_ENDS):
            break  # (一季度|洋浦经济开发区, 2024年|平潭…: a time jieba reads as a numeral, no part of the name)
        start -= len(word)
        loose += len(word) == 1
        named = named or len(word) > 1 and word not in kinds and (tag in name_tags or word not in common and tag.startswith("n"))
    return start if (named or loose >= 2) and at - start >= 2 else None


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
NUMERAL_TAG = "m"
TIME_ENDS = ("年", "月", "季度", "日", "周", "天")


def _ends_word(view: str, end: int) -> bool:
    """Whether jieba ends a word at ``end`` (a site's kind ends its name: not 蓄水库容, where 水库 straddles two words)."""
    lo = max(0, end - 3)
    at = lo
    for word, _ in tagged(view[lo : end + 2]):
        at += len(word)
        if at >= end:
            return at == end
    return True


def _local_short_names(found: list[places.Place]) -> dict[str, places.Place]:
    """The villages and towns the text names alone (弄岗村, 水口镇), by their names without the level (弄岗): a site named
    so (弄岗国家级自然保护区) lies there. Names of two characters or more."""
    return {p.mention[: -len(level)]: p for p in found if p.country == places.CHINA and p.level in ("township", "village")
            for level in LOCAL_LEVELS if p.mention.endswith(level) and SHORT_MIN <= len(p.mention) - len(level) <= SHORT_MAX}


@lru_cache(maxsize=1)
def _zone_generics() -> tuple[str, ...]:
    """The generics of zones named by their own names (places.yml ``named_zone_suffixes``)."""
    return tuple(yaml_book(__package__, "places.yml")["named_zone_suffixes"])


def _opens_here(view: str, at: int) -> bool:
    """Whether a name starting at ``at`` opens a word, after no character of a name or a word it would end (，民权|高新…;
    not 孙|中山, 合肥|滨湖)."""
    return at == 0 or not is_cjk(view[at - 1]) or at in word_bounds(view, at, at + 2) and tagged(view[max(0, at - WORD_WINDOW) : at])[-1][1] \
        not in NAME_BEFORE_TAGS


NAME_BEFORE_TAGS = ("ns", "nr", "nz", "nt", "n")  # a name or a noun right before: the short name is part of another's


def _own_short_name(unit: divisions.Unit | None) -> dict[str, places.Place]:
    """The short name of the county or prefecture the text is about (民权 of 民权县): a site named so (民权高新技术产业开发区)
    lies there, though the name alone is an everyday word (民权, civil rights) that stands for no place."""
    if unit is None or unit.level not in ("county", "prefecture"):
        return {}
    return {short: places.Place(0, 0, unit.name, unit.province, unit.city, unit.county, unit.level, unit.code, places.CHINA)
            for short in unit.short.split("/") if SHORT_MIN <= len(short) <= SHORT_MAX}  # (克州/克孜勒苏: two)


LOCAL_LEVELS = ("村", "镇", "乡")
SHORT_MIN, SHORT_MAX = 2, 4  # characters of a village's or town's name alone (弄岗, 十五里园), not a chain


def find(view: str, found: list[places.Place], about: dict[str, divisions.Unit]) -> list[places.Place]:
    """Sites named in a text about the units ``about`` (``deixis.home_units``), in the most specific of them, where no
    place was found; and, in any text, a site named right after a province (陕西|蒋家窑则水库, 湖南|梅山灌区), in that
    province, or in the text's own unit when that lies in it: a province's name does not start a site's own name, as a
    city's may (泉州湾)."""
    unit = next((about[lv] for lv in SPECIFIC_FIRST if lv in about), None)
    pattern = _cfg()[0]
    covered = places.covered(len(view), found)
    out = []
    before = sorted(found, key=lambda p: p.end)
    ends = [p.end for p in before]
    last = 0  # where the previous site's kind ended (东山湾湿地|和漳江口…)
    local = _local_short_names(found)
    own = _own_short_name(unit)
    zones = _zone_generics()
    for m in pattern.finditer(view):
        if not _ends_word(view, m.end()):
            continue  # 蓄|水库|容: 水库 inside 蓄水 and 库容
        short = next((short for short in local if view.endswith(short, 0, m.start())), None)
        if short is None and view.startswith(zones, m.start()):  # 民权|高新技术产业开发区, not 孙中山故居 nor 合肥滨湖新区
            short = next((short for short in own if view.endswith(short, 0, m.start()) and _opens_here(view, m.start() - len(short))), None)
        if short is not None and not any(covered[m.start() - len(short) : m.end()]):
            p = local.get(short) or own[short]  # 弄岗村 … 弄岗|国家级自然保护区: named after a village or town the text named, it is there
            begin = m.start() - len(short)
            out.append(places.Place(begin, m.end(), view[begin : m.end()], p.province, p.city, p.county, p.level, p.code,
                                    places.CHINA))
            last = m.end()
            continue
        at = bisect.bisect_right(ends, m.start())
        start = _name_before(view, m.start(), max(ends[at - 1] if at else 0, last))
        last = m.end()
        if start is None or any(covered[start : m.end()]):
            continue
        site = _placed(view, start, m.end(), before[at - 1] if at and start == ends[at - 1] else None, unit) \
            or _after_its_namesake(view, start, m.start(), m.end())
        out += [site] if site is not None else []
    features = _named_features(view, covered, before, ends, unit, out)
    named = out + features + _streets(view, covered, unit, {p.end: p for p in found})
    named += _listed(view, covered, before, ends, unit, named)
    return sorted(named + _listed_by_kind(view, covered, before, named), key=lambda p: p.start)


@lru_cache(maxsize=1)
def _kind_after_list() -> re.Pattern:
    """等, a modifier at most, and a kind of site that ends a list of sites (places.yml ``listed_kinds``)."""
    cfg = yaml_book(__package__, "places.yml")
    return re.compile("等(?:%s)?(?:%s)" % (alternation(cfg["listed_kind_modifiers"]), alternation(cfg["listed_kinds"])))


def _listed_by_kind(view: str, covered: bytearray, before: list[places.Place], found: list[places.Place]) -> list[places.Place]:
    """The items of a list that names the kind of site they are after 等 (庐山、三清山、龙虎山等景区), where half the items or
    more are places or sites found whole (庐山, 三清山) or named so again (通济桥 of 通济桥水库) and all of those lie in one
    province: each other item made of names (``_item_name``) is a site of that province (not of the text's city: 九江's text
    lists 鹰潭's 龙虎山). A list with fewer such items may name activities, products, brands or other provinces' sites
    (研学游、亲子游等景区; 庐山西海、开元、华美达等景区酒店; 西湖、灵隐寺、拙政园、夫子庙)."""
    known = before + found
    by_name = _by_their_names(found)
    taken = places.covered(len(view), found)
    out = []
    for m in _kind_after_list().finditer(view):
        if not _ends_word(view, m.end()):
            continue  # 等|景区|内: the kind opens a longer word
        opens = max(view.rfind(mark, 0, m.start()) for mark in LIST_OPENERS) + 1
        items = _list_items(view, opens, m.start()) if _LIST_RUN.fullmatch(view, opens, m.start()) else []
        if len(items) < 2:
            continue  # one item, or a quotation or a figure among them
        whole = {(p.start, p.end): p for p in known if not _a_division_by_name(p)}  # (九江、开元、华美达; 密云、怀柔、官厅)
        again = {item: by_name[view[item[0] : item[1]]] for item in items if view[item[0] : item[1]] in by_name}
        siblings = [whole[item] for item in items if item in whole] + list(again.values())
        if 2 * len(siblings) < len(items) or any(p.country != places.CHINA for p in siblings) or len({p.province for p in siblings}) != 1:
            continue  # (西湖、灵隐寺、拙政园、夫子庙: one found of four says little of where the others lie)
        site_unit = divisions.province_unit(siblings[0].province)  # (婺源、三清山、龙虎山: 上饶's two, 鹰潭's one: the province's)
        for s, e in items:
            if (s, e) in whole or any(covered[s:e]) or any(taken[s:e]) or site_unit is None and (s, e) not in again:
                continue
            row = again[(s, e)] if (s, e) in again else site_unit
            out.append(places.Place(s, e, view[s:e], row.province, row.city, row.county, row.level, row.code, places.CHINA))
    return out


def _by_their_names(known: list[places.Place]) -> dict[str, places.Place]:
    """The sites found, by their names without their kind (通济桥 of 通济桥水库): a list may name them so again."""
    kinds = _listed_kinds()
    return {p.mention[: -len(kind)]: p for p in known for kind in kinds
            if p.mention.endswith(kind) and len(p.mention) - len(kind) >= 2 and p.country == places.CHINA}


@lru_cache(maxsize=1)
def _listed_kinds() -> tuple[str, ...]:
    cfg = yaml_book(__package__, "places.yml")
    return tuple(sorted(set(cfg["listed_kinds"] + cfg["site_suffixes"]), key=len, reverse=True))


_LIST_RUN = re.compile("[\u4e00-\u9fff、]+")
LIST_OPENERS = ("，", "。", "；", "：", "\n", "（", "“")  # what stands before a list's first item


def _a_division_by_name(p: places.Place) -> bool:
    """Whether a place is a prefecture or a county named by its own name (九江, 密云), no site: a list of sites that names
    one names the unit's own sites and others (九江、开元、华美达等景区酒店: hotels; 密云、怀柔、官厅、潘家口: 河北's too)."""
    return bool(p.city and p.city.startswith(p.mention) or p.county and p.county.startswith(p.mention))


def _list_items(view: str, opens: int, closes: int) -> list[tuple[int, int]]:
    """The spans of the names a list of items separated by 、 holds between ``opens`` and ``closes``: each item whole, of
    names (``_item_name``), but the first, which may follow the words that open its clause (省政府将|龙虎山); an item that
    is no name breaks the list (no items)."""
    items, at = [], opens
    for k, part in enumerate(view[opens:closes].split(LIST_MARK)):
        s = _item_name(view, at, at + len(part), first=k == 0)
        if s is None:
            return []
        items.append((s, at + len(part)))
        at += len(part) + 1
    return items


def _item_name(view: str, s: int, e: int, first: bool) -> int | None:
    """Where the name that ends an item ``view[s:e]`` starts: its words, from the last, are names to jieba
    (``site_name_tags``) or nouns it knows as no common word; the whole item unless it is a list's ``first``."""
    _, name_tags, most, _, kinds = _cfg()
    common = places.common_words()
    start = e
    for word, tag in reversed(tagged(view[s:e])):
        if not (tag in name_tags or tag.startswith("n") and word not in common) or word in kinds:
            break
        start -= len(word)
    return start if 2 <= e - start <= most and (first or start == s) else None


STREET_ENDING = re.compile("[东西南北中]?[路街]")  # 中山路, 太原街, 北京东路
STREET_NAME = (2, 3)  # characters of the place's name a street is named after (中山, 呼和浩特 aside)


def _streets(view: str, covered: bytearray, unit: divisions.Unit | None, place_ends: dict) -> list[places.Place]:
    """Streets named after a place (中山路, 太原街, 北京东路; the place finder leaves them out as no place of their own): in a
    text about one unit, streets of that unit, where the ending closes a word (not 太原|街道, 北京|街头, 广州|路过)."""
    if unit is None or not ("路" in view or "街" in view):
        return []
    common = places.common_words()
    out = []
    for m in STREET_ENDING.finditer(view):
        e = m.end()
        if (view[e - 1 : e + 1] in common or in_dictionary(view[e - 1 : e + 1])) and not _a_word_follows(view, e) or covered[m.start()]:
            continue  # 路上, 路演, 街道: the ending opens a word (not 长乐中路|沿线)
        start = next((m.start() - n for n in STREET_NAME if m.start() - n >= 0 and places.place_name(view[m.start() - n : m.start()])
                      and not any(covered[m.start() - n : e])), None)
        directed = None if start is not None or len(m.group()) == 1 else _directed_street(view, m.start(), covered)
        start = directed if directed is not None else start
        if start is not None and _after_another_place(view, start, unit, place_ends.values()):
            continue  # 赴上海考察学习淮海中路、南京西路: another city's streets
        prior = place_ends.get(start)
        if start is None or prior is not None and (prior.province, prior.city) != (unit.province, unit.city or prior.city) \
                or directed is None and not _a_street_name(view, start, m.start(), e):
            continue  # 广州|北京路: another city's street (沈阳市和平区|太原街 is the text's city's)
        site = _placed(view, start, e, None, unit)
        out += [site] if site is not None else []
    return out


def _a_word_follows(view: str, e: int) -> bool:
    """Whether jieba ends a word at ``e`` and reads a word of two characters or more from there (长乐中路|沿线), so the
    character there opens no word with the one before it (not 厦门路|演, jieba's split of 路演)."""
    if not _ends_word(view, e):
        return False
    words = tagged(view[e : e + WORD_WINDOW])
    return bool(words) and len(words[0][0]) > 1


STREET_TAGS = ("ns", "nz")  # jieba's place and other proper names: 中山路, 解放路, 太原|街; not 振兴路 (nr), 平安|路 (a)
DIRECTED_NAME_TAGS = ("nr", "ns", "nz")  # and before a direction, a person's name too (韩森|东路, 长乐|中路)


def _after_another_place(view: str, at: int, unit: divisions.Unit, found) -> bool:
    """Whether a place outside the text's unit stands earlier in the sentence of ``at`` (赴上海考察，学习|淮海中路)."""
    opens = max(view.rfind(mark, 0, at) for mark in "。；！？\n") + 1
    return any(opens <= p.start < at and (p.province, p.city) != (unit.province, unit.city or p.city) for p in found)


def _directed_street(view: str, ending: int, covered: bytearray) -> int | None:
    """Where a street's name starts before a direction and 路 or 街 (韩森|东路, 长乐|中路; 城市道路命名规则: 方位 +
    通名): one word of two or three characters that jieba reads as a name, which no road of speech has (振兴路, but no
    振兴东路 in a slogan), or None."""
    at = max(0, ending - WORD_WINDOW)
    words = tagged(view[at:ending])
    if not words:
        return None
    word, tag = words[-1]
    start = ending - len(word)
    ok = len(word) in STREET_NAME and tag in DIRECTED_NAME_TAGS and not any(covered[start:ending]) and start > at
    return start if ok else None


def _a_street_name(view: str, start: int, ending: int, end: int) -> bool:
    """Whether jieba reads ``view[start:end]`` as a street's name: the whole a place or proper name (中山路, 解放路, 和平街), or
    the name before the ending a place's (太原|街, 北京|东路); not a road of speech (走好振兴路, 铺就平安路, 民族复兴路)."""
    at = max(0, start - WORD_WINDOW)
    for word, tag in tagged(view[at : end + WORD_WINDOW]):
        if at == start:
            whole = at + len(word) == end or at + len(word) == ending
            return whole and tag in STREET_TAGS
        at += len(word)
        if at > start:
            return False
    return False



@lru_cache(maxsize=1)
def _abroad_pattern() -> re.Pattern:
    """A run of the characters of foreign names, whole, before a generic of places abroad (places.yml ``abroad_generics``:
    group ``name``, then the generic), or right after a word for a town (``abroad_appositions``: group ``town``, no generic)."""
    cfg = yaml_book(__package__, "places.yml")
    chars = "".join(sorted(_name_characters()))
    generic = "(?P<name>(?:[%s]{2,%d}·)?[%s]{%d,%d})(?:%s)" % (chars, cfg["abroad_name_max"], chars, cfg["abroad_name_min"],
                                                            cfg["abroad_name_max"], alternation(cfg["abroad_generics"]))
    after = "|".join(f"(?<={re.escape(a)})" for a in cfg["abroad_appositions"])
    town = "(?:%s)(?P<town>[%s]{%d,%d})(?![%s])" % (after, chars, cfg["abroad_apposed_min"], cfg["abroad_name_max"], chars)
    return re.compile(f"{generic}|{town}")


@lru_cache(maxsize=1)
def _town_pattern() -> tuple[re.Pattern, tuple[str, ...]]:
    """A run of the characters of foreign names, whole, as a town's name after its division's (``abroad_division_generics``
    end the division's name)."""
    cfg = yaml_book(__package__, "places.yml")
    chars = "".join(sorted(_name_characters()))
    run = "[%s]{%d,%d}(?![%s])" % (chars, cfg["abroad_apposed_min"], cfg["abroad_name_max"], chars)
    return re.compile(run), tuple(cfg["abroad_division_generics"])


def abroad(view: str, found: list[places.Place], countries: frozenset[str]) -> list[places.Place]:
    """Places that a text about one country abroad (``countries``, one) names in the characters of foreign names before a
    generic (印尼's 哈利姆站, 卡拉旺站; 哈萨克斯坦's 阿克套港) or after a word for a town (城市德布勒森): that country's, below
    it, or the country's named right before it (德国|图林根州), where no place was found and the name is no common word
    (西安站 is 西安's; 安全岛 no place)."""
    if len(countries) != 1:
        return []
    country = next(iter(countries))
    code = next((p.code for p in found if p.country == country), "")
    covered = places.covered(len(view), found)
    common = places.common_words()
    states = {p.end: p for p in found if p.level == COUNTRY_LEVEL}
    named_abroad = {p.end: p for p in found if p.country not in ("", places.CHINA) and p.level != COUNTRY_LEVEL}
    out = []
    for m in _abroad_pattern().finditer(view):
        g, e = (m.end("name"), m.end()) if m.group("name") else (m.end(), m.end())
        bounds = word_bounds(view, m.start(), e)  # the run's first word may be the end of another (抵达|德卡鲁尔站)
        s = next((k for k in range(m.start(), max(g - 1, m.start() + 1))
                  if k in bounds and not any(covered[k:e]) and not _a_verb_opening(view, k, bounds)), None)
        if s is None or g < e and _a_verb_after(view, g, e) or not _ends_here(view, e, bounds, common) \
                or view[s:g] in common and not _a_name_word(view[s:g]) or view[s:e] in common and not _one_place_name(view[s:e]):
            continue  # 特朗普|站台, 法瓦罗|省去: the generic opens a word; 安全|岛: a common word (not 贝加尔湖, one place,
            # nor 布哈拉|州, whose name jieba holds as a frequent transliterated name)
        if g == e and any(view[s : s + k] in common for k in range(2, e - s)):
            continue  # 城市|马拉松赛: a town's name opens with no common word
        if g < e and view[g - 1 : e] in common and not _a_foreign_name(view[s:g]) and not _one_place_name(view[s:e]) \
                or _opens_with_a_verb(view[s:g]):
            continue  # 亚庇|楼市, 乞力马扎罗|雪山: the generic ends a common word (not 赞比西河, one place); 打卡|岛: a verb opens no name
        state = states.get(s) or _joined_abroad(view, s, out, named_abroad)
        out.append(places.Place(s, e, view[s:e], "", view[s:e], "", ABROAD_LEVEL, state.code if state else code,
                                state.country if state else country))
    return out + _towns_of_divisions(view, [p for p in found + out if p.country == country], covered, common)


def _joined_abroad(view: str, s: int, before: list[places.Place], named: dict[int, places.Place]) -> places.Place | None:
    """The place abroad just before ``s``, found here or named (``named``: by where they end), that a 和 or a 、 joins to
    the one starting there (巴西马托格罗索州和|朗多尼亚州, 巴西圣保罗州和|…州): the places of one list lie in one country,
    as the first one's does."""
    if view[s - 1 : s] not in ABROAD_JOINS:
        return None
    if before and before[-1].end == s - 1:
        return before[-1]
    return named.get(s - 1) or (named.get(s - 2) if view[s - 2 : s - 1] in LEVEL_AFTER_A_NAME else None)  # (圣保罗|州和…: the
    # gazetteer's name without its level)


LEVEL_AFTER_A_NAME = "州省区市县"


ABROAD_JOINS = "和及与、"


def _towns_of_divisions(view: str, abroad: list[places.Place], covered: bytearray, common: frozenset[str]) -> list[places.Place]:
    """Towns named right after their division abroad and before a clause's or a list's end (吉兰丹州|哥打巴鲁，, 来自登嘉楼州|
    瓜拉登嘉楼。), in that division's country, where no place was found and no common word opens the name (彭亨州|马来西亚
    is found, 雪兰莪州|巴士 no town), or before a 、 and another place abroad (吉兰丹州哥打巴鲁、登嘉楼州); a name that goes on
    (雪兰莪州阿米鲁丁|政府, 吉兰丹州巴迪克|蜡染, 巴迪克、宋谷: a list of crafts, 瓜拉登嘉楼|港) is a person's, a thing's or
    another place's."""
    run, generics = _town_pattern()
    taken = places.covered(len(view), abroad)
    out = []
    for p in abroad:
        m = run.match(view, p.end) if p.level == ABROAD_LEVEL and p.mention.endswith(generics) else None
        listed = view[m.end() : m.end() + 1] == LIST_MARK and any(q.start == m.end() + 1 for q in abroad) if m else False
        if m is None or view[m.end() : m.end() + 1] not in TOWN_ENDS and not listed or any(covered[m.start() : m.end()]) \
                or any(taken[m.start() : m.end()]) or any(view[m.start() : m.start() + k] in common for k in range(2, len(m.group()) + 1)):
            continue
        out.append(places.Place(m.start(), m.end(), m.group(), "", m.group(), "", ABROAD_LEVEL, p.code, p.country))
    return out


TOWN_ENDS = ("，", "。", "；", "：", "）", "”", "等", "")  # what follows a town named after its division (哥打巴鲁等地)


COUNTRY_LEVEL = "country"


def _ends_here(view: str, e: int, bounds: frozenset[int], common: frozenset[str]) -> bool:
    """Whether a place's generic ends at ``e``: jieba ends a word there, a division's own body follows (吉兰丹州|政府), or
    the word it reads across ``e`` is no common word and goes on in the characters of foreign names (吉兰丹|州哥|打巴鲁: a
    join of two names jieba does not know; not 特朗普|站台, nor 阿米鲁丁|州务|大臣, a state's affairs), or the generic and
    a word of a side or an area (奈瓦沙|湖畔, places.yml ``abroad_generic_locatives``)."""
    if e in bounds or places.division_organ_at(view, e):
        return True  # (吉兰丹州|政府: jieba's 州政府 runs across the generic, whose division's own body follows)
    before, after = max((b for b in bounds if b < e), default=None), min((b for b in bounds if b > e), default=None)
    if before is None or after is None:
        return False
    return view[e:after] in _locatives() or view[before:after] not in common and all(ch in _name_characters() for ch in view[e:after])


@lru_cache(maxsize=1)
def _name_characters() -> frozenset[str]:
    """The characters of foreign names (people.yml's transliteration and places.yml ``abroad_place_characters``)."""
    return frozenset(name_cues().transliteration) | frozenset(yaml_book(__package__, "places.yml")["abroad_place_characters"])


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return frozenset(yaml_book(__package__, "places.yml")["abroad_generic_locatives"])


def _one_place_name(run: str) -> bool:
    """Whether jieba reads a run and its generic as one place name (贝加尔湖: ns), though it is a common word."""
    words = tagged(run)
    return len(words) == 1 and words[0][1] == "ns"


FOREIGN_NAME_TAGS = ("nrt", "ns")  # jieba's tags of transliterated and place names (not nr, which it guesses for unknown runs: 亚庇楼)


def _a_foreign_name(run: str) -> bool:
    """Whether jieba reads a run of the characters of foreign names as one name that is no common word (奈瓦沙: ns): a
    place's name before its generic, though its last character and the generic make a common word (奈瓦|沙湖)."""
    words = tagged(run)
    return len(words) == 1 and words[0][1] in FOREIGN_NAME_TAGS and run not in places.common_words()


def _a_verb_opening(view: str, k: int, bounds: frozenset[int]) -> bool:
    """Whether the run's character at ``k`` is one that opens no place's name when it stands as a word (places.yml
    ``abroad_name_not_openers``: 让|卡富埃河)."""
    return k + 1 in bounds and view[k] in yaml_book(__package__, "places.yml")["abroad_name_not_openers"]


def _a_name_word(run: str) -> bool:
    """Whether jieba holds a run of three or more characters of foreign names as one transliterated name (布哈拉: nrt),
    however frequent: a name before a generic, not a common word (安全|岛; nor 海关|站, 嘉宾|区, which it holds as places,
    nor 科普|站, 纳米, 保姆: words of two it tags nrt too)."""
    words = tagged(run)
    return len(run) >= NAME_WORD_MIN and len(words) == 1 and words[0][1] == TRANSLITERATED_TAG


NAME_WORD_MIN = 3


TRANSLITERATED_TAG = "nrt"


def _opens_with_a_verb(name: str) -> bool:
    """Whether a run of foreign names' characters opens with a word of two or more characters that jieba holds as a verb
    (打卡|岛, 打卡|站): an act, no name (哥|打|巴鲁 opens with a noun)."""
    word, flag = tagged(name)[0]
    return len(word) > 1 and flag == VERB_TAG


VERB_TAG = "v"


def _a_verb_after(view: str, g: int, e: int) -> bool:
    """Whether the generic ``view[g:e]`` is a verb with what follows it (普拉博沃站在, 特朗普站台, 法瓦罗省去了, 卢拉站出来): one of
    ``abroad_generic_not_before`` follows, of two characters, or of one that stands as a word (not 万丹省|去年, 某站|上半年)."""
    after = yaml_book(__package__, "places.yml")["abroad_generic_not_before"].get(view[g:e], ())
    hit = next((a for a in after if view.startswith(a, e)), None)
    return hit is not None and (len(hit) > 1 or len(tagged(view[e : e + VERB_READ])[0][0]) == 1)


VERB_READ = 4  # characters after a generic read for the word they open (去年, 上半年)
ABROAD_LEVEL = "city"  # a place abroad below its country, as world.csv's cities are
WATER = "水"  # the one-character generic of rivers (沅水), also of water in general
WATER_THEN = "河江湖库"  # generics after 水 that make it part of the name (湟水河, 水库)


def _after_its_namesake(view: str, start: int, kind: int, end: int) -> places.Place | None:
    """A reservoir or an irrigation district named by the short name of one county or prefecture alone (丹江口水库,
    密云水库): in that unit, as a dam and its works take the name of the place they are built in
    (水库大坝安全管理条例 2018; 水利部 大中型灌区名录), in any text. None for other kinds of site (中山广场 is in many
    cities) and for a name that several units share."""
    if not view.startswith(WATER_WORKS, kind) or not in_dictionary(view[start:end]):
        return None  # (a reservoir jieba knows by its name: 丹江口水库, 密云水库; not 横山|水库, a namesake elsewhere)
    row = places.unit_named(view[start:kind])  # (石门水库: 石门 is an everyday word, and the best-known one is in 桃园)
    return places.Place(start, end, view[start:end], *row) if row is not None else None


WATER_WORKS = ("水库", "灌区")


def _placed(view: str, start: int, end: int, prior: places.Place | None, unit: divisions.Unit | None) -> places.Place | None:
    """The site ``view[start:end]`` as a place, or None. Right after a place not named in full, the site is that
    place's (泉州|湾河口湿地, 闽江|河口湿地), which the places table has, unless the place is a province; after a
    division's full name (…自治县|龙脊梯田景区) it has a name of its own."""
    home = unit is not None and (prior is None or unit.province == prior.province)
    if prior is not None and prior.level == "province" and prior.country == places.CHINA and not home:
        return places.Place(start, end, view[start:end], prior.province, "", "", "province", prior.code, places.CHINA)
    if unit is not None and (prior is None or prior.level == "province" or prior.mention.endswith(prior.full_name)):
        return places.Place(start, end, view[start:end], unit.province, unit.city, unit.county, unit.level, unit.code,
                            places.CHINA)
    return None


def _named_features(view: str, covered: bytearray, before: list[places.Place], ends: list[int],
                    unit: divisions.Unit | None, sites: list[places.Place]) -> list[places.Place]:
    """Lakes, rivers, mountains, islands and ports (places.yml ``feature_suffixes``) whose names jieba reads as place
    names, placed as sites are; none inside a place or site found."""
    pattern, least = _features()
    common = places.common_words()
    taken = places.covered(len(view), sites)
    out = []
    for m in pattern.finditer(view):
        s, e = m.span()
        if covered[s] or taken[s] or e - s == 1 and (view[s - 1 : e] in common and not _short_river(view[s - 1 : e], view[s:e])
                                                     and not places.tail_of_a_place(view, s - 1, e) or view[s - 1] == view[s]):
            continue  # 洞庭湖 found; 半壁江|山, 高|山: the generic ends a common word (not 长江, a river; not 城西湖); 太湖|湖体
        if view[s:e] == WATER and (view[e : e + 1] in WATER_THEN and view[e : e + 2] not in common
                                   or view[s - 1 : e] in _short_rivers()[1] or not is_cjk(view[s - 1 : s] or " ")):
            continue  # 湟水|河, 水|库: the river's or reservoir's generic follows (not 沅水|河道); 污水, 山水: water
        start = _feature_name_before(view, s, e, least)
        if start is not None and view[s:e] == WATER and s - start != 1:
            continue  # a river written with 水 has one character before it (沅水); 上下水, 苦咸水, 城市给水 are water
        if start is None or any(covered[start:e]) or any(taken[start:e]) or s - start > 1 and _transliterated(view[start:s]):
            continue  # 密西西比河, 多瑙河: a name in the characters of foreign names lies abroad (not 海|河, 洛|河)
        if s - start == 1 and not _a_river_here(view, start, e):
            continue  # 记者黄河, 长江学者
        at = bisect.bisect_right(ends, start)
        feature = _placed(view, start, e, before[at - 1] if at and start == ends[at - 1] else None, unit)
        if feature is not None and _flows_through(feature.mention, feature.province):
            out.append(feature)
            taken[start:e] = b"\x01" * (e - start)
    return out


def _listed(view: str, covered: bytearray, before: list[places.Place], ends: list[int], unit: divisions.Unit | None,
            found: list[places.Place]) -> list[places.Place]:
    """Sites and features named in a list of them (太平湖、龙河口水库、花亭湖、沙河集水库等9个湖库; 奎河、惠济河等河流),
    placed as the others are: an item whose name jieba does not know as a place (花亭|湖, 龙|河口|水库) is one when the
    item next to it in the list, across a 、, ends with a generic of sites or features too. The name is no common word,
    nor the item (人工湖、景观湖 are kinds), nor a word for a kind of land."""
    generic, least, most, classes = _listed_cfg()
    _, _, _, stops, kinds = _cfg()
    listed_features = _listed_features()
    common = places.common_words()
    taken = places.covered(len(view), found)
    items = {}  # where an item opens (after a 、 or other punctuation) -> (where its generic starts, where it ends)
    closed = set()  # where an item followed by 、 ends
    for g in generic.finditer(view):
        s, e = g.span()
        if view.find(LIST_MARK, max(0, s - most - 2), e + most + 2) < 0:
            continue  # no list near: most generics
        opens = next((i + 1 for i in range(s - 1, max(-1, s - most - 2), -1) if not is_cjk(view[i])), None)
        if opens is not None and s > opens and LIST_MARK in view[max(0, opens - 1) : e + most + 2] and _ends_word(view, e):
            items[opens] = (s, e)  # 沙河|集水库, 惠济河|等河流: the last generic that ends a word ends the item
        if view[e : e + 1] == LIST_MARK:
            closed.add(e)
    elsewhere = _runs_elsewhere(view, items, before + found, unit)
    rivers = _short_rivers()[0]
    river_ends = {p.end for p in before + found if p.mention[-1:] in rivers}
    river_starts = {p.start for p in before + found if p.mention[-1:] in rivers}
    out = []
    for s, (g, e) in items.items():
        name = view[s:g]
        if not (s - 1 in closed or e in closed and e + 1 in items) or s in elsewhere:
            continue
        one = len(name) == 1 and view[g:e] in rivers and (s - 1 in river_ends or e + 1 in river_starts)  # 酉|水、溆|水
        if view[g:e] not in listed_features and not one:  # beside 沅水: a one-character river listed with a river found
            continue  # (水 names no other listed feature)
        if (not (least <= len(name) or one) or len(name) > most or name in common or view[s:e] in common or view[g - 1 : e] in common
                or name.startswith(stops)
                or name in kinds or name.endswith(classes) or any(covered[s:e]) or any(taken[s:e])
                or any(tag.startswith(LISTED_STOP_TAGS) for _, tag in tagged(name))):
            continue  # 整治|人工湖: a verb's object; 美丽|河湖, 和谐|海湾, 金山|银山: a slogan's kinds, no names
        at = bisect.bisect_right(ends, s)
        site = _placed(view, s, e, before[at - 1] if at and s == ends[at - 1] else None, unit)
        if site is not None and _flows_through(site.mention, site.province):
            out.append(site)
            if view[g:e] in rivers:  # the next item of the list is beside this river (酉水、|溆水)
                river_ends.add(e)
    return out


def _runs_elsewhere(view: str, items: dict, known: list[places.Place], unit: divisions.Unit | None) -> set[int]:
    """The items of lists in which a place already found lies outside the unit the text is about (巢湖、焦岗湖、瓦埠湖 in a
    江苏 text on a visit to 安徽): where such a list's other items lie, the text does not say."""
    if not items:
        return set()
    run, runs, last_end = 0, {}, -2
    for s in sorted(items):
        run += not (s == last_end + 1 and view[last_end] == LIST_MARK)
        runs[s], last_end = run, items[s][1]
    listed = lambda p: p.start if p.start in runs else p.end + 1 if view[p.end : p.end + 1] == LIST_MARK else -1  # noqa: E731
    outside = {runs[at] for p in known if (at := listed(p)) in runs and (unit is None or p.province != unit.province)}
    return {s for s, r in runs.items() if r in outside}


@lru_cache(maxsize=1)
def _listed_features() -> frozenset[str]:
    """The generics a list of sites and features names its items by, besides the one-character rivers' 水 (``_listed``)."""
    cfg = yaml_book(__package__, "places.yml")
    return frozenset(cfg["site_suffixes"] + cfg["named_zone_suffixes"] + cfg["listed_feature_suffixes"])


@lru_cache(maxsize=1)
def _listed_cfg() -> tuple[re.Pattern, int, int, tuple[str, ...]]:
    cfg = yaml_book(__package__, "places.yml")
    generics = cfg["site_suffixes"] + cfg["named_zone_suffixes"] + cfg["listed_feature_suffixes"]
    generics += [g for g in cfg["one_character_river_generics"] if g not in generics]  # 酉|水 beside 沅水
    return re.compile(alternation(generics)), cfg["feature_name_min"], cfg["listed_name_max"], tuple(cfg["reservoir_classes"])


LIST_MARK = "、"
LISTED_STOP_TAGS = ("v", "p", "c", "u", "r", "d")  # words a listed name holds none of (整治, 在, 和, 的, 这些, 都)


def _transliterated(name: str) -> bool:
    """Whether a name is written only in the characters of foreign names (密西西比, 莱茵, 波斯; names.yml's list)."""
    return all(ch in name_cues().transliteration for ch in name)


def _feature_name_before(view: str, s: int, e: int, least: int) -> int | None:
    """Where the name of the feature whose generic is ``view[s:e]`` starts: jieba reads the name and the generic as one
    place name (汨罗江), or the name right before the generic as one (城陵矶|港), of ``least`` characters or more, and
    ends a word with the generic (not 港|口, 山|区)."""
    lo = max(0, s - WINDOW_SLACK - least - 2)
    pos, start = lo, None
    for word, tag in tagged(view[lo : e + 2]):
        w_start, pos = pos, pos + len(word)
        if pos == s and tag == PLACE_TAG and len(word) >= least:
            start = w_start  # 城陵矶|港
        elif w_start < s and pos == e and tag == PLACE_TAG and (s - w_start >= least or _short_river(word, view[s:e])):
            return w_start  # 汨罗江, 抚河
        if pos >= e:
            return start if pos == e else None
    return None


PLACE_TAG = "ns"  # jieba's tag of a place name


@lru_cache(maxsize=1)
def _river_provinces() -> dict[str, frozenset[str]]:
    """The provinces each river of several provinces flows through (rivers.csv, from the river basin commissions)."""
    return {row["river"]: frozenset(row["provinces"].split(";")) for row in csv_book(__package__, "rivers.csv")}


def great_river(word: str) -> bool:
    """Whether ``word`` names one of the rivers of several provinces (长江, 黄河, 珠江)."""
    return word in _river_provinces()


def _flows_through(river: str, province: str) -> bool:
    """Whether a river the text names can lie in the province of the unit it is about: a river of several provinces only
    in one it flows through (长江 in a 宜昌 report is 湖北's; in a 北京 report, the 长江经济带 strategy's, no place of 北京)."""
    return all(province in provinces for name, provinces in _river_provinces().items() if name in river)  # 长江黄河: both


def _short_river(word: str, generic: str) -> bool:
    """Whether a place name of one character and 河 or 江 is a river (抚河, 信江), not a waterway word (江河, 内河), a
    numeral's (一江两岸) or a division's name (黔江区)."""
    generics, waterways, numerals, _ = _short_rivers()
    return (len(word) == 2 and generic in generics and word not in waterways and word[0] not in numerals
            and not places.place_name(word))  # 黔江, 通江: a district's or county's short name, placed as a division


def _a_river_here(view: str, s: int, e: int) -> bool:
    """Whether a short river's name at ``view[s:e]`` names the river: no person's title before it (记者|黄河), and no noun
    after it that makes it a name's part (长江|学者, 珠江|啤酒), the river's parts (长江|岸线, 黄河|上游) aside."""
    parts = _short_rivers()[3]
    if any(m.end() == s for m in name_cues().titles.finditer(view, max(0, s - TITLE_REACH), s)):
        return False
    after = tagged(view[e : e + AFTER_REACH])
    return (not after or after[0][0].startswith(parts) or after[0][1] == PLACE_TAG  # 长江|九江|段: a reach of it
            or not after[0][1].startswith(("n", "vn", "j")))


TITLE_REACH = 6  # characters before a name read for a person's title (记者, 市民)
AFTER_REACH = 6  # characters after a short river's name read for the word after it
