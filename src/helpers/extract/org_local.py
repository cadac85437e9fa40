"""Local bodies: a prefix followed by an office word, and the offices inside a named body.

No list can hold every local organ (any county + 发改局, any town + 党委, any zone + 管委会), so
they are found by shape: a prefix ending where an office word starts. Prefixes are places (from
``places.find``), development zones (天津 + 东疆保税港区), towns and villages (南塘镇), words such as
当地 or 各地, or a one-character level (省委, 市政府). Office words are whole words from
``org_patterns.yml`` or a policy area + a department ending (农业农村 + 委, 发改 + 局); a few
endings (局, 委员会, 办公室) also take a free name (天津市 + 道路运输 + 局). A named body may then go
on into one of its own offices (省委 + 巡视组, 人社部 + 就业促进司).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import longest_first, yaml_book
from . import org_names
from .names import cues as name_cues
from .org_names import Found
from .places import Place
from .tokens import tagged, word_bounds

COMPANY = "company"
NAMED_PREFIX = 2  # characters of a place's name before a branch's word (安康|分行), more than a level's (区|分行)
PLACE_LEVEL_TO_ORG = {"province": "provincial", "prefecture": "prefecture", "county": "county", "township": "township", "village": "village"}


@dataclass(frozen=True)
class Book:
    """``org_patterns.yml``, compiled."""

    offices: dict  # office word -> (type, is a department word)
    field_stems: dict  # last character -> the departments' stems ending in it, longest first: a joined name's first field
    free: tuple  # endings that take a free name
    free_institutions: frozenset  # those of public institutions, whose free name is a field of nouns (茶产业 + 发展中心)
    stops: frozenset
    not_followed: dict  # last character of an ending -> ((ending, characters that may not follow it), ...)
    not_preceded: dict  # ending -> words that may not stand before it
    not_in_names: tuple
    free_not_containing: tuple
    prefix_words: dict  # last character -> (word, names every such body), longest first: 当地, 各地
    single_levels: dict  # last character -> (level word, level), longest first: 省, 自治区
    unambiguous: frozenset  # office words a level character may take anywhere: these and every department word
    not_level_after: dict
    zone_suffixes: dict  # last character -> zone words, longest first
    grassroots: dict  # last character -> (unit, level), longest first
    party_prefixes: tuple
    democratic_parties: tuple
    democratic_party_type: str
    democratic_committee: str
    league_prefixes: tuple  # 共青团, 团: before a place's or a level's committee (共青团湖北省委, 团县委)
    bank_endings: tuple
    branch_offices: frozenset  # 分行, 支行: a bank's units, named by a place's name after the bank's (安康分行)
    standalone: frozenset
    own_unit_offices: frozenset  # 街道办事处, 政协: alone, the one body of the office the text names in full
    standalone_not_before: tuple
    congress_followers: tuple
    congress_not_after: frozenset
    suffix_full: dict
    free_name_max: int
    long_free_fields: tuple[str, ...]  # 综合行政执法, 领导小组: what a free name longer than FREE_PLAIN_MAX holds
    sub_offices: dict  # first character -> office words and department words starting with it, longest first
    sub_office_endings: dict  # last character -> endings
    sub_office_max: int
    sub_office_not_starting: tuple
    sub_office_joins: str  # a conjunction inside an office's name (就业促进和失业保险处)
    sub_office_openers: tuple  # words with a stop's character that open offices' names (对外联络处)
    not_in_office_fields: frozenset  # characters of bodies, people and levels, which no field joined by 和 holds
    stationed: str
    stationed_in: frozenset
    term: re.Pattern  # a body's term right before its office word (第十三届): matched against the text before the word
    term_offices: frozenset
    numbered: re.Pattern  # a body's number right before its office word (第一|人民法院)
    numbered_offices: frozenset
    area_words: frozenset  # every department of a stem in an area (应急管理部门): a body only after an area's word
    area_prefixes: frozenset  # those words (全省, 各级, 全省各级)
    area_endings: tuple  # what ends an area word after its stem (部门, 机关, and 系统)
    area_levels: dict  # a level's character in an area's word -> the level (省 → provincial)
    acting_offices: frozenset  # office words that name a body only where it acts (县财政|每年安排)
    acting_after: tuple  # the words after such a body that acts (安排, 按照)
    acting_adverbs: tuple  # and the adverbs and times that may come first (每年, 今年)
    acting_spans: re.Pattern  # and the spans of years that may (自2026年起, 连续3年)
    acting_ambiguous: frozenset  # those verbs that also open a noun or a phrase (补助, 为)
    acting_not_before: tuple  # what makes such a verb a noun's first word (补助|资金, 为|主)
    acting_levels: frozenset  # the level prefixes that name one body of such an office (省级财政), no class


def _by_last_character(words: dict) -> dict[str, tuple[tuple, ...]]:
    """Words (with their values) grouped by their last character, longest first: a prefix is looked up by the character
    before an office word, so only the few words that can end there are tried."""
    out: dict[str, list[tuple]] = {}
    for w in longest_first(words):
        out.setdefault(w[-1], []).append((w, words[w]))
    return {c: tuple(ws) for c, ws in out.items()}


def _words_by_last_character(words: list[str]) -> dict[str, tuple[str, ...]]:
    """Words by their last character, longest first."""
    return {c: tuple(w for w, _ in ws) for c, ws in _by_last_character(dict.fromkeys(words)).items()}


def _by_first_character(words: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in longest_first(words):
        out.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def area_field(mention: str) -> tuple[str, str]:
    """The field of an area's departments named as one and the area's level (全省公安机关 → 公安, provincial; 全市人社系统 →
    人社, prefecture; 全省各级审计机关 → 审计), or ("", "") for any other name: ``area_prefixes`` + an ``area_words`` word."""
    bk = book()
    prefix = max((p for p in bk.area_prefixes if mention.startswith(p)), key=len, default="")
    word = mention[len(prefix) :]
    if not prefix or word not in bk.area_words:
        return "", ""
    level = bk.area_levels.get(prefix[1:2], "")  # 全|省, 全|市, 本|县: the level its second character names
    return next((word[: -len(e)] for e in bk.area_endings if word.endswith(e)), ""), level


AREA_SYSTEM = "系统"  # 全省应急管理系统: an area's departments of a stem (``area_system_stems``)


@lru_cache(maxsize=1)
def book() -> Book:
    pats = yaml_book(__package__, "org_patterns.yml")
    departments = [stem + ending for stem in pats["department_stems"] for ending in pats["department_endings"]]
    offices = {w: (typ, False) for typ, words in pats["office_words"].items() for w in words}
    offices.update({word: ("local_government", True) for word in departments})
    area_words = {stem + ending for stem in pats["department_stems"] + pats["area_extra_stems"] for ending in pats["area_endings"]}
    area_words |= {stem + AREA_SYSTEM for stem in pats["area_system_stems"]}
    offices.update({word: ("local_government", False) for word in area_words})
    return Book(
        offices=offices, field_stems=_words_by_last_character(pats["department_stems"]),
        free=tuple(pats["free_endings"] + pats["free_institution_endings"]),
        free_institutions=frozenset(pats["free_institution_endings"]), stops=frozenset(pats["left_stops"]),
        not_followed=_by_last_character({k: frozenset(v) for k, v in pats["not_followed_by"].items()}),
        not_preceded={k: tuple(v) for k, v in pats["not_preceded_by"].items()},
        not_in_names=tuple(pats["not_in_names"]), free_not_containing=tuple(pats["free_name_not_containing"]),
        prefix_words=_by_last_character({**dict.fromkeys(pats["local_prefixes"], False),
                                         **dict.fromkeys(pats["collective_prefixes"], True)}),
        single_levels=_by_last_character(pats["single_prefix_levels"]),
        unambiguous=frozenset(pats["unambiguous_after_level"] + departments),
        not_level_after={k: tuple(v) for k, v in pats["not_a_level_after"].items()},
        zone_suffixes=_by_last_character(dict.fromkeys(pats["zone_suffixes"])),
        grassroots=_by_last_character(pats["grassroots_units"]),
        party_prefixes=longest_first(pats["party_prefixes"]),
        democratic_parties=longest_first(pats["democratic_parties"]), democratic_party_type=pats["democratic_party_type"],
        democratic_committee=pats["democratic_committee"], league_prefixes=longest_first(pats["league_prefixes"]),
        bank_endings=tuple(pats["bank_endings"]), branch_offices=frozenset(pats["branch_offices"]),
        standalone=frozenset(pats["standalone"]), own_unit_offices=frozenset(pats["own_unit_offices"]), standalone_not_before=tuple(pats["standalone_not_before"]),
        congress_followers=tuple(pats["congress_followers"]), congress_not_after=frozenset(pats["congress_not_after"]),
        suffix_full=dict(pats["suffix_full"]), free_name_max=pats["free_name_max"],
        long_free_fields=tuple(pats["long_free_fields"]),
        sub_offices=_by_first_character(pats["sub_offices"] + departments),
        sub_office_endings=_by_last_character(dict.fromkeys(pats["sub_office_endings"])),
        sub_office_max=pats["sub_office_max"], sub_office_not_starting=tuple(pats["sub_office_not_starting"]),
        sub_office_joins=pats["sub_office_joins"], sub_office_openers=tuple(pats["sub_office_openers"]),
        not_in_office_fields=frozenset(pats["not_in_office_fields"]), stationed=pats["stationed"], stationed_in=frozenset(pats["stationed_in"]),
        term=re.compile(r"(?:%s)\Z" % pats["term_marker"]), term_offices=frozenset(pats["term_offices"]),
        numbered=re.compile(r"(?:%s)\Z" % pats["numbered_marker"]), numbered_offices=frozenset(pats["numbered_offices"]),
        area_words=frozenset(area_words), area_prefixes=frozenset(pats["area_prefixes"]),
        area_endings=tuple(pats["area_endings"]) + (AREA_SYSTEM,),
        area_levels={k: v for k, v in pats["single_prefix_levels"].items() if len(k) == 1},
        acting_offices=frozenset(pats["acting_offices"]), acting_after=longest_first(pats["acting_after"]),
        acting_adverbs=longest_first(pats["acting_adverbs"]), acting_spans=re.compile(pats["acting_spans"]), acting_not_before=tuple(pats["acting_not_before"]),
        acting_ambiguous=frozenset(pats["acting_ambiguous"]), acting_levels=frozenset(pats["acting_level_prefixes"]),
    )


def _blocked(view: str, s: int, e: int, word: str, bk: Book) -> bool:
    """Whether the word at ``view[s:e]`` is part of another word (委员, 办理, 格局, 公司)."""
    nxt = view[e : e + 1]
    if any(nxt in chars and word.endswith(ending) for ending, chars in bk.not_followed.get(word[-1], ())):
        return not _closes_a_word(view, e)
    return any(view.endswith(w, 0, s) for w in bk.not_preceded.get(word, ()))


def _closes_a_word(view: str, e: int) -> bool:
    """Whether jieba reads a noun of three or more characters ending at ``e`` (派出所|获悉, 研究所|获得), so that the
    character after it opens the next word, where the ending alone would join it (所获, 一无所获; 党组|书记 and 文明办丧,
    which jieba tags a name, stay blocked)."""
    at = max(0, e - WORD_REACH)
    words = tagged(view[at : e + WORD_REACH])
    for i, (word, flag) in enumerate(words):
        at += len(word)
        if at >= e:  # and the next word is a word of its own, not the ending's character (研究所|需, 派出所|属: 所需, 所属)
            after = words[i + 1][0] if i + 1 < len(words) else ""
            return at == e and len(word) >= OFFICE_WORD and flag in NOUN_TAGS and len(after) >= 2
    return False


WORD_REACH, OFFICE_WORD, NOUN_TAGS = 6, 3, ("n", "nt")


@dataclass
class _Scan:
    """What one document's search needs at hand: its bounds and where its places end."""

    view: str
    lo: int
    place_ends: dict


