"""Organizations: dated registries of named bodies plus patterns for the bodies no registry can list.

Central organs, state-owned groups, international and Hong Kong bodies are registered; bodies are
created, merged and renamed (国家乡村振兴局 became a nameplate of 农业农村部 in 2023; 银保监会 became
金融监管总局), so every registered mention is resolved as of the document's date. Local organs
(``org_local``) and companies, universities, hospitals and the like (``org_names``) are found by shape.
"""

from __future__ import annotations

import bisect
import itertools
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..codebook import alternation, csv_book, longest_first, yaml_book
from ..ingest.lexicon import lexicon as document_lexicon
from . import divisions, org_brands, org_lists, org_local, org_names, org_trades, org_units
from .names import ministers_title, name_at
from .occurrences import Occurrences, leftmost_longest
from .places import CHINA, Place, common_words, home, place_name, visitors_from
from .sites import great_river
from .places import find as find_places
from .tokens import in_dictionary, stands_apart, tagged, word_bounds


@dataclass
class Org:
    start: int
    end: int
    mention: str
    name: str
    type: str
    level: str
    region: str = ""  # the special administrative region whose codebook named it in this text (統計暨普查局 → 澳门特别行政区),
    # or the state abroad whose body it is (加拿大央行 → 加拿大)


REGISTRIES = ("organizations.csv", "international_organizations.csv", "companies.csv", "foreign_bodies.csv")
FOREIGN_TYPE, FOREIGN_LEVEL = "foreign_government", "foreign"  # a body of a state abroad (美国劳工部)
STATE_COUNCIL = ("state_council_ministry", "state_council_agency")
UNIVERSITY = "university"
STATE_ORGANS = ("party_central", "state_council_ministry", "state_council_agency")
STATE_NAMES = ("中华人民共和国", "中国", "国家")  # the state's names, longest first (国家农业农村部, as news writes one)
GOES_ON_INTO_OFFICES = ("party_central", "state_council_ministry", "state_council_agency", "local_government")
MEDIA_SITE = "网"  # 中国日报网, 央视网: a medium's name and 网 is its news site, an outlet of its own
MEDIA_APPS = ("新闻客户端", "客户端")  # 中国青年报客户端合肥6月30日电: a medium's news app, an outlet of its own
MEDIA_SITE_NOT_BEFORE = tuple("络站民友上页点格购红")  # 网络, 网站, 网民, 网友, 网上: 网 opens another word


@lru_cache(maxsize=1)
def registry() -> dict[str, dict]:
    """Every registered body by its name: central organs and enterprises, international bodies and those of the special
    administrative regions."""
    return {row["name"]: row for book in REGISTRIES + tuple(r.book for r in regions()) for row in csv_book(__package__, book)}


@dataclass(frozen=True)
class Region:
    """A special administrative region whose bodies' codebook is read only in a text about it (``org_patterns.yml``:
    ``special_regions``)."""

    book: str
    marker: str
    province: str
    min_mentions: int
    joining_marks: tuple[str, ...]  # what joins the fields of its bureaus' names (劳工及福利局, 统计暨普查局)


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    return tuple(Region(r["book"], r["marker"], r["province"], r["min_mentions"], tuple(r["joining_marks"]))
                 for r in yaml_book(__package__, "org_patterns.yml")["special_regions"])


@dataclass(frozen=True)
class Registered:
    """Every word ``find`` looks for, in one automaton so a text is read once: the registries' surfaces (each special
    administrative region's apart), local office words, free-name endings and the endings of named bodies and shops; and
    what the patterns need from the registries."""

    words: Occurrences  # word -> (word, ((kind, payload), ...)); a region's kind is its index in ``regions()``
    not_bodies: dict[str, tuple[str, ...]]  # last character -> the rest of each word a registered name starts (公安部门)
    department_hosts: tuple[str, ...]  # what a short ministry's name after it is a department of (集团人事部)
    brands: dict[str, tuple[tuple[str, str], ...]]  # first character -> (surface, type) of state-owned enterprises, longest first


REGISTERED, OFFICE, FREE, ENDING, SHOP = "registered", "office", "free", "ending", "shop"


def surfaces(row: dict) -> list[str]:
    """A registry row's name, its aliases and, for a group registered with its legal form, the group's name without it
    (中国长江三峡集团有限公司 → 中国长江三峡集团): news names a group so as often as in full."""
    out = [row["name"]] + [a for a in row["aliases"].split("|") if a]
    form = next((f for f in GROUP_LEGAL_FORMS if row["name"].endswith(f)), "")
    return out + [row["name"][: len(row["name"]) - len(form)] + GROUP] if form else out


GROUP = "集团"
GROUP_LEGAL_FORMS = tuple(GROUP + form for form in ("有限公司", "有限责任公司", "股份有限公司"))


def _automaton() -> Occurrences:
    kinds: dict[str, dict[str | int, list[str]]] = {}  # word -> kind -> registry names (empty for patterns' words)
    for books, kind in ((REGISTRIES, REGISTERED), *(((r.book,), i) for i, r in enumerate(regions()))):
        for book in books:
            for row in csv_book(__package__, book):
                for surface in surfaces(row):
                    kinds.setdefault(surface, {}).setdefault(kind, []).append(row["name"])
    bk, nm = org_local.book(), org_names.names()
    for words, kind in ((bk.offices, OFFICE), (bk.free, FREE), (nm.ending_type, ENDING), (nm.shop_endings, SHOP)):
        for word in words:
            kinds.setdefault(word, {})[kind] = []
    return Occurrences({word: (word, tuple((kind, tuple(names)) for kind, names in by_kind.items()))
                        for word, by_kind in kinds.items()})


@lru_cache(maxsize=1)
def _registered() -> Registered:
    pats = yaml_book(__package__, "org_patterns.yml")
    brands = {surface: row["type"] for row in registry().values() if row["type"] in ("soe", "financial_soe")
              for surface in surfaces(row)}
    brands.update({b: "soe" for b in yaml_book(__package__, "org_names.yml")["soe_brands"]})
    return Registered(
        words=_automaton(),
        not_bodies=_grouped((w[-1], w[:-1]) for w in pats["not_bodies"]),
        department_hosts=tuple(pats["department_hosts"]),
        brands=_grouped((surface[:1], (surface, typ)) for surface, typ in sorted(brands.items(), key=lambda kv: -len(kv[0]))),
    )


def _grouped(pairs) -> dict[str, tuple]:
    """key -> its values in order: a word is looked up among the few that share the character it is asked by."""
    out: dict[str, list] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in out.items()}


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


@dataclass
class _Hits:
    """The words of one text, by kind: (start, end, surface, registry names), (start, word) for the local patterns and
    (start, end, word) for the named ones."""

    registered: list = field(default_factory=list)
    offices: list = field(default_factory=list)
    free: list = field(default_factory=list)
    endings: list = field(default_factory=list)
    shops: list = field(default_factory=list)


def _read(view: str, start: int, end: int, places: list[Place], traditional: bool = False) -> _Hits:
    """One pass over ``view[start:end]`` for every word; a special administrative region's registry only in a text about
    it: one that says 香港 often enough, or names places in it (黄大仙区, 沙田) as often, or is written in traditional
    characters and names bodies only the region's codebook holds (政府統計處)."""
    reg = _registered()
    chunk = view[start:end]
    hits, by_region, vouching = _Hits(), {}, {}
    for s, _, (word, kinds) in reg.words.find(chunk):
        s += start
        mainland = any(kind in MAINLAND_KINDS for kind, _ in kinds)  # 海关, 教育局: a name a mainland body bears too
        for kind, names in kinds:
            if kind == OFFICE:
                hits.offices.append((s, word))
            elif kind == FREE:
                hits.free.append((s, word))
            elif kind == ENDING:
                hits.endings.append((s, s + len(word), word))
            elif kind == SHOP:
                hits.shops.append((s, s + len(word), word))
            elif kind == REGISTERED:
                hits.registered.append((s, s + len(word), word, names))
            else:
                by_region.setdefault(kind, []).append((s, s + len(word), word, names))
                vouching[kind] = vouching.get(kind, 0) + (not mainland)
    own, shared = _regions_own(view, chunk, start, end, places, by_region, vouching if traditional else {})
    hits.registered = [hit for hit in hits.registered if hit[:2] not in shared] + _longest_at_each_start(own)
    hits.registered.sort(key=lambda hit: hit[0])
    return hits


def _longest_at_each_start(found: list) -> list:
    """A region's registered names without those that open a longer one at the same start (治安警 in 治安警察局): the
    shorter is an alias, not a body whose offices go on (治安警|察局局 of 治安警察局局长)."""
    longest = {}
    for hit in found:
        longest[hit[0]] = max(longest.get(hit[0], hit[1]), hit[1])
    return [hit for hit in found if hit[1] == longest[hit[0]]]


def _regions_own(view: str, chunk: str, start: int, end: int, places: list[Place], by_region: dict,
                 vouching: dict | None = None) -> tuple[list, set]:
    """The registered names of the regions a text is about, the one it is most about first (a text about both:
    特区政府 is that one's), and the spans where they take a mainland name's place: only in a text whose places make it
    about the region (审计署 in a 统计暨普查局 release), and never after the state's name (国家审计署). A text that only
    says the region's name often enough keeps the mainland body a name shares (海关 in a report on a visit to 澳门)."""
    # where visitors come from (香港及中國台灣旅客 in a 統計暨普查局 release) is no place the text is about
    within = [p for p in places if start <= p.start < end and not visitors_from(view, p.end)]
    about = home(within)
    vouching = vouching or {}
    ranked = sorted(((_about(regions()[i], chunk, within, about, found, vouching.get(i, 0)), i) for i, found in by_region.items()),
                    reverse=True)
    own, taken, shared = [], set(), set()
    longer = {hit[0] for found in by_region.values() for hit in found if hit[1] - hit[0] > len(BARE_GOVERNMENT)}
    for strength, i in ranked:
        if not strength:
            continue
        for hit in by_region[i]:
            if hit[:2] in taken or view.endswith(STATE_NAMES, max(0, hit[0] - len(STATE_NAMES[0])), hit[0]):
                continue
            if hit[2] == BARE_GOVERNMENT and (not vouching.get(i) or hit[0] > 0 and _NOT_BEFORE_BARE.match(view, hit[0] - 1)
                                               or hit[0] in longer):
                continue  # 政府今日發表…, 「政府會…: the region's own government, in its own release (in traditional
                # characters, naming bodies only it has); not 中央政府, 市政府, 政府統計處, 《政府工作報告》
            own.append((*hit, regions()[i].province))
            taken.add(hit[:2])
            if about == {regions()[i].province}:
                shared.add(hit[:2])
    return own, shared


