"""Villages a text about one county or one prefecture names alone (张街村, 滑石村): places of that county or prefecture.

The division list stops at towns, so a village is found only in a chain (阳谷县十五里园镇马楼村) or repeated after one.
Village news names most villages once, alone. jieba reads an unknown village's name as a person's or a place's name
(张街村: nr; 马楼|村: nr + a bound 村), and a common noun before 村 as a noun (贫困村, 示范村, 新农村), so its tags tell a
village from a kind of village; the few kinds it reads as names (后进村) have an adjective or a verb for a name.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from . import divisions, places
from ..codebook import yaml_book
from .names import cues as name_cues
from .tokens import stands_apart, tagged

WINDOW = 6  # characters before a 村 that segmentation reads with it


LIST_MARK = "、"  # between items of a list (大西港村、利厚村)
LISTED_NAME_TAGS = frozenset({"n"})  # jieba's tag of a common noun, a village's name in a list of villages (草滩|村)
SIBLING_MARKS = ("、", "和", "及", "与")  # between villages of one list (中川乡的金田村和草滩村)


@lru_cache(maxsize=1)
def _cfg() -> tuple[str, frozenset[str], int, int, frozenset[str], frozenset[str]]:
    cfg = yaml_book(__package__, "places.yml")
    return (cfg["village_word"], frozenset(cfg["village_name_tags"]), cfg["village_name_min"], cfg["village_name_max"],
            frozenset(cfg["village_kind_tags"]), frozenset(cfg["village_name_prefixes"]))


@lru_cache(maxsize=1)
def _finals() -> frozenset[str]:
    return frozenset(yaml_book(__package__, "places.yml")["village_finals"])


def _name_before(view: str, at: int, listed: bool = False) -> int | None:
    """Where the village name that ends with the 村 at ``at`` starts, if jieba reads what stands before it as a name.
    ``listed``: the item before it in a list is a village, so a name that reads as a kind of village is one too."""
    word, tags, least, most, kinds, prefixes = _cfg()
    lo = max(0, at - WINDOW)
    tokens = list(tagged(view[lo : at + len(word)]))
    if not tokens or not tokens[-1][0].endswith(word):
        return None  # 村 opens a word (村民, 村委会, 村干部)
    last, tag = tokens[-1]
    # a name's last character glued to 村 (黄家|窑村) reads as a name, however jieba tags the word
    named = tag in tags or len(last) == len(word) + 1 and last[0] in _finals() and last[0] not in name_cues().surnames \
        or _clan_village(tokens, word) or listed and tag in LISTED_NAME_TAGS  # 鲁|家村; 鲁家村、高家|堂村
    if last != word:  # 张街村, 王庄村: one word with 村; not 后进村, whose 后进 alone is a verb
        start, k = at + len(word) - len(last), len(tokens) - 1
        while (named and at - start < least and k > 0 and tokens[k - 1][1] in tags | LISTED_NAME_TAGS
               and last[0] not in name_cues().surnames and (tokens[k - 1][0] not in places.common_words() or _clan(tokens[k - 1][0]))):
            k -= 1  # 菖蒲|塘村: jieba glued the name's last character to 村 and read the rest as a word before it; not
            start -= len(tokens[k][0])  # 美丽|塘村, 新建|塘村 (common words), nor 党员|张村 (张村 is a surname's village)
        name = tagged(view[start:at])
        kind = len(name) == 1 and name[0][1] in kinds and not listed
        return start if named and least <= at - start <= most and start >= lo and not kind else None
    start, k = at, len(tokens) - 1
    tags = tags | LISTED_NAME_TAGS if listed else tags  # 金田村和草滩|村: after a village, a noun names one too
    while k > 0 and tokens[k - 1][1] in tags and at - (start - len(tokens[k - 1][0])) <= most:  # 马楼|村, 刘家|湾|村
        k -= 1
        start -= len(tokens[k][0])
    if start < at and k > 0 and tokens[k - 1][0] in prefixes and at - start < most and _opens_name(view, tokens, k - 1, start - 1):
        start -= 1  # 大|西港|村
    return start if at - start >= least else None


CLAN = "家"  # 黄家, 李家: a family's name, which opens a village's (黄家窑村, 李家庄村) though jieba knows it as a word


def _clan(word: str) -> bool:
    return len(word) == 2 and word[1] == CLAN and word[0] in name_cues().surnames


def _clan_village(tokens: list, word: str) -> bool:
    """Whether jieba glued a family's 家 to 村 after the surname alone (鲁|家村, 王|家村): a family's village."""
    return len(tokens) > 1 and tokens[-1][0] == CLAN + word and len(tokens[-2][0]) == 1 and tokens[-2][0] in name_cues().surnames


LOCATIVE_TAG = "f"  # jieba's tag of 前, 后, 上, 下 after a verb or a time (带动下, 三年前)
NAME_OPENERS = "，。；：、“（ \n"  # what may stand before a name that opens a clause or an item


def _opens_name(view: str, tokens: list, k: int, at: int) -> bool:
    """Whether the one-character word ``tokens[k]`` at ``at`` opens a village's name: jieba reads it as no locative
    (大, 小), or it opens the clause or the list item (东|王庄|村); not 带动下|西港村, 三年前|西港村."""
    return tokens[k][1] != LOCATIVE_TAG or at == 0 or view[at - 1] in NAME_OPENERS


def find(view: str, found: list[places.Place], county: divisions.Unit | None) -> list[places.Place]:
    """Villages named alone in a text about ``county`` (``deixis.home_units``; or about the prefecture it gives when the
    text is about no one county: 武汉's villages in a report on the city's state firms), where no place was found, no
    kind of village (城中村, 美丽宜居村) and no 村 that opens a word (美丽|村庄)."""
    word = _cfg()[0]
    if county is None or word not in view:
        return []
    covered = places.covered(len(view), found)
    out = []
    at = view.find(word)
    while at >= 0:
        start = _name_before(view, at)
        end = at + len(word)
        if start is None and out and view.startswith(LIST_MARK, out[-1].end):
            start = _name_before(view, at, listed=True)  # 大西港村、利厚村: an item right after a village's
            start = start if start == out[-1].end + len(LIST_MARK) else None
        if start is not None and not any(covered[start:end]) and view[start:end] not in _kinds() \
                and view[end - len(word) : end + 1] not in _opened_nouns():  # not 美丽|村庄: 村 opens a noun
            out.append(places.Place(start, end, view[start:end], county.province, county.city, county.county, "village",
                                    county.code, places.CHINA))
        at = view.find(word, end)
    return out


DIRECTIONS, PARTS = "东南西北中", "区城"  # 东区, 西区, 南城: a part of any town by its direction, no township's own name


def towns_holder(prefecture: divisions.Unit | None) -> divisions.Unit | None:
    """A prefecture whose townships lie under it directly, with no county between (东莞市, 中山市, 儋州市, 嘉峪关市: 不设区
    的地级市), so that its own news names them as a county's would; else None."""
    return prefecture if prefecture is not None and prefecture.code in divisions.load().towns else None