# a date that opens a clause ends its adverbial, so a department may start right after it (2023年工业和信息化局招商…)
_DATE_BEFORE = re.compile(r"(?:\d{2,4}|[今去明前当])年$|\d{1,2}[月日]$")


def _boundary(sc: _Scan, i: int, bk: Book) -> bool:
    """Whether a level word at ``i`` starts a name: a clause or a date before it, 据 that opens the clause (据|省水文监测
    中心统计: the source's preposition, which jieba reads with the level as one word; not 数据, a name's own), or a verb
    of two characters or more that acts on bodies (联合|县公安局, 督促|市住建局; org_names.yml ``leading_verbs``)."""
    if i <= sc.lo or sc.view[i - 1] in bk.stops or _DATE_BEFORE.search(sc.view, max(sc.lo, i - 5), i) is not None:
        return True
    word = next((p for p in SOURCE_PREPOSITIONS if sc.view.endswith(p, sc.lo, i)), "")
    if word:
        return i - len(word) <= sc.lo or sc.view[i - len(word) - 1] in bk.stops
    verb = next((v for v in org_names.names().verbs if len(v) > 1 and sc.view.endswith(v, sc.lo, i)), "")
    return bool(verb) and i - len(verb) in word_bounds(sc.view, max(sc.lo, i - len(verb) - WORD_WINDOW), i)  # 联合|县公安局