@lru_cache(maxsize=1)
def _dateline_day() -> re.Pattern:
    """台北|13日电, 华盛顿|12日专电: a dateline's day right after its place (its endings are ingest's)."""
    return re.compile(r"[0-9０-９]{1,2}" + document_lexicon().day_ending)


BARE_GOVERNMENT = "政府"  # how a special administrative region's releases name its government (政府統計處's 政府 aside)
_NOT_BEFORE_BARE = re.compile(r"[\u4e00-\u9fff《]")  # what may not stand before a bare 政府 that names a region's
MAINLAND_KINDS = (OFFICE, FREE, ENDING, SHOP, REGISTERED)  # the kinds of words a mainland body's name is read by
REGION_SHARE = 0.25  # of a text's places, how many of the region's names a text about another province says to be about it


def _about(region: Region, chunk: str, within: list[Place], about: set[str], found: list, vouching: int = 0) -> int:
    """How much a text is about a special administrative region, 0 if not: its places make it so (a 運輸及房屋局 release
    that says only 本港, a 统计暨普查局 release that says 本澳), or it says 香港 often enough, or names places in it
    (黄大仙区, 沙田) and bureaus of the region's codebook that only it names so (``found``: its names in the text;
    劳工及福利局, not 消费者委员会) as often; in a text about another province, also a large enough share of its places
    (a 香港 delegation's visit to 深圳, not a 广东 work report's 粤港澳 plans). 中国香港 is no place of the gazetteer's,
    and 黄大仙区 says no 香港. A text in traditional characters is a region's own (the mainland writes simplified ones,
    规范汉字 under 国家通用语言文字法 第三条) when it uses names of bodies that only the region's codebook holds
    (``vouching``: 政府統計處今日發表…, a release that says only 本地; not 海關 or 教育局, which mainland bodies bear too)."""
    said = chunk.count(region.marker)
    named = sum(p.province == region.province for p in within)
    joined = sum(any(mark in word for mark in region.joining_marks) for _, _, word, _ in found)
    strength = max(said, named + joined)
    filed = any(p.province == region.province and _dateline_day().match(chunk, p.end) for p in within)
    if about == {region.province} or within and named == len(within) and (named > 1 or filed):  # (中央社记者…台北13日电)
        return strength + len(within)  # 主计总处发布…: every place the text names lies in the region, too few for its home
    if vouching and not (about and region.province not in about):
        return max(strength, len(found))
    if strength < region.min_mentions or about and region.province not in about and said < REGION_SHARE * len(within):
        return 0
    return strength


PLACE_BOUND_TYPES = ("state_council_ministry", "state_council_agency", "other")  # central bodies a place's may share names with
INSTITUTION_ENDS = ("馆", "院", "中心")  # museums, libraries, academies and centres, which every province or city has of its own


def _of_a_place(view: str, org: Org, place_ends: dict) -> bool:
    """Whether a central body's registered name stands right after a place that has its own such body: a state abroad
    (韩国国家博物馆, 美国国家气象中心), or a place of China before an institution (沈阳故宫博物院, 广东省信通院); not a
    company's (深圳华为) or the army's (驻滇解放军)."""
    place = place_ends.get(org.start)
    if place is None or org.level != "central" or org.type not in PLACE_BOUND_TYPES or place.full_name == CHINA:
        return False
    return place.country != CHINA or view[org.start : org.end].endswith(INSTITUTION_ENDS) or org.name.endswith(INSTITUTION_ENDS)


def _registered_orgs(view: str, hits: _Hits, on: dt.date | None) -> list[Org]:
    """Registered names, resolved as of ``on``; none where the name starts a longer common word."""
    not_bodies = _registered().not_bodies
    out = []
    for s, e, surface, names, *region in hits.registered:
        head = next((head for head in not_bodies.get(view[e : e + 1], ()) if surface.endswith(head)), None)
        if head is not None and not ministers_title(view, e) \
                and not (head == PLACE_HEAD and len(surface) >= LONG_NAME and e in word_bounds(view, s, e)):
            continue  # 公安部门, 银行业: a common word, no registered body (but 郑州商品交易所|在洛川: a long name of a 所 that
            # jieba ends before 所在 or 所有; not 环境保护部|门, a department of any government, nor 中国政府|奖学金)
        if _a_bodys_department(view, s, surface):
            continue  # 集团人事部, 后勤部卫生部: the department of the body before it, no ministry
        if unicodedata.normalize("NFKC", surface).isascii() and (_latin(view[s - 1 : s]) or _latin(view[e : e + 1])):
            continue  # WHO in WHOLE, IEA in IEAM: a Latin acronym stands apart from other letters
        row = resolve(_pick(names, on), on)
        if (row["type"] == org_brands.COMPANY or row["type"] in BANK_TYPES and e - s <= BANK_SHORT) \
                and not org_brands.a_word(view, s, e):
            continue  # 南京东路: no 京东; 其中行业, 务农行业, 全县建行政村: no 中行, 农行, 建行
        if surface.endswith(WEBSITE_END) and e not in word_bounds(view, s, e) and not view.startswith(WEBSITE_CREDITS, e):
            continue  # 中国网络, 光明网格: a website's name ends a word (中国网|记者), or its dateline's 讯 follows (央广网讯)
        # a state abroad's body the registry names (美联储, 加拿大银行) keeps its state as its region, as one read by shape does
        out.append(Org(s, e, surface, row["name"], row["type"], row["level"], region[0] if region else row.get("country") or ""))
    return org_brands.vouched(view, out)  # 种植苹果: no 苹果公司


LONG_NAME = 4  # characters of a registered name whose end jieba's words decide (上交所|有, but 郑州商品交易所|在)
PLACE_HEAD = "所"  # an exchange's or an institute's 所, which 所在, 所有 and 所得 read on from


def _short_unit_parents(view: str, start: int, end: int, places: list[Place], on: dt.date | None) -> list[Org]:
    """A body whose regional units are named after it, named by a short form only its units take (人行|襄阳市|分行;
    ``org_names.yml: unit_parent_short_forms``), where a place and a unit's kind follow it: the body, for its unit's name.
    Alone the short form is another word (人行道, 人行横道)."""
    place_at = {p.start: p for p in places}
    out = []
    for short, parent in yaml_book(__package__, "org_names.yml")["unit_parent_short_forms"].items():
        at = view.find(short, start, end)
        while at >= 0:
            p = place_at.get(at + len(short))
            if p is not None and view.startswith(org_units.unit_words(), p.end):
                row = resolve(parent, on)
                out.append(Org(at, at + len(short), short, row["name"], row["type"], row["level"]))
            at = view.find(short, at + 1, end)
    return out


def _latin(char: str) -> bool:
    """Whether ``char`` (as NFKC reads it: Ｗ is W) is a Latin letter, a digit or a joiner of codes (WHO-2000, IMF_data,
    WTO/TBT, OPEC+): what a Latin acronym must not touch."""
    char = unicodedata.normalize("NFKC", char)
    return bool(char) and char.isascii() and (char.isalnum() or char in "-_/+")


WEBSITE_END = "网"  # the last character of a news website's name (中国网, 光明网), which starts many words (网络, 网格)
WEBSITE_CREDITS = ("讯", "记者", "报道", "消息", "评论员", "客户端")  # 央广网讯, which jieba reads 央广|网讯
SHORT_DEPARTMENT = 3  # characters of a ministry's name that is also a department's (人事部, 建设部, 卫生部)


def _a_bodys_department(view: str, s: int, surface: str) -> bool:
    """A short ministry's name right after a body or a unit that has departments (集团|人事部, 中国银行|人事部,
    工程|建设部, 后勤部|卫生部: ``department_hosts``) names that body's department, not the ministry."""
    return len(surface) <= SHORT_DEPARTMENT and surface.endswith("部") and view.endswith(_registered().department_hosts, 0, s)


def _company_type(mention: str) -> str:
    """A company named after a state-owned group (中铁二十局集团有限公司) is state-owned too."""
    return next((typ for brand, typ in _registered().brands.get(mention[:1], ()) if mention.startswith(brand)), "company")


INTERNATIONAL = "international"  # the level of an international organization or forum
AFFILIATE_TYPE = "other"  # a university's affiliated hospital or school (附属医院, 附属中学), as its own name is typed


@lru_cache(maxsize=1)
def _registered_surfaces() -> frozenset[str]:
    return frozenset(surface for row in registry().values() for surface in surfaces(row))


@lru_cache(maxsize=1)
def _international_offices() -> tuple[str, ...]:
    return longest_first(yaml_book(__package__, "org_patterns.yml")["international_offices"])