def towns(view: str, found: list[places.Place], alone: list[places.Place], county: divisions.Unit | None) -> list[places.Place]:
    """The townships of ``county`` that a text about it names alone (干汊河镇, in 舒城县's own news), by their names in
    the division list that end in 镇, 乡 or 街道 after a name of their own, where no place was found and jieba starts and
    ends words at the name's edges; and those a list names by their own names alone (``_listed_short``)."""
    if county is None:
        return []
    covered = places.covered(len(view), [*found, *alone])
    qualified = {p.end for p in found if p.code != county.code}  # 四川省|清溪镇: the township of the place before it
    names = frozenset(name for name in divisions.load().towns.get(county.code, ())  # not the list's 街道, 城区 or 林业局
                      if any(name.endswith(s) and len(name) - len(s) >= SHORT_TOWN_MIN for s in _cfg_suffixes()))
    names |= _restyled(names)  # 魏庄街道 named by its old style, 魏庄镇
    out = []
    for name in sorted(names, key=len, reverse=True):
        at = view.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(covered[at:end]) and at not in qualified and stands_apart(view, at, end):
                out.append(places.Place(at, end, name, county.province, county.city, county.county, "township",
                                        county.code, places.CHINA))
                covered[at:end] = b"\x01" * (end - at)
            at = view.find(name, end)
    return sorted(out + _listed_short(view, names, covered, county, found), key=lambda pl: pl.start)


def _restyled(names: frozenset[str]) -> frozenset[str]:
    """The townships' names with the other township suffixes (魏庄街道 → 魏庄镇, 魏庄乡; 寿安镇 → 寿安街道): a town made a
    street office (撤镇设街道) or a township made a town keeps its own name, which texts go on using with either suffix."""
    suffixes = _cfg_suffixes()
    shorts = {name[: -len(x)] for name in names for x in suffixes if name.endswith(x)}
    return frozenset(short + x for short in shorts for x in suffixes) - names


def _listed_short(view: str, names: frozenset[str], covered: bytearray, county: divisions.Unit,
                  found: list[places.Place]) -> list[places.Place]:
    """The townships a list names by their names without 镇, 乡 or 街道 (覆盖板桥、罗雄、钟山…7个乡镇(街道)): an item that
    is the short name of one of the county's townships, next to another such item across 、, where no place was found
    but one of another province read by the same name (九龙, which alone is Hong Kong's): the caller drops that one."""
    shorts = {name[: -len(suffix)] for name in names for suffix in _cfg_suffixes()
              if name.endswith(suffix) and len(name) - len(suffix) >= SHORT_TOWN_MIN}
    shorts = {short for short in shorts if not (len(short) == SHORT_TOWN_MIN and short[0] in DIRECTIONS and short[1] in PARTS)}
    at = {}
    for short in shorts:
        k = view.find(short)
        while k >= 0:
            at[k] = k + len(short)
            k = view.find(short, k + 1)
    ends = {e: s for s, e in at.items()}
    listed = [(s, e) for s, e in at.items()
              if view.startswith(LIST_MARK, e) and e + len(LIST_MARK) in at
              or view.endswith(LIST_MARK, 0, s) and s - len(LIST_MARK) in ends]
    elsewhere = {(p.start, p.end) for p in found if p.province != county.province}
    return [places.Place(s, e, view[s:e], county.province, county.city, county.county, "township", county.code, places.CHINA)
            for s, e in sorted(listed) if not any(covered[s:e]) or (s, e) in elsewhere]