WORD_WINDOW = 4  # characters read before a verb for where its word starts
def _acts_after(view: str, e: int, bk: Book) -> bool:
    """Whether a word an acting body goes on with follows an office word at ``e``, after an adverb or a time or two
    (省财政|安排, 县财政|每年|安排), not a noun (省财政|收入, 县财政|资金, 市财政今年|一般公共预算收入)."""
    for _ in range(ACTING_ADVERBS_MAX + 1):
        verb = next((v for v in bk.acting_after if view.startswith(v, e)), "")
        if verb:
            if verb == OBJECT_PREPOSITION:  # 市财政对…给予, 县财政对脱贫户每户补助…: the act follows what it is done to
                end = next((i for i in range(e, min(len(view), e + OBJECT_REACH)) if view[i] in "。；;"), e + OBJECT_REACH)
                return any(view.find(v, e + 1, end) >= 0 for v in bk.acting_after + GIVING if len(v) > 1)
            return verb not in bk.acting_ambiguous or not view.startswith(bk.acting_not_before, e + len(verb))
        adverb = next((a for a in bk.acting_adverbs if view.startswith(a, e)), "")
        span = bk.acting_spans.match(view, e) if not adverb else None
        if not adverb and span is None:
            return False
        e += len(adverb) if adverb else span.end() - e
    return False


OBJECT_PREPOSITION, OBJECT_REACH = "对", 40  # 对 + what is acted on, within its sentence
GIVING = ("补贴", "奖励", "资助")  # what a finance gives after 对 (市财政对…每人每年补贴610元)
ACTING_ADVERBS_MAX = 3  # adverbs and times between such a body and its verb (每年|都|要|安排)
SOURCE_PREPOSITIONS = ("根据", "据")  # before a source at a clause's start (据|省水文监测中心统计, 根据|县气象台预报)


def _name_start(sc: _Scan, e: int, most: int, bk: Book) -> int:
    """The leftmost start of a name ending at ``e``: at most ``most`` characters, none of them a stop."""
    i = e
    while i > max(sc.lo, e - most) and sc.view[i - 1] not in bk.stops:
        i -= 1
    return i