def _extended(view: str, o: Org, lo: int, hi: int, place_ends: dict, reg_by_end: dict) -> Org:
    """A body grown by what surrounds it: the ministry over a local branch (国家税务总局 + 西安…税务局),
    its own offices (人社部 + 就业促进司), a medium's news site or app (中国日报 + 网, 中国青年报 + 客户端), 驻 + a place before it (驻滇解放军), and
    the state's name before a central organ (中国外交部发言人林剑, as foreign news names one)."""
    s, e, name = o.start, o.end, o.name
    parent = reg_by_end.get(s)
    governed = parent is not None and _its_government(parent, o)
    if o.type == "local_government" and parent is not None and (parent.type in STATE_COUNCIL or governed):
        s = parent.start  # 国家移民管理局 + 深圳出入境边防检查总站, 香港特区政府 + 运输署: the body the branch is of
        name = parent.name + name if governed else name  # (香港特别行政区政府运输署, as 统计处 goes on from it)
    if o.type in GOES_ON_INTO_OFFICES:
        e = org_local.sub_office(view, e, hi)
        name = name + view[o.end : e]
    elif o.level == INTERNATIONAL and (office := next((w for w in _international_offices() if view.startswith(w, e, hi)), None)) \
            and view[s : e + len(office)] not in _registered_surfaces():  # 东盟秘书处 is registered as a body of its own
        e += len(office)  # 东博会秘书处, 上合组织秘书处: the body's own secretariat, which speaks for it
        name = name + office
    elif o.type == UNIVERSITY:  # 江苏大学流体机械工程技术研究中心: one of its units
        e = _campus_end(view, name, e, hi, place_ends)  # 哈尔滨工业大学（深圳）: the campus in a city of its own, so named
        e = org_local.university_unit(view, e, hi)
        name = name + view[o.end : e]
        affiliate = org_local.affiliate(view, e, hi)  # 华中科技大学同济医学院|附属协和医院: a body of its own
        if affiliate > e:
            return Org(s, affiliate, view[s:affiliate], view[s:affiliate], AFFILIATE_TYPE, "", o.region)
    elif o.type == "media" and view.startswith(MEDIA_SITE, e) and e + 1 <= hi and view[e + 1 : e + 2] not in MEDIA_SITE_NOT_BEFORE:
        e += len(MEDIA_SITE)
        name = view[o.start : e]
    elif o.type == "media" and (app := next((a for a in MEDIA_APPS if view.startswith(a, e, hi)), None)):
        e += len(app)
        name = view[o.start : e]
    s = org_local.stationed_start(view, s, lo, place_ends)
    # 中国|外交部: the state's own organ, by the organ's name; 香港|入境事务处: a special region's, by its region's name
    state = next((len(n) for n in STATE_NAMES if view.endswith(n, lo, s)), 0) if o.type in STATE_ORGANS else 0
    state = state or (next((len(n) for n in _region_names(o.region) if view.endswith(n, lo, s)), 0) if s == o.start else 0)
    if state and s - state not in word_bounds(view, s - state, s):
        state = 0  # 多个国家|外交部, 发达国家|央行: the state's name ends another word
    if s == o.start and e == o.end and not state:
        return o
    return Org(s - state, e, view[s - state : e], name if s == o.start or governed else view[s:e], o.type, o.level, o.region)


REGION_GOVERNMENT = "政府"  # how a special region's government's name ends (香港特别行政区政府)


def _its_government(parent: Org, o: Org) -> bool:
    """Whether ``parent`` is the government of the special region whose body ``o`` is (香港特区政府|运输署)."""
    return bool(o.region) and parent.region == o.region and parent.name.endswith(REGION_GOVERNMENT)


@lru_cache(maxsize=8)
def _region_names(region: str) -> tuple[str, ...]:
    """The names a special region's bodies may follow in a text, longest first (香港特别行政区, 香港特区, 香港); none for
    a state abroad or for no region."""
    marker = next((r.marker for r in regions() if r.province == region), "")
    return (region, marker + "特区", marker) if marker else ()


def _longest(cands: list[Org], start: int, end: int) -> list[Org]:
    """The longest candidates that do not overlap, in text order; of two with one span, the local body."""
    cands.sort(key=lambda o: (-(o.end - o.start), o.start, o.type != "local_government"))
    taken: list[Org] = []
    occupied = bytearray(end - start)
    for o in cands:
        if 1 not in occupied[o.start - start : o.end - start]:
            occupied[o.start - start : o.end - start] = b"\x01" * (o.end - o.start)
            taken.append(o)
    return sorted(taken, key=lambda o: o.start)


@lru_cache(maxsize=1)
def _types_by_ending() -> tuple[tuple[str, str], ...]:
    """(ending, type) of every word that ends a body's name, longest first: the companies', universities' and media's
    endings, office and department words, and the bare endings thorough mode accepts."""
    bk = org_local.book()
    endings = {w: typ for typ, words in yaml_book(__package__, "org_patterns.yml")["model_endings"].items() for w in words}
    endings.update({word: typ for word, (typ, _) in bk.offices.items()})
    endings.update(org_names.names().ending_type)
    return tuple(sorted(endings.items(), key=lambda kv: -len(kv[0])))


def _modelled(view: str, start: int, end: int, taken: list[Org]) -> list[Org]:
    """Thorough mode: the tagger's organizations that overlap no body the patterns found and end like a body, typed by
    that ending."""
    from . import org_model  # loaded on first use: the default extraction never imports numpy or ONNX Runtime

    occupied = bytearray(end - start)
    for o in taken:
        occupied[o.start - start : o.end - start] = b"\x01" * (o.end - o.start)
    out = []
    for s, e in org_model.organizations(view, start, end):
        mention = view[s:e]
        if 1 in occupied[s - start : e - start]:
            continue
        ending, typ = next(((w, t) for w, t in _types_by_ending() if mention.endswith(w)), ("", ""))
        name = org_names.trim(mention[: len(mention) - len(ending)])
        if not ending or len(name) < 2 or org_names.is_generic(name) or org_names.part_of_word(view, e - len(ending), e, ending):
            continue  # 新时代 (no body's ending), 保险公司 (no one body), 大学 + 预科
        out.append(Org(s, e, mention, mention, _company_type(mention) if typ == "company" else typ, ""))
    return out


@dataclass(frozen=True)
class LevelWords:
    words: tuple[str, ...]  # 自治区, 省, 市 …: a body's name that opens with one alone names the level, not the place
    full: dict[str, str]  # short office words and their full form (政府: 人民政府), as a place-prefixed name has them; longest first
    local: tuple[str, ...]  # the words a prefecture's or a county's unit name ends in (市, 州, 县, 区, 旗): 市委, 县政府
    provincial: dict[str, str]  # ``full`` for a province's bodies (省法院: 高级人民法院)


@lru_cache(maxsize=1)
def _level_words() -> LevelWords:
    pats = yaml_book(__package__, "org_patterns.yml")
    levels = pats["single_prefix_levels"]
    words = [w for w, level in levels.items() if level in ("provincial", "prefecture")]
    local = tuple(sorted((w for w, level in levels.items() if level in ("prefecture", "county")), key=len, reverse=True))
    full = {w: pats["suffix_full"][w] for w in sorted(pats["suffix_full"], key=len, reverse=True)}
    provincial = {w: pats["provincial_suffix_full"].get(w, f) for w, f in full.items()}
    return LevelWords(tuple(sorted(words, key=len, reverse=True)), full, local, provincial)


def resolved(orgs: list[Org], place: str, about: dict | None = None) -> list[Org]:
    """Bodies named by their level alone (省委, 省政府, 自治区人大常委会; 市委 in a municipality's text) as the bodies of
    the province the text is about (云南省委, 云南省人民政府, 北京市委, at the provincial level): otherwise the 省委 of
    every province is one body in the tables of actors and organizations. So too a prefecture's or a county's (市委,
    市人大常委会 in a text about 泰安市 → 泰安市委; 县政府 in one about 宁阳县), when ``about`` (``deixis.home_units``) names
    the one prefecture or county the text is about; in other texts (市委 in a province's report) they name bodies the
    text does not say which, and stay as they are."""
    _own_rural_banks(orgs, place, about or {})
    if place:
        _own_levels(orgs, place, about)
    _named_in_full(orgs)  # after: the body in full may be one named by its level (省政协 → 云南省政协)
    return orgs


def _own_levels(orgs: list[Org], place: str, about: dict | None) -> None:
    """``resolved``'s bodies named by their level alone, in a text about ``place``."""
    lw = _level_words()
    level = next((w for w in lw.words if place.endswith(w)), "")
    for o in orgs:
        if level and _by_its_level(o, level):
            o.name, o.level = place + _full_form(o.name[len(level):], lw.provincial), "provincial"
    for lv in ("county", "prefecture"):  # a county-level city first (新泰市 under 泰安市: its 市委 is 新泰市委)
        unit = (about or {}).get(lv)
        word = next((w for w in lw.local if unit.name.endswith(w)), "") if unit is not None else ""
        for o in orgs if word else ():
            if _by_its_level(o, word):
                o.name, o.level = unit.name + _full_form(o.name[len(word):], lw.full), lv


def _by_its_level(o: Org, word: str) -> bool:
    """Whether a local body is named by its level ``word`` alone, as its mention or as the name a short name the text
    defined stands for (市防汛抗旱指挥部（以下简称市防指）: 市防指 is 市防汛抗旱指挥部, the text's city's)."""
    named = o.name == o.mention or o.name.startswith(word) and o.mention.startswith(word)
    return o.type == "local_government" and named and o.name.startswith(word) and len(o.name) > len(word) \
        and not o.name.startswith(NOT_LEVEL_WORDS)


NOT_LEVEL_WORDS = ("市场", "省份", "县域")  # words a level's character opens (市场监督管理局 names no 市's body by its level)