SHORT_TOWN_MIN = 2  # characters of a township's name without its suffix (板桥 of 板桥镇)


@lru_cache(maxsize=1)
def _cfg_suffixes() -> tuple[str, ...]:
    return tuple(yaml_book(__package__, "places.yml")["township_suffixes"])


@lru_cache(maxsize=1)
def _opened_nouns() -> frozenset[str]:
    return frozenset(yaml_book(__package__, "places.yml")["village_opened_nouns"])


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return frozenset(yaml_book(__package__, "places.yml")["village_kinds"])


def listed_after(view: str, found: list[places.Place], alone: list[places.Place] = ()) -> list[places.Place]:
    """Villages listed right after a village found in its chain (民和县中川乡的金田村和草滩村; 马楼村、利厚村): of the same
    county, wherever the text is about. Each item must be a name jieba reads as one (``_name_before``), ending in 村, and
    no kind of village (重点村); none found ``alone`` already (``find``)."""
    word = _cfg()[0]
    covered = places.covered(len(view), [*found, *alone])
    out = []
    for p in found:
        last = p
        while last.level == "village" and last.mention.endswith(word):
            mark = next((m for m in SIBLING_MARKS if view.startswith(m, last.end)), "")
            at = view.find(word, last.end + len(mark), last.end + len(mark) + _cfg()[3] + 1) if mark else -1
            start = _name_before(view, at, listed=True) if at >= 0 else None
            end = at + len(word)
            if start != last.end + len(mark) or any(covered[start:end]) or view[start:end] in _kinds():
                break
            last = places.Place(start, end, view[start:end], p.province, p.city, p.county, "village", p.code, places.CHINA)
            covered[start:end] = b"\x01" * (end - start)
            out.append(last)
    return out


OF = "的"  # 右玉县的黄家窑村: the county's village


def _its_village(view: str, at: int, township: bool = False) -> str:
    """The village named right after a county's or township's name that ends at ``at``, with or without 的 (右玉县|的黄家窑村,
    桦川县|双兴村: news names a village by its county alone, leaving out the township), as ``_name_before`` reads a name
    alone, where 村 ends a word (not 传统村落) and no kind of village (右玉县的贫困村, 少数民族村, 桦川县农村); "" when
    none. Right after a ``township`` (望丰乡|脚尧村, 安民乡|李坑村) a noun names one too, as an item after a village does:
    a township's name is followed by its village's, and jieba knows few of them."""
    word, most = _cfg()[0], _cfg()[3]
    start = at + len(OF) if view.startswith(OF, at) else at
    end = view.find(word, start, start + most + len(word))
    if end < 0 or _name_before(view, end, listed=township and start == at) != start or view[start : end + len(word)] in _kinds():
        return ""
    ends = set(itertools.accumulate(len(w) for w, _ in tagged(view[start : end + len(word) + WORD_AFTER])))
    return view[start : end + len(word)] if end + len(word) - start in ends else ""


WORD_AFTER = 2  # characters after 村 read with it (村落, 村民)


@lru_cache(maxsize=1)
def _locators() -> tuple[str, ...]:
    return tuple(yaml_book(__package__, "places.yml")["village_locators"])


def located(view: str, found: list[places.Place], alone: list[places.Place] = ()) -> list[places.Place]:
    """Villages a text locates in a county by a verb right before its divisions (周家村位于浙江省象山县黄避岙乡) or names
    as the county's (右玉县的黄家窑村), and every other mention of the same name: of that county, wherever the text is
    about; none covered by a place found already."""
    word = _cfg()[0]
    covered = places.covered(len(view), [*found, *alone])
    named: dict[str, places.Place] = {}
    for p in found:
        if p.country != places.CHINA or not p.county or p.level not in ("county", "township"):
            continue
        verb = next((v for v in _locators() if view.endswith(v, 0, p.start)), "")
        at = p.start - len(verb) - len(word)
        start = _name_before(view, at, listed=True) if verb and at >= 0 and view.startswith(word, at) else None
        if start is not None and not any(covered[start : at + len(word)]) and view[start : at + len(word)] not in _kinds():
            named.setdefault(view[start : at + len(word)], p)
        own = _its_village(view, p.end, p.level == "township")
        lo = p.end + len(OF) * view.startswith(OF, p.end)
        if own and not any(covered[lo : lo + len(own)]):
            named.setdefault(own, p)
    out = []
    for name, p in named.items():
        at = view.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(covered[at:end]):
                out.append(places.Place(at, end, name, p.province, p.city, p.county, "village", p.code, places.CHINA))
                covered[at:end] = b"\x01" * (end - at)
            at = view.find(name, end)
    return sorted(out, key=lambda pl: pl.start)