def _place_in(sc: _Scan, i: int, e: int) -> Place | None:
    """The place that ends nearest before ``e`` and at or after ``i`` (天津 in 天津东疆)."""
    for p in range(e, i - 1, -1):
        if p in sc.place_ends:
            return sc.place_ends[p]
    return None


def _short_name(sc: _Scan, e: int, most: int, bk: Book) -> int | None:
    """Where a short name ending at ``e`` starts (南塘 in 为南塘镇): the run of non-stops before ``e``, unless it is
    longer than ``most`` (then where the name starts is unknown), without a leading verb, and not generic."""
    i = _name_start(sc, e, most + 1, bk)
    if e - i > most:
        return None
    raw = sc.view[i:e]
    nm = org_names.names()
    if i > sc.lo and sc.view[i - 1] in nm.numerals and nm.counted.match(raw):
        return None  # 全县12个乡镇文化站: the measure word of a count, no township's name (个乡)
    name = org_names.trim(raw)
    if not name and raw in nm.place_name_verbs:
        name = raw  # 建设乡人民政府: a township named by a verb
    words = tagged(name)
    if len(words) >= 2 and all(flag == VERB_TAG for _, flag in words):
        return None  # 都要到|镇卫生院: a clause's verbs, no town's name (前进镇 is one word; 望|牛墩镇 has a name in it)
    return e - len(name) if len(name) >= 2 and not org_names.is_generic(name) else None


def _zone(sc: _Scan, s: int, bk: Book) -> tuple[int, str] | None:
    """A development zone ending at ``s``: a place or a short name before a zone word (天津东疆保税港区), or a free trade
    zone named as the State Council names them (中国（上海）自由贸易试验区)."""
    national = _in_a_national_zone(sc, s, bk)
    if national < s:
        return national, ""
    for suf, _ in bk.zone_suffixes.get(sc.view[s - 1 : s], ()):
        zs = s - len(suf)
        if zs < sc.lo or not sc.view.startswith(suf, zs):
            continue
        place = _place_in(sc, _name_start(sc, zs, 8, bk), zs)
        if place is not None:
            return _in_a_national_zone(sc, place.start, bk), PLACE_LEVEL_TO_ORG.get(place.level, "")
        i = _short_name(sc, zs, 4, bk)
        if i is not None:
            return _in_a_national_zone(sc, i, bk), ""
    return None


def _in_a_national_zone(sc: _Scan, i: int, bk: Book) -> int:
    """Where a zone's name starts that lies in a free trade zone named before it as the State Council names them, 中国
    + the province in brackets + the zone word (中国（山东）自由贸易试验区|烟台片区管理委员会: the 片区's committee carries the
    whole name); ``i`` where the inner zone's own name starts."""
    for suf, _ in bk.zone_suffixes.get(sc.view[i - 1 : i], ()):
        zs = i - len(suf)
        if zs < sc.lo or not sc.view.startswith(suf, zs) or sc.view[zs - 1 : zs] not in CLOSING_BRACKETS:
            continue
        place = sc.place_ends.get(zs - 1)
        opens = place.start - 1 if place is not None else -1
        if opens > sc.lo and sc.view[opens] in OPENING_BRACKETS and sc.view.endswith(NATIONAL_ZONE_PREFIX, sc.lo, opens):
            return opens - len(NATIONAL_ZONE_PREFIX)
    return i


NATIONAL_ZONE_PREFIX = "中国"  # 中国（上海）自由贸易试验区: 国务院关于印发中国（上海）自由贸易试验区总体方案的通知 (国发〔2013〕38号)
OPENING_BRACKETS, CLOSING_BRACKETS = "（(", "）)"


def _grassroots(sc: _Scan, s: int, bk: Book) -> tuple[int, str] | None:
    """A town, village, community or street office ending at ``s`` (南塘镇, 金牛区红花社区)."""
    for unit, level in bk.grassroots.get(sc.view[s - 1 : s], ()):
        us = s - len(unit)
        if us <= sc.lo or not sc.view.startswith(unit, us) or sc.view[us - 1] in bk.not_level_after.get(unit, ()):
            continue  # 覆盖乡|镇卫生院, 建制乡|镇: 乡镇, every township, no town named
        place = _place_in(sc, _name_start(sc, us, 4, bk), us - 2)
        if place is not None:
            return place.start, level
        i = _short_name(sc, us, 3, bk)
        if i is not None:
            return i, level
    return None


def _single_level(sc: _Scan, s: int, word: str, bk: Book, termed: bool = False) -> tuple[int, str] | None:
    """(start, level) of a level word before ``s`` (省 + 政协, 自治区 + 党委), if it is one here; ``termed``: a term stands
    between it and the office word (省 + 第十三届 + 人民代表大会), which vouches for it wherever it stands."""
    for w, level in bk.single_levels.get(sc.view[s - 1 : s], ()):
        i = s - len(w)
        if i < sc.lo or not sc.view.startswith(w, i):
            continue
        if any(sc.view.endswith(before, sc.lo, i) for before in bk.not_level_after.get(w, ())):
            return None
        return (i, level) if termed or _boundary(sc, i, bk) or word in bk.unambiguous else None
    return None


def _sharing(sc: _Scan, s: int, word: str) -> Place | None:
    """A place whose last character is the office word's first (北京市 + 市场监管局 written 北京市场监管局)."""
    place = sc.place_ends.get(s + 1)
    return place if place is not None and word[:1] == sc.view[s : s + 1] and place.mention.endswith(word[:1]) else None