def _named_in_full(orgs: list[Org]) -> None:
    """A body named by its office word alone (街道办事处, 政协; org_patterns.yml ``own_unit_offices``), as the one body of
    that office the text names in full (据街道办事处主任陈国栋介绍 under 来源：成都市成华区锦溪街道办事处): a text names
    its own street office, or its conference, in full once and by its office after. Where it names two (A街道办事处,
    B街道办事处) or none, the word stays as it stands."""
    offices = org_local.book().own_unit_offices
    alone = [o for o in orgs if o.type == "local_government" and o.name == o.mention and o.mention in offices]
    in_full: dict[str, set] = {word: set() for word in {o.mention for o in alone}}  # one pass over the text's bodies
    for b in orgs if in_full else ():
        for word, found in in_full.items():
            if b.name.endswith(word) and len(b.name) > len(word):
                found.add((b.name, b.level, b.type))
    for o in alone:
        if len(in_full[o.mention]) == 1:
            o.name, o.level, o.type = next(iter(in_full[o.mention]))


RURAL_BANK_LEVELS = {"省": "province", "市": "prefecture", "县": "county"}  # a level's character before a rural bank's word


def _own_rural_banks(orgs: list[Org], place: str, about: dict) -> None:
    """A rural bank named by its level alone (县农商银行, 市农村信用联社) is the bank of the unit of that level the text is
    about (沂南县's report: its one 农商银行); in a text about no such unit (a province's or the nation's) it names every
    such bank (推动县农商银行坚守支农支小定位), a group."""
    words = org_local.rural_bank_words()
    for o in orgs:
        level = RURAL_BANK_LEVELS.get(o.mention[:1])
        if level is None or o.type not in COMPANY_TYPES or o.name != o.mention or o.mention[1:] not in words:
            continue
        unit = place if level == "province" else getattr(about.get(level), "name", "")
        if not unit:
            o.type = "group"


def _full_form(rest: str, full: dict[str, str]) -> str:
    """A body's name after its level word in full (政府 → 人民政府), and so an office of it (检察院第八检察部 →
    人民检察院第八检察部, 政府办公室 → 人民政府办公室); a name in full already stays (卫生健康委员会, not 卫生健康委|员会)."""
    word = next((w for w in full if rest.startswith(w)), None)
    return full[word] + rest[len(word):] if word is not None and not rest.startswith(full[word]) else rest


@dataclass(frozen=True)
class Blocs:
    names: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    stage: re.Pattern  # 欧盟五期: an emission standard
    partner_marks: tuple[str, ...]  # 对东盟进出口, 与东盟进出口: a preposition before a bloc that trade words follow
    trade: re.Pattern  # a trade word before the clause ends, within the reach


@lru_cache(maxsize=1)
def _blocs() -> Blocs:
    pats = yaml_book(__package__, "org_patterns.yml")
    return Blocs(frozenset(pats["regional_blocs"]), tuple(pats["region_before"]), tuple(pats["region_after"]),
                 re.compile(pats["standard_stage"]), tuple(pats["trade_partner_marks"]),
                 re.compile(r"[^，。；：！？]{0,%d}?(?:%s)" % (pats["trade_reach"], "|".join(pats["trade_words"]))))


def _a_region(view: str, o: Org) -> bool:
    """A bloc the text turns to as a market, a region or a standard (对东盟进出口, 浙江与东盟进出口, 面向东盟, 欧盟五期),
    not as a body."""
    blocs = _blocs()
    return o.name in blocs.names and (
        view.startswith(blocs.after, o.end) or view.endswith(blocs.before, 0, o.start)
        or blocs.stage.match(view, o.end) is not None
        or (view.endswith(blocs.partner_marks, 0, o.start) and blocs.trade.match(view, o.end) is not None))


@dataclass(frozen=True)
class Titles:
    opens: str
    closes: str
    issuer_mark: str  # 关于 after the issuers of a title
    report_kinds: tuple[str, ...]  # 工作总结: how a report's title that names its author ends
    rules: tuple[str, ...]  # how the title of a rule named after a body ends (条例, 公约)
    sites: tuple[str, ...]  # 旧址 after a name: a place


TITLE_REACH = 160  # characters from a name that opens a title to the mark that closes it
BETWEEN_ISSUERS = " \u3000、"


@lru_cache(maxsize=1)
def titles() -> Titles:
    pats = yaml_book(__package__, "org_patterns.yml")
    opens, closes = pats["title_marks"]
    return Titles(opens, closes, pats["title_issuer_mark"], tuple(pats["title_report_kinds"]), tuple(pats["title_rule_endings"]),
                  tuple(pats["site_after"]))


def _named_only(view: str, o: Org, by_start: dict[int, Org]) -> bool:
    """A name that opens the title of a rule named after it (《中国共产党问责条例》) or names a site (小榄医院旧址), not
    the body. The issuers of a rule (《国务院关于…的规定》) and the bodies of every other title (《国家统计局…统计公报》,
    《人民日报》, 《关于支持浙江大学…》) are mentioned."""
    t = titles()
    if view.startswith(t.sites, o.end):
        return True
    if o.start == 0 or view[o.start - 1] != t.opens:
        return False
    closed = view.find(t.closes, o.end, o.end + TITLE_REACH)
    if closed < 0 or not view.endswith(t.rules, o.end, closed):
        return False
    pos = o.end
    while pos < closed and not view.startswith(t.issuer_mark, pos):
        if view[pos] in BETWEEN_ISSUERS:
            pos += 1
        elif pos in by_start:
            pos = by_start[pos].end
        else:
            return True
    return pos >= closed


@dataclass(frozen=True)
class PaperCredit:
    credit: re.Pattern  # a name ending in 报 or 网 at the head of a line, before 讯, 记者 or 消息 and a colon, space or bracket
    dispatch: re.Pattern  # a name before 记者 in the bracket right after a dispatch's 电 or 讯
    reporter_kinds: re.Pattern  # 实习, 特约, 通讯员: no medium's name
    not_names: frozenset[str]
    not_endings: tuple[str, ...]
    reporter_line: re.Pattern  # any name before 记者 at the head of a line (封面新闻记者滕晗 摄)
    name_tags: tuple[str, ...]  # jieba's tags of the words such a name is made of
    credit_endings: tuple[str, ...]  # 新闻, 社, 台: how such a name ends


@lru_cache(maxsize=1)
def _paper_credit() -> PaperCredit:
    pats = yaml_book(__package__, "org_patterns.yml")["paper_credit"]
    credit = re.compile(r"^(?:[^\S\n]|[（(【])*(?:%s)?([\u4e00-\u9fff]{1,%d}?(?:%s)(?:·?[A-Za-z\u4e00-\u9fff]{1,%d}?(?=讯))?)(?:%s)?(?:%s)(?=[：:\s】）)（(，,])" % (
        re.escape(pats["source_mark"]), pats["name_max"] - 1, "|".join(map(re.escape, pats["endings"])), pats["channel_max"],
        pats["dated"], "|".join(map(re.escape, pats["after"]))), re.M)
    # a credit may name two media joined by a middle dot (新甘肃·甘肃农民报记者): the one the reporter writes for is the last
    dispatch = re.compile(r"(?<=[%s])[（(](?:[\u4e00-\u9fff]{2,%d}·)?([\u4e00-\u9fff]{2,%d}?)%s" % (
        "".join(pats["dispatch_ends"]), pats["name_max"], pats["name_max"], re.escape(pats["reporter"])))
    reporter_line = re.compile(r"^(?:[^\S\n]|[%s])*(?:[\u4e00-\u9fff]{2,%d}·)?([\u4e00-\u9fff]{2,%d}?)%s[^\S\n]?" % (
        re.escape(pats["line_marks"]), pats["name_max"], pats["name_max"], re.escape(pats["reporter"])), re.M)
    return PaperCredit(credit, dispatch, re.compile(alternation(pats["reporter_kinds"])), frozenset(pats["not_names"]),
                       tuple(pats["not_endings"]), reporter_line, tuple(pats["credit_name_tags"]),
                       tuple(pats["credit_endings"]))


@lru_cache(maxsize=1)
def _source_credit() -> re.Pattern:
    """A credit label and the medium it names, up to the gap or mark that ends the field (来源：人民法院报　　作者：…)."""
    pats = yaml_book(__package__, "org_patterns.yml")["paper_credit"]
    endings = alternation(pats["source_endings"] + pats["endings"] + pats["credit_endings"])
    return re.compile(r"(?:^|(?<=[\s|｜【\[]))(?:%s)[:：][^\S\n]*([\u4e00-\u9fff·]{1,%d}?(?:%s))(?=[\s|｜,，。\-－]|$)" % (
        alternation(pats["source_labels"]), SOURCE_NAME_MAX, endings), re.M)


SOURCE_NAME_MAX = 16  # characters of a credited medium's name before its ending (沈阳市人民政府|网站)


def _credited_sources(view: str, start: int, end: int, cands: list[Org]) -> list[Org]:
    """The media a page's credit lines name by their name's ending (来源：人民法院报, 来源：江西人大新闻网): not a kind of
    document (来源：省应急管理厅工作简报), nor a body found by its own name (来源：国家电网, 来源：市气象台) or its website
    (来源：应急管理部网站: the ministry's credit)."""
    if SOURCE_WORD not in view:
        return []  # most texts: no credit line
    pats = yaml_book(__package__, "org_patterns.yml")["paper_credit"]
    out = []
    for m in _source_credit().finditer(view, start, end):
        s, e = m.span(1)
        site = next((e - len(w) for w in SITES if m.group(1).endswith(w)), e)
        if m.group(1).endswith(tuple(pats["source_not_endings"])) or any(o.start == s and o.end in (e, site) for o in cands):
            continue
        out.append(Org(s, e, m.group(1), m.group(1), "media", ""))
    return out


SOURCE_WORD = "来源"  # in every credit label (来源, 信息来源, 稿件来源)
SITES = ("官方网站", "门户网站", "网站", "官网", "网")  # a body's own site after its name (应急管理部网站, 三一重工官网)


