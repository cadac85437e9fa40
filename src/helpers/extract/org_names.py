"""Named bodies found by the word that ends their name (公司, 大学, 医院, 委员会), and the nouns that only look like them.

A name runs left from its ending to punctuation or a function word. Verbs and a count (两家, 1800名)
are cut off its front, since they act on or count bodies (组织交通集团 names 交通集团); what is left
must not be generic alone (这家公司, 保险公司, 跨国公司, 我们公司 name no one body).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

from ..codebook import alternation, csv_book, longest_first, yaml_book
from . import divisions
from .names import cues as person_cues
from .occurrences import leftmost_longest
from .lexicon import claim_words
from .places import CHINA, common_words
from .tokens import in_dictionary, tagged, word_bounds


@dataclass(frozen=True)
class Found:
    """A body found by its shape: span, canonical name, type and level."""

    start: int
    end: int
    name: str
    type: str
    level: str


@dataclass(frozen=True)
class Names:
    """``org_names.yml``, compiled."""

    endings: re.Pattern
    ending_type: dict
    quoted: re.Pattern
    quoted_type: dict
    quoted_longest: tuple
    department_ending: str  # 司: a ministry's department, where one of ``department_titles`` follows it
    department_titles: tuple[str, ...]
    department_ending_not_words: tuple[str, ...]  # 公司, 上司: words a department's ending closes that name none
    division_ending: str  # 处: a department's division, where one of ``division_titles`` follows it
    division_titles: tuple[str, ...]
    station_ending: str  # 站: a station, where one of ``station_titles`` follows it and a place or a level opens it
    station_titles: tuple[str, ...]
    shop_endings: tuple[str, ...]  # a shop's name ends with one of them (张记饭店) where a role word follows (老板)
    shop_roles: tuple[str, ...]
    shop_sales: tuple[str, ...]  # or what it sold (…海鲜行销售的车螺), where the ending closes a noun
    role_labels: re.Pattern  # 检验机构为: a body's label in a sampling notice, the name after it
    role_type: dict
    duty_endings: tuple[str, ...]  # 处, 中心: the units a numbered item's parenthesis names alone (（工资处、就管中心）)
    duty_max: int
    duty_not_openers: tuple[str, ...]  # 各, 不含: what opens no unit's name (各相关处室)
    stops: frozenset
    inner_characters: frozenset
    joins: frozenset  # 与 inside a name (中国科学院东莞材料科学与技术研究所)
    join_not_after: frozenset
    national_joins: frozenset  # 和 inside a name that opens with a national scope (中国劳动和社会保障科学研究院)
    national_join_reach: int
    inner_words: frozenset  # 高等: a stop inside a word that names hold
    not_followed: dict
    not_preceded: dict
    party_titles: tuple  # the titles of a case's parties (被告, 被执行人), longest first
    role_words: tuple  # the roles a body plays in a project (运营方), before its name
    affiliate_roles: tuple  # what a company is to the one the text is about (全资子公司), before its name
    partnership_forms: tuple  # （特殊普通合伙）: a partnership's form after its name, part of it
    verbs: tuple
    leading_verbs: re.Pattern  # verbs at a name's front, one or more
    inner_verbs: re.Pattern  # a verb of two or more characters after a body named inside a name ends that body's name
    actions: re.Pattern  # words no name holds (成立, 确保): a name starts after the last of them
    count: re.Pattern
    counted: re.Pattern  # a measure word right after a number: the name starts inside a count (12家上市公司)
    counted_after: re.Pattern  # bodies counted in digits, closing the phrase right after the ending (合作社386家、)
    major: re.Pattern  # 两大 right before the ending: the major ones counted (两大研究院)
    collective_marks: tuple
    class_prefixes: tuple[str, ...]  # 境内外上市公司: a class of bodies
    class_suffixes: tuple[str, ...]  # 北交所上市公司: the companies listed there
    clause_verbs: tuple[str, ...]  # 预计, 显示: before the clause a body's noun opens (预计公司…), no name
    place_name_verbs: frozenset  # 建设乡: a verb that names a township
    numerals: str
    dated: re.Pattern  # a date, which may run into a name
    legal_forms: tuple[str, ...]  # 有限公司, 股份有限公司: a company's legal form, which its full name ends with
    scoped_endings: frozenset  # an association's or a legal form's: a national scope makes the name (中国保险行业协会)
    association_endings: frozenset  # a level's scope makes an association's name (省餐饮行业协会)
    association_levels: tuple
    scoped_only_endings: frozenset  # 公社: a name only right after a state abroad (韩国观光公社)
    national_scopes: tuple
    own_name_endings: frozenset  # 旅行社: a place alone before it names no one body (海南省旅行社)
    institution_levels: frozenset  # 县: right before a public institution's office word, the level's own (县人民医院)
    institution_offices: tuple  # those office words (org_patterns.yml office_words: other), longest first
    proper_name_endings: frozenset  # 小学, 卫生院: a name before one holds a place, a proper name or an ordinal
    opened_only_endings: frozenset  # 联盟: a name before one opens with 中国, a place or a proper name
    scope_qualities: tuple  # 全国性, 世界级: a scope and a suffix, a quality rather than whose the body is
    local_soe_trades: re.Pattern  # 地铁, 城投: a company named after one is its city's state-owned enterprise
    slogan: re.Pattern  # what a quoted name cannot hold (“三区一中心”, “一枢纽、四中心”)
    generic: frozenset
    generic_longest: int
    name_min: int
    name_max: int


@lru_cache(maxsize=1)
def names() -> Names:
    book = yaml_book(__package__, "org_names.yml")
    ending_type = {w: typ for typ, words in book["endings"].items() for w in words}
    quoted_type = {**{w: typ for typ, words in book["quoted_endings"].items() for w in words}, **ending_type}
    generic = frozenset(book["generic_words"])
    patterns = yaml_book(__package__, "org_patterns.yml")
    return Names(
        endings=re.compile(alternation(ending_type)), ending_type=ending_type,
        quoted=re.compile(r"“\s*([^“”\s]{2,30}?(?:%s))\s*”" % alternation(quoted_type)), quoted_type=quoted_type,
        quoted_longest=longest_first(quoted_type),
        department_ending=book["department_ending"], department_titles=tuple(book["department_titles"]),
        department_ending_not_words=tuple(book["department_ending_not_words"]),
        division_ending=book["division_ending"], division_titles=tuple(book["division_titles"]),
        station_ending=book["station_ending"], station_titles=tuple(book["station_titles"]),
        shop_endings=tuple(book["shop_endings"]), shop_roles=tuple(book["shop_role_words"]),
        shop_sales=tuple(book["shop_sale_words"]), role_type=dict(book["role_labels"]),
        duty_endings=tuple(book["duty_unit_endings"]), duty_max=int(book["duty_unit_max"]),
        duty_not_openers=tuple(book["duty_unit_not_openers"]),
        role_labels=re.compile(f"({alternation(book['role_labels'])})(?:{alternation(book['role_label_marks'])})"),
        stops=frozenset(patterns["left_stops"]) - frozenset(patterns["name_inner_characters"]),
        inner_characters=frozenset(patterns["name_inner_characters"]),
        joins=frozenset(patterns["name_inner_joins"]), join_not_after=frozenset(patterns["name_join_not_after"]),
        national_joins=frozenset(patterns["name_national_joins"]), national_join_reach=patterns["name_national_join_reach"],
        inner_words=frozenset(patterns["name_inner_words"]),
        not_followed={k: frozenset(v) for k, v in book["not_followed_by"].items()},
        not_preceded={k: frozenset(v) for k, v in book["not_preceded_by"].items()},
        party_titles=longest_first(book["party_titles"]), role_words=longest_first(book["role_words"]),
        affiliate_roles=longest_first(book["affiliate_roles"]), partnership_forms=tuple(book["partnership_forms"]),
        verbs=longest_first(book["leading_verbs"]), leading_verbs=re.compile(f"(?:{alternation(book['leading_verbs'])})+"),
        inner_verbs=re.compile(alternation(v for v in book["leading_verbs"] if len(v) > 1)),
        actions=re.compile(alternation(w for w in patterns["not_in_names"] if len(w) > 1)),
        count=re.compile(f"[{re.escape(book['numerals'])}]+[{''.join(book['measure_words'])}]"),
        major=re.compile(book["major_counts"]),
        counted=re.compile(f"[{re.escape(book['numerals'])}]*[{''.join(book['measure_words'])}]"),
        counted_after=re.compile(f"[0-9０-９]+(?:\\.[0-9]+)?[万亿]?[余多]?[{''.join(book['body_measure_words'])}](?=[、，。；,;]|$)"),
        collective_marks=tuple(book["collective_marks"]), class_prefixes=tuple(book["class_prefixes"]),
        class_suffixes=tuple(book["class_suffixes"]), clause_verbs=tuple(book["clause_verbs"]), place_name_verbs=frozenset(book["place_name_verbs"]),
        numerals=book["numerals"], dated=_date(book["date_digits"]),
        legal_forms=tuple(book["legal_form_endings"]),
        scoped_endings=frozenset(book["association_endings"] + book["legal_form_endings"]),
        association_endings=frozenset(book["association_endings"]) - frozenset(book["scoped_only_endings"]),
        association_levels=tuple(book["association_levels"]), scoped_only_endings=frozenset(book["scoped_only_endings"]), national_scopes=tuple(book["national_scopes"]) + _countries(),
        own_name_endings=frozenset(book["own_name_endings"]), institution_levels=frozenset(book["institution_levels"]),
        institution_offices=longest_first(patterns["office_words"]["other"]), proper_name_endings=frozenset(book["proper_name_endings"]), opened_only_endings=frozenset(book["opened_only_endings"]),
        scope_qualities=tuple(sc + q for sc in book["national_scopes"] for q in book["scope_quality_suffixes"]),
        local_soe_trades=re.compile(alternation(book["local_soe_trades"])),
        slogan=re.compile(f"[{re.escape(book['numerals'])}、A-Za-z+]"),  # “管委会+公司” is a formula
        generic=generic, generic_longest=max(map(len, generic)), name_min=book["name_min"], name_max=book["name_max"],
    )


@lru_cache(maxsize=8192)
def trim(name: str) -> str:
    """A name without the verbs before it (组织交通 -> 交通, 正成立专责 -> 专责), nor a preposition that jieba reads as
    one (以中国建筑股份有限公司为代表, 与中国银行合作; not 以色列航空公司, whose first word is a place's name), also
    after the words that open a clause (其次为百货公司, 随后为华润公司)."""
    nm = names()
    after = max((m.end() for m in nm.actions.finditer(name)), default=0)
    m = nm.leading_verbs.match(name, after)
    name = name[m.end() if m else after :]
    words = tagged(name)
    turned = max((k for k, (word, tag) in enumerate(words) if k and word in nm.inner_characters and tag == PREPOSITION
                  and words[k - 1][1] not in PROPER_TAGS and not any(w == FRAME_OPENER for w, _ in words[:k])
                  and not _serving(words[k + 1 :])), default=0)
    if turned:  # 学校升格|为|职业本科大学, 更名|为: the body it becomes; not after a place, in 以…为 or 为X服务
        return trim(name[sum(len(word) for word, _ in words[: turned + 1]) :])
    lead = next((i for i, (_, tag) in enumerate(words) if tag not in DISCOURSE), len(words))  # 为 is inner to 华为
    if len(words) > lead + 1 and words[lead][1] == PREPOSITION and words[lead + 1][1] != PRONOUN:  # 跟谁学: a brand
        return name[sum(len(w) for w, _ in words[: lead + 1]) :]
    if len(words) >= 2 and (words[0][1] in VERBS or words[0][0] == claim_words().approving_mark) and words[1][1] in PLACE_TAGS:
        return name[len(words[0][0]) :]  # 运营|甘肃|农商银行: a verb before a place's name acts on the body; 经|芜湖市…
        # 委员会审议通过: the mark of the body that approves (jieba: a noun)
    return name


def _serving(after: tuple) -> bool:
    """Whether the words after 为 say whom a body serves (为|老|服务, 为侨服务协会): the name's own words."""
    return len(after) >= 2 and len(after[0][0]) == 1 and after[1][0] == SERVICE


SERVICE = "服务"
PREPOSITION, PRONOUN, VERBS, PLACE_TAGS = "p", "r", ("v", "vn"), ("ns",)  # jieba's tags
FRAME_OPENER = "以"  # 以客户为中心: 为 closes the frame 以 opens, inside a name
DISCOURSE = ("c", "d", "r")  # conjunctions, adverbs and pronouns (其次, 随后, 同时), which open a clause
BRACKETS = {"）": "（", ")": "("}  # closing → opening


@lru_cache(maxsize=8192)
def is_generic(name: str) -> bool:
    """Whether a name is made only of generic words (大型国有保险, 这家, 专营巴士)."""
    nm = names()
    ok = [True] + [False] * len(name)
    for i in range(1, len(name) + 1):
        ok[i] = any(ok[j] and name[j:i] in nm.generic for j in range(max(0, i - nm.generic_longest), i))
    return ok[len(name)]


def part_of_word(view: str, s: int, e: int, ending: str) -> bool:
    """Whether the ending at ``view[s:e]`` belongs to a longer word (大学生, 公司法, 加大学习)."""
    nm = names()
    return view[e : e + 1] in nm.not_followed.get(ending, ()) or view[s - 1 : s] in nm.not_preceded.get(ending, ())


def _after_inner_body(raw: str, typ: str, nm: Names) -> str:
    """What follows a body named inside a name when a verb comes next (兰州大学 + 建设一流 -> 建设一流), or what follows
    the last verb after it (中国科学院 + 合作建设 -> nothing); else all of it. A company inside a company's name is its
    parent, whose name a subsidiary carries (中建一局集团建设发展有限公司: 建设 is its line of business, no verb)."""
    inner = list(nm.endings.finditer(raw))
    if not inner or (typ == "company" and nm.ending_type[inner[-1].group()] == "company"):
        return raw
    rest = raw[inner[-1].end() :]
    if rest.startswith(nm.verbs):
        return rest
    verb = None
    for verb in nm.inner_verbs.finditer(rest):
        pass
    return rest[verb.end() :] if verb is not None else raw


PARTY_NOT_BEFORE = "民"  # 第三人|民医院: no party's title


def _after_party_title(view: str, lo: int, i: int, s: int, nm: Names) -> int:
    """Where a name read from ``i`` starts once a party's title in a case that runs into it is passed (被|告某物业公司:
    被告, 被执行人, 上诉人; a stop character opens some of them)."""
    for title in nm.party_titles:
        for k in range(max(lo, i - len(title) + 1), i + 1):
            if view.startswith(title, k) and i <= k + len(title) < s and view[k + len(title)] != PARTY_NOT_BEFORE:
                return k + len(title)
    return i


def _after_role(view: str, i: int, s: int, nm: Names) -> int:
    """Where a name read from ``i`` up to ``s`` starts past the role its body plays in a project (蒙内铁路运营方|非洲之星
    铁路运营有限责任公司) or to another company (全资子公司|德宸储能（常州）有限公司): after the last role word whose last
    character opens no word with what follows (not 建设方圆: 方圆), where a name is left."""
    ends = [m + len(role) for role in nm.role_words + nm.affiliate_roles if (m := view.rfind(role, i, s)) >= 0]
    end = max(ends, default=i)
    return end if end > i and s - end >= nm.name_min and not in_dictionary(view[end - 1 : end + 1]) else i


ROLE_REACH = 4  # characters of what a role word names before it (项目|承建方, 地铁|运营方)
ROLE_END, ROLE_MAX = "方", 3  # how every role word ends (运营方, 甲方), and its most characters


def role_before(view: str, pos: int, org_starts) -> int:
    """Where the body starts that a role phrase opening at ``pos`` stands before (项目承建方|中铁十二局集团有限公司完成…),
    which heads the clause; ``pos`` where none does."""
    if ROLE_END not in view[pos : pos + ROLE_REACH + ROLE_MAX]:
        return pos  # nearly every clause: no role word
    for role in names().role_words:
        k = view.find(role, pos, pos + ROLE_REACH + len(role))
        if k >= 0 and k + len(role) in org_starts and not any(c in ROLE_STOPS for c in view[pos:k]) \
                and all(flag.startswith(ROLE_OWNER_TAGS) for _, flag in tagged(view[pos:k])):
            return k + len(role)  # 项目|承建方: what the role is in names a project; not 公司拖欠|承建方…, an object
    return pos


ROLE_STOPS = "，。；：、,;:"
ROLE_OWNER_TAGS = ("n", "vn", "j", "nz", "ns")  # jieba's nouns: a project or a line (项目, 地铁) the role is in


def _after_date(view: str, lo: int, i: int, s: int, nm: Names) -> int:
    """Where a name read from ``i`` up to ``s`` starts when a date runs into it (二〇一六年七月八日|中国共产党天津市第十届委员会,
    2016年7月8日|中国共产党…): after the date's last mark; the numeral before the first character counts too."""
    ends = [m.end() for m in nm.dated.finditer(view, max(lo, i - DATE_MAX), s) if m.end() > i]
    return ends[-1] if ends else i


DATE_MAX = 12  # characters of the longest date (二〇一六年十二月三十一日) before where a name's scan stopped


def _date(digits: str) -> re.Pattern:
    """A year, a year with its month and day, a month with its day, or a day, in ``digits``; not a month alone. Or a
    period named from now (上半年, 今年, 前三季度: 上半年A股公司 names none). Each with the period's end or start after
    it (一季度末, 6月末, 年末)."""
    d = f"[{re.escape(digits)}]"
    dates = f"{d}{{4}}年(?:{d}{{1,3}}月(?:{d}{{1,3}}[日号])?)?|{d}{{1,3}}月{d}{{1,3}}[日号]|{d}{{1,3}}[日号]|{RELATIVE_PERIOD}"
    return re.compile(f"(?:{dates}|{d}{{1,2}}月(?={PERIOD_EDGE}))(?:{PERIOD_EDGE})?|{PERIOD_EDGES}")


RELATIVE_PERIOD = "[上下]半年|[今去]年|前?[一二三四1-4]季度"
# a period's end or start after it (一季度末|平安银行, 6月末|商业银行, 年末|商业银行): part of the date, not of the name
PERIOD_EDGE = "末|底|初"
PERIOD_EDGES = "年末|年底|年初|季末|季初|月末|月底|月初"


NOUN_WINDOW = 4  # characters read on each side of a stop to see whether jieba glues it into a noun
INSTITUTION_TAG = "nt"  # jieba's tag of an institution's name in its dictionary (北京协和医院)
GLUED_JOINS = "和与及"  # the stops that join two names and that names hold (协和, 和平, 共和): the others (向, 为) end one


def _inside_a_noun(view: str, at: int) -> bool:
    """Whether the stop at ``at`` lies inside a noun of jieba's dictionary or an institution's name it knows (协和, 和平,
    共和国, 北京协和医院) as jieba reads the words around it, where it joins nothing: not 学校|和|医院, a verb's (参与医院建设), or a word jieba guesses across a join
    (卫健委及|人民医院, 供销社及|城投公司)."""
    from .places import common_words  # jieba's dictionary words, read once

    lo = max(0, at - NOUN_WINDOW)
    pos = lo
    for word, flag in tagged(view[lo : at + NOUN_WINDOW]):
        if pos <= at < pos + len(word):
            return len(word) > 1 and (flag == INSTITUTION_TAG or flag.startswith("n") and word in common_words())
        pos += len(word)
    return False


@lru_cache(maxsize=1)
def _place_longest() -> int:
    """Characters of the longest province or prefecture name a long body's name may open with (克孜勒苏柯尔克孜自治州)."""
    return max(len(u.name) for u in divisions.load().units if u.level in ("province", "prefecture"))


def _whole_place_at(i: int, lo: int, place_ends: dict) -> int:
    """Where a name cut at its longest length starts when the cut falls inside the place it opens with
    (安徽|省新能源汽车产业集群建设战略咨询委员会): the place's start, so that a long name keeps its place whole."""
    return next((st for st in range(max(lo, i - _place_longest()), i) if place_ends.get(st, 0) > i), i)


def _named(view: str, lo: int, s: int, e: int, typ: str, nm: Names, in_places: frozenset = frozenset(),
           place_starts: dict | None = None, taken_ends: frozenset | set = frozenset(), place_ends: dict | None = None,
           abroad_ends: dict | None = None) -> Found | None:
    """The body whose ending is ``view[s:e]``, named by what precedes it, unless that is no name. A stop inside a place's
    name (``in_places``: 成都, 大同, 于都) is none; a place alone (``place_starts``: where a place ending at ``s``
    starts) names none before an ending that needs a name of its own (海南省旅行社); ``place_ends`` (where a place
    starting at a position ends) keeps the place a name opens with whole. A conjunction right after a registered body's
    name (``taken_ends``) joins two bodies, not two fields of one name (宁德时代|与|德布勒森大学), and so does one right
    before a place's name, which opens the body's own (村里与|杭州云栖山居文化旅游有限公司; not 地理与|湖泊研究所)."""
    own = _a_levels_own(view, e, nm, place_starts or {}) if typ == OTHER else None
    if own is not None:
        return Found(own, e, view[own:e], typ, "")  # 该县以|县人民医院: the county's own hospital; no name ends in a bare level
    i, bracket = s, None
    while i > max(lo, s - nm.name_max) and not view.endswith(SUBORDINATE_OPENERS, lo, i):  # 广州海关所辖|黄埔海关: its parent's
        if view[i - 1] not in nm.stops or view[i - 2 : i] in nm.inner_words or i - 1 in in_places \
                or joins_fields(view, i - 1, lo, nm) and i - 1 not in taken_ends and i not in (place_ends or {}) \
                or view[i - 1] in GLUED_JOINS and _inside_a_noun(view, i - 1):
            i -= 1
        elif bracket is None and (bracket := _bracketed_place(view, i, place_starts, nm)) is not None and bracket > lo:
            i = bracket  # 中策橡胶（天津）有限公司: the place of a company's branch, in brackets inside its name
        else:
            break
    if i == s - nm.name_max:
        i = _whole_place_at(i, lo, place_ends or {})
    i = _across_a_national_join(view, lo, i, nm, taken_ends, abroad_ends or {})
    i = _across_a_trade_name(view, lo, i, nm, place_starts or {})
    before = bracket - len(GROUP_BEFORE_BRACKETS) if bracket is not None and view.endswith(GROUP_BEFORE_BRACKETS, i, bracket) \
        and view[s:e].endswith(nm.legal_forms) else bracket  # (隆华科技|集团（洛阳）股份有限公司: its group's name, then its own)
    named_from = _after_role(view, i, s, nm) if bracket is not None else i  # (全资子公司|德宸储能（常州）有限公司)
    if bracket is not None and bracket >= named_from and view[named_from:bracket] != NATIONAL_PREFIX \
            and (nm.endings.search(view, named_from, before) or is_generic(trim(view[named_from:before]))):
        return None  # 美的集团（佛山）…, 该公司（天津）…: a whole name, or none, before the brackets; its own ending names it
    i = _after_date(view, lo, i, s, nm)
    i = _after_party_title(view, lo, i, s, nm)
    i = _after_role(view, i, s, nm)
    raw = _after_inner_body(view[i:s], typ, nm)
    lead = _class_word(raw, 0)
    if lead and len(raw) - len(lead) >= nm.name_min:
        raw = raw[len(lead) :]  # 链主企业|安徽华菱汽车有限公司: the class it belongs to, then its name (not 带动合作社)
    if _a_count_before_the_ending(raw, view[s:e], nm) or (i > lo and view[i - 1] in nm.numerals and nm.counted.match(raw)) or nm.major.search(raw):
        return None  # bodies counted, not named: 两家公司, 12家上市公司, 两大研究院
    name = trim(raw)
    if 0 < len(raw) - len(name) < (place_ends or {}).get(i, i) - i:
        name = raw  # 横|山区赵石畔镇…: a trim that cuts into the place the name opens with read its first character as a verb
    if _pointed_at(name):
        return None  # 这次游学活动我们合作社, 大通湖区一合作社: a body the text points at or counts, not one it names
    if nm.counted_after.match(view, e) and (s == len(name) or view[s - len(name) - 1] not in LIST_JOINS) \
            and not view[s:e].endswith(nm.legal_forms):
        return None  # 培育苹果专业合作社386家、家庭农场215个: a class counted, not one body (not 海尔集团、海信集团有限公司2家)
    if view.endswith(nm.affiliate_roles, 0, e) and len(name) <= max(map(len, nm.affiliate_roles)):
        return None  # 全资子公司, 公司子公司: what a company is to another, no name
    if _a_verb_phrase(name, view[s:e].endswith(nm.legal_forms)) or name.endswith(nm.clause_verbs) or _a_clause_before_a_class(name, nm) \
            or typ == OTHER and _a_verb_alone(name) and not STAFF_AFTER.match(view, e) \
            or typ == UNIVERSITY and _entering(name):
        return None  # 他不再是公司员工: what is done to or with a body of that kind; 预计|公司…: a clause it opens
    national = view[s:e] in nm.scoped_endings and name.startswith(nm.national_scopes) \
        or view[s:e] in nm.association_endings and name.startswith(nm.association_levels) and len(name) > 1  # (省|餐饮行业协会)
    if view[s:e] in nm.scoped_only_endings and not _after_a_state(name):
        return None  # 全国人民公社: a kind, not a body; 法国巴黎公社: an event
    if view[s:e] in nm.opened_only_endings and not (name and not name.startswith(nm.scope_qualities)
                                                    and (name.startswith(nm.national_scopes) or s - len(name) in (place_ends or {})
                                                         or tagged(name)[0][1] in PROPER_TAGS)):
        return None  # 组建农业科技创新联盟, 全国性行业联盟: a kind of alliance, not one named
    if (len(name) < nm.name_min or (is_generic(name) and not national) or any(m in name for m in nm.collective_marks)
            or name.startswith(nm.class_prefixes) or name.endswith(nm.class_suffixes)
            or view[s:e] in nm.own_name_endings and (place_starts or {}).get(s, s) <= s - len(name)):
        return None
    return Found(s - len(name), e, view[s - len(name) : e], typ, "")


SUBORDINATION = ("所属", "下属", "直属", "所辖", "隶属的")  # 《现代汉语词典》: 所属 "统属之下的", 下属 "下级": a body under the
# one named before them, whose name opens after them
SUBORDINATE_KINDS = ("事业单位", "单位", "企业", "医院", "机构", "公司", "高校", "学校")  # 直属单位|南方电网储能股份有限公司
SUBORDINATE_OPENERS = SUBORDINATION + tuple(s + k for s in SUBORDINATION for k in SUBORDINATE_KINDS)  # the kind is no name's
NATIONAL_PREFIX = "中国"  # 中国（海南）自由贸易港…: the state's name before a zone's province, as the State Council names them


def _a_levels_own(view: str, e: int, nm: Names, place_starts: dict) -> int | None:
    """Where a level's character starts, right before the office word that ends at ``e``, after a preposition or a verb
    that governs the institution (该县以|县|人民医院, 开发区建成|县|人民医院), or None: not after a county's or banner's
    name that no place found (岷|县人民医院, 科右前|旗人民医院), nor where the level closes a common word (城市医院, 省市医院)
    or a count comes before the verb (832个脱贫|县人民医院: a class)."""
    office = next((w for w in nm.institution_offices if view.endswith(w, 0, e)), "")
    at = e - len(office) - 1
    if not office or at < 1 or view[at] not in nm.institution_levels or at + 1 in place_starts \
            or view[at - 1 : at + 1] in common_words():
        return None
    words = tagged(view[max(0, at - GOVERNING_REACH) : at])
    if not words or not (words[-1][1] == "p" or words[-1][1] == "v" and len(words[-1][0]) > 1):
        return None
    counted = len(words) > 1 and words[-2][1] in ("m", "q") or nm.count.search(view, max(0, at - GOVERNING_REACH - 4), at)
    return None if counted else at


GOVERNING_REACH = 4  # characters read before a bare level for the word that governs its institution (以, 依托, 建成)


CLASS_NOUNS = ("企业", "公司")  # what follows a word of a class of leading bodies (龙头企业, 代表公司) before a name


def _class_word(text: str, pos: int) -> str:
    """The word of a class of leading bodies at ``pos`` (链主企业, 龙头企业, 代表性企业), or ""."""
    m = _class_words().match(text, pos)
    return m.group() if m is not None else ""


@lru_cache(maxsize=1)
def _class_words() -> re.Pattern:
    """Every class word with the nouns after it, as one pattern (one look at the character where a name may start)."""
    return re.compile(alternation([c + k for c in names().class_prefixes for k in CLASS_NOUNS]))


def _after_a_state(name: str) -> bool:
    """Whether a name opens with a state abroad's name and goes on with no city's (韩国|观光; not 全国|人民, 法国|巴黎)."""
    state = next((c for c in _countries() if name.startswith(c)), "")
    return bool(state) and len(name) > len(state) and not name[len(state):].startswith(_cities_abroad())


@lru_cache(maxsize=1)
def _cities_abroad() -> tuple[str, ...]:
    return tuple(row["mention"] for row in csv_book(__package__, "world.csv") if row["level"] == "city")


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    """The names of the states abroad (``world.csv``): a state's name before an association's ending makes a name as
    中国 does (韩国贸易协会, 日本汽车工业协会)."""
    return tuple(row["mention"] for row in csv_book(__package__, "world.csv") if row["level"] == "country")


def _a_count_before_the_ending(raw: str, ending: str, nm) -> bool:
    """Whether the words before a body's ending count bodies (两家|公司, 12家上市|公司, 培育两家…企业|集团): a number and a
    measure word anywhere before it, unless the ending is a legal form and the count stands further than ``COUNT_REACH``
    characters before it right after a proper name, inside the registered name (西江千户苗寨文化旅游发展|有限公司: 千户苗寨,
    a village's name)."""
    registered = ending.endswith(nm.legal_forms)
    return any(not registered or len(raw) - m.end() <= COUNT_REACH or not _after_a_name(raw, m.start())
               for m in nm.count.finditer(raw))


def _after_a_name(raw: str, at: int) -> bool:
    """Whether the word jieba reads right before ``at`` is a place's or a proper name (西江|千户苗寨, 山西|万家寨), so that a
    count there is part of the name; not a verb or nothing (新引进|三家…有限公司, 两家…有限公司: bodies counted)."""
    words = tagged(raw[:at]) if at else ()
    return bool(words) and words[-1][1] in PROPER_TAGS


COUNT_REACH = 4  # characters between a count and the ending it counts (12家|省级重点|实验室)


def _a_verb_phrase(name: str, registered: bool = False) -> bool:
    """Whether the words before an ending are two or more, all verbs, adverbs or prepositions as jieba reads them, one
    of two characters or more (不再|是|公司), such words and then a localizer of time (封关|后|公司), or a time and then such
    words (以前|跑|银行; not before a legal form, which a registered name ends in: 明天控股有限公司): a verb phrase acting
    on a body of that kind, or the time of an act, names none. One verb alone, or
    single characters, may be a name jieba does not know (三笑集团, 培生集团, 兴达公司: 三笑, 培生, 兴|达 read as
    verbs), so they are left to stand."""
    words = tagged(name) if name else ()
    if not registered and len(words) > 1 and (words[0][1] == TIME_TAG or words[0][0] in TIME_LOCALIZERS) \
            and all(tag in VERB_PHRASE_TAGS for _, tag in words[1:]):
        return True  # 以前|跑|银行, 现在|去|医院: a time, then what was done at a body of that kind
    if len(words) > 1 and words[-1][0] in TIME_LOCALIZERS:
        words = words[:-1]  # 封关|后, 投产|以来: not 北方|导航公司, 西部|超导公司 (localizers of place open names)
        return all(tag in VERB_PHRASE_TAGS for _, tag in words) and any(len(w) > 1 for w, _ in words)
    return len(words) > 1 and all(tag in VERB_PHRASE_TAGS for _, tag in words) and any(len(w) > 1 for w, _ in words)


VERB_PHRASE_TAGS = ("v", "d", "p")  # jieba's verb, adverb and preposition
TIME_TAG = "t"  # jieba's time word (现在, 过去, 平时)
TIME_LOCALIZERS = ("后", "以后", "之后", "以来", "前", "以前", "之前", "期间")  # 方位词 of time after an act (封关后)
OTHER = "other"  # hospitals, schools, museums, associations: public bodies named by a place or a proper name
# its department or staff right after an institution's name (安定医院精神科主任王刚, …医院副院长): a body, whatever its name
STAFF_AFTER = re.compile(r"[^，。；、,;]{0,4}?(?:院长|校长|馆长|主任|书记|负责人)")  # (not 医生: 减轻医院医生文书工作量)


def _entering(name: str) -> bool:
    """Whether the word before a university's ending is a verb of two characters or more as jieba reads it, and no place
    opens the name (奖励考上|大学的学生, 报考|大学): going to university, no university's name (none of the registered
    universities' names ends so; 海南|警察|学院, whose 警察 jieba tags as a verb, is named by its place)."""
    words = tagged(name)
    return bool(words) and words[-1][1] == VERB_TAG and len(words[-1][0]) > 1 and not any(f in PLACE_TAGS for _, f in words)


UNIVERSITY = "university"


def _a_verb_alone(name: str) -> bool:
    """Whether the word before a public institution's ending is one verb of two characters or more, with at most a
    character of the word before it (缓解|医院垫资压力, 避免|医院过度治疗, 同|时缓解|医院): an act on institutions of that
    kind. A company may carry a coined verb as its name (三笑集团); a hospital or a school is named by its place or a
    proper name (协和医院, 同仁医院), which jieba does not call a verb."""
    words = tagged(name) if name else ()
    return bool(words) and len(words[-1][0]) > 1 and words[-1][1] == "v" and len(name) - len(words[-1][0]) <= 1


def _a_clause_before_a_class(name: str, nm: Names) -> bool:
    """Whether the words before an ending are a clause that ends in a verb, then only a class or generic word
    (全市共有|三级|医院, 一些群众反映|大|医院): it counts or speaks of bodies of a class, and names none."""
    words = list(tagged(name)) if name else []
    tail = 0
    while words and (words[-1][0] in nm.class_prefixes or words[-1][0] in nm.generic and words[-1][1] in CLASS_TAGS):
        tail += 1
        words.pop()
    return tail > 0 and bool(words) and words[-1][1] in CLAUSE_END_TAGS


CLASS_TAGS = ("a", "b")  # an adjective or a modifier that only classes (大, 大型, 三级), not a trade's noun (管理, 科技)
CLAUSE_END_TAGS = ("v", "i", "l")  # a verb, an idiom or a set phrase (共有, 群众反映) that ends what is said


def _pointed_at(name: str) -> bool:
    """Whether the word right before an ending points at a body or counts one (我们|合作社, 该|公司, 一|合作社): jieba's
    pronouns, and the numeral 一 as an article; or a demonstrative or a personal pronoun opens the words before it
    (该|望远镜生产|公司: the telescope maker the text spoke of, described; 我|希望|合作社: a clause, not a name). Not 其,
    which may open a named body's description (其控股子公司深圳市华强实业有限公司)."""
    words = tagged(name) if name else ()
    return bool(words) and (words[-1][1] == PRONOUN or words[-1][0] == ARTICLE
                            or words[0][1] == PRONOUN and words[0][0] in POINTING)


POINTING = frozenset({"这", "那", "该", "此", "某", "这家", "那家", "这个", "那个", "我", "你", "他", "她", "我们", "你们", "他们", "她们", "咱们"})


ARTICLE = "一"


ABROAD_JOIN_REACH = 12  # characters before 和 within which a place abroad may open the name (巴基斯坦私营电力和基础设施委员会)


def _across_a_national_join(view: str, lo: int, i: int, nm: Names, taken_ends: frozenset | set, abroad_ends: dict) -> int:
    """Where a name that stopped at 和 starts when the words before 和 open with a national scope or a place abroad close
    by (中国劳动|和|社会保障科学研究院, 莫桑比克港口|和|铁路公司: ``abroad_ends``, where a place abroad starting at a position
    ends; at home a place, words and 和 join two things far more often: 深圳市商户|和|物业公司) and end no body or sector,
    no registered body (中国石化|和…, 全国工商联|和商会) and no name after 和 opens with a scope of its own (中国平安和|
    中国人寿保险公司: two bodies); else ``i``."""
    if (i - 2 <= lo or view[i - 1] not in nm.national_joins or view[i - 2] in nm.stops or view[i - 2] in nm.join_not_after
            or i - 1 in taken_ends or view.startswith(nm.national_scopes, i)):
        return i
    j = i - 1
    while j > max(lo, i - 1 - ABROAD_JOIN_REACH) and view[j - 1] not in nm.stops:
        j -= 1
    placed = next((k for k in range(j, i - 1) if k < abroad_ends.get(k, k) < i - 1), None)  # (巴基斯坦私营电力|和…委员会)
    j = max(j, i - 1 - nm.national_join_reach)
    if placed is not None and not nm.endings.search(view, placed, i - 1):
        return placed  # a place opens the name (据|莫桑比克港口和铁路公司: wherever a word before it ends), unless a body's
        # ending comes before 和 (甘肃银行|和|运营甘肃农商银行: two bodies)
    return j if view.startswith(nm.national_scopes, j) and (j == lo or view[j - 1] in nm.stops) else i


def _across_a_trade_name(view: str, lo: int, i: int, nm: Names, place_starts: dict) -> int:
    """Where a name that stopped at 和 starts when one character stands between it and a place: the two characters are
    the trade name a registered name holds after its place (寻乌县|福和|果业专业合作社: 行政区划 + 字号 + 行业 + 组织形式,
    《企业名称登记管理规定》第六条), not two bodies joined (种植大户和|果业合作社); else ``i``."""
    if i - 2 <= lo or view[i - 1] not in nm.national_joins or view[i - 2] in nm.stops or view[i - 2] in nm.join_not_after:
        return i
    return place_starts.get(i - 2, i)


def _bracketed_place(view: str, i: int, place_starts: dict | None, nm: Names) -> int | None:
    """Where the bracket opens when ``view[:i]`` ends in a place's name in brackets after a name's character
    (中策橡胶（天津）|有限公司), else None."""
    opening = BRACKETS.get(view[i - 1]) if i > 0 else None
    start = (place_starts or {}).get(i - 1) if opening else None
    if start is None or start < 2 or view[start - 1] != opening \
            or view[start - 2] in nm.stops and not view.endswith(GROUP_BEFORE_BRACKETS, 0, start - 1):
        return None
    return start - 1


GROUP_BEFORE_BRACKETS = "集团"  # 隆华科技集团（洛阳）股份有限公司: a group's company registered in a place, named by both


def joins_fields(view: str, at: int, lo: int, nm: Names) -> bool:
    """Whether the conjunction at ``at`` joins two fields inside one name (材料科学|与|技术) rather than two bodies or
    sectors (企业与研究院): the character before it ends none, and a name's character stands there."""
    return (view[at] in nm.joins and at - 1 > lo and view[at - 1] not in nm.stops and view[at - 1] not in nm.join_not_after)


def find(view: str, start: int, end: int, taken_ends: set[int], endings: list[tuple[int, int, str]],
         shops: list[tuple[int, int, str]], places: list = ()) -> list[Found]:
    """Companies, universities, hospitals, committees, media and shops in ``view[start:end]``.

    ``taken_ends`` are where registry names end: a registered name there is better than a pattern. ``endings`` and
    ``shops`` are (start, end, word) of every occurrence of the endings (``ending_type``) and the shop endings in the
    span, which the caller finds in its one pass over the text for every word; ``places`` are the places found in it,
    whose names may hold a stop (成都市新冠肺炎疫情防控领导小组: 都).
    """
    nm = names()
    in_places = frozenset(i for p in places for i in range(p.start, p.end) if view[i] in nm.stops)
    place_starts = {p.end: p.start for p in places}
    place_ends = {p.start: p.end for p in places}
    abroad_ends = {p.start: p.end for p in places if p.country != CHINA}
    out = []
    for s, e, ending in leftmost_longest(endings):
        if e in taken_ends or part_of_word(view, s, e, ending):
            continue
        found = _named(view, start, s, e, nm.ending_type[ending], nm, in_places, place_starts, taken_ends, place_ends, abroad_ends)
        if found is not None and ending in nm.proper_name_endings:
            found = _institution(view, found, s, places)
        if found is not None and found.type == "company" and _local_platform(view, found, place_ends, nm):
            found = replace(found, type="soe")  # 郑州地铁集团有限公司: the city's own
        form = next((f for f in nm.partnership_forms if view.startswith(f, e)), "") if found is not None else ""
        if form:  # 天健会计师事务所（特殊普通合伙）: the partnership's form is part of its name
            found = replace(found, end=e + len(form), name=view[found.start : e + len(form)])
        if found is not None:
            out.append(found)
    for s, e, _ in _before_a_role(view, end, shops, nm):
        found = _named(view, start, s, e, "company", nm, in_places)
        if found is not None:
            out.append(found)
    out += _after_a_role_label(view, start, end, nm)
    bodies = {(f.start, f.end) for f in out}
    out += [f for f in _titled_departments(view, start, end, sorted(taken_ends), nm, in_places)  # 常州大学|科学技术处处长:
            if f.type != DIVISION_TYPE or not any(s == f.start and e < f.end for s, e in bodies)]  # the body's own unit
    out += _titled_stations(view, start, end, nm, place_ends, {(f.start, f.end) for f in out}, taken_ends)
    for m in nm.quoted.finditer(view, start, end):
        name = m.group(1)
        ending = next(w for w in nm.quoted_longest if name.endswith(w))
        if not nm.slogan.search(name) and not is_generic(trim(name[: -len(ending)])):
            out.append(Found(m.start(1), m.end(1), name, nm.quoted_type[ending], ""))
    return out


def _local_platform(view: str, found: Found, place_ends: dict, nm: Names) -> bool:
    """Whether a company's name is a place's, or a level's (省, 市), followed by a public works or investment trade
    (郑州|地铁集团, 长沙市|城市建设投资集团, 省|国资运营集团): the government of that place owns it. Not a trade word inside
    another name (浙江长城投资: 长城|投资; 华铁地铁保洁)."""
    at = place_ends.get(found.start, found.start + (view[found.start] in LEVEL_WORDS))
    if view[at : at + 1] in LEVEL_WORDS and at > found.start:
        at += 1  # 长沙|市|城市建设投资
    trade = nm.local_soe_trades.match(view, at) if at > found.start else None
    return trade is not None and view.startswith(PLATFORM_FORMS, trade.end())  # not 北京地铁|族文化传媒


LEVEL_WORDS = "省市县区"  # a level alone may stand for its own place (省国资运营集团)
PLATFORM_FORMS = ("集团", "公司", "有限", "股份", "控股", "运营", "投资", "发展", "建设")  # what follows the trade in its name


def _institution(view: str, found: Found, end: int, places: list) -> Found | None:
    """An institution's name (慈溪市第三实验|小学, 衢山镇敬业|小学, 秦岭|博物馆) from after the last verb before its ending
    (开始到|余江区第五小学, 走进|湖北宜昌市远安县河口乡小学: where the shape reader ran back into the clause), when the
    words left hold a place, a proper name as jieba tags it, or an ordinal; None for a kind (普惠性|幼儿园, 城乡中小|学)."""
    start, at = found.start, found.start
    for word, tag in tagged(view[found.start : end]):
        at += len(word)
        if tag == VERB:
            start = at
    if end - start < 2:
        return None
    if not (any(start <= p.start < end for p in places) or ORDINAL.search(view, start, end)
            or any(tag in PROPER_TAGS for _, tag in tagged(view[start:end]))):
        return None
    return Found(start, found.end, view[start : found.end], found.type, found.level)


VERB = "v"


ORDINAL = re.compile(r"第[一二三四五六七八九十\d]")  # 第三实验小学, 第五小学
PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg"})  # jieba's places, people's and other proper names


def _titled_departments(view: str, start: int, end: int, taken_ends: list[int], nm: Names,
                        in_places: frozenset) -> list[Found]:
    """Ministries' departments and departments' divisions named by their head's title after them (生态环境监测司司长柏仇勇
    介绍; 养老保险处处长王明介绍): the name runs back to the registered body before it at most (国家发展改革委|就业收入分配
    和消费司司长), and 司 or 处 starts a word (not 公司负责人, 各处处长)."""
    out = []
    for ending, titles, kind in ((nm.department_ending, nm.department_titles, DEPARTMENT_TYPE),
                                 (nm.division_ending, nm.division_titles, DIVISION_TYPE)):
        out += _titled(view, start, end, taken_ends, nm, in_places, ending, titles, kind)
    return sorted(out, key=lambda f: f.start)


def _titled(view: str, start: int, end: int, taken_ends: list[int], nm: Names, in_places: frozenset,
            ending: str, titles: tuple[str, ...], kind: str) -> list[Found]:
    """The offices ending in ``ending`` that one of ``titles`` follows (``_titled_departments``)."""
    out = []
    at = view.find(ending, start, end)
    while at >= 0:
        e = at + len(ending)
        joined = view.startswith(titles, e, end) and _joined_to_its_field(view, at, e, kind, nm)
        if view.startswith(titles, e, end) and (at in word_bounds(view, at, e) or joined):
            k = bisect.bisect_right(taken_ends, at)
            lo = max(start, taken_ends[k - 1]) if k else start
            i = at
            while i > max(lo, at - nm.name_max) and view[i - 1] not in PUNCTUATION:
                i -= 1
            run = view[i:at]  # back to a body's name or the clause's start: 和 may join fields, 对 open a name (对外贸易司)
            verb = nm.leading_verbs.match(run) if any(c in LIST_JOINS for c in run) else None
            if verb is not None and i > lo:  # 现任|风险监测和综合减灾司司长, 出席|职业教育与成人教育司…座谈会: the name after the verb
                i += verb.end()
                run = view[i:at]
            if joined and not _fields_only(run):  # 出席会议的还有综合|司, 发布会上|规划计划司: words before the fields, no
                i = at - len(_fields_ending(run))  # part of its name; the fields after them are
                run = view[i:at]
                if len(run) > 1:
                    out.append(Found(i, e, view[i:e], kind, ""))
            elif 1 < len(run) and (i == lo or view[i - 1] in PUNCTUATION or verb is not None) and not _names_an_officer(run) \
                    and (i == lo > start or not any(c in LIST_JOINS for c in run) or _joined_fields(view, i, at, nm)):
                out.append(Found(i, e, view[i:e], kind, ""))
            elif (found := _named(view, lo, at, e, kind, nm, in_places)) is not None:
                out.append(found)  # 生态环境部副部长翟青和生态环境监测司: the name after the join
        at = view.find(ending, e, end)
    return out


def _titled_stations(view: str, start: int, end: int, nm: Names, place_ends: dict, bodies: set,
                     taken_ends: set[int]) -> list[Found]:
    """Stations named by their head's title right after them (北京西站站长陈志刚, 省农业机械化技术推广总站站长): the name
    runs back to the clause's start or the end of a body found before it (市交通运输局局长与|县客运站站长: no body of
    the two), joins nothing (与, 和, 在), and opens with a place or a level's character that is a word of its own (省|农业…;
    not 市民服务站, 市场价格监测站, 省级院士专家工作站: a kind)."""
    ends = {e for _, e in bodies} | taken_ends
    out = []
    for m in _station_titles().finditer(view, start, end):
        i = m.start()
        while i > max(start, m.start() - nm.name_max) and view[i - 1] not in PUNCTUATION and i not in ends:
            i -= 1
        name = view[i : m.start() + len(nm.station_ending)]
        words = tagged(name)
        opened = i in place_ends and place_ends[i] < m.start() or len(words) > 1 and words[0][0] in nm.institution_levels
        if opened and not any(c in name for c in STATION_BREAKS) \
                and not any(s < m.start() and e > i for s, e in bodies):
            out.append(Found(i, i + len(name), name, OTHER, ""))
    return out


STATION_BREAKS = "、和与及在"  # a name holds no join nor locative (市长与县客运站站长, 王某在县汽车站站长陪同下)


@lru_cache(maxsize=1)
def _station_titles() -> re.Pattern:
    nm = names()
    return re.compile(alternation(tuple(nm.station_ending + t for t in nm.station_titles)))


def _joined_to_its_field(view: str, at: int, e: int, kind: str, nm: Names) -> bool:
    """Whether a ministry's department's ending at ``view[at:e]`` ends a word of three characters or more that jieba
    reads with its field (固定资产|投资司|司长), and that is no other word (not 母公司 or 上司)."""
    bounds = word_bounds(view, at, e)
    opened = max((b for b in bounds if b < at), default=at)
    return kind == DEPARTMENT_TYPE and at not in bounds and e in bounds and e - opened >= 3 \
        and not view.endswith(nm.department_ending_not_words, opened, e)


def _fields_ending(run: str) -> str:
    """The words at the end of ``run`` that name fields, after its last word that names none (发布会上|规划计划, 出席会议的
    还有|综合)."""
    words = tagged(run)
    k = max((k for k, (_, tag) in enumerate(words) if _names_no_field(tag)), default=-1)
    return "".join(word for word, _ in words[k + 1 :])


def _fields_only(run: str) -> bool:
    """Whether the words before a department's ending name fields alone (固定资产|投资): no verb, particle, pronoun,
    preposition, adverb or conjunction (出席会议的还有综合)."""
    return not any(_names_no_field(tag) for _, tag in tagged(run))


def _names_no_field(tag: str) -> bool:
    """Whether jieba's tag is of a word that names no field of a department (a verb, a particle, a pronoun…)."""
    return tag == VERB_TAG or tag.startswith(NOT_FIELD_TAGS)


VERB_TAG, NOT_FIELD_TAGS = "v", ("u", "r", "p", "d", "c", "f")  # a verb, not a verbal noun (投资, 监测: fields); 发布会|上


def _joined_fields(view: str, s: int, e: int, nm: Names) -> bool:
    """Whether ``view[s:e]``, which holds a conjunction, is a department's fields joined (风险监测和综合减灾|司, 职业教育与成人
    教育|司, as the State Council's departments are named) rather than two bodies (研究室和政策法规司) or words about one
    (我们请来了人口监测与家庭发展|司): each conjunction joins two fields, and no pronoun, particle, adverb, number or
    person's name stands among the words."""
    return all(_joins_department_fields(view, k, s, nm) for k in range(s, e) if view[k] in LIST_JOINS) \
        and not any(tag.startswith(DEPARTMENT_NOT_FIELD_TAGS) for word, tag in tagged(view[s:e]) if word not in DEPARTMENT_JOINS)


DEPARTMENT_NOT_FIELD_TAGS = ("r", "u", "p", "d", "m", "q", "nr", "x")  # jieba's pronouns, particles, prepositions, adverbs, numbers…


def _joins_department_fields(view: str, at: int, lo: int, nm: Names) -> bool:
    """Whether the conjunction at ``at`` joins two fields of one department's name (风险监测和综合减灾司, 职业教育与成人
    教育司, as the State Council's departments are named) rather than two bodies (研究室和政策法规司): a field, not a
    body's name, stands before it, and a name's character after it."""
    return at - 1 > lo and view[at] in DEPARTMENT_JOINS and view[at - 1] not in nm.stops \
        and view[at - 1] not in nm.join_not_after and view[at + 1] not in nm.stops


DEPARTMENT_JOINS = "和与及"
DEPARTMENT_TYPE = "state_council_ministry"
DIVISION_TYPE = "local_government"  # a provincial or city department's division
PUNCTUATION = "，。；：、！？（）()“”‘’《》 　\n"
OFFICERS = ("副", "长", "主任", "书记")  # an officer between a body and a department (生态环境部副部长翟青和…司): two bodies
LIST_JOINS = "、和与及"  # what may join two names, or two fields of one department's name after its ministry


def listed_together(view: str, end: int, start: int) -> bool:
    """Whether a body ending at ``end`` and one starting at ``start`` stand in one list, one join between them (A、B),
    after an aside in brackets on the first (中国旅游研究院（文化和旅游部数据中心）、中国联通安徽省分公司)."""
    if start > end + 2 and view[end] in ASIDE_OPENS and view[start - 2] in ASIDE_CLOSES and start - end <= ASIDE_MAX \
            and not any(c in view[end + 1 : start - 2] for c in ASIDE_OPENS + ASIDE_CLOSES + "，。；"):
        end = start - 1
    return start == end + 1 and view[end] in LIST_JOINS


ASIDE_OPENS, ASIDE_CLOSES = "（(", "）)"
ASIDE_MAX = 24  # characters of an aside in brackets between two listed bodies


def _names_an_officer(run: str) -> bool:
    """Whether the words before a department name an officer (副部长, 总经济师盛来运, 新闻发言人): a person, then another body."""
    return any(w in run for w in OFFICERS) or person_cues().titles.search(run) is not None


def _before_a_role(view: str, end: int, shops: list[tuple[int, int, str]], nm: Names) -> list[tuple[int, int, str]]:
    """The shop endings that a role word (饭店 + 老板) or what the shop sold (海鲜行 + 销售的) follows, as a search from
    left to right would read them: at each place the longest that has one, none inside another."""
    out, last = [], 0
    for s, e, word in sorted(sorted(shops, key=itemgetter(1), reverse=True), key=itemgetter(0)):
        if s >= last and (view.startswith(nm.shop_roles, e, end) or view.startswith(nm.shop_sales, e, end)) and _closes_a_noun(view, e, word):
            out.append((s, e, word))
            last = e
    return out


SALE_WINDOW = 6  # characters read before a shop's ending to find the word it closes


def _closes_a_noun(view: str, e: int, ending: str) -> bool:
    """Whether jieba ends a noun at ``e`` (粉店), or the shop's ending alone (蔬菜|摊, 海鲜|行), not a verb or an adverb
    that holds it (进行销售的, 自行销售的, 执行负责人)."""
    words = tagged(view[max(0, e - SALE_WINDOW) : e])
    return bool(words) and (words[-1][0] == ending or words[-1][1].startswith("n"))


def _after_a_role_label(view: str, start: int, end: int, nm: Names) -> list[Found]:
    """The bodies a sampling notice names after their labels (检验机构为海南省食品药品检验所三亚分所。): the clause's
    rest, each of a list, when each is as long as a name and the label opens its clause (not 鼓励第三方检测机构为小微企业
    提供…, where 为 means for)."""
    out = []
    for m in nm.role_labels.finditer(view, start, end):
        if m.start() > 0 and view[m.start() - 1] not in ROLE_LABEL_AFTER:
            continue
        stop = next((i for i in range(m.end(), end) if view[i] in ROLE_NAME_ENDS), end)
        at, items = m.end(), []
        for item in view[m.end() : stop].split(LIST_MARK):
            lead = len(item) - len(item.lstrip())
            items.append((at + lead, item.strip()))
            at += len(item) + len(LIST_MARK)
        if all(nm.name_min <= len(name) <= nm.name_max and not is_generic(name) for _, name in items):
            out += [Found(s, s + len(name), name, nm.role_type[m.group(1)], "") for s, name in items]
    return out


def in_a_duty_parenthesis(view: str, start: int, end: int) -> list[Found]:
    """The units a plan's numbered item names alone in a parenthesis after its end (5.…增长9%。 （工资处、就管中心）): the
    item's division of labour, so each name of the list, as long as a unit's and ending like one, is a body; where
    any item is something else (（试行）, （2023年）, （含税）) none is. What the other finders find there is theirs
    (the caller keeps these only where nothing else is found: 牟定县融媒体中心 is a medium)."""
    nm, out = names(), []
    for opener in DUTY_OPEN:
        at = view.find(opener, start, end)
        while at >= 0:
            if view[max(start, at - 3) : at].rstrip(" \u3000").endswith(DUTY_AFTER):
                reach = min(end, at + 1 + DUTY_LIST_MAX)
                close = min((k for k in (view.find(c, at, reach) for c in DUTY_CLOSE) if k >= 0), default=-1)
                line = _line_start(view, max(start, at - ITEM_LINE_MAX), at)
                if close > at and line is not None and ITEM_NUMBER.match(view, line):
                    out += _duty_units(view, at + 1, close, nm)
            at = view.find(opener, at + 1, end)
    return out


def _line_start(view: str, lo: int, at: int) -> int | None:
    """Where the line holding ``at`` starts, if it starts after ``lo`` (or at the text's start)."""
    k = view.rfind("\n", lo, at)
    return k + 1 if k >= 0 else (0 if lo == 0 else None)


def _duty_units(view: str, start: int, end: int, nm: Names) -> list[Found]:
    """The units listed in ``view[start:end]`` (工资处、就管中心), or none where one of the list is no unit."""
    items, at = [], start
    for item in view[start:end].split(LIST_MARK):
        items.append((at, item))
        at += len(item) + len(LIST_MARK)
    if not all(2 < len(name) <= nm.duty_max and name.endswith(nm.duty_endings) and _CJK_ONLY.fullmatch(name)
               and not name.startswith(nm.duty_not_openers) and not is_generic(name) for _, name in items):
        return []
    return [Found(s, s + len(name), name, "local_government", "") for s, name in items]


# 2., （三）, 四、: a numbered item opens its line
ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:[.．](?!\d)|、)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")  # not 12.5万
DUTY_OPEN, DUTY_CLOSE = "（(", "）)"
DUTY_AFTER = ("。", "；", ";")  # an item's end, before its division of labour
DUTY_LIST_MAX = 60  # characters of a parenthesis that lists an item's units
ITEM_LINE_MAX = 2000  # characters of a numbered item's line read back for its number: a longer line is no item
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
ROLE_NAME_ENDS = "。；;，,\n（(|"
ROLE_LABEL_AFTER = "。；;，,：:）)\n| "  # what stands before a label that opens its clause
LIST_MARK = "、"