def _prefix(sc: _Scan, s: int, word: str, bk: Book, termed: bool = False) -> tuple[int, str, bool] | None:
    """(start, level, names every such body) of a prefix that ends at ``s``, or None (``termed``: see ``_single_level``)."""
    place = sc.place_ends.get(s) or _sharing(sc, s, word)
    if place is not None:  # (烟台片区, a site of the places table: in its free trade zone's name, as a zone's name is)
        return _in_a_national_zone(sc, place.start, bk), PLACE_LEVEL_TO_ORG.get(place.level, ""), False
    for w, collective in bk.prefix_words.get(sc.view[s - 1 : s], ()):
        if s - len(w) >= sc.lo and sc.view.startswith(w, s - len(w)):
            return s - len(w), "", collective
    found = _zone(sc, s, bk) or _grassroots(sc, s, bk)
    if found:
        return found[0], found[1], False
    found = _single_level(sc, s, word, bk, termed)
    if found is None:
        return None
    place = sc.place_ends.get(found[0])  # 郏县|县|委, 北京市|市|政府: the place repeats its level before the office word
    if place is not None and place.mention.endswith(sc.view[found[0] : s]):
        return place.start, PLACE_LEVEL_TO_ORG.get(place.level, found[1]), False
    abroad = _a_name_abroad_before(sc, found[0])
    if abroad is not None:
        return abroad, "", False  # 彭亨州|州|政府: the government of a place abroad the level repeats, of no level at home
    return found[0], found[1], False


def _a_name_abroad_before(sc: _Scan, i: int) -> int | None:
    """Where the foreign place's name starts whose last character the level word at ``i`` repeats (彭亨州|州政府,
    加利福尼亚州|州政府): a word of three characters or more ending in that character, the rest of it transliteration's
    characters; None for a place or pronoun at home (郏县|县委, 我县|县委, 该市|市政府, 高新区|区委)."""
    level = sc.view[i : i + 1]
    at = max(sc.lo, i - FOREIGN_NAME_READ)
    words = tagged(sc.view[at:i])
    if not words or sc.place_ends.get(i) is not None:
        return None
    word = words[-1][0]
    chars = name_cues().transliteration
    abroad = len(word) >= 3 and word.endswith(level) and all(ch in chars for ch in word[:-1])
    return i - len(word) if abroad else None


FOREIGN_NAME_READ = 8  # characters read before a repeated level word for the foreign name it ends


def _party(view: str, pre: int, lo: int, bk: Book) -> int:
    """Move a local party body's start back over 中共 (中共云南省委)."""
    for w in bk.party_prefixes:
        if pre - len(w) >= lo and view.startswith(w, pre - len(w)):
            return pre - len(w)
    return pre


def _democratic_party(view: str, pre: int, lo: int, bk: Book) -> int:
    """Where a democratic party's name right before a local committee's place starts (民革|襄阳市委会), else ``pre``; not
    the end of another word (组织市民|进|市委机关: 民进 inside 市民进)."""
    at = next((pre - len(w) for w in bk.democratic_parties if pre - len(w) >= lo and view.startswith(w, pre - len(w))), pre)
    return at if at == pre or at in word_bounds(view, at, pre) else pre


def _league(view: str, pre: int, lo: int, word: str, bk: Book) -> int:
    """Where the Youth League's name right before a committee's place or level starts (共青团|湖北省委, 团|县委), else
    ``pre``; only before a committee (委), and where a word starts there (not 集|团市委)."""
    if not word.endswith(COMMITTEE):
        return pre
    at = next((pre - len(w) for w in bk.league_prefixes if pre - len(w) >= lo and view.startswith(w, pre - len(w))), pre)
    return at if at == pre or at in word_bounds(view, at, pre) else pre


COMMITTEE = "委"


def _term_start(sc: _Scan, s: int, word: str, bk: Book) -> int:
    """Where the term or the number before an office word that takes one starts (省|第十三届|人民代表大会, 东莞市|第一|
    人民法院), else ``s``."""
    if word in bk.numbered_offices:
        m = bk.numbered.search(sc.view, max(sc.lo, s - TERM_MAX), s)
        return m.start() if m else s
    if word not in bk.term_offices:
        return s
    m = bk.term.search(sc.view, max(sc.lo, s - TERM_MAX), s)
    return m.start() if m else s


TERM_MAX = 5  # characters of the longest term (第十三届)
LISTED_AFTER = "、和与及"  # before a body a list names after another