def _credited_papers(view: str, start: int, end: int) -> list[Org]:
    """Newspapers and news sites that credit themselves at the head of a line (时报讯, 星报记者：, 每日甘肃网9月12日讯) or
    in the reporter's credit after a dispatch (电(中新财经记者 宋宇晟)), whatever their name's length: no shape of a
    body's name finds a paper called 时报."""
    pc = _paper_credit()
    found = list(pc.credit.finditer(view, start, end)) + [
        m for m in pc.dispatch.finditer(view, start, end) if not pc.reporter_kinds.search(m.group(1))]
    return [Org(m.start(1), m.end(1), m.group(1), m.group(1), "media", "") for m in found
            if m.group(1) not in pc.not_names and not m.group(1).endswith(pc.not_endings)]


def _credited_reporters(view: str, start: int, end: int) -> list[Org]:
    """The medium a reporter's credit names at the head of a line by a medium's ending other than 报 and 网, where a
    person's name follows 记者 and the medium's name is made of nouns (封面新闻记者滕晗 摄; (中央社记者陈政伟台北13日电));
    no time (今天记者从…获悉), beat (体育记者) or place (北京记者) names one."""
    pc = _paper_credit()
    out = []
    for m in pc.reporter_line.finditer(view, start, end):
        name = m.group(1)
        if name in pc.not_names or name.endswith(pc.not_endings) or pc.reporter_kinds.search(name) \
                or not any(name.endswith(e) and len(name) > len(e) for e in pc.credit_endings):
            continue
        if name_at(view, m.end()) is not None and all(flag.startswith(pc.name_tags) for _, flag in tagged(name)):
            out.append(Org(m.start(1), m.end(1), name, name, "media", ""))
    return out


@lru_cache(maxsize=1)
def _taiwan_pattern() -> re.Pattern:
    cfg = yaml_book(__package__, "org_patterns.yml")["taiwan_authorities"]
    field = "(?:(?![%s])[\u4e00-\u9fff])" % cfg["not_in_field"]  # 台湾地区与大陆有关部门 is no body
    return re.compile("(?:%s)%s{1,%d}?(?:%s)" % (alternation(cfg["prefixes"]), field, cfg["field_max"], alternation(cfg["endings"])))


@lru_cache(maxsize=1)
def _cited_service_pattern() -> re.Pattern:
    book = yaml_book(__package__, "org_patterns.yml")["cited_services"]
    return re.compile("据(%s)(?=%s)" % (alternation(book["names"]), alternation(book["verbs"])))


def _cited_services(view: str, start: int, end: int) -> list[Org]:
    """A state service cited by its common name as the source of statistics (据海关统计: the customs service of the
    text's area; org_patterns.yml ``cited_services``), which names no registered body alone."""
    types = yaml_book(__package__, "org_patterns.yml")["cited_services"]["names"]
    return [Org(m.start(1), m.end(1), m.group(1), m.group(1), types[m.group(1)], "")
            for m in _cited_service_pattern().finditer(view, start, end)]


def _listed_by_code(view: str, start: int, end: int) -> list[Org]:
    """Listed companies the financial press names by their short name and stock code alone (上市公司恒川精密（301562）,
    白酒龙头贵州茅台（600519.SH）): the name after a word that says what it is (``org_patterns.yml`` listed_company), or
    a short one that opens its clause with no time or function word first (not 午后贵州茅台, 截至收盘贵州茅台)."""
    if not any(c.isdigit() for c in view[start:end]):
        return []
    book = _listed_book()
    out = []
    for m in _stock_code_after().finditer(view, start, end):
        run = m.group(1)
        cut = max((run.rfind(w) + len(w) for w in book["before_name"] if w in run), default=-1)
        name = run[cut:] if cut >= 0 else run
        opens = cut < 0 and (m.start(1) == 0 or view[m.start(1) - 1] in CLAUSE_OPENERS) \
            and len(name) <= book["clause_name_max"] and tagged(name)[0][1] not in NOT_NAME_OPENING_TAGS
        if (cut >= 0 or opens) and book["name_min"] <= len(name) <= book["name_max"] and not name.endswith(tuple(book["not_endings"])):
            out.append(Org(m.end(1) - len(name), m.end(1), name, name, "company", ""))
    return out


@lru_cache(maxsize=1)
def _listed_book() -> dict:
    return yaml_book(__package__, "org_patterns.yml")["listed_company"]


@lru_cache(maxsize=1)
def listed_there() -> re.Pattern:
    """A board and the words of a listed company right after an exchange's name (深交所|创业板上市公司): where a company
    listed, no exchange that reports."""
    book = _listed_book()
    return re.compile(r"(?:%s)?(?:%s)" % (alternation(book["boards"]), alternation(book["listed_words"])))


@lru_cache(maxsize=1)
def _stock_code_after() -> re.Pattern:
    return re.compile(r"([\u4e00-\u9fffA-Z]{%d,%d})[（(]%s[）)]" % (_listed_book()["name_min"], LISTED_READ, STOCK_CODE))


LISTED_READ = 16  # characters read back from the bracket for the words before a listed company's name
CLAUSE_OPENERS = "，。；：、！？“”\n "  # what a name that opens its clause follows
NOT_NAME_OPENING_TAGS = ("t", "c", "d", "p", "r", "f", "m")  # 午后, 其中, 如, 此外: a time or function word, no name's start


def _taiwan_authorities(view: str, start: int, end: int) -> list[Org]:
    """Bodies of the Taiwan authorities named by their field (臺灣當局經濟事務主管部門; org_patterns.yml: taiwan_authorities)."""
    return [Org(m.start(), m.end(), m.group(), m.group(), "other", "") for m in _taiwan_pattern().finditer(view, start, end)]


@lru_cache(maxsize=1)
def _definition() -> re.Pattern:
    verbs = alternation(yaml_book(__package__, "org_names.yml")["short_name_definitions"])
    # or a Latin acronym alone in the brackets (印尼中国高速铁路有限公司（KCIC）, 世界卫生组织（WHO）)
    # and after the short name, a listed company's stock code (（下称“远航电池”，300937.SZ）), which also defines a short
    # name alone before it (（鲁丰化工，600731.SH）: the financial press's form)
    # or a short name alone that abbreviates the name, its characters in the name's order (安徽省交通控股集团有限公司
    # （安徽交控集团）, 国网安徽省电力有限公司（国网安徽电力）; ``_abbreviates``)
    return re.compile(r"[（(](?:(?:%s)[:：]?([^（）()，。；]{%d,%d}?)(?:[，,]%s)?|([A-Z][A-Za-z&]{%d,%d})|([^（）()，。；:：]{%d,%d})[，,]%s|([\u4e00-\u9fff]{%d,%d}))[）)]" % (
        verbs, DEFINED_MIN, DEFINED_REACH, STOCK_CODE, DEFINED_MIN, ACRONYM_MAX - 1, DEFINED_MIN, SHORT_NAME_MAX, STOCK_CODE,
        DEFINED_MIN + 1, SHORT_NAME_MAX))


STOCK_CODE = r"(?:股票代码[:：]?)?\d{6}(?:\.(?:SH|SZ|BJ|HK))?"  # 上交所 and 深交所 codes of six digits, with the exchange
SHORT_NAME_MAX = 12  # characters of a short name before a stock code
DRAWN_SHARE = 0.75  # of a short name's characters, how many its full name holds (鲁丰化工 of 山东鲁丰化工集团…)
DEFINED_MIN = 2  # characters of a short name a text defines: more than this, or this many drawn from the name (海委)
ACRONYM_MAX = 10  # letters of a Latin acronym a text gives a body in brackets (three at least, as a short name has)
DEFINED_REACH = 40  # characters of the definition's brackets: one name, or several quoted (“贵州燃气”或“公司”)
DEFINED_GENERIC = ("本", "该")  # 本公司, 该行: the text's own word for the body, no name of it
DEFINED_AFTER_LIST = "、和与及"  # what ends the list a definition after its last body names
DEFINITION_CLOSE = "）)"  # the bracket that closes a body's own definition before the next body of the list


def _defined(view: str, start: int, end: int, found: list[Org]) -> list[Org]:
    """A body named again by the short name the text defines right after its full name (湖南湘芯动力科技股份有限公司
    （以下简称“湘芯动力”）… 湘芯动力延续增长势头; 中远海运集装箱运输有限公司（以下简称中远海运集运）), the definition's
    own mention too: the same body. A generic word (“公司”, “本行”) names none (``Discourse`` reads it as the text's own)."""
    forms: dict[str, Org] = {}
    for o in found:
        m = _definition().match(view, o.end)
        if m is None:
            continue
        defined = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if o.start > 0 and view[o.start - 1] in DEFINED_AFTER_LIST and not _closes_a_definition(view, o.start - 2):
            continue  # 国家发展改革委、财政部（以下简称“两部门”）: the list's short name, not its last body's; but …集团有限公司
            # （以下简称“广州港集团”）和广州白云国际机场股份有限公司（以下简称“白云机场”）: the body before defined its own, so each does
        if m.group(3) and sum(ch in o.mention for ch in defined) < DRAWN_SHARE * len(defined):
            continue  # 宁德时代（新能源电池龙头，300750.SZ）: a description, not a short name drawn from the name
        if m.group(4) and not _abbreviates(defined, o.mention):
            continue  # 某公司（集团总部）: a gloss, not the name shortened
        for short in re.findall(r"[“\"]([^“”\"]+)[”\"]", defined) or [defined]:
            if (len(short) > DEFINED_MIN or len(short) == DEFINED_MIN and _drawn_in_order(short, o.mention)) \
                    and not short.startswith(DEFINED_GENERIC) and short != o.mention:
                forms.setdefault(short, o)
    if not forms:
        return []
    spans = [m.span() for m in re.finditer(alternation(forms), view[:end])]
    outside = [o for o in found if not any(s <= o.start and o.end <= e for s, e in spans)]  # not 中远海运 of 中远海运集运
    return _named_again_by(view, start, end, outside, forms, defined=True)