def _local(sc: _Scan, s: int, e: int, word: str, typ: str, bk: Book) -> Found | None:
    ts = _term_start(sc, s, word, bk)
    pre = _prefix(sc, ts, word, bk, ts < s)
    if pre is None:
        return None
    start, level, collective = pre
    if word in bk.area_words and sc.view[start:ts] not in bk.area_prefixes:
        return None  # 湖南省应急管理部门要…: every such department is named only by an area's word
    place = sc.place_ends.get(s)
    if word in bk.branch_offices and (s - start < NAMED_PREFIX or sc.view.endswith(bk.bank_endings, sc.lo, start)):
        return None  # 区分行, 江苏银行|苏州分行: a branch named by a place's name alone, not after its bank's name
    if typ == COMPANY and sc.view[start:ts] in bk.area_prefixes:
        collective = True  # 全省农商银行: a whole area's banks of the kind, not one (县农商银行 is the county's one)
    if place is not None and word in bk.suffix_full:
        name = (place.full_name or place.mention) + bk.suffix_full[word]
    else:
        party = _democratic_party(sc.view, start, sc.lo, bk)
        if party < start:  # 民革襄阳市委会: that party's committee
            if sc.view.startswith(bk.democratic_committee, e - 1) and e + 1 in word_bounds(sc.view, party, e + 1):
                e += 1  # 委会 of 民革襄阳市委会; not 民盟市委|会议
            return Found(party, e, sc.view[party:e], bk.democratic_party_type, level)
        league = _league(sc.view, start, sc.lo, word, bk)
        if league < start:  # 共青团湖北省委: the Youth League's committee
            return Found(league, e, sc.view[league:e], bk.democratic_party_type, level)
        start = _party(sc.view, start, sc.lo, bk)
        name = sc.view[start:e]
    if collective and word in bk.acting_offices and sc.view[start:ts] in bk.acting_levels:
        collective = False  # 省级财政安排…: that level's finance department, named as 省财政 is
        name = sc.view[start:ts].replace(LEVEL_MARK, "") + word
    return Found(start, e, name, "group" if collective else typ, level)


LEVEL_MARK = "级"  # 省级, 县级: a level's word, which a body's name leaves out (省级财政 → 省财政)


def _standalone(sc: _Scan, s: int, e: int, word: str, typ: str, department: bool, bk: Book) -> Found | None:
    """An office word with no prefix that still names a body: 人大 before 代表/监督, a department at a clause start, or
    a numbered court a list names after one with its place (东莞市第一人民法院、|第二人民法院)."""
    if sc.view.startswith(bk.standalone_not_before, e):
        return None
    ns = _term_start(sc, s, word, bk) if word in bk.numbered_offices else s
    if ns < s and ns > sc.lo and sc.view[ns - 1] in LISTED_AFTER:
        return Found(ns, e, sc.view[ns:e], typ, "")
    if word == "人大":
        ok = sc.view.startswith(bk.congress_followers, e) and (s <= sc.lo or sc.view[s - 1] not in bk.congress_not_after)
    else:
        ok = (department or word in bk.standalone) and _boundary(sc, s, bk)
    return Found(s, e, word, typ, "") if ok else None


def _free(sc: _Scan, hits: list[tuple[int, str]], bk: Book) -> list[Found]:
    """Bodies whose name between prefix and ending is free (天津市 + 道路运输 + 局); ``hits`` are the endings' starts."""
    out = []
    for fs, ending in hits:
        fe = fs + len(ending)
        if _blocked(sc.view, fs, fe, ending, bk):
            continue
        for p in range(fs - 1, max(sc.lo, fs - bk.free_name_max) - 1, -1):
            if sc.view[p] in bk.stops:
                break
            if fs - p < 2:
                continue
            pre = _prefix(sc, p, ending, bk)
            if pre is None:
                continue
            middle = sc.view[p:fs]
            if len(middle) > FREE_PLAIN_MAX and not any(w in middle + ending for w in bk.long_free_fields):
                break  # 人民医院急诊科护士站值班|办公室, 天府软件园一家初创企业|办公室: a room or a clause, no body
            if ending in bk.free_institutions and (not _a_field(sc.view, middle, fe) or sc.view.startswith(KIND_PREFIXES, pre[0])):
                break  # 全市|新建党群服务中心, 乡镇区域养老服务中心: the kind a unit or level has, no body
            if not any(w in middle for w in bk.not_in_names + bk.free_not_containing):
                start = _party(sc.view, pre[0], sc.lo, bk)
                out.append(Found(start, fe, sc.view[start:fe], "group" if pre[2] else "local_government", pre[1]))
            break
    return out


def _a_field(view: str, middle: str, end: int) -> bool:
    """Whether an institution's free name is a field of nouns (茶产业, 电子商务公共) and no count follows its ending
    (乡镇便民服务中心18个: a kind counted)."""
    words = tagged(middle)
    return all(flag.startswith(FIELD_TAGS) for _, flag in words) and words[0][0] not in org_names.names().verbs \
        and not (end < len(view) and view[end] in COUNT_OPENERS)


FIELD_TAGS = ("n", "vn", "j", "b", "eng")  # jieba's nouns, nominal verbs, abbreviations and modifiers (中小|企业, 公共)
# 全市, 各县, 市县, 乡镇, 县级, 区域: a whole unit's, every unit's or a level's institutions of a kind, no body
KIND_PREFIXES = ("全", "各", "市县", "省市", "县乡", "乡镇", "省级", "市级", "县级", "区级", "乡级", "镇级", "区域")
COUNT_OPENERS = "0123456789０１２３４５６７８９一二两三四五六七八九十百千万几多"
FREE_PLAIN_MAX = 10  # characters of a free name of any words; a longer one names one of ``long_free_fields``