def _drawn_in_order(short: str, name: str) -> bool:
    """Whether a short name of two characters is drawn from the name in its order and is no common word (海委 of
    水利部海河水利委员会; not 公司 or 集团, a generic the text calls it by)."""
    at = 0
    for ch in short:
        at = name.find(ch, at) + 1
        if not at:
            return False
    return short not in common_words() and not place_name(short)  # (“宁德” of 宁德时代…: 宁德市 is a place's; not 华润)


def past_definition(view: str, end: int) -> int:
    """Where the text goes on after a body's name that a bracket defining its short name follows (据中国铁路南昌局集团有限公司
    （以下简称“南昌局集团公司”）|介绍，…): past that bracket, else ``end``. The verb that makes the body a source or a
    speaker comes after the definition."""
    m = _definition().match(view, end) if view[end : end + 1] in DEFINITION_OPEN else None
    return m.end() if m else end


DEFINITION_OPEN = "（("


def _closes_a_definition(view: str, at: int) -> bool:
    """Whether ``view[at]`` closes a bracket that defines a short name (（以下简称“广州港集团”）), not a stock code or a
    gloss (（601398.SH）)."""
    if at < 0 or view[at] not in DEFINITION_CLOSE:
        return False
    opening = max(view.rfind("（", max(0, at - DEFINED_REACH), at), view.rfind("(", max(0, at - DEFINED_REACH), at))
    return opening >= 0 and _definition().match(view, opening) is not None


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` shortened: shorter, its characters all in the name in the same order, and opening
    as the name does (安徽交控集团 of 安徽省交通控股集团有限公司)."""
    at = 0
    for ch in short:
        at = name.find(ch, at) + 1
        if not at:
            return False
    return len(short) < len(name) and short[0] == name[0]


SHORTENED_FROM = 5  # characters of a name that a text may shorten to three


def _short_forms(full: str) -> set[str]:
    """The three-character short forms of a name, as Chinese shortens one: its first character, the first character of
    one of its inner words and its last (台湾|经济|研究院 → 台经院, 国家|统计局 → 国统局, 中共|中央|组织部 → 中组部), or its
    first word of two characters and its last (广东|代表团 → 广东团). Not 中国行 for 中国|人民|银行: 国 opens no word."""
    words = [w for w, _ in tagged(full)]
    forms = {full[0] + w[0] + full[-1] for w in words[1:-1]} | {full[0] + words[-1][0] + full[-1]} if len(words) > 1 else set()
    if len(words) > 1 and len(words[0]) == 2:
        forms.add(words[0] + full[-1])
    return {f for f in forms if len(f) == 3}


def _shortened(view: str, start: int, end: int, found: list[Org]) -> list[Org]:
    """A body named again by a short form of its name (``_short_forms``) after the text named it in full (臺灣經濟研究院
    … 臺經院提供的數據顯示; 广东代表团 … 广东团现场成交额), where jieba starts and ends words at its edges and no other body
    stands: the same body. A short name the registry knows is found as an alias already."""
    shorts: dict[str, Org] = {}
    for o in found:
        full = view[o.start : o.end]
        if len(full) >= SHORTENED_FROM and o.type != "group":
            for form in sorted(_short_forms(full)):
                shorts.setdefault(form, o)
    return _named_again_by(view, start, end, found, shorts)


def _units_alone(view: str, start: int, end: int, found: list[Org]) -> list[Org]:
    """A body's local unit named again without its parent after the text named both (湖州市市场监督管理局吴兴分局 …
    吴兴分局依据该法…, 某银行杭州分行 … 杭州分行): the same body, as a notice names a unit in full once; not a unit's
    name that the text gives units of two bodies (吴兴分局 of 市场监管 and of 公安; 刑侦大队 of two 公安分局)."""
    forms: dict[str, Org] = {}
    shared = set()
    for o in found:
        unit = _unit_of_its_parent(o.mention)
        if unit and forms.setdefault(unit, o).name != o.name:
            shared.add(unit)  # 湖州市市场监督管理局吴兴分局 and 湖州市公安局吴兴分局: 吴兴分局 alone names neither for sure
    forms = {unit: o for unit, o in forms.items() if unit not in shared}
    return _named_again_by(view, start, end, found, forms) if forms else []


def _unit_of_its_parent(mention: str) -> str:
    """The unit's own name at the end of a body's name after its parent's (…管理局|吴兴分局, …银行|杭州分行), or ""."""
    units, parents = _local_units()
    ending = next((u for u in units if mention.endswith(u)), "")
    if not ending:
        return ""
    for k in range(len(mention) - len(ending) - UNIT_NAME_MIN, PARENT_MIN - 1, -1):
        if mention[:k].endswith(parents):
            unit = mention[k:]
            return unit if len(unit) <= UNIT_ALONE_MAX else ""
    return ""


@lru_cache(maxsize=1)
def _local_units() -> tuple[tuple[str, ...], tuple[str, ...]]:
    pats = yaml_book(__package__, "org_patterns.yml")["units_named_alone"]
    return longest_first(pats["units"]), longest_first(pats["parents"])


UNIT_NAME_MIN = 2  # characters of a unit's own name before its ending (吴兴|分局)
PARENT_MIN = 4  # characters of the parent's name
UNIT_ALONE_MAX = 8  # characters of a unit's name that a text uses alone


def _named_again_by(view: str, start: int, end: int, found: list[Org], forms: dict[str, Org], defined: bool = False) -> list[Org]:
    """The mentions of ``forms`` (a body's other names, each to the body it names) after the body's full name, where
    jieba starts and ends words at their edges and no body found already stands, longest first: the same body. A short
    name of two characters the text ``defined`` needs only a word to start there."""
    taken = bytearray(end + 1)
    for o in found:
        taken[o.start : o.end] = b"\x01" * (o.end - o.start)
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    out = []
    for first, longest in sorted(by_first.items()):  # each first character searched once, as the text may be long
        at = view.find(first, start, end)
        while at >= 0:
            form = next((f for f in longest if view.startswith(f, at) and at >= forms[f].end), "")
            e = at + len(form)
            if form and not any(taken[at:e]) and (stands_apart(view, at, e) or defined and len(form) == DEFINED_MIN and at in word_bounds(view, at, e)):
                # (a short name of two characters that jieba joins to what follows: 海委|副主任 read 海|委副|主任; not 上海委员会)
                o = forms[form]
                out.append(Org(at, e, form, o.name, o.type, o.level, o.region))
                taken[at:e] = b"\x01" * len(form)
            at = view.find(first, at + 1, end)
    return out


def _trade_forms(full: str, place: str) -> set[str]:
    """The forms a text names a registered company by again: its trade name (字号) with its trade's words
    (广东|澄远|新能源科技|股份有限公司 → 澄远新能源, 澄远新能源科技, 澄远科技; 衡阳|华研|精密传动科技… → 华研传动, the trade
    name and any word of two characters of its trade; with 公司 or 集团 it is found as a body
    of its own, ``_by_trade_name``). The trade name is the coined word after the place (企业名称登记管理规定 2020,
    第六条); none for a name without one (中国银行股份有限公司, 宁波市轨道交通集团有限公司)."""
    legal = next((f for f in sorted(org_names.names().legal_forms, key=len, reverse=True) if full.endswith(f)), "")
    words = tagged(full[len(place) : len(full) - len(legal)]) if legal else ()
    if len(words) < 2 or len(words[0][0]) < 2:
        return set()
    if not org_lists.coined_word(words[0][0]):
        return _two_word_trade_name(words)
    trade = words[0][0]
    middle = full[len(place) + len(trade) : len(full) - len(legal)]
    ends = itertools.accumulate(len(w) for w, _ in words[1:])
    forms = {trade + middle[:k] for k in ends} | {trade + middle[-TRADE_WORD:]}
    forms |= {trade + w for w, _ in words[1:] if len(w) == TRADE_WORD}  # 华研|精密|传动|科技 → 华研传动: any word of its trade
    return {f for f in forms if len(f) > len(trade)}


def _two_word_trade_name(words: tuple) -> set[str]:
    """A trade name of two words of two characters, the second a proper name to jieba, before the trade (中非|泰达/nz|投资
    股份有限公司, 巨石|埃及/ns|玻璃纤维股份有限公司, 一汽|丰田/nz|汽车有限公司): a text names the company by it alone (据中非泰达
    介绍, 巨石埃及自2012年…), or whose first is a great river's name and second no common noun (长江|存储|科技有限责任公司 →
    长江存储, 黄河|勘测; not 黄河|文化|旅游发展有限公司, whose 黄河文化 texts say of the river). Not
    two everyday words (城市|建设|投资, 中国|人民|财产保险, 首都|旅游|集团), which a text says in their own sense."""
    if len(words) < 3 or len(words[0][0]) != 2 or len(words[1][0]) != 2 \
            or words[1][1] not in PROPER_NAME_TAGS and not (great_river(words[0][0]) and words[1][1] != COMMON_NOUN_TAG):
        return set()  # (长江|国际, 黄河|文化, 黄河|生态: a river's phrase, which a common noun goes on)
    trade = words[0][0] + words[1][0]
    return {trade} if trade not in common_words() and not org_names.is_generic(trade) else set()


TRADE_WORD = 2  # characters of a word of the trade a text names the company by (新能源|科技 → 科技, 精密|传动 → 传动)
COMMON_NOUN_TAG = "n"  # jieba's common nouns (文化, 生态, 国际): after a river's name, its phrase, no trade name
PROPER_NAME_TAGS = ("nz", "ns", "nr", "nt", "nrt", "nrfg")  # jieba's proper names: of things, places, people, bodies


def _by_trade_words(view: str, start: int, end: int, found: list[Org], places: list[Place]) -> list[Org]:
    """A company named again by its trade name and trade after the text named it in full (广东澄远新能源科技股份有限公司
    … 澄远科技董事长…, 澄远科技在匈牙利…), where jieba starts and ends words at its edges and no other body stands."""
    place_at = {p.start: p for p in places}
    forms: dict[str, Org] = {}
    for o in found:
        if o.type in COMPANY_TYPES and o.end - o.start >= TRADE_NAME_FROM:
            place = place_at.get(o.start)
            full = view[o.start : o.end]
            for form in _trade_forms(full, full[: place.end - place.start] if place is not None else ""):
                forms.setdefault(form, o)
    return _named_again_by(view, start, end, found, forms) if forms else []


TRADE_NAME_FROM = 8  # characters of a registered name with a trade name, a trade and a legal form


def find(view: str, start: int, end: int, places: list[Place], on: dt.date | None, thorough: bool = False,
         abroad: list[tuple[int, int, str]] = (), traditional: bool = False) -> list[Org]:
    """Organization mentions in ``view[start:end]`` (a whole document at once), longest first, never overlapping.

    ``abroad`` are the spans of bodies of states abroad, with their country (``places.find_with_bodies_abroad``):
    阿根廷外交部 is one body, not China's 外交部 after a country's name; the country is its region. ``thorough`` adds what the statistical tagger finds and the
    patterns miss (``org_model``; slower). ``traditional``: the text is written in traditional characters (``view`` reads
    them as simplified), so the special regions' codebooks are read where it names their bodies."""
    hits = _read(view, start, end, places, traditional)
    place_ends = {p.end: p for p in places if start <= p.start and p.end <= end}
    registered = [o for o in _registered_orgs(view, hits, on) if not _of_a_place(view, o, place_ends)]
    reg_by_end = {}
    for o in registered:
        if o.end not in reg_by_end or reg_by_end[o.end].start > o.start:
            reg_by_end[o.end] = o
    cands = list(registered) + [Org(s, e, view[s:e], view[s:e], FOREIGN_TYPE, FOREIGN_LEVEL, country) for s, e, country in abroad]
    cands += [Org(s, e, view[s:e], name, typ, level) for s, e, name, typ, level in
              org_units.find(view, end, registered + _short_unit_parents(view, start, end, places, on), places)
              + org_units.departments(view, registered)]
    for f in org_local.find(view, start, end, place_ends, hits.offices, hits.free):
        cands.append(Org(f.start, f.end, view[f.start : f.end], f.name, f.type, f.level))
    place_starts = {p.start for p in places}
    for f in org_names.find(view, start, end, set(reg_by_end), hits.endings, hits.shops, places):
        mention = view[f.start : f.end]
        if _unit_of_a_full_name(mention, f.start, place_starts):
            continue  # …联运有限公司|哈萨克斯坦分公司: the company named in full, whose unit ``of_full_names`` reads
        cands.append(Org(f.start, f.end, mention, f.name, _company_type(mention) if f.type == "company" else f.type, f.level))
    credited = _credited_papers(view, start, end) + _credited_sources(view, start, end, cands)  # a credit names a medium,
    # whatever its name's shape (证券时报e公司讯, 来源：人民法院报)
    spans = {(o.start, o.end) for o in credited}
    cands = [o for o in cands if (o.start, o.end) not in spans or o.type == "media"]  # a registered paper keeps its name
    cands += credited + _taiwan_authorities(view, start, end) + _cited_services(view, start, end) + _missions(view, start, end, places)
    cands += [o for o in _listed_by_code(view, start, end) if not any(c.start < o.end and o.start < c.end for c in cands)]
    cands += [o for o in _credited_reporters(view, start, end)  # a body's own name (省广播电视台记者) keeps its type
              if not any(c.start < o.end and o.start < c.end for c in cands)]
    duty = org_names.in_a_duty_parenthesis(view, start, end)
    cands += [Org(f.start, f.end, view[f.start : f.end], f.name, f.type, f.level) for f in duty  # 牟定县融媒体中心: a medium
              if not any(o.start < f.end and f.start < o.end for o in cands)]
    cands += [Org(s, e, view[s:e], view[s:e], _company_type(view[s:e]), "")
              for s, e in org_lists.find(view, start, end) + org_trades.find(view, start, end, places)]
    longest = _longest([_extended(view, o, start, end, place_ends, reg_by_end) for o in cands], start, end)
    by_start = {o.start: o for o in longest}
    found = [o for o in longest if not _a_region(view, o) and not _named_only(view, o, by_start)
             and not _a_session(view, o) and not _a_category(view, o)]
    defined = _defined(view, start, end, found)  # over a shorter name inside it (中远海运 in 中远海运集运)
    found = sorted([o for o in found if not any(d.start <= o.start and o.end <= d.end for d in defined)] + defined,
                   key=lambda o: o.start)
    found = sorted(found + _shortened(view, start, end, found), key=lambda o: o.start)
    found = sorted(found + _units_alone(view, start, end, found), key=lambda o: o.start)
    found = sorted(found + _by_trade_words(view, start, end, found, places), key=lambda o: o.start)
    found = sorted(found + _named_again(view, start, end, found), key=lambda o: o.start)
    found = _of_their_ministries(view, found, {o.start: o for o in registered})
    found = org_units.of_full_names(view, org_units.branches(view, _by_trade_name(found)), places)
    found = sorted(found + _trade_names_alone(view, end, found), key=lambda o: o.start)
    return sorted(found + _modelled(view, start, end, found), key=lambda o: o.start) if thorough else found


def _campus_end(view: str, name: str, e: int, hi: int, place_ends: dict) -> int:
    """Where a university's name ends when a place in brackets follows it (哈尔滨工业大学（深圳）, 中国地质大学（武汉）,
    北京师范大学（珠海）: 教育部 names a campus in another city so, as a body of its own); ``e`` when none does, and where
    the place lies in the province of the university's one campus (北京大学（北京）, 浙江大学（杭州）: where it is)."""
    close = view.find(CAMPUS_CLOSE, e, min(hi, e + CAMPUS_MAX)) if view.startswith(CAMPUS_OPEN, e) else -1
    place = place_ends.get(close)  # (place_ends: each place by where it ends)
    if place is None or place.start != e + len(CAMPUS_OPEN) or campuses().get(name) in (place.province, place.full_name):
        return e
    return close + len(CAMPUS_CLOSE)


@lru_cache(maxsize=1)
def campuses() -> dict[str, str]:
    """The province of each university with one main campus (``campuses.csv``), by name."""
    return {row["name"]: row["province"] for row in csv_book(__package__, "campuses.csv")}


CAMPUS_OPEN, CAMPUS_CLOSE = "（", "）"
CAMPUS_MAX = 8  # characters from a university's name to the bracket that closes its campus's city


SESSION = re.compile(r"第?[一二三四五六七八九十\d]+次(?:全体)?会议")  # 第四次会议, 三次会议
TERM_MARK = "届"


def _a_session(view: str, org: Org) -> bool:
    """Whether a congress named by its term is the session the text tells of (在云南省第十四届人民代表大会第四次会议上,
    经省十四届人大三次会议审查批准): a meeting, not a body of its own."""
    termed = TERM_MARK in org.mention or view.endswith(TERM_MARK, 0, org.start)  # 第十四届|全国人民代表大会第三次会议
    return termed and org.mention.endswith(CONGRESSES) and SESSION.match(view, org.end) is not None


CONGRESSES = ("人民代表大会", "人大")  # (a party committee's plenum adopts documents: 中共天津市第十届委员会第九次全体会议通过)


SCOPES = ("全市", "全省", "全县", "全区")  # 全市医院: the bodies of a kind across a unit, a group (not 全国人大, 全州县)


def _a_category(view: str, org: Org) -> bool:
    """Whether a body found by the ending of its name is a category a statistic covers (全市中医类医院, 全市医院病床使用率),
    not a named body: a scope of the text's unit opens it (a count after a name may be of its own parts: 北京协和医院3个
    院区)."""
    return org.type == OTHER and org.name == org.mention and org.mention.startswith(SCOPES)  # (no registered name)


OTHER = "other"


@lru_cache(maxsize=1)
def _mission_words() -> tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...], str]:
    m = yaml_book(__package__, "org_patterns.yml")["missions"]
    return (longest_first(m["state"]), m["stationed"], longest_first(m["kinds"]), longest_first(m["sections"]), m["full_state"])


def _missions(view: str, start: int, end: int, places: list[Place]) -> list[Org]:
    """China's diplomatic missions abroad, named by 驻, the state or city abroad and the mission's kind (中国驻哈萨克斯坦
    大使馆, 驻韩国使馆经济商务处, 中国驻大阪总领事馆): bodies of the foreign ministry, by their full names."""
    state, stationed, kinds, sections, full_state = _mission_words()
    abroad_ends = {p.end for p in places if p.country != CHINA}  # 美国|驻以色列大使馆: another state's mission
    out = []
    for p in places:
        if p.country == CHINA or not start < p.start or p.end > end or view[p.start - 1] != stationed:
            continue
        kind = next((k for k in kinds if view.startswith(k, p.end)), None)
        if kind is None:
            continue
        e = p.end + len(kind)
        section = next((x for x in sections if view.startswith(x, e)), "")
        s = p.start - 1
        if s in abroad_ends:
            continue
        named = next((w for w in state if view.endswith(w, start, s)), "")
        s -= len(named)
        e += len(section)
        out.append(Org(s, e, view[s:e], full_state + view[p.start - 1 : e], "state_council_ministry", "central"))
    return out


def _unit_of_a_full_name(mention: str, at: int, place_starts: set[int]) -> bool:
    """Whether a name found at ``at`` ends in a unit's kind after a company's legal form and a place (…有限公司|哈萨克斯坦
    |分公司; not …有限公司运营分公司, a unit by its work, which the name holds whole)."""
    unit = next((u for u in org_units.unit_words() if mention.endswith(u)), "")
    head = mention[: -len(unit)] if unit else ""
    form = max((head.rfind(f) + len(f) for f in org_names.names().legal_forms if f in head), default=-1)
    return form > 0 and at + form in place_starts


def _by_trade_name(found: list[Org]) -> list[Org]:
    """A company named by its trade name and 公司 or 集团 (兴达公司) after the text named it in full (宁海兴达旅游用品有限公司,
    企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式): the same company, when one full name alone holds that trade name
    after its first characters (not 北京公司 for 北京京东世纪贸易有限公司), and the trade name is no common word (石油公司)."""
    nm = org_names.names()
    full = [o for o in found if o.type in COMPANY_TYPES and o.mention.endswith(nm.legal_forms)]
    if not full:
        return found
    out = []
    for o in found:
        form = next((f for f in SHORT_FORMS if o.mention.endswith(f)), "") if o.type in COMPANY_TYPES else ""
        trade = o.mention[: -len(form)] if form else ""
        if o.name == o.mention and TRADE_NAME_MIN <= len(trade) <= TRADE_NAME_MAX and not _common_word(trade):
            holders = {f.name for f in full if f.start < o.start and f.mention.find(trade) > 0 and f.mention != o.mention}
            if len(holders) == 1:
                o = replace(o, name=holders.pop())
        out.append(o)
    return out


def _trade_names_alone(view: str, end: int, found: list[Org]) -> list[Org]:
    """A company named again by its trade name alone (三笑集团 … 三笑牙刷出口额3.5亿元), after the text named it
    by that name and 集团 or 公司: the same company, where jieba starts and ends words at the name's edges, no body's name
    covers it, and the trade name is no common word or place (石油集团, 北京公司) and that of one company of the text."""
    traded: dict[str, list[Org]] = {}
    for o in found:
        form = next((f for f in SHORT_FORMS if o.mention.endswith(f)), "") if o.type in COMPANY_TYPES else ""
        trade = o.mention[: -len(form)] if form else ""
        if TRADE_NAME_MIN <= len(trade) <= TRADE_NAME_MAX and _reads_as_a_trade_name(trade):
            traded.setdefault(trade, []).append(o)
    taken = bytearray(end + 1)
    for o in found:
        taken[o.start : o.end] = b"\x01" * (o.end - o.start)
    out = []
    for trade, orgs in traded.items():
        if len({o.name for o in orgs}) != 1:
            continue
        first = orgs[0]
        at = view.find(trade, first.end, end)
        while at >= 0:
            stop = at + len(trade)
            if not any(taken[at:stop]) and stands_apart(view, at, stop):
                out.append(Org(at, stop, trade, first.name, first.type, first.level, first.region))
                taken[at:stop] = b"\x01" * len(trade)
            at = view.find(trade, stop, end)
    return out


def _reads_as_a_trade_name(text: str) -> bool:
    """Whether a name before 集团 or 公司 can stand alone for its company: no word jieba's dictionary holds (星星, 美的:
    everyday words as often as names), no common word, idiom or place (石油, 资不抵债, 白银), and no phrase that ends in a
    common noun (大|数据)."""
    words = tagged(text)
    return not _common_word(text) and words[-1][1] not in PHRASE_TAGS and not (len(words) > 1 and words[-1][1] == "n") \
        and text not in _division_names() and not find_places(text) and not in_dictionary(text)


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """The names and short names of the divisions (白银市, 白银): a place's name, which a company may open with."""
    return frozenset(name for u in divisions.load().units for name in (u.name, u.short) if name)


PHRASE_TAGS = ("l", "i")  # jieba's tags of set phrases and idioms (资不抵债)


def _common_word(text: str) -> bool:
    """Whether jieba reads ``text`` as one common noun or place word (石油, 北京): an industry or a place, no 字号."""
    words = tagged(text)
    return len(words) == 1 and words[0][1] in COMMON_TAGS


COMMON_TAGS = ("n", "vn", "ns", "s", "f")  # jieba's noun, verbal noun, place name, place word, locative
COMPANY_TYPES = ("company", "soe", "financial_soe")
BANK_TYPES = ("financial_soe",)  # the state banks go by two characters (工行, 农行, 中行, 建行, 交行), as their own news names them
BANK_SHORT = 2  # characters of such a short name, which must stand as a word of its own (not 其中|行业)
SHORT_FORMS = ("公司", "集团")  # what a trade name is followed by when the text names the company short
TRADE_NAME_MIN, TRADE_NAME_MAX = 2, 4  # characters of a 字号


MINISTRY_TYPES = ("state_council_ministry", "state_council_agency")
CENTRAL = "central"  # the level of a ministry and of its departments


def _of_their_ministries(view: str, found: list[Org], registered_at: dict[int, Org]) -> list[Org]:
    """Departments named alone (生态环境监测司司长…, ``org_names``) as departments of the ministry the text named last
    before them (生态环境部生态环境监测司): a 司 is a ministry's, and a text names its ministry first. Not one whose
    name opens with its ministry's (商务部电子商务司, ``registered_at``: the registered bodies by where they start), which
    names the ministry the next one alone is of (国家能源局电力司…；综合司 → 国家能源局综合司), nor under ministries named
    together (财政部、国家税务总局联合发布…。税政司司长…: whose it is the text does not say)."""
    registered_starts = set(registered_at)
    ending = org_names.names().department_ending
    out, ministry, last_end = [], None, -2
    for o in found:
        if o.type in MINISTRY_TYPES and not o.mention.endswith(ending) and org_names.listed_together(view, last_end, o.start):
            ministry, last_end = None, o.end  # the second of two ministries listed together
            out.append(o)
            continue
        last_end = o.end if o.type in MINISTRY_TYPES else last_end
        if o.type in MINISTRY_TYPES and o.name == o.mention and o.mention.endswith(ending) and o.name not in registry() \
                and o.start not in registered_starts:
            of = ministry or _ministry_after(view, o, found)  # 固定资产投资司司长韩文博在国家发展改革委新闻发布会上: named next
            o = replace(o, name=of.name + o.mention, type=of.type, level=CENTRAL) if of is not None else replace(o, level=CENTRAL)
        elif o.type in MINISTRY_TYPES and not o.mention.endswith(ending):
            ministry = _the_ministry(o)  # a ministry, not one of its departments (商务部电子商务司 … 对外贸易司 is no
            # department of that), nor one of its offices (国家发展改革委政策研究室…，固定资产投资司司长: the ministry's)
        elif o.type in MINISTRY_TYPES and o.mention.endswith(ending) and o.start in registered_at \
                and registered_at[o.start].type in MINISTRY_TYPES:
            ministry = _the_ministry(registered_at[o.start])  # 国家能源局电力司: a department named with its ministry,
            # whose the next one alone is
        out.append(o)
    return out


def _ministry_after(view: str, department: Org, found: list[Org]) -> Org | None:
    """The ministry a sentence names after a department it named alone, where the text named none before it
    (固定资产投资司司长韩文博在国家发展改革委新闻发布会上介绍): its ministry, as a text names it once."""
    stop = next((k for k in range(department.end, len(view)) if view[k] in SENTENCE_ENDS), len(view))
    after = next((o for o in found if department.end <= o.start < stop and o.type in MINISTRY_TYPES
                  and not o.mention.endswith(org_names.names().department_ending)), None)
    return _the_ministry(after) if after is not None else None


SENTENCE_ENDS = "。！？\n"


def _the_ministry(o: Org) -> Org:
    """The ministry a ministry's body is or belongs to: the registered ministry its name opens with (国家发展和改革委员会
    of 国家发展和改革委员会政策研究室 and of …经济运行调节局), else the body itself (国务院国资委)."""
    name = max((n for n in _ministry_names() if o.name.startswith(n) and o.name.endswith(MINISTRY_UNIT_ENDINGS)), key=len,
               default=o.name)
    return o if name == o.name else replace(o, name=name)


MINISTRY_UNIT_ENDINGS = ("室", "厅", "局", "司", "中心")  # a ministry's own offices and bureaus (政策研究室, 办公厅, 经济运行调节局),
# not another body whose name opens with one's (国务院国资委 is no office of 国务院)


@lru_cache(maxsize=1)
def _ministry_names() -> tuple[str, ...]:
    return tuple(name for name, row in registry().items() if row["type"] in MINISTRY_TYPES)


AGAIN_TYPES = ("company", "soe", "financial_soe", "university", "other", "media")  # bodies found by a name's shape
AGAIN_MIN = 3  # characters of a name found again, where it stands as words of its own (鑫源汽车, not 鑫源汽车站)
NEARBY = 8  # bodies before a mention that may still cover it (found names rarely nest deeper)


def _ends_a_word(view: str, name: str, e: int) -> bool:
    """Whether a name ends where the text's word ends: its last two characters and the one after it make no word of the
    dictionaries (汽车|销量, not 汽车站 or 银行业)."""
    return not in_dictionary(name[-2:] + view[e : e + 1])


def _named_again(view: str, start: int, end: int, found: list[Org]) -> list[Org]:
    """The further mentions of a name that the text gives a body where its shape shows it (a list's 鑫源汽车、庆铃汽车等车企,
    a name before its role, a 字号 before its trade): one name names one body throughout a text (…鑫源汽车销量突破1500辆),
    where no other body's name covers the mention. Registered names are found wherever they stand already."""
    registered = registry()  # a registered name is found wherever it stands as one already
    names = {o.mention: o for o in found if o.type in AGAIN_TYPES and len(o.mention) >= AGAIN_MIN and o.name not in registered}
    if not names:
        return []
    taken = sorted((o.start, o.end) for o in found)
    out = []
    for s, e, org in leftmost_longest(Occurrences(names).find(view[start:end])):
        s, e = s + start, e + start
        at = bisect.bisect_right(taken, (e, e))
        if any(ts < e and s < te for ts, te in taken[max(0, at - NEARBY) : at]):
            continue
        if not (s in word_bounds(view, s, e) and _ends_a_word(view, org.mention, e)):
            continue  # not 长安汽车站, 中国银行业
        out.append(replace(org, start=s, end=e))
    return out