def find(view: str, start: int, end: int, place_ends: dict[int, Place], offices: list[tuple[int, str]],
         free: list[tuple[int, str]]) -> list[Found]:
    """Local bodies in ``view[start:end]``, possibly overlapping (the caller keeps the longest).

    ``place_ends`` are the places inside the span by where they end; ``offices`` and ``free`` are (start, word) of the
    office words and free endings in the text, which the caller finds in the same pass as registered names
    (``book().offices``, ``book().free``)."""
    bk = book()
    sc = _Scan(view, start, place_ends)
    longest: dict[int, str] = {}
    for s, word in offices:
        if s not in longest or len(word) > len(longest[s]):
            longest[s] = word
    out = []
    for s, name, after, word in _joined(view, start, offices, bk):
        typ = bk.offices[word][0]
        found = None if _blocked(view, s, s + len(name), name, bk) else _local(sc, s, s + len(name), name, typ, bk)
        if found is not None:  # 富平县教育和体育局: a place's or a level's body (not 加强生态环境和|自然资源局协同), whose
            out.append(found)  # department word after 和 is no body of its own
            longest.pop(after, None)
    for s, word in longest.items():
        e = s + len(word)
        typ, department = bk.offices[word]
        if _blocked(view, s, e, word, bk) or word in bk.acting_offices and not _acts_after(view, e, bk):
            continue
        found = _local(sc, s, e, word, typ, bk) or _standalone(sc, s, e, word, typ, department, bk)
        if found is not None:
            out.append(found)
    return out + _free(sc, free, bk)


FIELDS_JOINED = "和"


def _joined(view: str, lo: int, offices: list[tuple[int, str]], bk: Book) -> list[tuple[int, str, int, str]]:
    """(start, name, where the department word after 和 starts, that word) of the departments whose name joins a
    department's field to another's by 和 (富平县教育|和|体育局, 科学技术|和|工业信息化局, 科技|和|工信局): the 2019 reforms
    merged a county's or city's bureaus under names of this shape in every province, too many to list. A department word
    right after 和 and a stem of the departments' words right before it read as one name from the stem on; not where the
    stem is an item of a list of short names (县发改、财政和|审计局: three bodies)."""
    out = []
    for s, word in offices:
        if s - 2 < lo or view[s - 1] != FIELDS_JOINED or not bk.offices[word][1]:
            continue
        stem = next((w for w in bk.field_stems.get(view[s - 2], ()) if view.endswith(w, lo, s - 1)), None)
        at = s - 1 - len(stem) if stem is not None else lo
        if stem is not None and view[at - 1 : at] not in LISTED_BEFORE:
            out.append((at, view[at : s + len(word)], s, word))
    return out


LISTED_BEFORE = "、，,"  # before an item of a list


@lru_cache(maxsize=1)
def rural_bank_words() -> frozenset[str]:
    """The company office words that name a place's own bank (农商银行, 农村信用联社), not a bank's unit (分行)."""
    bk = book()
    return frozenset(w for w, (typ, _) in bk.offices.items() if typ == COMPANY and w not in bk.branch_offices)


def sub_office(view: str, e: int, end: int) -> int:
    """Where a named body ending at ``e`` ends once it goes on into one of its offices (省委巡视组, 人社部就业促进司)."""
    bk = book()
    body_end = e
    while True:  # office by office: 成都市公安局|成华区分局|青龙派出所
        known = e
        while True:
            words = bk.sub_offices.get(view[known : known + 1], ())
            word = next((w for w in words if view.startswith(w, known) and known + len(w) <= end), None)
            if word is None or _blocked(view, known, known + len(word), word, bk):
                break
            known += len(word)
        further = _office_by_ending(view, known, end, bk)
        if further == e:
            return e
        if view.startswith(OFFICES_LISTED, further) and _an_office_at(view, further + 1, end, bk, view[further - 1]):
            return body_end  # 区法院|刑事审判庭和民事审判庭共审结…, 市中院|民一庭和民二庭: offices listed together, whose
        e = further  # figures are the body's


def _an_office_at(view: str, pos: int, end: int, bk: Book, kind: str) -> bool:
    """Whether an office of the same kind, ending in ``kind`` as the one before it does, starts at ``pos`` (民一庭和|民二庭,
    刑事审判庭和|民事审判庭), by an office's word or an office's ending; not a body's word of its own nor an office of
    another kind (住建局, 公安局经侦支队, 医政司和|疾控局: another body the first acts with, or may)."""
    if any(view.startswith(w, pos) for w in _body_words().get(view[pos : pos + 1], ())):
        return False
    word = next((w for w in bk.sub_offices.get(view[pos : pos + 1], ()) if view.startswith(w, pos)), "")
    last = pos + len(word) if word else _office_by_ending(view, pos, end, bk)
    return last > pos and view[last - 1] == kind


@lru_cache(maxsize=1)
def _body_words() -> dict[str, tuple[str, ...]]:
    """The office words that name a body of their own (departments, 局, 委员会), by their first character."""
    return _by_first_character(list(book().offices))


@lru_cache(maxsize=1)
def _university_units() -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    pats = yaml_book(__package__, "org_patterns.yml")
    return longest_first(pats["university_unit_endings"]), pats["university_unit_max"], tuple(pats["university_people"])


def university_unit(view: str, e: int, end: int) -> int:
    """Where a university's name ending at ``e`` ends once it goes on into one of its units (江苏大学|流体机械工程技术
    研究中心, 江苏大学|党委), by the first unit ending within ``university_unit_max`` characters, before any stop, word
    that no name holds or word for its people; else ``e``."""
    bk = book()
    endings, most, people = _university_units()
    for j in range(e, min(end, e + most)):
        if view[j] in bk.stops or view.startswith(people, j):
            return e  # 南京大学|毕业生到…中心: its people, not a unit
        ending = next((x for x in endings if view.startswith(x, j)), None)
        if ending is not None:
            return e if any(w in view[e:j] for w in bk.not_in_names) else j + len(ending)
    return e



@lru_cache(maxsize=1)
def _affiliates() -> tuple[str, tuple[str, ...], int]:
    a = yaml_book(__package__, "org_patterns.yml")["university_affiliates"]
    return a["marker"], longest_first(a["endings"]), a["name_max"]


def affiliate(view: str, e: int, end: int) -> int:
    """Where a university's affiliated hospital or school named right after it ends (…同济医学院|附属协和医院,
    北京师范大学|附属中学), by the marker and the first ending within a short name with no stop in it; else ``e``."""
    marker, endings, most = _affiliates()
    if not view.startswith(marker, e):
        return e
    for j in range(e + len(marker), min(end, e + len(marker) + most + 1)):
        ending = next((x for x in endings if view.startswith(x, j)), None)
        if ending is not None:
            return j + len(ending)
        if view[j] in AFFILIATE_STOPS:
            break
    return e


AFFILIATE_STOPS = "，,。；;：:、！？!?（）()“”‘’《》 \u3000\n"  # marks, not characters: 协和 holds 和


OFFICES_LISTED = ("和", "及", "与")  # between offices of one body acting together (民一庭和民二庭共受理…; not 民二庭、金融审判庭
# 负责人回答…, each its own)


def _office_by_ending(view: str, e: int, end: int, bk: Book) -> int:
    """Where an office after ``e`` that has a name of its own and an office ending ends (人社部|就业促进司), else ``e``."""
    if view.startswith(bk.sub_office_not_starting, e):
        return e
    nm = org_names.names()
    for j in range(e, min(end, e + bk.sub_office_max + 2)):
        if view[j] in bk.stops and not org_names.joins_fields(view, j, e, nm) and not _inside_office_name(view, j, e, bk):
            break
        for ending, _ in bk.sub_office_endings.get(view[j], ()):
            s = j + 1 - len(ending)
            if s - e >= 2 and view.startswith(ending, s) and not _blocked(view, s, j + 1, ending, bk):
                middle = view[e:s]
                if any(w in middle for w in bk.not_in_names) or _ends_in_a_verb(view[e : j + 1], ending):
                    return e
                if any(c in middle for c in bk.sub_office_joins) and any(c in bk.not_in_office_fields for c in middle):
                    return e  # 人民银行|杭州中心支行和浙江银保监局, 市应急管理局|工作人员和消防救援支队: two bodies, or people and one
                return j + 1
    return e


def _inside_office_name(view: str, at: int, e: int, bk: Book) -> bool:
    """Whether the stop character at ``at`` stands inside the name of an office that starts at ``e``: a conjunction
    between two of its fields (就业促进|和|失业保险处, 对外投资|和|经济合作处), or a word that opens offices' names
    (对外|联络处; not 对|企业, 对接, 在建). The field before 和 holds no person or title here; the caller checks that
    neither field holds a body's, a person's or a level's character once the office's ending is found."""
    if at == e:
        return view.startswith(bk.sub_office_openers, e)
    if view[at] not in bk.sub_office_joins or at - e < 2 or view[at - 1] in bk.stops:
        return False
    return not any(flag.startswith(NOT_FIELD_TAGS) or word.endswith(TITLE_ENDINGS) for word, flag in tagged(view[e:at]))


# what a field of an office's name is not made of: a person's name, a distinction (副), a number, pronoun, preposition,
# conjunction, adverb or particle (生态环境部|副部长翟青和…司司长: two people, no office); and an officer's title
# (局长张三和, 国家统计局|总经济师盛来运和城市司司长: jieba does not read every name as one)
NOT_FIELD_TAGS = ("nr", "b", "m", "r", "p", "c", "d", "u")
TITLE_ENDINGS = ("长", "师", "主任", "书记")


def _ends_in_a_verb(phrase: str, ending: str) -> bool:
    """Whether the office ending closes a verb rather than naming an office (治安管理大队|查处 2起, not a 处; 秘书处 and
    稽查|处 are offices): jieba reads the last word as a two-character verb of the ending's character (查处, 惩处, 判处);
    a longer one is an office jieba mistags (就业处)."""
    word, flag = tagged(phrase)[-1]
    return len(word) == len(ending) + 1 and flag.startswith(VERB_TAG)


VERB_TAG = "v"


def stationed_start(view: str, s: int, lo: int, places: dict) -> int:
    """Where a body starting at ``s`` starts once 驻 + a place before it is included (驻滇解放军)."""
    bk = book()
    place = places.get(s)
    before = place.start if place is not None else (s - 1 if s - 1 >= lo and view[s - 1] in bk.stationed_in else s)
    return before - 1 if before < s and before - 1 >= lo and view[before - 1] == bk.stationed else s
