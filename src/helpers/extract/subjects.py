"""What a number measures: the noun after its measure word, else the noun phrase before it.

Chinese puts the measured noun on either side (新建学校12所 / 12所学校); a list matched to
values after 分别 gives each value its own item; a clause with no noun before the number
(满意度最高，达到88.6%) takes the clause before. What a clause leaves implicit is completed from
the clause before and the sentence's earlier claims: a change takes the thing that changed
(…1.4万亿元、年均增长4.7%), a bare measure its owner (已启动…委托投资，合同金额2123亿元).
Phrase edges come from words (``phrases``), not from characters.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
import re

from ..codebook import alternation, yaml_book
from . import numerals
from .grammar import grammar
from .lexicon import ClaimWords, claim_words, ending
from .org_names import SUBORDINATE_OPENERS, role_before
from .pointers import named_for_its_zone
from .names import ROLE_WORDS, cues as name_cues, described_person, introduced_people, name_after_title, named_before, person_at
from .phrases import (DELIMITERS, GLUED_TAGS, MODIFIER_TAG, NUMERAL_OPENS, THING_TAGS, TIME_TAG, cuttable, enclosed_start, headline_break,
                      headline_space, is_verb, noun_after, tagged, without_asides)
from .places import CHINA, common_words
from .quantities import Quantity
from .sentence import QUOTE_CLOSE, QUOTE_OPEN, Context
from .tokens import SET_PHRASE_TAGS, in_dictionary

_SPACE = re.compile(r"\s+")
# Patterns of repeated parts are written with the first part before the repetition: the pattern engine then tries
# them only where that part can start (a digit), not at every character, which took five times as long.
EARLIER_VALUES = re.compile(r"\d[\d.]*\D{0,5}?[、和](?:\d[\d.]*\D{0,5}?[、和])*$")  # 5.6%、|7.1%: values listed before a number
RATIO_PARTS = re.compile(r"\d[\d.]*[∶:](?:\d[\d.]*[∶:])*$")  # 调整为8.3∶41.4∶|50.3: the parts of a ratio share its subject

DIGITS = re.compile(r"\d+(?:\.\d+)?")
WHOLE_UNIT = re.compile(r"^全[省市县区州旗国]")  # 全市地区生产总值: the whole unit, no part of what an average is of
RANK = re.compile(r"第[一二三四五六七八九十]")  # an ordinal in words: a clause that ranks (位列丽水第三)
SHARE_LIMIT = 40  # characters of what a share of a group says or does
LIST_ITEM = 12  # characters of a list item a subject may reach back over (党中央、国务院…, 免费职业介绍、职业指导)
LIST_MARK = "、"  # after a body that opens a subject: it is one of a list (三一重工、中联重科海外营收占比), no owner to drop
BACKWARD_LIMIT = 24  # characters kept of a noun phrase before it
GROUP_TYPE = "group"  # every body of a kind (全省农商银行, 各地法院): no body that acts, so a part of what is measured


def subject(view: str, q: Quantity, ctx: Context) -> str:
    """What the number measures, without the spaces and line breaks of print, bracketed asides (县（市、区） → 县:
    they gloss, as the annotation's notes do) and the quotation marks of a name that ends it
    (风尘仆仆的“北京干部” → 风尘仆仆的北京干部, whose head is 干部)."""
    said = _with_measure(_unquoted_end(_without_method(without_asides(_SPACE.sub("", _subject(view, q, ctx))))), q) \
        or _what_a_body_got(view, q, ctx) or _verb_with_measure(view, q, ctx) or _changed_before_the_colon(view, q, ctx)
    said = _without_the_bounds_base(view, q, _the_example(said))
    if q.kind == "money":  # 并处罚金|人民币|80万元: the currency it is written in
        said = _without_currency(said, claim_words())
    held = how_long_held(view, q, ctx)
    if q.kind == "duration" and not held and not view.endswith(ELAPSED, max(ctx.start, q.start - 2), q.start):
        return _time_taken(said, claim_words())  # (从河南来到新疆支教已经|3年: how long it has lasted, not taken)
    if not held:
        return said
    thing = _held_thing(view, q, ctx)  # 出口量|连续3年居全国首位; none in the clause: the sentence's thing, as completed
    return thing + held if thing else ("" if in_the_predicate(said, held) else said)  # (连续8年|搞秸秆…: no thing)


def _without_currency(said: str, w: ClaimWords) -> str:
    """A money's subject without the currency written before the amount (并处罚金人民币|80万元), unless the currency is a
    kind of money the amount measures (跨境人民币, 数字人民币: ``claims.yml`` currency_kinds)."""
    if said.endswith(w.currency_kinds):
        return said
    bare = next((said.removesuffix(name) for name in w.currency_names if said.endswith(name)), said)
    return bare if len(bare) >= 2 else said


def _without_the_bounds_base(view: str, q: Quantity, said: str) -> str:
    """A share or multiple bounded by a base it names (补助比例原则上|不超过项目总投资|的30%, 撬动社会资本投资|不低于基金规模|的
    2倍): what is bounded, without the bound and its base, which the quantity's ``的`` closes; ``said`` elsewhere."""
    if q.unit not in SHARE_UNITS or view[q.start - 1 : q.start] != claim_words().attributive:
        return said
    m = _bounded_base().search(said)
    if m is not None and m.start() >= BOUNDED_MIN:
        return said[: m.start()]
    return _without_the_copulas_base(said)


COPULAS = "为是"  # 资助面|为|全省普通高校全日制本专科在校生|的3.3%: what the share is of, after the copula
# Words that end in a copula's character and are no copula (现代汉语词典: 作为, 成为, 认为, 行为; the adverbs 更为, 较为;
# 特别是, 尤其是), or that open with it (为了, 为主): 企业成为全省…的, 行为…, 全市特别是高新区的…
NOT_COPULAS = ("作为", "成为", "认为", "因为", "行为", "以为", "称为", "视为", "分为", "改为", "列为", "定为", "评为", "选为",
               "转为", "名为", "化为", "变为", "划为", "沦为", "更为", "较为", "最为", "尤为", "极为", "颇为", "广为", "大为",
               "有为", "无为", "于是", "但是", "可是", "要是", "凡是", "若是", "还是", "只是", "而是", "总是", "或是", "算是",
               "别是", "其是", "意为")
NOT_COPULA_OPENINGS = ("为了", "为主", "为止", "为此", "为民", "为何", "为期", "为由", "是否")
COPULA_ADVERBS = ("分别", "约", "仅", "均", "也", "已", "都", "皆", "则", "即", "将")  # 约为, 分别为: before the copula
MODIFIER_OPENER = "以"  # 以县城为重要载体的…: 以…为… modifies the noun after it; its 为 is no copula of the share
NOT_MODIFIER_OPENERS = ("以上", "以下", "以内", "以外", "以来", "以后", "以前", "以及", "以便", "以致", "以免", "以往", "以期")


def _a_modifier_opens(head: str) -> bool:
    """Whether 以 opens a 以…为… modifier in ``head`` (以县城|为…), not a word it starts (规模以上, 以及)."""
    at = head.find(MODIFIER_OPENER)
    while at >= 0:
        if not head.startswith(NOT_MODIFIER_OPENERS, at):
            return True
        at = head.find(MODIFIER_OPENER, at + 1)
    return False


def _without_the_copulas_base(said: str) -> str:
    """A share or multiple stated with a copula and its base (资助面为全省普通高校全日制本专科在校生|的3.3%左右, 出口增速是全国
    |的2倍): what it measures, before the first copula that stands between two phrases of two characters or more and is
    the clause's main verb: no share verb (占) after it, no 以 before it (以高新技术企业为龙头的产业集群产值占…: a
    modifier's), and without the adverb before it (资助面约为…: 资助面); ``said`` otherwise."""
    for i, ch in enumerate(said):
        if ch not in COPULAS or i < BOUNDED_MIN or len(said) - i - 1 < BOUNDED_MIN or said[i - 1 : i + 1] in NOT_COPULAS:
            continue
        if tagged(said[i : i + 4])[0][0] in NOT_COPULA_OPENINGS or any(v in said[i + 1 :] for v in claim_words().share_verbs) \
                or _a_modifier_opens(said[:i]):
            return said
        head = said[:i]
        adverb = next((a for a in COPULA_ADVERBS if head.endswith(a) and len(head) - len(a) >= BOUNDED_MIN), "")
        return head[: len(head) - len(adverb)]
    return said


@lru_cache(maxsize=1)
def _bounded_base() -> re.Pattern:
    """A bound word of qualifiers.yml (不超过, 不低于, 最高…) and the base after it, at the end of a subject, with the
    adverbs of rule before it (原则上, 一般)."""
    quals = yaml_book(__package__, "qualifiers.yml")["prefix"]
    bounds = [w for w, kind in quals.items() if kind in BOUND_KINDS and len(w) > 1]  # (not 超 of 超标天数)
    return re.compile(rf"(?:{alternation(RULE_ADVERBS)})?(?:{alternation(bounds)})[^，。；、的占0-9０-９]{{2,16}}$")  # (not
    # 年收入超过10万元的农户占全部农户: a group the bound defines, whose share of a whole 占 gives)


SHARE_UNITS = ("%", "倍")
BOUND_KINDS = ("at_most", "at_least", "less_than", "more_than")
RULE_ADVERBS = ("原则上", "一般", "最高", "最多", "最低")  # 原则上不超过, 最高不超过: how the bound holds
BOUNDED_MIN = 2  # characters of what is bounded, before its bound


def _changed_before_the_colon(view: str, q: Quantity, ctx: Context) -> str:
    """The thing a clause before a colon says changes, for a figure after it that names none (挂靠码头的国际航线随之增加：
    2016年只有9条，如今已有23条 → 挂靠码头的国际航线): the colon opens its figures; "" elsewhere, and after speech (他说：…)."""
    colon = view.rfind(COLON, ctx.start, q.start)
    if colon < 0 or any(mark in view[colon:q.start] for mark in QUOTE_OPEN + QUOTE_CLOSE + ASCII_QUOTE):
        return ""
    words = list(tagged(view[ctx.clause(colon)[0] : colon]))
    w, cut = claim_words(), False
    while words and (words[-1][0] in w.change_verbs or words[-1][1].startswith(("d", "c", "p"))):
        cut = cut or words[-1][0] in w.change_verbs
        words.pop()  # 随之|增加: the change and its adverbs
    thing = "".join(word for word, _ in words)
    return thing if cut and len(thing) >= 2 and words[-1][1].startswith("n") else ""


COLON, ASCII_QUOTE = "：", "\""


def _time_taken(said: str, w: ClaimWords) -> str:
    """A duration's subject as the activity and the time it takes, where the phrase before the number is a clause linked
    to it by a word of needing, or a journey (以前骑手送过来要|半个小时 → 骑手送过来用时, 单程往往需要|2至3天 → 单程用时,
    从万象到昆明|一天多 → 从万象到昆明用时); a phrase that ends in a noun of time names its measure already, and loses only
    the words that linked it (贷款期限可|10年 → 贷款期限); any other subject as it is (目前水库已安全运行|60年: an age, not
    a time taken). Words are jieba's (就业 holds no 就, 主要 no 要); a phrase with another figure or another word of needing
    inside (以前骑手送过来要半个小时，现在无人机配送只需|8分钟; 从小学到高中要读|12年) is left as it is."""
    then = next((t for t in w.then_words if said.startswith(t)), "")
    first = next((n for n in w.needing_first if said.startswith(n, len(then))), "")
    words = list(tagged(said[len(then) + len(first) :]))
    needing, hedged = bool(first), False
    while len(words) > 1 and words[-1][0] in w.needing_words | w.time_hedges:
        needing, hedged = needing or words[-1][0] in w.needing_words, True
        words.pop()
    rest = "".join(word for word, _ in words)
    start, *ends = w.route
    journey = rest.startswith(start) and _a_route(words, ends)  # 从万象到昆明|一天多
    if len(rest) < 2 or ANOTHER_FIGURE.search(rest) or any(word in rest for word in NEEDING_INSIDE + w.then_words) \
            or rest[-1] in w.time_hedges or rest[-1] in LEFT_ADVERBS:  # (充满电只|需: jieba's 电只 holds the hedge;
        return said  # 项目还|需3个月完成…: time still to come)
    if rest.endswith(w.time_nouns):
        return rest if then or needing or hedged else said
    return rest + w.taken_noun if needing or journey else said


def _a_route(words: list[tuple[str, str]], ends: list[str]) -> bool:
    """Whether a phrase from 从 is a journey to its end, with no verb after the last 到 or 至 (从万象到昆明, not
    从河南来到新疆支教: years of work there)."""
    last = max((i for i, (word, _) in enumerate(words) if word in ends or word.endswith(tuple(ends))), default=None)
    return last is not None and last + 1 < len(words) and not any(f in VERB_TAGS for _, f in words[last + 1 :])


LEFT_ADVERBS = "还也再都仍又"  # an adverb left at the phrase's end: the figure is no time an activity takes
ELAPSED = ("已经", "已有", "已", "有")  # before a duration: how long something has lasted so far


ANOTHER_FIGURE = re.compile(r"[0-9０-９]|[一二三四五六七八九十两几]+个?(?:天|年|月|周|小时|分钟|秒|星期|季度)|半")  # (要半个小时)
NEEDING_INSIDE = ("要", "需")  # a word of needing left inside the phrase (从小学到高中要读|12年): the figure is another's


def _the_example(said: str) -> str:
    """The thing a frame holds up as an example, for a subject that opens with the frame (以常用降脂药阿托伐他汀钙片为例，集采前
    每片约3.6元 → 常用降脂药阿托伐他汀钙片): the figures after it are the example's."""
    for before, after in claim_words().example_frames:
        at = said.find(after, len(before) + 2) if said.startswith(before) else -1
        if at >= 0:  # 以博力威公司为例，出口占比… → 博力威公司出口占比: the example's own measure
            return said[len(before) : at] + said[at + len(after) :]
    return said


CLAUSE_TAIL = "，,；;、 "  # what ends the clause after a number
MAGNITUDES = "万亿千百"  # what stands between a number and its unit (2860|万元)


def _what_a_body_got(view: str, q: Quantity, ctx: Context) -> str:
    """For a number that names no thing of its own, the body that heads its clause and the verb right before the number,
    when it is one of getting or granting (西安交通大学获批|1127项, …附属协和医院获得|2860万元: what the body got); else ""."""
    cs = max(ctx.clause(q.start)[0], ctx.start)
    org = next((o for o in ctx.orgs_between(cs, q.start) if o.end < q.start), None)
    if org is None or past_lead(view, cs, q.start, ctx) != org.start:
        return ""
    verb = view[org.end : q.start]
    w = claim_words()
    if verb not in w.getting_verbs:
        return ""
    before = list(DIGITS.finditer(view, ctx.start, cs))
    if before and not (ending(view[ctx.start : before[-1].start()], w.getting_verbs)
                       and view[before[-1].end() : cs].rstrip(CLAUSE_TAIL).lstrip(MAGNITUDES) in grammar().units):
        return ""  # 中国代表团获得38枚金牌，浙江大学获得2枚; …下达…补贴资金12亿元，省财政厅下达8亿元: the thing goes on,
        # unless the number before was what another body got, bare (协和医院获得2860万元，武汉大学人民医院获得2410万元)
    return org.mention + verb


PREDICATE_OPENING = ("v", "a", "d", "p")  # a verb, an adjective, an adverb or a preposition opens a predicate


def how_long_held(view: str, q: Quantity, ctx: Context) -> str:
    """For a duration after 连续, what its thing has done that long: 连续 and the clause's predicate after it (M1增速已连续
    5个月回升 → 连续回升; 出口量连续3年居全国首位 → 连续居全国首位), which its subject takes after the thing; else ""."""
    w = claim_words()
    if q.kind != "duration" or not view.endswith(w.held_mark, ctx.start, q.start):
        return ""
    after = view[q.end : ctx.clause(q.start)[1]].strip().rstrip(CLAUSE_ENDS)
    if not after or len(after) > w.held_predicate_max or tagged(after)[0][1][:1] not in PREDICATE_OPENING:
        return ""  # what follows is no predicate (连续3年|的增长)
    return w.held_mark + after


def in_the_predicate(subject: str, held: str) -> bool:
    """Whether a subject is only words of the predicate a duration after 连续 held for (连续2年|获得…考评“优秀”)."""
    marks = str.maketrans("", "", "".join(QUOTE_OPEN) + "".join(QUOTE_CLOSE))
    return subject.translate(marks) in held.translate(marks)


def _held_thing(view: str, q: Quantity, ctx: Context) -> str:
    """The thing a clause names before 连续 and its adverbs (M1增速|已|连续5个月回升; …增长3.9%、|总量|连续37年…), or ""."""
    w = claim_words()
    before = _unopened(HELD_CUT.split(view[ctx.clause(q.start)[0] : q.start - len(w.held_mark)])[-1])
    before = before[: len(before) - len(ending(before, w.held_adverbs) or "")]
    return nominal(before) if len(before) >= 2 and _names_a_thing(before, w) else ""


def _unopened(phrase: str) -> str:
    """A phrase without the quotation mark that opens someone's words before it (「一般申請者…, “我们的产品…), but with
    a quoted name's (“三公”经费, “青字号”农产品)."""
    return phrase[1:] if phrase[:1] in QUOTE_OPEN and not any(c in phrase for c in QUOTE_CLOSE) else phrase


HELD_CUT = re.compile(r"\d[\d.]*[%％]?、")  # another figure listed before the thing (增长3.9%、|总量; not M1增速, 城乡低保、…)


def _with_measure(phrase: str, q: Quantity) -> str:
    """A subject with the measure its number's unit names, where it names none (种了30亩|黄芩苗 → 黄芩苗面积: an area in
    亩 measures the area of what the text says, not the thing; units.yml ``measures``)."""
    measure = _measures().get(q.unit, "")
    w = claim_words()
    if not measure or not phrase or q.noun_unit or phrase.endswith((measure, *w.measure_nouns, *w.change_verbs)):
        return phrase  # 面积较上年增加|1.06万亩: a change, whose measure the sentence names before it
    return phrase + measure


def _verb_with_measure(view: str, q: Quantity, ctx: Context) -> str:
    """A clause of a verb alone before a number whose unit names its measure (…电池工厂，|占地|约221公顷 → 占地面积; 种植|
    300亩 → 种植面积): the verb's measure, where nothing else names what is measured; else ""."""
    measure = _measures().get(q.unit, "")
    if not measure:
        return ""
    at = past_lead(view, ctx.clause(q.start)[0], q.start, ctx)
    words = tagged(view[at : q.start]) if at < q.start else ()  # before the hedge (占地|约221公顷)
    w = claim_words()
    verb = words[0][0] if len(words) == 1 and words[0][1] == VERB_TAG and len(words[0][0]) >= 2 else ""
    return verb + measure if verb and not w.trailing.fullmatch(verb) and verb not in w.result_verbs \
        and not verb.startswith(w.needing_verbs) else ""  # not 达到, 共计, 相当于, 需要


@lru_cache(maxsize=1)
def _measures() -> dict[str, str]:
    """The measure each unit names, by its canonical name (亩 → 面积), for the units that name one."""
    return {entry.get("unit") or unit: entry["measures"] for unit, entry in grammar().units.items() if entry.get("measures")}


def _counted_in_unit(view: str, q: Quantity) -> str:
    """The noun a count's unit word is read with (2149所学校: 所 and 学校, read together so that 所 is no particle), which is
    what it counts; "" for any other quantity."""
    if q.kind != "count":
        return ""
    surface = view[q.start : q.unit_end]
    at = surface.rfind(q.unit)
    named = surface[at + len(q.unit) :] if at > 0 else ""  # nothing of a hedge's (1300万人|以上)
    return named if len(named) >= 2 and all(flag.startswith(THING_TAGS) for _, flag in tagged(named)) else ""


def _without_method(phrase: str) -> str:
    """A subject without how its figure was computed (国内生产总值按可比价格计算增长 → 国内生产总值增长; 扣除价格因素增长)."""
    return claim_words().method.sub("", phrase) if "按" in phrase or "因素" in phrase else phrase


def _unquoted_end(phrase: str) -> str:
    if not phrase or phrase[-1] not in QUOTE_CLOSE:
        return phrase
    opening = phrase.rfind(QUOTE_OPEN[QUOTE_CLOSE.index(phrase[-1])])
    return phrase[:opening] + phrase[opening + 1 : -1] if opening >= 0 else phrase


def _subject(view: str, q: Quantity, ctx: Context) -> str:
    if q.noun_unit:
        return q.unit
    counted = _counted_in_unit(view, q)
    if counted:
        return counted
    respective = respectively(view, q, ctx)
    if respective:
        return respective
    w = claim_words()
    paired = _ranked_pair(view, q, ctx, w)
    if paired:
        return paired
    named = _bracketed_value(view, q, ctx, w)
    if named:
        return named
    rate = _rate_of_payment(view, q, w) or _standard_of_payment(view, q, ctx, w) or _payment_named_after(view, q, ctx, w)
    if rate:
        return rate
    pos = q.unit_end
    if view.startswith(w.attributive, pos):
        pos += 1
    if q.kind not in ("count", "age") and pos == q.unit_end:  # a measure, not a count: named before the number
        return _with_thing_after(view, q, ctx, w, _named_before(view, q, ctx, w, None))
    person = persons_age(view, q, ctx) or _length_of(view, q, ctx, w)
    if person:
        return person
    verbal = q.unit in w.verbal_classifiers
    forward = noun_after(view, pos, ctx, w, verbal)
    if forward and not verbal and _object_of_preposition(view, q, ctx, w):
        forward = _before_its_verb(forward, _object_after(view, pos + len(forward), ctx))
    if q.kind == "percent" and len(forward) >= 2:  # 86.6%的干部群众认为…效果好: the share of a group who think so,
        return _target_of(view, q, ctx, w, forward) or _measure_after(forward, w) or _share_of(view, pos, ctx)  # unless
        # 的 names the measure it is the value of
    if forward and q.kind == "count" and _after_a_level_verb(view, q) and view[pos + len(forward) : pos + len(forward) + 1] in LEVEL_CLOSES:
        named = _named_before(view, q, ctx, w, None)  # 供应目标为|308 000个单位，: the measure or target named before is what
        if named.endswith(w.measure_nouns + w.target_nouns):  # the count is the value of, the noun closing the clause only
            return named  # the kind of item counted (not 为|5万名农民工|提供…: 为 is for whom)
    counted = _destinations_counted(view, q, ctx, w, forward) or _counted(view, q, ctx, w, forward, verbal, pos)
    return counted or _named_before(view, q, ctx, w, forward)


LEVEL_VERBS = ("维持为", "维持在", "约为", "为", "达到", "达")  # a measure's value follows these (目标为|308 000个单位)
LEVEL_CLOSES = ("，", "。", "；", ",", ";", "")  # what follows the item's noun where the count closes its clause


def _after_a_level_verb(view: str, q: Quantity) -> bool:
    """Whether the number (with its hedge) follows a verb that gives a measure's level (为, 达到, 维持为)."""
    return view.endswith(LEVEL_VERBS, 0, q.start)


RATE_BASE_REACH = 20  # characters back from such a percentage to the 按 of its base (按产品最终销售价格的|15%)


def _with_thing_after(view: str, q: Quantity, ctx: Context, w: ClaimWords, measured: str) -> str:
    """A length or an area named before only by the area it lies in (全县|237公里|堤防, 全省|3.5万公里|农村公路): the
    thing measured follows it, so it is that area's thing (全县堤防)."""
    if q.kind != MEASURE or measured not in w.system_prefixes and not any(p.mention == measured for p in ctx.places):
        return measured
    words = tagged(noun_after(view, q.unit_end, ctx, w))
    thing = "".join(word for word, _ in itertools.takewhile(lambda wf: _ends_a_noun(wf, w), words))  # 堤防|全部加固
    return measured + thing if len(thing) >= 2 else measured


MEASURE = "measure"
DURATION = "duration"
MONEY = "money"


def _rate_of_payment(view: str, q: Quantity, w: ClaimWords) -> str:
    """The rate a percentage right before a payment sets (按销售价格的15%|给予|补贴, 给予销售价格5%|的|补贴 →
    补贴比例): the payment's share of its base, not the base; "" for any other number."""
    if q.kind != "percent":
        return ""
    at = q.unit_end + (1 if view.startswith(w.attributive, q.unit_end) else 0)
    verb = next((v for v in w.giving_verbs if view.startswith(v, at)), "") if at == q.unit_end else ""
    payment = next((p for p in w.payments if view.startswith(p, at + len(verb))), "")
    end = at + len(verb) + len(payment)
    if not payment or end < len(view) and view[end] not in DELIMITERS:
        return ""  # 80%的补助资金, 60%的补贴对象: the share of a payment or its recipients, no rate
    before = view[max(0, q.start - RATE_BASE_REACH) : q.start]
    based = w.attributive in before and any(b in before for b in w.rate_bases)
    return payment + w.rate_measure if (verb and based) or at > q.unit_end else ""  # 增长20%给予奖励: a threshold


STANDARD_REACH = 40  # characters from a figure to the 标准 it sets (初级工1000元、中级工1500元、高级工2000元的|标准)
PAYMENT_NAME = 15  # characters of a payment's name after its verb (给予|一次性岗位补贴)


def _standard_of_payment(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The standard a figure inside 按…的标准 sets for the payment its clause gives (按初级工1000元、中级工1500元的标准给予
    技能提升补贴 → 技能提升补贴标准; 按照每亩800元标准给予生产补贴 → 生产补贴标准): the payment's, not 标准 alone. A payment
    named by its kind alone (…的标准给予补贴 → 补贴标准), or not at all (…的标准发放 → 标准), is the one the paragraph's label
    or its heading names (``Discourse``). "" for any other number, and where 标准 is the base of a rate (按照当地最低工资
    标准的60%)."""
    if q.kind != MONEY:
        return ""  # most figures
    cs, ce = ctx.clause(q.start)
    if max(view.rfind(b, cs, q.start) for b in w.rate_bases) < 0:
        return ""  # most figures (and the count a rate is per: 按每吸纳1人|1000元)
    at = view.find(w.payment_standard, q.unit_end, min(ce, q.unit_end + STANDARD_REACH))
    if at < 0 or any(v in view[q.unit_end : at] for v in w.giving_verbs):
        return ""
    after = at + len(w.payment_standard)
    verb = next((v for v in w.giving_verbs if view.startswith(v, after)), "")
    payment = _unbroken(view[after + len(verb) : ce]).strip()
    if not verb or payment and (len(payment) > PAYMENT_NAME or not payment.endswith(w.payments)):
        return ""  # 按照小城市标准规划建设; 按…标准执行: no payment
    return payment + w.payment_standard


def _payment_named_after(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The payment an amount gives, named right after it (给予3000元|运营补助, 按每个托位5000元|给予|一次性补助), for
    whom the clause says after 对 (对经评定的普惠性托育机构，…给予3000元运营补助 → 普惠性托育机构运营补助; 对加装电梯给予每部
    15万元财政补贴 → 加装电梯财政补贴): what the amount is, not the words before it (每人每年给予); "" for any other
    number, and for a payment named by its kind alone where nobody is named (补贴: the clause before names more)."""
    if q.kind != MONEY:
        return ""  # most figures
    at = q.unit_end + len(UNEVEN) * view.startswith(UNEVEN, q.unit_end)  # 3元至5元不等的补贴
    at += view.startswith(w.attributive, at)
    at += len(next((v for v in w.giving_verbs if view.startswith(v, at)), ""))
    payment = _unbroken(view[at : at + PAYMENT_NAME + 1])
    if not payment.endswith(w.payments) or len(payment) > PAYMENT_NAME or any(c.isdigit() for c in payment) \
            or any(v in payment for v in w.giving_verbs + w.payment_breaks):
        return ""  # 补助资金闲置, 补贴，…: the payment's money or no payment; 1亿元的企业给予…奖励, 500万元进行奖励: a
        # threshold, or money spent on a payment
    recipient = _paid_for(view, q, ctx, w)
    return recipient + payment if recipient or len(payment) > PAYMENT_KIND_MAX else ""


UNEVEN = "不等"  # after a range of amounts that vary by case
PAYMENT_KIND_MAX = 2  # characters of a payment named by its kind alone (补贴, 奖励)
RECIPIENT_MAX = 16  # characters of whom or what a payment is for (全日制博士研究生, 新建改造高标准大棚)
PREPOSITION_TAG = "p"
PER_UNIT_OPENING = re.compile(r"^每[个张部位人户家条项所台辆座亩]?")
RECIPIENT_END = re.compile(r"[，,；;：:。（(]")
RECIPIENT_MARK = "对"  # the preposition that names whom or what a payment is for (对新建改造高标准大棚每个给予2万元补助)


def _paid_for(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """Whom or what the amount is paid for: the noun 对 takes in the amount's segment, up to its clause's end or the giving
    verb (对新建改造高标准大棚|每个给予; 对种植大户，县财政|每亩再给予: whoever gives), after the phrase's last 的
    (经评定的|普惠性托育机构) and without the per-unit words and hedges after it (企业新建研发机构|最高); where that payee
    was paid in a clause since, or 对 names a topic (对企业开展评价), the payee the amount's own clause names before its
    giving verb (其教练员|给予25万元奖励, A类企业|给予…); "" where no 对 names one (a clause's noun before 给予 gives)."""
    start, _ = ctx.segment(q.start)
    cs = ctx.clause(q.start)[0]
    named = _named_after_dui(view, start, q.start, w)
    if named is None:
        return ""  # (政府给予, 用人单位给予: who gives, whom the clause before would name)
    if named[1].endswith(w.attributive):
        return ""  # (对报废旧车并购买新车的，给予…: a condition, which the subject opens with: ``discourse``)
    payee = _payee(named[1], w, True)
    paid = named[0] < cs and any(view.find(v, named[0], cs) >= 0 for v in w.giving_verbs)
    if payee and not paid:
        return payee  # (对全职引进的博士研究生，用人单位给予…: 对's, whoever gives)
    own = _payee_before_its_verb(view, cs, q.start, ctx, w) if named[0] < cs else None
    return _payee(own, w, False) if own is not None else payee  # (…运动员，给予…，其教练员给予…; 对企业开展评价，A类企业给予…)


def _named_after_dui(view: str, start: int, at: int, w: ClaimWords) -> tuple[int, str] | None:
    """Where the phrase 对 opens last between ``start`` and ``at`` starts, and the phrase, up to its clause's end or a
    giving verb (对|新建改造高标准大棚每个|给予, 对|经评定的普惠性托育机构|，); None where no 对 opens one."""
    words = tagged(view[start:at])
    ends = itertools.accumulate((len(word) for word, _ in words), initial=start)
    marks = [pos for pos, (word, flag) in zip(ends, words) if word == RECIPIENT_MARK and flag == PREPOSITION_TAG
             or word.startswith(RECIPIENT_MARK) and len(word) > 1 and word not in common_words()
             and (pos == start or view[pos - 1] in DELIMITERS)]
    if not marks:  # (对经|评定的, 对来…: jieba joins a clause's opening 对 to the next character; not 对照, 对于, 对标)
        return None
    phrase = RECIPIENT_END.split(view[max(marks) + 1 : at], 1)[0]  # (对…就业创业、年龄在…以下的|全日制博士研究生)
    verb = min((i for i in (phrase.find(v) for v in w.giving_verbs + w.rate_bases) if i >= 0), default=len(phrase))
    return max(marks), phrase[:verb]


def _payee(phrase: str, w: ClaimWords, after_dui: bool) -> str:
    """The payee a phrase names: its head noun phrase after its last 的, without a per-unit opening (每张|家庭养老床位) or
    the adverbs and hedges after it; "" for a count (对2.1万名自主创业人员) or a phrase whose last word is a predicate's
    (对产业发展十分重视, 对企业开展评价: a topic, not a payee), unless a 的 before it makes it a head (…的社会|组织)."""
    cut = phrase.rfind(w.attributive)
    named = PER_UNIT_OPENING.sub("", phrase[cut + 1 :])
    if AMOUNT.search(named):
        return ""
    kept = list(tagged(named)) if named else []
    while kept and kept[-1][1].startswith(RECIPIENT_TAIL_TAGS):
        kept.pop()  # 每个, 最高
    while not after_dui and kept and kept[0][1].startswith(PAYEE_OPENERS):
        kept.pop(0)  # 其|教练员
    head = kept[-1][1] if kept else ""
    nominal_end = head.startswith(RECIPIENT_HEAD_TAGS) and head != VERBAL_NOUN_TAG or cut >= 0 and len(kept) > 1 \
        and kept[-2][1].startswith(NOUN_TAG)
    topic = any(flag in TOPIC_TAGS and in_dictionary(word) for word, flag in kept)  # (not 专精|特新, a guess)
    named = "".join(word for word, _ in kept)
    return named if nominal_end and not topic and 2 <= len(named) <= RECIPIENT_MAX else ""


def _payee_before_its_verb(view: str, cs: int, at: int, ctx: Context, w: ClaimWords) -> str | None:
    """What a clause names before the giving verb that gives the amount at ``at`` (其教练员|给予, 主要完成人|给予), when it
    names someone: not a place or a body, which give (河南|给予, 市财政|给予), nor only when (每月|给予) or a preposition's
    object (并根据评估结果|给予); None otherwise."""
    clause = view[cs:at]
    verb = min((i for i in (clause.find(v) for v in w.giving_verbs) if i >= 0), default=-1)
    if verb <= 0 or ctx.orgs_between(cs, cs + verb) or ctx.places_between(cs, cs + verb) \
            or any(giver in clause[:verb] for giver in w.givers):
        return None  # (市财政一次性给予, 政府给予: who gives)
    flags = [flag for _, flag in tagged(clause[:verb])]
    named = list(itertools.takewhile(lambda flag: flag != PREPOSITION_TAG, flags))
    return clause[:verb] if any(flag.startswith(NOUN_TAG) for flag in named) else None


GOODS_TAGS = ("n", "nz")  # jieba's tags of a good's name (原油 n, 摩托车 nz)
BODY_HEADS = ("企业", "公司", "集团", "单位")  # what names traders, not goods (民营企业)
TOPIC_TAGS = frozenset({"d", "ad", "l"})  # an adverb or a set phrase makes 对's words a topic (对产业发展十分重视, 对…逐户核查)
PAYEE_OPENERS = ("c", "r")  # a conjunction or a pronoun before a clause's own payee (并, 其)
RECIPIENT_HEAD_TAGS = ("n", "j", "eng")  # a payee's head: a noun (普惠性托育机构, 高标准大棚), not a verb of a predicate
RECIPIENT_TAIL_TAGS = ("d", "r", "m", "q", "a", "f", "p", "u", "c", "x", "t")  # adverbs, pronouns, numerals, hedges after it


COMPARED_MAX = 15  # characters of what a rate is compared with (全部规模以上工业, 全省农村居民收入增速)


def gap_in_points(view: str, q: Quantity, ctx: Context, subject: str) -> str:
    """The subject of a gap in percentage points right after a comparison in its clause (…增长6.4%、高于全国|2.6个百分点;
    装备制造业增加值增长8.0%…，分别快于全部规模以上工业|2.9个和…): the rate ``subject`` names, its growth rate where the
    percentage before the gap is a change, compared with what follows the comparison (进出口总值增速高于全国, 装备制造业
    增加值增速快于全部规模以上工业, 新能源汽车零售渗透率高于全国平均水平); "" for any other figure."""
    w = claim_words()
    if q.unit != w.points_unit:
        return ""  # most figures
    cs = ctx.clause(q.start)[0]
    at, verb = max(((view.rfind(v, cs, q.start), v) for v in w.points_comparisons), default=(-1, ""))
    other = _before_a_digit(view[at + len(verb) : q.start]) if at >= 0 else ""
    core = without_change(subject)
    if not other or len(other) > COMPARED_MAX or not core or verb in core:
        return ""
    rated = core.endswith(w.change_rates) or any(core.endswith(r) for r in RATE_ENDINGS) or not _after_a_change(view, ctx.start, at, w)
    return core + ("" if rated else w.growth_rate) + verb + other


def change_in_points(view: str, q: Quantity, ctx: Context, subject: str) -> str:
    """The subject of a change in percentage points that closes its clause right after a change in percent in the same
    sentence (同比增长8.6%，较上半年加快|1.1个百分点 → 全社会用电量增速加快; 下降0.4%，降幅比上月扩大 aside): the rate of
    that change (claims.yml ``change_rate_of``), and the verb; "" for any other figure, and for a subject that is a rate
    already (城镇调查失业率下降)."""
    w = claim_words()
    if q.unit != w.points_unit:
        return ""  # most figures
    cs = ctx.clause(q.start)[0]
    verb = ending(view[cs : q.start], w.change_verbs)
    core = without_change(subject)
    if not verb or not core or core.endswith(w.change_rates) or any(core.endswith(r) for r in RATE_ENDINGS):
        return ""
    compared = view[cs : q.start - len(verb)]
    if compared and not (compared[0] in COMPARING and len(compared) <= COMPARED_PERIOD_MAX or w.comparison.fullmatch(compared)):
        return ""  # a clause that names its own measure (优良天数比例提高…, 拉动全区用电量增长…)
    m = LAST_PERCENT.search(view, ctx.start, cs)
    if m is None or m.start() + m.group().index("%") + 2 != cs:
        return ""  # the percent must close the clause right before (增长8.6%，|较上半年加快…)
    before = view[max(ctx.start, m.start() - CHANGE_REACH) : m.start()]
    change = ending(before.rstrip("了约近超逾达为"), tuple(sorted(w.change_verbs, key=len, reverse=True)))
    if not change:
        return ""  # a level or a share before it (失业率为5.1%，比上月下降…): the subject says what it measures
    rate = w.change_rate_of.get(change, w.growth_rate)
    declined = rate != w.growth_rate and rate != w.change_rate_of.get(RISE)
    if declined and verb not in w.magnitude_verbs:
        return ""  # 下降0.7%，比上月提高0.3个百分点: a smaller decline or a larger one, as the text leaves it
    return core + rate + verb


def share_of_a_part(view: str, q: Quantity, ctx: Context) -> str:
    """The subject of a part's share that its clause gives right after 占 (缴存职工中，国有企业占21.58%，其他占3.45%): the
    part's 占比 within the whole the sentence opens with (缴存职工中国有企业占比), or the part's alone where the sentence
    names none (购买新房占68.42% → 购买新房占比); "" for any other figure. An age or size that names the part (30岁（含）以下
    占36.82%) is part of it."""
    w = claim_words()
    if not view.startswith(w.share_verbs, q.start - 1) or q.unit != PERCENT_UNIT:
        return ""  # most figures
    cs = ctx.clause(q.start)[0]
    part = without_asides(view[cs : q.start - 1]).lstrip(LIST_OPENERS).removeprefix(PART_MARK)  # (其中|机电产品占58%)
    while (adverb := ending(part, SHARE_ADVERBS)):
        part = part[: -len(adverb)]  # 公营房屋|约占七成
    if not PART_SIZE[0] <= len(part) <= PART_SIZE[1] or any(c in part for c in "，,；;：:"):
        return ""
    whole = _whole_before(view, ctx, cs)  # 缴存职工中，…; not 在项目推进过程中，…: a context, no whole divided
    whole = whole + WITHIN if whole else ""
    rated = part.endswith(RATE_ENDINGS + SHARE_NOUNS)  # 女性比例占48.2%, 国产品牌份额占57.6%: a rate already
    return whole + part + ("" if rated else w.share_measure)


def counted_by_relative(view: str, q: Quantity, ctx: Context) -> str:
    """The subject of a count that its clause gives after …的有 (第九批中选药品中，降价幅度在50%至80%之间的有23种): those of the
    whole the sentence opens with that the clause describes (降价幅度在50%至80%之间的第九批中选药品), or the description
    alone where no whole is named; "" for any other figure."""
    if not view.endswith(RELATIVE_COUNT, 0, q.start):
        return ""  # most figures
    cs = ctx.clause(q.start)[0]
    described = without_asides(view[cs : q.start - len(RELATIVE_COUNT) + 1]).removeprefix(PART_MARK)  # …之间的
    counted = described.rfind(RELATIVE_COUNT)  # the count listed before this one (…的有3.2万人、|享受国家助学金的…)
    cut = described.find(LIST_MARK, counted) if counted >= 0 else -1
    first, last = (described[:cut], described[cut + 1 :]) if cut >= 0 else ("", described)
    if first:  # …的有3.2万人、|享受国家助学金的有2.8万人: the description after it is this count's (涉及新能源、新材料领域的 whole)
        threshold = THRESHOLD.search(first)  # 我省在全国占比超过10%的有44种、|超过20%的有23种: the first one's measure, the
        described = (first[: threshold.start()] if threshold and THRESHOLD.match(last) else "") + last  # threshold its own
    if not RELATIVE_SIZE[0] <= len(described) <= RELATIVE_SIZE[1]:
        return ""
    return described + _whole_before(view, ctx, cs)


def _whole_before(view: str, ctx: Context, cs: int) -> str:
    """The group the last clause before ``cs`` that ends in 中 names as a whole (…第九批中选药品中，), or ""."""
    wholes = [w for a, b in ctx.clauses if b <= cs and (w := view[a:b].rstrip("，,")).endswith(WITHIN)]
    return _a_whole(wholes[-1]) if wholes else ""


def _a_whole(clause: str) -> str:
    """The group a clause names as the whole its figures divide (第九批中选药品|中, 受访者|之中), or "" for one that names
    none: a pointer (这其中, 此次调查中), an event or an act (本次抽查中, 专项整治行动中), a time (截至今年年中), a word that
    ends in 中 (相对集中), or a count (全县三百余名驻村干部中: not those who won awards)."""
    words = tagged(clause)
    if len(words) < 2 or words[-1][0] not in WITHIN_WORDS or clause.startswith(CONTEXT_OPENERS + POINTER_OPENERS):
        return ""
    head = words[-2]
    if not (head[1].startswith(NOUN_TAG) or head[1] in SET_PHRASE_TAGS) or head[1] in NOT_WHOLE_TAGS \
            or head[0] in NOT_WHOLE_HEADS or COUNTED_GROUP.search(clause):
        return ""
    whole = clause[: -len(words[-1][0])]
    return whole if 2 <= len(whole) <= WHOLE_MAX + 4 and not DIGITS.search(whole) else ""


WITHIN_WORDS = ("中", "之中", "当中")
POINTER_OPENERS = ("这", "此", "本", "该", "其", "截至", "截止")
NOUN_TAG = "n"
NOT_WHOLE_TAGS = ("vn",)  # 调查, 评选: an act, no group
NOT_WHOLE_HEADS = ("过程", "期间", "进程", "阶段", "时期")  # 项目实施过程中: a stretch of time, no group
COUNTED_GROUP = re.compile(r"[\d一二三四五六七八九十百千万两]+[余多]?[名个家位户人]")  # 三百余名驻村干部: a counted group


RELATIVE_COUNT = "的有"  # …之间的|有23种: a count of those the clause describes
THRESHOLD = re.compile(r"超过|低于|高于|不足|不到|达到|在\d")  # where a description's threshold opens
RELATIVE_SIZE = (3, 24)  # characters of such a description


def share_base(view: str, q: Quantity, ctx: Context) -> str:
    """What an amount measures that a share's clause names as its base (…，占|财政部下达安徽全年新增专项债券额度|2197亿元
    的93.6%): the base, no share; "" for any other figure."""
    cs = ctx.clause(q.start)[0]
    if not view.startswith(claim_words().share_verbs, cs) or not SHARE_OF_IT.match(view, q.end):
        return ""
    base = view[cs + 1 : q.start]
    return base if BASE_SIZE[0] <= len(base) <= BASE_SIZE[1] and not DIGITS.search(base) else ""


def scope_only(phrase: str) -> bool:
    """Whether a phrase names only a place or a time (全国, 全省, 上年全年, 去年全年): a scope, no measure of its own."""
    words = tagged(phrase)
    return bool(words) and all(flag in SCOPE_TAGS or w in SCOPE_WORDS for w, flag in words)


SCOPE_TAGS = ("ns", "t", "f", "m", "q")  # jieba's places, times, localities and numerals
SCOPE_WORDS = ("全国", "全省", "全市", "全区", "全县", "全年", "上年", "去年", "全球", "同期")


def share_of_an_amount(view: str, q: Quantity, ctx: Context, listed: list) -> str:
    """The subject of a share of an amount its clause names (安徽累计发行新增专项债券2056.3亿元，占…额度2197亿元的93.6%): the
    thing of the claim before the base's, 占, and the base without its amount; "" for any other figure. ``listed``: (start,
    thing) of the sentence's claims before this one."""
    cs = ctx.clause(q.start)[0]
    w = claim_words()
    if not view.startswith(w.share_verbs, cs) or view[q.start - 1 : q.start] != w.attributive or len(listed) < 2 \
            or not cs < listed[-1][0] < q.start or listed[-2][0] >= cs or not SHARE_OF_IT.match(view, q.start - 1):
        return ""
    base, thing = view[cs + 1 : listed[-1][0]], without_change(listed[-2][1])
    return thing + view[cs] + base if thing and BASE_SIZE[0] <= len(base) <= BASE_SIZE[1] and not DIGITS.search(base) else ""


SHARE_OF_IT = re.compile(r"的(?:约|近)?(?:\d+(?:\.\d+)?[%％]|[一二三四五六七八九十]成)")  # …额度2197亿元|的93.6%
BASE_SIZE = (2, 30)  # characters of the base a share's clause names
PERCENT_UNIT = "%"
PART_SIZE, WHOLE_MAX = (2, 12), 10  # characters of a part before 占, and of a whole with its 中 before the parts
PART_MARK = "其中"  # right before a number or a part: part of the thing the sentence's previous claim measured
SHARE_ADVERBS = ("大约", "分别", "约", "均", "仅", "已", "将", "共", "各", "就")  # before 占 (约占七成), no part of the part
WITHIN = "中"  # 缴存职工中，…: the whole the sentence's parts are shares of
CONTEXT_OPENERS = ("在", "于", "从")  # 在项目推进过程中: a context the sentence opens with, no whole
SHARE_NOUNS = ("份额",)  # a share's own noun beside the rates (市场份额)
LIST_OPENERS = "、和及与"  # what may open a part's clause after the part before it


COMPARED_PERIOD_MAX = 8  # after 比 or 较 (COMPARING): 较上半年, 比上年同期, 比1-5月份, the period a change is compared with
RISE = "上涨"  # a rise's rate (涨幅) moves with any verb (涨幅回落, 涨幅扩大)
RATE_ENDINGS = ("率", "比重", "占比", "比例", "水平", "指数")  # a subject that is a rate already (渗透率, 比重)
CHANGE_REACH = 12  # characters before such a percentage read for its change (分别增长10.9%和|9.7%)
LAST_PERCENT = re.compile(r"(?:\d+(?:\.\d+)?)%[^%]*\Z")


def _before_a_digit(text: str) -> str:
    """``text`` up to its first digit (全部规模以上工业|4.4和): what a list of gaps is compared with."""
    return text[: next((i for i, c in enumerate(text) if c.isdigit()), len(text))].strip()


def _after_a_change(view: str, start: int, at: int, w: ClaimWords) -> bool:
    """Whether the last percentage before ``at`` in its sentence is a change's (增长6.4%、|高于…): the gap is then between
    growth rates."""
    m = LAST_PERCENT.search(view, start, at)
    before = view[max(start, m.start() - CHANGE_REACH) : m.start()] if m is not None else ""
    before = before[max(before.rfind(c) for c in "，；,;") + 1 :]  # its clause's (分别增长10.9%和|9.7%)
    return any(v in before for v in w.change_verbs)


OWN_VERB_TAGS = ("v",)  # a listed noun that opens with a verb brings its own (not a verbal noun's modifier: 灌溉|设施, 养殖|基地)
DOER_TAGS = ("ns", "nt", "t")  # jieba's places, bodies and times: what may stand before a listed object's verb
LISTED_OBJECT_MAX = 6  # characters of a noun listed after another claim as the same verb's object (、车辆51.3万辆次)


def object_in_list(view: str, q: Quantity, subject: str, previous_end: int, previous: str) -> str:
    """A bare noun listed right after the sentence's previous claim (琼州海峡累计运送旅客218.6万人次、车辆51.3万辆次): the
    same verb's object, so the previous subject's words up to its verb come before it (琼州海峡累计运送车辆); "" where the
    previous subject ends in no verb and its object (燃气管道1200公里、供水管网800公里: nothing to share)."""
    w = claim_words()
    if previous_end < 0 or not view.startswith(LIST_MARK, previous_end) or view[previous_end + 1 : q.start] != subject \
            or not subject or len(subject) > LISTED_OBJECT_MAX or subject.endswith(w.measure_nouns + w.measure_suffixes) \
            or subject.startswith(tuple(w.averages)) \
            or not all(_ends_a_noun(wf, w) and wf[1] != VERB_TAG for wf in tagged(subject)):  # (就业率: a measure of its own)
        return ""
    words = tagged(previous)
    verbal = [flag == VERB_TAG or bool(w.measure_verbs.fullmatch(word)) for word, flag in words]  # (新建: ns)
    k = first = next((i for i, v in enumerate(verbal) if v), len(words))
    if not all(flag in DOER_TAGS or WHOLE_UNIT.match(word) for word, flag in words[:k]):
        return ""  # 清洁能源|供暖|工程: a noun's modifier before the verb, no doer (琼州海峡, 全省, 今年)
    while k + 1 < len(words) and verbal[k + 1]:
        k += 1  # 累计|运送, 升级|改造: the verbs together
    if k >= len(words) - 1 or not all(_ends_a_noun(wf, w) for wf in words[k + 1 :]):
        return ""  # (no object after the verbs)
    if tagged(subject)[0][1] in OWN_VERB_TAGS:  # 累计发送旅客…、运输货物…: a verb of its own, after the same doer
        doer = "".join(word for word, _ in words[:first])
        return doer + subject if doer else ""
    return "".join(word for word, _ in words[: k + 1]) + subject


def _unbroken(text: str) -> str:
    """``text`` up to its first delimiter or closing quotation mark (a clause may run on past a quotation's stop)."""
    return text[: next((i for i, c in enumerate(text) if c in DELIMITERS or c in QUOTE_CLOSE), len(text))]


def _length_of(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """What a length of time framed by 为期 and 的 is the length of (为期40天的2025年春运 → 春运, 为期一个月的专项行动 →
    专项行动): the noun phrase after 的, past a time that opens it; "" for any other number."""
    if q.kind != DURATION or not view.startswith(w.attributive, q.unit_end) or not any(view.endswith(f, ctx.start, q.start) for f in w.period_frames):
        return ""
    pos = q.unit_end + len(w.attributive)
    time = ctx.time_at.get(pos)
    words = tagged(noun_after(view, time.end if time is not None else pos, ctx, w))
    nominal = bool(words) and _ends_a_noun(words[-1], w)  # 保底|收购|协议: a verb inside a noun, which a noun ends
    k = next((k for k, word in enumerate(words) if word[0].endswith(w.event_verbs)
              or k and not nominal and _opens_predicate(words, k, w) and _ends_a_noun(words[k - 1], w)), len(words))
    while k and not _ends_a_noun(words[k - 1], w):  # (专项行动|完成, 春运|圆满结束: what it did)
        k -= 1
    thing = "".join(word for word, _ in words[:k])
    return thing if len(thing) >= 2 else ""


def _measure_after(forward: str, w: ClaimWords) -> str:
    """The measure a percentage before 的 is the value of, when the noun after it is a change, a rate or a target that
    ends its phrase, before the copula, a modal or its clause's end (8.7%的增长是…, 6%的目标能否实现, 5%左右的增长的目标
    → 增长目标); "" otherwise: 80%的增长来自民营企业 is a share of the growth, and 85%的规模以上企业 of a group."""
    words = [word for word, _ in tagged(forward)]
    if not words or words[0] not in (*w.change_verbs, *w.change_rates, *w.target_nouns):
        return ""
    after = words[2:3] if words[1:2] == [w.attributive] else words[1:2]  # 增长|目标, 增长|的|目标
    if after and after[0] in w.target_nouns and words[0] not in w.target_nouns:
        return words[0] + after[0]
    return words[0] if not words[1:] or words[1] in w.value_followers else ""


def _bracketed_value(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The name a bracket holding nothing but the number follows (嘉兴平湖市（1008.7亿元）、嘉兴南湖区（1001.92亿元）):
    the value is that name's, and of the measure the list of such names goes on to (德国(3.6%)和马耳他(4.1%)的失业率较低
    → 马耳他失业率); "" when no name stands there. A place's bracket may say more of its values (塞浦路斯(从13%下降到
    10.3%), 希腊(7月份为21%)): they are that place's."""
    if q.start - 1 <= ctx.start or view[q.start - 1] not in BRACKET_OPEN or q.end >= ctx.end or view[q.end] not in BRACKET_CLOSE:
        return _place_of_bracket(view, q, ctx)
    cs = _phrase_start(view, q.start - 1, ctx)
    closed = max(view.rfind(c, cs, q.start - 1) for c in BRACKET_CLOSE)  # 德国(3.6%)和|马耳他: an item of its own
    if closed >= 0:
        cs = closed + 1 + (view[closed + 1] in BRACKETED_MARKS)
    name = _noun_phrase(view[cs : q.start - 1], w)
    figure = TRAILING_FIGURE.search(name)
    if figure is not None:  # 总产量3778万吨|（755.6亿斤）, 获得赞成票1286票|（86.3%）: the figure before, no part of a name
        return name[: figure.start()] if _names_a_thing(name[: figure.start()], w) else ""
    return name + _measure_of_bracketed(view, q.end + 1, ctx, q) if _names_a_thing(name, w) else ""


def _place_of_bracket(view: str, q: Quantity, ctx: Context) -> str:
    """The place whose bracket holds the number among words of its own, no clause (塞浦路斯|(从13%下降到10.3%)), with
    the measure a list of such places goes on to; "" elsewhere."""
    lo, hi = max(ctx.start, q.start - BRACKET_REACH), min(ctx.end, q.end + BRACKET_REACH)
    opened = max(view.rfind(c, lo, q.start) for c in BRACKET_OPEN)
    if opened < 0:  # most numbers: no bracket before them
        return ""
    closed = min((k for k in (view.find(c, q.end, hi) for c in BRACKET_CLOSE) if k >= 0), default=-1)
    if closed < 0 or any(c in DELIMITERS or c in BRACKET_CLOSE for c in view[opened + 1 : q.start]) \
            or any(c in DELIMITERS or c in BRACKET_OPEN for c in view[q.end : closed]):
        return ""
    place = next((p for p in ctx.places_between(max(ctx.start, opened - PLACE_LIMIT), opened) if p.end == opened), None)
    return place.mention + _measure_of_bracketed(view, closed + 1, ctx, q) if place is not None else ""


SHARE_MEASURES = ("率", "比重", "占比", "比例", "增速", "增幅", "涨幅", "降幅")  # what a percentage in brackets is a value of
MEASURE_CLAUSE_ENDS = "，,；;。"  # the clause of such a measure, where its own values may follow (的增长率|分别为12%和8%)
TRAILING_FIGURE = re.compile(r"\d[\d.]*[^\d]{0,4}$")  # a figure and its unit ending a phrase (…3778万吨)
BRACKET_REACH = 16  # characters of a bracket's words either side of its number (从去年7月的|23.4%)
BRACKET_OPEN, BRACKET_CLOSE = "（(", "）)"
BRACKETED_MARKS = "、和与及"  # between the items of a list of names with their values in brackets
BRACKETED_ITEM = re.compile(r"[、和与及][^，。；：、（(）)]{1,12}[（(][^（()）]{1,16}[）)]")  # 、德国(3.6%)


def _measure_of_bracketed(view: str, pos: int, ctx: Context, q: Quantity) -> str:
    """The measure a list of names with bracketed percentages goes on to after 的, past its later items
    (…(3.6%)和马耳他(4.1%)|的失业率较低 → 失业率): a rate or a share, and no list of other values after it
    (电子（1200亿元）、汽车（900亿元）的增长率分别为12%和8%: the rates are those values'); "" elsewhere."""
    if q.kind != "percent":
        return ""
    while m := BRACKETED_ITEM.match(view, pos, ctx.end):
        pos = m.end()
    if not view.startswith(claim_words().attributive, pos):
        return ""
    measure = opening_noun_phrase(view[pos + 1 : ctx.end])
    after = pos + 1 + len(measure)
    clause_end = min((k for k in (view.find(c, after, ctx.end) for c in MEASURE_CLAUSE_ENDS) if k >= 0), default=ctx.end)
    return measure if measure.endswith(SHARE_MEASURES) and not DIGITS.search(view, after, clause_end) else ""


PREPOSITION_REACH = 8  # characters before a number where the preposition governing it may stand (对全市|4370个)
MODIFIER_WORDS = 2  # words between them (为|全省|0—6岁儿童, 对|定日|6.8级地震)
OWNER_COUNT = re.compile(r"\d[\d.]*[万亿]?[^\d，。；：、的]{1,6}的$")  # 2149所学校的: a count of those the counted belong to
OWNER_REACH = 16  # characters of that count


def _object_of_preposition(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> bool:
    """Whether the count is the object of a preposition (为|380个老旧小区引入物业服务), with at most a modifier or two
    between them (对|全市|4370个城乡社区), or a count of their owners (为|2149所学校的|33405名教师发放生活补助)."""
    owners = OWNER_COUNT.search(view, max(ctx.start, q.start - OWNER_REACH), q.start)
    end = owners.start() if owners else q.start
    start = max(ctx.start, end - PREPOSITION_REACH)
    before = view[start:end]
    cut = max((before.rfind(d) for d in DELIMITERS), default=-1)
    words = tagged(before[cut + 1 :])
    for k, (word, flag) in enumerate(reversed(words)):
        if flag == "p":
            return word in w.object_prepositions
        if k >= MODIFIER_WORDS or not flag.startswith(("n", "m", "q", "f")):
            return False
    return False


def _object_after(view: str, end: int, ctx: Context) -> bool:
    """Whether a noun follows ``end`` in its clause: the object of a verb the phrase window ended with (…新生发放|资助金)."""
    words = tagged(view[end : min(ctx.end, end + 4)]) if end < ctx.end and view[end] not in DELIMITERS else ()
    return bool(words) and words[0][1].startswith(THING_TAGS)


def _before_its_verb(forward: str, object_after: bool) -> str:
    """The counted noun without the verb after it, when the count is a preposition's object: that verb is what the
    clause's agent does to them (为380个|老旧小区|引入物业服务), the first after the counted noun (对86家|超标排放企业|立案查处,
    not 超标|排放…). Only a verb with an object after it, as jieba calls
    some nouns verbs (处所), or one whose object the phrase window left out (``object_after``: 为6107名|困难家庭高校新生|发放|资助金);
    kept whole when too little would be left (向8个|市下放)."""
    words = tagged(forward)
    noun = next((k for k, (_, flag) in enumerate(words) if flag.startswith(THING_TAGS)), len(words))  # 超标排放|企业|立案查处
    last = len(words) - (not object_after)
    verb = next((k for k, (_, flag) in enumerate(words) if noun < k < last and flag == "v"), len(words))
    head = "".join(word for word, _ in words[:verb])
    return head if len(head) >= 2 else forward



def persons_age(view: str, q: Quantity, ctx: Context) -> str:
    """The age of the person an age with 的 stands before (32岁的|蒂妮深切感受到… → 蒂妮年龄), or ""."""
    w = claim_words()
    if q.kind == "age" and view.startswith(LIST_MARK, q.unit_end):  # 今年46岁、在…干了20多年的|公司总经理刘建伟
        person = _titled_person_after(view, q.unit_end, ctx)
        return person + w.age_of if person else ""
    if q.kind != "age":
        return ""
    if not view.startswith(w.attributive, q.unit_end):  # 76岁|老人赵德明说; 王女士今年|34岁
        if q.qualifier != EXACT:
            return ""  # 60岁以上|户籍老人: a class of people by age, no one's age
        person = _described_person(view, q.unit_end, ctx, named=True) or _person_before(view, q, ctx, w)
        return person + w.age_of if person else ""
    pos = q.unit_end + len(w.attributive)
    person = _described_person(view, pos, ctx) or _person_at(view, pos, ctx)
    return person + w.age_of if person else ""


EXACT = "exact"  # the qualifier of a number stated as it is


def _person_before(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The person whose age the number states, named right before it in its clause with the words of time between
    (家住惠济区的王女士|今年|34岁: ``age_adverbs``), or "": the age is the predicate of that person."""
    at, lo = q.start, ctx.clause(q.start)[0]
    while (adverb := next((a for a in w.age_adverbs if view.endswith(a, lo, at)), "")):
        at -= len(adverb)
    hit = named_before(view, at)
    if hit is None or not hit.name or hit.start < lo or hit.start in ctx.place_at or hit.start in ctx.org_at:
        return ""  # not 萧山今年…, 华为今年36岁: a place or a body jieba reads as a name
    words = tagged(view[lo:at])  # a name, as jieba reads it too: not 高到 of 提高|到 or 全国 (n)
    if not words or words[-1] != (view[hit.start : at], "nr"):
        return ""
    start = hit.start  # with the nouns of the role before it (村党支部书记|王德明), which say who they are
    for word, flag in list(reversed(words[:-1]))[:ROLE_WORDS]:
        if not flag.startswith(THING_TAGS + (MODIFIER_TAG,)) or flag.startswith("nr"):
            break
        start -= len(word)
    return view[start:at]


def _described_person(view: str, pos: int, ctx: Context, named: bool = False) -> str:
    """A person's description and name starting at ``pos``, after an age (``names.described_person``), or ""."""
    span = described_person(view, pos, ctx.clause(pos)[1], named)
    return view[pos : span[1]] if span is not None else ""


def _titled_person_after(view: str, pos: int, ctx: Context) -> str:
    """The person named after a title past the first 的 after ``pos`` in its clause, the descriptions listed before it
    being theirs (…、在汽车零部件行业干了20多年的|公司总经理|刘建伟), or ""."""
    end = ctx.clause(pos)[1]
    of = view.find(claim_words().attributive, pos, end)
    if of < 0:
        return ""
    for m in name_cues().titles.finditer(view, of + 1, min(end, of + 1 + ROLE_REACH)):
        named = name_after_title(view, m.end())
        if named is not None:
            return view[m.end() : named]
    return ""


ROLE_REACH = 12  # characters after 的 in which the holder's title stands (公司总经理)


def _person_at(view: str, pos: int, ctx: Context) -> str:
    """The name of a person starting at ``pos`` (a surname and a given name, or a name jieba knows: 蒂妮), or, for a
    pronoun there, the last person the sentence named after a title or role (村民潘家旺开朗健谈，已经63岁的|他); or ""."""
    cues = name_cues()
    if view.startswith(cues.pronouns, pos):
        if view.startswith(PLURAL, pos + 1):
            return ""  # 他们: no one person
        named = [view[m.end() : end] for m in cues.titles.finditer(view, ctx.start, pos)
                 if (end := name_after_title(view, m.end())) is not None and end <= pos]
        if named:
            return named[-1]  # not 王|大山的老伴, whose name jieba splits, nor 高峰时期
        paragraph = view.rfind("\n", 0, pos) + 1  # (…小区的王秀芝说。今年67岁的|她: the one the paragraph introduced last)
        introduced = [p for p in introduced_people(view, paragraph, ctx.start) if p.end <= ctx.start]
        return introduced[-1].name if len({p.name for p in introduced}) == 1 else ""
    span = person_at(view, pos)
    return view[span[0] : span[1]] if span is not None else ""


PLURAL = "们"  # after a pronoun: 他们, no one person
VERB = "v"


PREDICATE_MAX = 20  # characters of what counted things do that name them (设立分支机构, 将…纳入基本公共服务清单)
PREDICATE_OPENERS = ("v", "vd", "d", "p", "ad")  # the tags a predicate after a counted noun opens with (设立, 已, 将)
CLAUSE_ENDS = "，。；：！？、,;:!?（(\n"  # what ends the predicate, and an aside after it: quotes and titles inside stay
MODIFIED = "的（("  # a modifier crossed (具有示范效应的|公办…) or an aside (县（市、区）) in the phrase read after a count


def _measured(forward: str, w: ClaimWords) -> bool:
    """Whether the phrase after a count opens with a measure of the things counted (增加值|保持增长)."""
    first = tagged(forward)[0][0] if forward else ""
    return first.endswith(w.measure_nouns) and len(forward) > len(first)


def _doing_part(view: str, pos: int, forward: str, ctx: Context, w: ClaimWords) -> str:
    """What the counted part of a group does, to the end of its clause and with 的, before the group's name
    (67座小型水库中，有23座|出现溢洪 → 出现溢洪的小型水库); the verb alone when more follows in the clause."""
    end = next((i for i in range(pos, ctx.end) if view[i] in CLAUSE_ENDS), ctx.end)
    predicate = view[pos:end] if view.startswith(forward, pos) else forward
    if len(predicate) > PREDICATE_MAX or any(ch.isdigit() for ch in CODE.sub("", _unquoted(predicate))):
        predicate = forward  # (a number of its own; not the digits of a code: PM2.5浓度下降)
    return predicate + w.attributive


def _object_of_verb(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> bool:
    """Whether a count is the object of a verb before it in its clause (打造1000个|民族村寨旅游提升示范村, 带动…300多户
    茶农增收): the phrase after it then names what was done to them, read as one noun or as what the verb makes them
    do, and not what they did. A preposition after the verb makes the count its object instead (累计为|3400余名…), but
    not one whose object is acted on or framed (对1200家企业|开展安全检查, 以10件民生实事|为引领; claims.yml
    ``frame_prepositions``); a verb of having states how many there are (共有)."""
    words = tagged(view[_comma_clause(view, q.start, ctx) : q.start])
    last = next(((word, flag) for word, flag in reversed(words) if flag in OBJECT_GOVERNORS or word in w.frame_prepositions),
                None)
    if last is None or last[0] in w.stating_verbs or last[0].endswith(HAVE):
        return False
    return last[1] != PREPOSITION or last[0] in w.frame_prepositions


OBJECT_GOVERNORS = ("v", "vd", "vn", "l", "p")  # what governs a count after it: verbs, set phrases (全面完成), prepositions
PREPOSITION = "p"


def _doing(view: str, pos: int, forward: str, ctx: Context, w: ClaimWords) -> str:
    """The counted noun named by what the counted things do, as a relative clause ending in that noun (在全球23个|国家和
    地区|设立分支机构 → 设立分支机构的国家和地区; 其中27个|省份|将普惠托育服务纳入基本公共服务清单; 18名|干部受到表彰 →
    受到表彰的干部): the things counted are those that do it, and the phrase stays headed by the noun. The predicate
    opens with a verb, an adverb or a preposition right after a noun and runs to the end of the clause. ``forward`` as
    it is when a number follows in the clause (its noun then owns that number's measure: 30家企业营业收入增长15%), when
    no predicate follows the noun, when the predicate is long, and when the phrase crossed a modifier or an aside."""
    aside = ADMIN_ASIDE.search(forward)  # 22个|省（区、市）|签署…: the units the aside completes do it too
    head = forward[: aside.start()] if aside else forward
    if not forward or not view.startswith(forward, pos) or any(mark in head for mark in MODIFIED):
        return forward
    words = tagged(head)
    end = next((i for i in range(pos + len(forward), ctx.end) if view[i] in CLAUSE_ENDS), ctx.end)
    rest = view[pos + len(forward) : end]
    listed = end < ctx.end and view[end] in LIST_MARK
    if listed:  # 18.8万个基层党组织、376万名党员参与防汛救灾: a predicate the
        rest = "" if rest else _shared_predicate(view, end, ctx, w)  # counts listed share; not 获得国家、国际大奖
    k = next((k for k in range(1, len(words)) if _opens_predicate(words, k, w) and _ends_a_noun(words[k - 1], w)),
             len(words))  # 失能老人|建立…: the noun's modifiers (失能, 超标排放) stay with it
    if listed and not rest:  # 50多名村民|正忙着采摘、分拣、装箱: the verbs listed are what they do, left out; not counts
        after = tagged(view[end + 1 : min(ctx.end, end + 1 + LISTED_VERB_READ)])  # listed (10家省级概念验证中心、30家…) nor
        verbs = 0 < k < len(words) and bool(after) and after[0][1] in PLAIN_VERB_TAGS  # clauses (7个盟市接通高铁、所有盟市…)
        noun = "".join(word for word, _ in words[:k])
        return noun if verbs and len(noun) >= 2 else forward
    if k < len(words) and (_noun_inside(words[k:], w)
                           or not (_done_inside(words[k:], w) if not rest else _goes_on_after(words[k:], rest, w))):
        k = len(words)  # 制度|创新|成果 + 在全国推广: a verb inside the phrase is part of the noun, what they do follows it
    if aside and k < len(words):
        return forward
    noun, done = "".join(word for word, _ in words[:k]), "".join(word for word, _ in words[k:])
    predicate = done + rest
    if noun.endswith(w.measure_nouns):
        return forward  # 40个行业中有31个|增加值保持增长: a measure of the things counted, whose noun is left out
    if (len(noun) < 2 and noun not in w.admin_nouns or not _ends_a_noun(words[k - 1], w) or not predicate
            or _split_quote(noun) or _acts_inside(words[:k], w)):
        return forward
    opening = tagged(predicate)
    if (len(predicate) > PREDICATE_MAX or not _opens_predicate(opening, 0, w) or not any(flag in VERB_TAGS for _, flag in opening)
            or predicate.startswith(w.copulas)
            or any(flag == NUMERAL or any(ch.isdigit() for ch in word) for word, flag in tagged(RANK_IN_NAME.sub("", _unquoted(predicate))))
            and not _acts_past_its_number(predicate)):  # 4个城市地区生产总值|超万亿元: a number of its own, which the
        return _noun_before_its_doing(forward, words, w) or forward  # noun's measure has; 23家企业|签订为期3年的…协议:
        # a predicate too long or holding a number of its own is left out, not cut inside the phrase
    return predicate + w.attributive + noun


def _noun_before_its_doing(forward: str, words: tuple[tuple[str, str], ...], w: ClaimWords) -> str:
    """The counted noun without what the things do after it, where the phrase read after a count runs on into verbs
    and no noun ends them (村民|正忙着采摘, 企业|签订, 改革经验|获中央改革办推广): the noun up to the first verb or adverb
    after a noun; "" where a noun or a measure ends the phrase (省级概念|验证|中心, 企业营业|收入: a verb inside the noun)."""
    if not words or _ends_a_noun(words[-1], w) or forward.endswith(w.measure_nouns):
        return ""
    k = next((k for k in range(1, len(words)) if _opens_predicate(words, k, w) and _ends_a_noun(words[k - 1], w)), 0)
    noun = "".join(word for word, _ in words[:k])
    return noun if 0 < k < len(words) and len(noun) >= 2 and _ends_a_noun(words[k - 1], w) else ""


def _acts_past_its_number(predicate: str) -> bool:
    """Whether what the counted things did goes on past the amount it names (9个单位|未将上年结转资金4370万元编入年初预算,
    1户企业|对外出借资金2.3亿元未履行集体决策程序: an audit's finding, the amount that of its object), rather than ending
    in a number of its own (建成示范村12个, 地区生产总值超万亿元)."""
    runs = DIGIT_RUN.split(_unquoted(predicate))
    money = MONEY_AFTER.match(runs[-1]) if len(runs) > 1 else None  # (仍在一线提供…: a numeral inside a word, no amount;
    words = tagged(runs[-1][money.end() :]) if money else ()  # 中有33个行业…: a part of the group counted, no amount)
    return any(flag.startswith(VERB) for _, flag in words)


DIGIT_RUN = re.compile(r"[0-9０-９.．]+")
LISTED_VERB_READ = 4  # characters read after a list mark for the verb a list of verbs goes on with
RANK_IN_NAME = re.compile(r"第[0-9一二三四五六七八九十百]+|首(?=[批届次个家])")  # 入选第二轮国家“双高计划”, 入选全国首批…名单: a
# rank in a name, no number of its own
MONEY_AFTER = re.compile(r"[万亿千百]*元")  # 4370|万元|编入…: the amount its object came to


ADMIN_ASIDE = re.compile(r"[（(][省市县区乡镇村旗盟州、]+[）)]$")  # 31个省（区、市）: the units an aside adds to the noun


def _split_quote(text: str) -> bool:
    """Whether ``text`` opens a quote it does not close (“川渝通|办”事项: jieba's words split inside the quotes)."""
    return sum(text.count(mark) for mark in QUOTE_OPEN) != sum(text.count(mark) for mark in QUOTE_CLOSE)


def _shared_predicate(view: str, mark: int, ctx: Context, w: ClaimWords) -> str:
    """The predicate after the last of the counts listed from ``mark`` (…、376万名党员|参与防汛救灾), which every count
    of the list shares; "" when what the list mark opens is no count."""
    stop = next((i for i in range(mark, ctx.end) if view[i] in CLAUSE_ENDS and view[i] not in LIST_MARK), ctx.end)
    last = view.rfind(LIST_MARK, mark, stop) + 1
    if not view[last : last + 1].isdigit():
        return ""
    words = tagged(view[last:stop])
    k = next((k for k in range(1, len(words)) if _opens_predicate(words, k, w) and _ends_a_noun(words[k - 1], w)), 0)
    return "".join(word for word, _ in words[k:]) if k else ""


def _noun_inside(done: tuple[tuple[str, str], ...], w: ClaimWords) -> bool:
    """Whether the words from a verb inside the phrase after a count hold the rest of a noun jieba split: a verb of one
    character (博士|创新|站: 站 is the station), or a noun and a verb after it (产业|集聚|区|加快…, 经验|做法|案例|获…: the
    noun is what acts, and the phrase's own subject)."""
    honoured = done[0][0].startswith(w.honour_verbs)
    if any(len(word) == 1 and flag.startswith(VERB) and not (k == 0 and honoured) for k, (word, flag) in enumerate(done)):
        return True
    return _acts_inside(done[1:], w)


def _goes_on_after(done: tuple[tuple[str, str], ...], rest: str, w: ClaimWords) -> bool:
    """Whether the predicate that opens inside the phrase after a count goes on after it: a verb of being honoured, verbs
    and adverbs alone (全部|完成), or a verb and its object that the clause goes on (自治州|通高铁|或动车, 科学家|增选|为两院
    院士); not a compound noun that a new predicate follows (制度|创新成果|在全国推广)."""
    if done[0][0].startswith(w.honour_verbs) or not _holds_a_noun(done, w):
        return True
    return not _opens_predicate(tagged(rest), 0, w)


def _holds_a_noun(words: tuple[tuple[str, str], ...], w: ClaimWords) -> bool:
    return any(flag.startswith(THING_TAGS) and word not in w.scope_adverbs for word, flag in words)


def _acts_inside(words: tuple[tuple[str, str], ...], w: ClaimWords) -> bool:
    """Whether a verb follows a noun inside the counted noun's words (老旧高层建筑|安装|消防物联): the phrase already
    holds a predicate, which the rest of the clause goes on."""
    first = next((k for k, (_, flag) in enumerate(words) if flag.startswith(THING_TAGS)), len(words))
    return any(flag in ("v", "vd") and word not in w.verb_tagged_nouns for word, flag in words[first + 1 :])


def _done_inside(done: list, w: ClaimWords) -> bool:
    """Whether the words the phrase after a count ends with are what the things counted did, when the clause ends with
    them: a verb of being honoured and its list or award (入选|“双一流”建设名单), or verbs and adverbs alone of two words
    or more (揭牌|运行, 全部|开工). A single verb (改革|举措/v) or a verb before a noun (旅游|提升|示范村) more often is
    part of one compound noun, as jieba splits it."""
    if done and done[0][0].startswith(w.honour_verbs):
        return True
    return len(done) >= 2 and not _holds_a_noun([(word, flag) for word, flag in done if flag != PLACE_NAME], w)  # (竞逐|太湖|之滨:
    # a place after the verb is where they do it, no compound noun's head)


PLACE_NAME = "ns"  # jieba's tag of a place's name
CODE = re.compile(r"[A-Za-z]+[\d.]+")  # a name in Latin letters with digits (PM2.5, PM10, H7N9)


NUMERAL = "m"  # jieba's tag of a numeral (万亿, 十几)


def _unquoted(text: str) -> str:
    """``text`` without its quoted names and titles, whose numerals name something (列入省“千项万亿”工程, 入选《财富》世界
    500强 aside) and count nothing."""
    return QUOTED.sub("", text)


QUOTED = re.compile(f"[{re.escape(''.join(QUOTE_OPEN))}][^{re.escape(''.join(QUOTE_CLOSE))}]*[{re.escape(''.join(QUOTE_CLOSE))}]|《[^》]*》")


def _ends_a_noun(word: tuple[str, str], w: ClaimWords) -> bool:
    """Whether a word can end the counted noun: a noun jieba tags so, not a scope adverb it reads as one (全部), a
    noun it tags as a verb (举措), or an administrative unit's one-character noun, which it tags otherwise (县 as zg)."""
    return word[1].startswith(THING_TAGS) and word[0] not in w.scope_adverbs or word[0] in w.verb_tagged_nouns \
        or word[0] in w.admin_nouns


def _opens_predicate(words: tuple[tuple[str, str], ...], k: int, w: ClaimWords) -> bool:
    """Whether the ``k``-th word opens what counted things do: a verb, a preposition, a scope adverb jieba reads as a
    noun (全部, 当场), or an adverb: one of a character, or a longer one with no noun in the next two words
    (民族团结|进步|示范社区: a modifier there; 已经|参加|培训)."""
    word, flag = words[k]
    if word in w.verb_tagged_nouns:
        return False
    if flag.startswith("d") and len(word) > 1:  # one character (将, 已, 正) is an adverb; a verb jieba may read as a noun
        return not any(f.startswith(THING_TAGS) and f != VERBAL_NOUN for _, f in words[k + 1 : k + 3])
    if flag in SET_PHRASE_TAGS:  # 村民|正忙着|采摘: a set phrase with a verb's aspect mark is a verb
        return word.endswith(ASPECT_MARKS)
    return flag in PREDICATE_OPENERS or word in w.scope_adverbs


ASPECT_MARKS = ("着", "了", "过")  # 正忙着, 放下了: a set phrase that ends in one is a verb


def _destinations_counted(view: str, q: Quantity, ctx: Context, w: ClaimWords, forward: str) -> str:
    """The places a count says something reaches or comes from, with what does and the verb (产品远销|170多个|国家和地区
    → 产品远销国家和地区; 外籍旅客来自80多个国家和地区; 出口日本、韩国等40多个国家和地区): the verb opens the clause's
    predicate before the number, whatever scope or list of places lies between (全球, 国内, 日本、韩国等); "" for any
    other count, and where the places are an attribute of what follows them (50多个国家和地区的|客商)."""
    after = q.unit_end + len(forward)
    if q.kind != "count" or forward not in w.destination_nouns \
            or view.startswith(w.attributive, after) and not _destinations_count().match(view, after + len(w.attributive)):
        return ""  # (50多个国家和地区的|客商; not 26个国家的|230个城市: the countries' cities, reached too)
    cs, _ = ctx.clause(q.start)
    before = view[cs : q.start]
    verbs = w.route_verbs + w.trade_verbs + w.origin_verbs + w.reach_verbs
    found = [(m.start(), m.end()) for m in w.destination_verbs.finditer(before)]
    found += [(at, at + len(v)) for v in verbs for at in [before.rfind(v)] if at >= 0]
    if not found:
        return ""
    start, end = max(found)
    gap = before[end:]
    if DIGITS.search(_destinations_count().sub("", gap)) or len(gap) > DESTINATION_GAP or any(f.startswith(GAP_BREAKS) for _, f in tagged(gap)):
        return ""  # 出口额增长…; a verb far before the count; 进出口企业|分布在|11个城市: the verb is no verb of reach
    words = list(tagged(TIME_OPENING.sub("", without_leading(before[:start], w))))
    while words and words[0][1].startswith(LEADING_TIME_TAGS):
        words.pop(0)  # 春节期间|入境游客
    while words and words[-1][1] in ADVERB_TAGS:
        words.pop()  # 户用光伏|已|覆盖
    reacher = "".join(word for word, _ in words)
    reacher = nominal(_unopened(reacher[max(reacher.rfind(c) for c in REACHER_BREAKS) + 1 :]))  # (这几年，|咱们的游客; 并|连通)
    if len(reacher) > REACHER_MAX:  # …三家运营商的|千兆光网: the phrase's head, after its last 的
        reacher = reacher[reacher.rfind(w.attributive) + 1 :]
    reacher = reacher if len(reacher) <= REACHER_MAX and not AMOUNT.search(reacher) else ""  # (not 5G's 5)
    return reacher + before[start:end] + forward


@lru_cache(maxsize=1)
def _destinations_count() -> re.Pattern:
    """A count of places reached and the 的 that makes them the scope of the next count (欧洲26个国家的|230个城市,
    18个省（区、市）的|72个城市): the larger places the smaller lie in, reached by the same verb."""
    w = claim_words()
    return re.compile(r"[0-9０-９.]+[多余]?个?(?:%s)(?:（[^）]{1,8}）)?%s?" % (alternation(w.destination_nouns), w.attributive))


REACHER_BREAKS = "，,；;：:"  # inside a quotation the clause may run on over them (“这几年，咱们的游客来自…)
TIME_OPENING = re.compile(r"^(?:截至|截止)?[^，,、的]{0,3}?(?:以来|年来|目前|为止)")  # 今年以来, 多年来, 截至目前: when, not who


GAP_BREAKS = ("v", "p")  # a verb or preposition between the verb and the count (分布|在, 集中|在): another predicate
AMOUNT = re.compile(r"\d(?![A-Za-z])")  # a figure's digit, not a name's (5G网络)
DESTINATION_GAP = 24  # characters of scope or places listed between the verb and the count (日本、韩国、俄罗斯…等)
REACHER_MAX = 16  # characters of what reaches the places (许昌发制品已通过跨境电商)


def _counted(view: str, q: Quantity, ctx: Context, w: ClaimWords, forward: str, verbal: bool, pos: int) -> str:
    """What a count (or a number with 的) counts, when the text names it after the number; "" when it does not
    (近900项|大幅压缩至: a verb follows, no noun)."""
    group = _group_before(view, q, ctx, w)
    if group and (not forward or is_verb(forward) or _measured(forward, w)):  # 工业200强企业中|193家|复工: the part of a
        # group that does so; 40个工业大类行业中有31个|增加值保持增长: or whose measure does
        return _doing_part(view, pos, forward, ctx, w) + group if forward else _event_before(view, q, ctx, w) + group
        # (451个问题中，已整改到位|412个 → 已整改到位问题: the part the event picks out)
    if len(forward) < 2 and forward not in w.admin_nouns or _opens_a_predicate(forward, verbal):
        return ""  # (1480个|县|实现县域统管: a unit, whose predicate may name it)
    if view.startswith(w.attributive, q.unit_end):  # 月销售额10万元以下的小规模纳税人: a measure named before it
        back = backward(view, q, ctx)
        if len(back) >= 2 and (back.endswith(w.measure_nouns) or forward.startswith(w.frame_nouns)):
            return back
    elif len(forward) <= COUNTING_NOUN_MAX and q.unit == GENERAL_CLASSIFIER and _value_of_before(view, q, w):
        back = backward(view, q, ctx)  # 总建屋量约18.9万个|单位: what is counted in is the measure's unit, when a measure
        if len(back) > len(forward) and back.endswith(w.measure_suffixes):  # stands before the number as its value
            return back
    batch = _batch_before(view, q, ctx, w)
    generic = len(forward) <= EVENT_NOUN_MAX and not any(flag in NO_NOUN_TAGS for _, flag in tagged(forward))
    event = _event_before(view, q, ctx, w) if not batch and generic else ""  # a noun: not 国家级, 参与 or 千亿级
    things = q.kind == "count" and not verbal and q.value is not None and float(q.value).is_integer()  # not 6.8级|地震
    reached = _reached(view, q, ctx, w, forward) if things and pos == q.unit_end else ""  # not 惠及3400万人的|工程
    if reached:
        return reached
    sent = _those_sent(view, q, ctx, forward, w) if things else ""
    if sent:  # 调派460名|指战员|跨区增援闽北: those sent, not what they were sent for
        return sent
    doing = _doing(view, pos, forward, ctx, w) if things and not _object_of_verb(view, q, ctx, w) else forward
    if len(forward) < 2 and doing == forward:
        return ""  # 全省共有16个|市: a unit that no predicate names; what stands before the number says more
    picked = things and doing == forward and not event and not batch and view.endswith(w.attributive, ctx.start, q.start)
    head = _without_predicate(forward, w) if picked else forward  # (jieba read only where 的 stands before the count)
    relative = _relative_before(view, q, ctx, w, _heads_clause(view, pos, head, ctx, w)) if picked else ""
    if relative:  # 全省纳入重点监测的|486家|A级旅游景区 → 纳入重点监测的A级旅游景区: which of them are counted
        return relative + head
    return batch + _place_before(view, q, ctx) + (event + forward if doing == forward else doing)


def _those_sent(view: str, q: Quantity, ctx: Context, forward: str, w: ClaimWords) -> str:
    """The people or teams a verb right before the count sends out (调派|460名|指战员|跨区增援闽北, 组织了|160多名|农技人员|
    下沉…): the noun after the number up to its first word that names them (``sent_heads``), without the purpose they
    were sent for; "" after any other verb, or where no such word ends a noun."""
    if not view[ctx.clause(q.start)[0] : q.start].removesuffix(ASPECT_MARK).endswith(w.dispatch_verbs):
        return ""  # most counts
    words = tagged(forward)
    run = list(itertools.takewhile(lambda wf: wf[1] != VERB_TAG, words))  # up to the verb of the purpose
    k = max((i for i, (word, _) in enumerate(run) if word.endswith(w.sent_heads)), default=None)  # the last of a pair
    return "".join(word for word, _ in words[: k + 1]) if k is not None and k + 1 < len(words) else ""  # (志愿者和社区工作者)


ASPECT_MARK = "了"  # 组织了160多名…: the verb's aspect


def _value_of_before(view: str, q: Quantity, w: ClaimWords) -> bool:
    """Whether a count is given as the value of what stands before it: hedged (总建屋量约…) or after a copula or a verb of
    reaching (为, 达, 达到), and its noun ends the clause (…万个单位，); not a count that opens a part of a group
    (增加值31个行业中…, 工业用电量12个行业实现增长) or of a list (产品质量3个环节)."""
    linked = q.qualifier != "exact" or view.endswith(w.value_links, 0, q.start)
    reach = range(q.unit_end, min(len(view), q.unit_end + COUNTING_NOUN_MAX + 1))
    return linked and any(view[k] in DELIMITERS for k in reach)


COUNTING_NOUN_MAX = 2  # characters of a noun after 个 that counts a measure's units (单位, 岗位), not a thing of its own
GENERAL_CLASSIFIER = "个"


def _without_predicate(forward: str, w: ClaimWords) -> str:
    """The noun after a count without what the counted things do, when a relative clause has picked them out already
    (开展住院服务的382家|定点医疗机构|全部实行…, 债务风险较高的12个|县|加强监测): up to its first verb or scope adverb,
    unless a noun ends it (历史遗留的24万多户|不动产登记问题: the verb modifies the noun)."""
    words = tagged(forward)
    if words and words[-1][1].startswith(THING_TAGS) and words[-1][1] != VERBAL_NOUN:
        return forward
    k = next((i for i, (word, flag) in enumerate(words) if i and (flag in PLAIN_VERB_TAGS or word in w.scope_adverbs
                                                                   or flag == VERBAL_NOUN and _a_noun(words[i - 1]))), len(words))
    return "".join(word for word, _ in words[:k])


def _a_noun(word: tuple[str, str]) -> bool:
    """Whether a word is a noun of two characters or more (脱贫户|发展特色种植: what the noun's things do follows it)."""
    return len(word[0]) >= 2 and word[1].startswith("n") and word[1] != VERBAL_NOUN


def _heads_clause(view: str, pos: int, head: str, ctx: Context, w: ClaimWords) -> bool:
    """Whether the things a count counts go on to a predicate of their own (…的420个项目|完成投资, …的382家定点医疗机构|全部
    实行, …的205个重点湖（库）|中): an adverb, a verb or a part's locative after their noun, past a bracketed aside; not a
    verb or preposition that completes a main verb before them (认定…的56家企业|为…, 选聘…的360名大学生|到村任职, 筛选…的
    120家企业|纳入…), a distributive (慰问…的1260名老党员|每人500元) or a conjunction (…的56个集体|和120名个人)."""
    after = pos + len(head)
    if view.startswith(("（", "("), after):
        close = view.find("）" if view[after] == "（" else ")", after)
        after = close + 1 if close > 0 else after
    if after >= ctx.end or view[after] in COUNTED_CLOSES:
        return False
    word, flag = tagged(view[after : after + PREDICATE_READ])[0]
    if word in w.scope_adverbs or word in PART_LOCATIVES:
        return True
    return flag in ADVERB_TAGS or flag in PLAIN_VERB_TAGS and word not in w.completing_verbs


COUNTED_CLOSES = "，。；：！？、,;:!?）)\n"  # what ends the clause of the things counted
PART_LOCATIVES = ("中", "里", "当中")  # 205个重点湖（库）|中，…: a part of them follows
PREDICATE_READ = 6  # characters read for the word after the things counted


def _relative_before(view: str, q: Quantity, ctx: Context, w: ClaimWords, heads_clause: bool = False) -> str:
    """A relative clause with 的 right before a count, which picks out the things counted (市民咨询较为集中的|8个问题,
    “十四五”规划确定的|102项, 国家公布产量的|104种), with its 的: back from 的 over words to one that ends a main clause
    (梳理|了), a preposition (对), a pronoun, a scope word or place at the clause's head (全省), a body or a time; no number,
    at most ``RELATIVE_MAX`` characters, with a verb or a rating (空气质量相对较差的). Only a clause that cannot hold the
    main clause's verb: one opening with a noun, with two verbs at most, or one a verb opens where no main verb can stand
    before it (``_object_clause``); not one inside a body's name as jieba splits it (市|科技局推荐…), nor after 被 (被|巡察的:
    the units inspected, not those inspecting). ``heads_clause``: the things counted head their clause, a predicate after
    them (…的420个项目|完成投资), so a verb that opens the clause (纳入, 开展) is the relative clause's. "" where none stands
    there (家里的8亩: no verb; 14条河流的21个: a count)."""
    end = q.start - len(w.attributive)
    if not view.startswith(w.attributive, end) or end <= ctx.start:
        return ""
    clause = _comma_clause(view, q.start, ctx)
    lo = max(clause, end - RELATIVE_MAX - RELATIVE_SLACK)
    words = tagged(view[lo:end])
    kept: list[tuple[str, str]] = []
    stop = CLAUSE_HEAD if lo == clause else ""
    words = tuple((word, VERB_TAG if word in VERB_LIKE_PREPOSITIONS else flag) for word, flag in words)
    for k in range(len(words) - 1, -1, -1):
        word, flag = words[k]
        if flag in COUNT_TAGS and not _no_count(word) or word in PASSIVE_WORDS:
            return ""  # 8个|公司运营的16支: the clause is about another count's things; 被|巡察的: a passive one
        at = end - len("".join(x for x, _ in kept)) - len(word)
        opener = w.subjectless.fullmatch(word) and not (heads_clause and flag in VERB_TAGS and _heads_the_clause(words, k, w, lo == clause))
        if flag in RELATIVE_STOPS or word in w.scope_adverbs or opener or ctx.org_at.get(at):
            if flag in VERB_TAGS:
                return ""  # 带动|作用明显的: a verb of the clause stops it, which the clause may not lose
            stop = CLAUSE_HEAD if _opens_after(word, flag) or opener and flag not in ADVERB_TAGS else flag  # 全市|开展…; not 全面|落地执行…
            break
        if at in ctx.place_at and kept and not (k > 0 and words[k - 1][1] in VERB_TAGS):
            stop = PLACE_STOP  # 河南省|牵头的: the place is the clause's own subject, not a scope over it (纳入|上海市…目录的:
            break  # the verb's object's)
        kept.insert(0, (word, flag))
    text = "".join(word for word, _ in kept)
    at = end - len(text)
    if at in ctx.place_at or any(at <= t.start < end for t in ctx.times_between(at, end)):
        return ""  # 全省的|…, 今年的|12个项目: a place's or a time's, no clause
    if not (2 <= len(text) <= RELATIVE_MAX) or any(ch.isdigit() for ch in text) or not (any(f in VERB_TAGS for _, f in kept) or _rated(kept)):
        return ""
    if any(o.start < end and o.end > at for o in ctx.orgs_between(max(ctx.start, at - ORG_NAME_MAX), end)):
        return ""  # 市|科技局推荐符合条件的: a body's name jieba split, whose verb the clause holds
    if sum(f in VERB_TAGS for _, f in kept) > 2:
        return ""  # 培育|带动作用明显的
    if (not kept[0][1].startswith(THING_TAGS) or kept[0][1] == VERBAL_NOUN) and not _object_clause(kept, stop, heads_clause, w):
        return ""  # (积极)引导|符合条件的: a verb opens it, which may be the main clause's
    return text + w.attributive


def _no_count(word: str) -> bool:
    """Whether a word jieba reads as a numeral counts nothing: a name that holds a number (省两会确定的|10项民生实事;
    numbers_in_words.yml ``named``)."""
    return grammar().named.fullmatch(word) is not None


def _heads_the_clause(words: tuple[tuple[str, str], ...], k: int, w: ClaimWords, whole: bool) -> bool:
    """Whether the k-th word opens its clause: the first word of a clause read whole, or one after a mark, a time or a
    scope (全市|开展…), not one inside a clause (落地执行国家|组织的)."""
    if k == 0:
        return whole
    word, flag = words[k - 1]
    return _opens_after(word, flag) or bool(w.subjectless.fullmatch(word)) and flag not in ADVERB_TAGS | VERB_TAGS


def _opens_after(word: str, flag: str) -> bool:
    """Whether a clause opens after this word: a mark that ends a clause or a time (今年|开工的36个项目), not a quotation
    mark (加快建设“十四五”|批复的6个…: the main verb stands before it)."""
    return flag == TIME_TAG or word in CLAUSE_MARKS


CLAUSE_MARKS = frozenset("，。；：！？,;:!?")


def _object_clause(kept: list[tuple[str, str]], stop: str, heads_clause: bool, w: ClaimWords) -> bool:
    """Whether a relative clause that a verb opens is one of its own, not the main clause's verb and its object: after 了
    or a preposition (出台了|促进外贸…的16条措施, 对|纳入目录的126个项目: a noun phrase follows them), or at the clause's
    head with no other verb, the things counted heading the clause (全市|开展住院服务的382家…|全部实行: the main verb
    comes after them), with one of the verbs that open such clauses (``relative_verbs``: not 引导|符合条件的1200家企业参保,
    走访|辖区企业的560名职工…: the main verb, its object's 的 a possessive), and not after its adverb (积极|引导…)."""
    if kept[0][1] not in VERB_TAGS:
        return False
    verbs = sum(f in PLAIN_VERB_TAGS for _, f in kept) - (kept[0][0] in VERB_LIKE_PREPOSITIONS)  # (通过|验收的: one)
    alone = verbs == 1 and kept[0][0] in w.relative_verbs
    return stop in OBJECT_OPENERS or stop == CLAUSE_HEAD and heads_clause and alone


PLAIN_VERB_TAGS = frozenset({"v", "vd"})  # verbs, not verbal nouns (纳入省重点|建设|项目管理: one verb)


OBJECT_OPENERS = frozenset({"ul", "p"})  # 了, 对, 在, 为
VERB_LIKE_PREPOSITIONS = ("通过", "经过")  # jieba's prepositions that are verbs before 的 (通过验收的18个项目)
CLAUSE_HEAD = "head"  # the clause's start, or a scope (全市) or time at its head
PLACE_STOP = "place"


def _rated(words: list[tuple[str, str]]) -> bool:
    """Whether a clause says how a noun rates, with an adjective after an adverb and no verb (空气质量|相对|较差的20个城市,
    债务风险|较|高的12个县): a relative clause as much as one with a verb."""
    return len(words) >= 3 and words[0][1].startswith(THING_TAGS) and words[-1][1] == ADJECTIVE_TAG and words[-2][1] in DEGREE_TAGS


ADJECTIVE_TAG = "a"
DEGREE_TAGS = frozenset({"d", "zg"})  # 相对, 较: jieba tags 较 zg before 高


PASSIVE_WORDS = frozenset({"被", "所", "受"})  # 被巡察的, 所属的: a clause whose noun suffers the verb
ORG_NAME_MAX = 30  # characters a body's name may reach back from a relative clause
RELATIVE_MAX = 12  # characters of a relative clause before a count (报名人数超过招生计划)
RELATIVE_SLACK = 4  # characters read before it, so its first word is read whole
RELATIVE_STOPS = frozenset({"ul", "uz", "p", "c", "r", "x", "t", "w", "nr"})  # 了, 着, 对, 和, 我们, marks, times
COUNT_TAGS = frozenset({"m", "q"})  # a numeral or a classifier before the clause (8个|公司运营的): a count of its own


NO_NOUN_TAGS = frozenset({"b", "v", "vd", "m", "q", "a", "ad", "d", "t"})  # what a phrase cut short ends in (国家级, 参与, 千亿级)
TOLD_TAGS = frozenset({"v", "vd", "vn", "a"})  # what a telling adverb opening a subject stands before (开工, 合格)
EVENT_NOUN_MAX = 3  # characters of a generic noun (任务, 项目, 企业) that the event before its count tells apart
EVENT_LIMIT = 6  # characters of a verb and its adverbs before a count (截至目前已完成)
VERB_TAGS = frozenset({"v", "vd", "vn"})
ADVERB_TAGS = frozenset({"d", "ad"})
EVENT_TAGS = VERB_TAGS | ADVERB_TAGS | {"a"}  # 新|开工: an adjective inside the verb phrase
EVENT_WORDS = frozenset({"v", "vd", "d", "ad"})  # the words of an event that open a subject, no verbal noun (改革任务)
VERBAL_NOUN = "vn"  # jieba's tag of a verb that can be a noun (发展, 培育, 服务)
NOUN_LIKE = ("n", "b", "v", "l", "a")  # tags before it that make it part of a noun phrase (经济|发展, 出口|需求)
HAVE = "有"  # 有, 拥有, 已有, 尚有: a verb of having states how many there are


def _reached(view: str, q: Quantity, ctx: Context, w: ClaimWords, forward: str) -> str:
    """The things a count counts as those a verb of reaching reached, with the verb and the noun phrase right before it
    in the clause that did the reaching (户用光伏已覆盖全省|16个|地市 → 户用光伏覆盖地市; …共建的售后服务中心已覆盖美国、
    墨西哥两国18个州 → 售后服务中心覆盖州), or with the verb alone where the clause opens with it (惠及约21.7万名老年人 →
    惠及老年人, which ``complete`` gives the thing the sentence's claim before measured); "" where no such verb governs
    the count: only places, scope words and the list of what was reached stand between (not 覆盖率, 带动下)."""
    clause = view[_comma_clause(view, q.start, ctx) : q.start]
    if len(forward) < 2 or not any(verb in clause for verb in w.reach_verbs):
        return ""  # most counts: no verb of reaching in their clause, which is then not segmented
    words = tagged(clause)
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] in w.reach_verbs), None)
    between = words[k + 1 :] if k is not None else ()
    if k is None or any(flag in OBJECT_GOVERNORS or word == w.attributive for word, flag in between):
        return ""  # 覆盖城乡的|32个服务站, 涉及12个部门的|36项: the verb modifies what is counted, which it did not reach
    before = list(itertools.dropwhile(lambda wf: wf[1] in ADVERB_TAGS, reversed(words[:k])))
    doer = "".join(word for word, _ in reversed(list(itertools.takewhile(
        lambda wf: wf[1].startswith(THING_TAGS + (MODIFIER_TAG,)) and not wf[1].startswith("nr"), before))))
    return (doer if len(doer) >= 2 else "") + words[k][0] + forward


def _event_before(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The event a count's things are counted by, right before it: a verb and its adverbs (已完成|11项任务 → 已完成任务,
    未完成|1项任务 → 未完成任务): a generic noun names only what was counted, and the event and 已 and 未 tell them
    apart. "" where no verb ends right before the number, for a verb that only says how many there are (共有, 下辖) and
    for a change on a baseline (比去年增加12个项目)."""
    lo = max(_comma_clause(view, q.start, ctx), q.start - EVENT_LIMIT)
    if q.start - lo not in set(itertools.accumulate(len(word) for word, _ in tagged(view[lo : q.end]))):
        return ""  # 签|约12个项目: the number's hedge is the end of the verb, as jieba reads them
    if w.comparison.search(view, lo, q.start):
        return ""
    words = tagged(view[lo : q.start])
    run = list(itertools.takewhile(lambda wf: wf[1] in EVENT_TAGS, reversed(words)))[::-1]
    while run and not (run[0][0] in w.telling_adverbs or run[0][1] in VERB_TAGS and run[0][0] not in w.modal_verbs):
        run.pop(0)  # 还|会|增加, 确保|完成: the run opens with a telling adverb (已, 未, 累计) or the event's verb
    if not run or run[-1][1] not in VERB_TAGS or any(word in w.stating_verbs or word.endswith(HAVE) for word, _ in run):
        return ""
    before = words[len(words) - len(run) - 1][1] if len(words) > len(run) else ""  # the word right before the verb
    if len(run) == 1 and run[0][1] == VERBAL_NOUN and before.startswith(NOUN_LIKE):
        return ""  # 民营经济|发展|20条措施: a verbal noun after a noun heads a noun phrase, no event
    return "".join(word for word, _ in run)


def without_event(subject: str) -> str:
    """A subject without the event that opens it, its verbs and adverbs (已完成|任务 → 任务), which the sentence's later
    numbers do not measure (已完成11项任务，完成率79% → 任务完成率); a verbal noun stays (改革任务)."""
    words = tagged(subject) if subject else ()
    k = next((i for i, (_, flag) in enumerate(words) if flag not in EVENT_WORDS), len(words))
    if 0 < k < len(words) and words[k][0] == claim_words().attributive:
        k += 1  # 吸引|的|新增投资: the event modified the thing with 的
    return "".join(word for word, _ in words[k:]) if k < len(words) else subject


def _frame_after(view: str, q: Quantity) -> str:
    """The time frame word right after a duration (内, 来, 以来), or the unit a rate is per (1.8公斤/亩), which the noun
    after it does not include."""
    per = _per_unit().match(view, q.unit_end)
    if per is not None:
        return per.group()
    cx = grammar().context
    found = q.kind == "duration" and next((w for w in (cx.timeframe_within, *cx.record_frames) if view.startswith(w, q.unit_end)), "")
    return found or ""


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern:
    """A slash and the unit a rate is per (/亩, /斤, /年, /千克): a unit of the grammar's, or a month or a day."""
    return re.compile(f"[/／](?:{alternation(sorted(set(grammar().units) | set(PER_TIMES), key=len, reverse=True))})")


PER_TIMES = ("月", "日")  # what a rate may be per that counts as no unit of its own


def _named_before(view: str, q: Quantity, ctx: Context, w: ClaimWords, forward: str | None) -> str:
    """What the number measures, named before it (or else after it, or in the clause before), completed with what
    the clause leaves implicit: a good's price, a bare measure's owner, the change the number follows. ``forward``
    is the noun after the number, None when it was not read yet: most numbers name what they measure before them,
    so it is read only when nothing stands there."""
    back = backward(view, q, ctx)
    if forward and back and view.startswith(w.attributive, q.unit_end) and is_verb(tagged(back)[-1][0]):
        back = ""  # 河南给予|每人2000元的|一次性求职创业补贴: what is given, not who gives it
    given = _given_after(view, q, ctx, w, back) if forward is None else ""
    if given:  # 向瓦方提供|3000万元人民币|紧急人道主义援助: what is given, not to whom
        return given
    if len(back) < 2 and forward is None:
        frame = _frame_after(view, q)  # 3年内|让…复绿, 5年来|空调销售量增幅最高: what happens or sets the record
        forward = noun_after(view, q.unit_end + len(frame), ctx, w, q.unit in w.verbal_classifiers)
    measured = nominal(back if len(back) >= 2 else _uncounted(forward))
    clause = _comma_clause(view, q.start, ctx)
    if not measured and view[clause : q.start] in w.share_verbs:
        measured = back = w.share_measure  # …下降4.1%，占6.2%: the share of what the sentence measured
    before = not measured and not _number_before(view, clause, q, ctx)
    if before:  # 满意度最高，达到88.6%: the clause before names it, unless a number before in its own clause did (…、达到)
        measured = back = _clause_before(view, clause, ctx, w)
    per_unit = q.kind == "money" and view.startswith(w.per_unit, q.unit_end)
    if measured and per_unit and not measured.endswith(w.measure_nouns):
        return measured + w.price  # 黄瓜3.5元/斤: money per unit of a good is its price
    if measured and not before and _bare_measure(measured, w):  # 合同金额2123亿元: the clause before says whose, unless
    # the measure is that clause's own (增速高于全国平均水平，达到6.5%: not 全国平均水平增速)
        measured = back = _once(_owner_before(view, clause, ctx, w), measured)
    elif measured and not before and _bare_measure(measured, w, w.place_measures) and clause > ctx.start:
        measured = back = _heading_place(view, ctx) + measured  # 余杭区凭借…优势，去年GDP达… → 余杭区GDP
    changed = change(view, q, ctx) if measured == back or not measured else ""
    return measured if measured.endswith(changed) else measured + changed  # 价格下降|0.8%: the change said once


def _given_after(view: str, q: Quantity, ctx: Context, w: ClaimWords, back: str) -> str:
    """The noun phrase an amount right after a verb of giving quantifies (``allotting_verbs``), where it closes the
    clause (向瓦方提供|3000万元人民币|紧急人道主义援助。, 向灾区提供|200万元|救灾资金): the verb's object, what the amount
    is of, with the verb when it is one word (投入1.2亿元资金 → 投入资金); the phrase before is who gives it and to
    whom. "" for an amount with no such verb right before it (完成投资|3012亿元), of no money (安排|120万吨标准煤: the
    unit's good), per head (向每户…发放|2000元) or with no noun after it (累计投入|2.3亿元，)."""
    verb_end = q.start - (view[q.start - 1 : q.start] in ASPECT_PARTICLES)  # 提供了|10万美元
    verb = tagged(back)[-1][0] if back and view.endswith(back, 0, verb_end) else ""
    if q.kind != MONEY or verb not in w.allotting_verbs or PER_HEAD in back:
        return ""  # (为每名家庭困难学生提供|5000元|助学金: each one's standard, not the total)
    after = noun_after(view, q.unit_end, ctx, w)
    end = q.unit_end + len(after)
    if len(after) < 2 or end < len(view) and view[end] not in DELIMITERS:
        return ""
    words = tagged(after)
    if not all(f.startswith(THING_TAGS) or f in GIVEN_MODIFIER_TAGS for _, f in words) \
            or not words[-1][1].startswith(THING_TAGS + GIVEN_IDIOM_TAGS):
        return ""
    return verb + after if len(words) == 1 else after  # 投入|1.2亿元|资金 → 投入资金: a word alone says too little


PER_HEAD = "每"  # 向每户受灾群众发放…: an amount per head or household
GIVEN_MODIFIER_TAGS = ("a", "b", "ad", "an", "i")  # 紧急|人道主义|援助: modifiers before the noun, no verb (提供|200万元|用于…)
GIVEN_IDIOM_TAGS = ("i",)  # jieba reads some such nouns as one set phrase (无偿援助)
ASPECT_PARTICLES = ("了", "过")  # after the verb, before its amount (提供了|10万美元)


GLUED_VERBS = tuple(tag for tag in GLUED_TAGS if tag != "nr")


def _uncounted(forward: str) -> str:
    """The noun after a number unless it frames the number as a level (增加值跨上3万亿元|台阶), counted or not
    (7万亿、8万亿|两个台阶, jieba's m for numerals and numeral + classifier): then the number measures what the sentence
    named before. A noun that opens with a numeral of its own (2亿元|一线医务人员补助) stays."""
    words = tagged(forward) if forward else ()
    counted = next((k for k, (_, flag) in enumerate(words) if flag != "m"), len(words))
    rest, frames = "".join(word for word, _ in words[counted:]), claim_words().frame_nouns
    return "" if rest.startswith(frames) or counted and rest.endswith(frames) else forward  # 三个|大台阶


def _group_before(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The group a count is part of, named before it with a locative (工业200强企业中|193家复工; 全县67座小型水库中，
    有|23座出现溢洪: a comma and 有 between; 451个问题中，已整改到位|412个: or the event that picks the part out), or ""."""
    at = q.start
    comma = view.rfind(GROUP_LINKS[-1], ctx.start, q.start)  # the event only after a group's 中， (most counts have none)
    event = _event_before(view, q, ctx, w) if comma > ctx.start and view[comma - 1] == w.partitive \
        and view[q.start - 1 : q.start] not in GROUP_LINK_ENDS else ""
    if event and view.endswith(GROUP_LINKS[-1], ctx.start, q.start - len(event)):
        at -= len(event)
    for link in GROUP_LINKS:
        if view.endswith(link, ctx.start, at):
            at -= len(link)
            break
    if at <= ctx.start or not view.startswith(w.partitive, at - len(w.partitive)):
        return ""
    cs = _phrase_start(view, at, ctx)
    words = tagged(view[cs:at])
    if not words or words[-1][0] != w.partitive:
        return ""  # 普通高中|712所, 初中: the locative's character ends a word of its own
    group = _noun_phrase(view[cs : at - len(w.partitive)], w)
    counted = list(DIGITS.finditer(group))  # 全县67座|小型水库中: the group's own count is no part of its name
    if counted:
        group = _past_count(group, counted[-1].end())
    return group if _names_a_thing(group, w) else ""


def _past_count(group: str, at: int) -> str:
    """A group's name past its own count's unit (67座|小型水库), or the group whole where no unit follows the number
    (工业200强企业) or too little would be left."""
    unit = next((u for u in sorted(grammar().units, key=len, reverse=True) if group.startswith(u, at)), "")
    return group[at + len(unit) :] if unit and len(group) - at - len(unit) >= 2 else group


GROUP_LINKS = ("，有", ",有", "有", "，")  # what may stand between a group's locative and the count of its part
GROUP_LINK_ENDS = "有，,"  # the last characters of those, before which no event stands


def _place_before(view: str, q: Quantity, ctx: Context) -> str:
    """A place right before a count names where the counted things are (漾濞|6.4级|地震 → 漾濞地震)."""
    near = ctx.places_between(max(ctx.start, q.start - PLACE_LIMIT), q.start)
    place = next((p for p in reversed(near) if p.end == q.start), None)
    if place is None or view.endswith(LIST_MARK, ctx.start, place.start):
        return ""  # 仙桃、潜江、宜都、大冶|4个千亿县: the last of the places counted, not where they are
    return view[place.start : place.end]


PLACE_LIMIT = 12  # characters of a place's name before a number


def _batch_before(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """An ordinal batch right before a count (第二批|102家企业, 首批): it picks out which of the counted things."""
    m = w.batch.search(view, max(ctx.start, q.start - BATCH_LIMIT), q.start)
    return m.group() if m else ""


BATCH_LIMIT = 6  # characters of 第十二批


def change(view: str, q: Quantity, ctx: Context) -> str:
    """The change a number follows, with its adverbs (年均增长4.7%, 平均减少35%), alone or after earlier values of
    the same list (分别增长5.6%、7.1%): a change is part of what the number measures. Not a level reached
    (提高到, 降至), which the verb's preposition marks."""
    w = claim_words()
    before = EARLIER_VALUES.sub("", view[ctx.clause(q.start)[0] : q.start]).rstrip(w.aspect_particles)
    verb = ending(before, w.change_verbs)
    if not verb:
        return ""
    adverb = next((a for a in w.change_adverbs if before.endswith(a + verb)), "")
    return adverb + verb


def without_change(subject: str) -> str:
    """A subject without the change it ends with (地区生产总值年均增长 → 地区生产总值)."""
    w = claim_words()
    verb = ending(subject, w.change_verbs)
    rest = subject[: len(subject) - len(verb)]
    adverb = ending(rest, w.change_adverbs) if verb else ""
    return rest[: len(rest) - len(adverb)]


def _target_of(view: str, q: Quantity, ctx: Context, w: ClaimWords, forward: str) -> str:
    """The measure a percentage before 的 and a target is the target value of, named before it (实现到2030年可再生能源发电
    占比40%的目标意义重大 → 可再生能源发电占比): the target is what the clause goes on about, not a group sharing in it."""
    if not view.startswith(w.attributive, q.unit_end) or not forward.startswith(w.target_nouns):
        return ""
    named = _named_before(view, q, ctx, w, None)
    words = tagged(named)
    before = view.rfind(named, ctx.start, q.start) >= 0 if named else False  # (not a phrase read past the number)
    measure = named.endswith(w.measure_nouns + w.measure_suffixes) or words[-1][0] in w.change_verbs if words else False
    return named if len(named) >= 2 and before and measure else ""  # (可再生能源发电占比, 经济增长; not 大家关心…所设定,
    # nor 全市 before 30%的目标人群: no measure, so a share of the group)


def _share_of(view: str, pos: int, ctx: Context) -> str:
    """A share's group and what it says or does, to the end of the clause (干部群众认为中央为基层减负政策实施效果好)."""
    end = ctx.clause(pos)[1]
    return view[pos : min(end, pos + SHARE_LIMIT)].rstrip("。！？；，")


COMPARING = ("比", "较")  # what opens a clause that compares the figure with a baseline


def backward(view: str, q: Quantity, ctx: Context) -> str:
    """The noun phrase before the number in its clause, without verbs, times, bodies and comparisons."""
    w = claim_words()
    cs = q.start
    if cs > ctx.start and view[cs - 1] in QUOTE_CLOSE:  # 建成“15分钟便民生活圈”86个
        opening = max(view.rfind(o, ctx.start, cs - 1) for o in QUOTE_OPEN)
        if opening >= 0 and not _spoken(view[opening + 1 : cs - 1]):
            return view[opening + 1 : cs - 1]
    end = q.start
    for t in ctx.times_between(max(ctx.start, q.start - BACKWARD_LIMIT), q.start):  # 入境游客截至10月底|达到300万人次
        marker = next((m for m in w.until_markers if view.startswith(m, t.start - len(m))), None)
        if marker and (t.end == q.start or w.trailing_run.fullmatch(view, t.end, q.start)):
            cs = end = t.start - len(marker)
    if cs > ctx.start and view[cs - 1] in "）)":  # 固定资产投资（不含农户）378978亿元: look past the aside
        opening = max(view.rfind("（", ctx.start, cs), view.rfind("(", ctx.start, cs))
        if opening > ctx.start:
            cs = end = opening
    cs = _phrase_start(view, cs, ctx)
    verb = _verb_reaching(view, q, ctx, w)
    end = max(cs, verb) if verb is not None and verb < end else end  # 人均GDP…发展|到|2018年的|2.85万元
    phrase = w.from_baseline.sub("", RATIO_PARTS.sub("", without_asides(view[cs:end])))  # 津贴上限|由每年100万元提升至
    phrase = EARLIER_VALUES.sub("", phrase)  # 人均可支配收入分别增长|6%和|7.4%: the values listed before it
    if phrase.startswith(COMPARING):  # …95亿人次，|比去年春运|增长约4%: a clause that opens with its baseline, before the
        phrase = w.comparison.sub("", phrase, count=1)  # time in it is taken for the figure's
    whole = strip_trailing(phrase, w)  # 第二产业增加值361362亿元，增长5.4%: nothing but a verb is left
    whole = _object_of_disposal(whole, w)  # 报告把我们的外贸目标设|在6%左右
    back = without_leading(whole, w)  # 力争|今年…: a leading word before the time that opens the phrase
    times = ctx.times_between(cs, q.start)
    role = role_before(view, cs, ctx.org_at)
    if role != cs and back.startswith(view[cs:role]):
        back = back[role - cs :]  # 项目承建方|中铁十二局…完成投资: the role, with the body after it, is who did it
    zone = ""
    for opening in [o for o in ctx.orgs_between(cs, q.start) if o.type != GROUP_TYPE] + times:  # (a group names the thing: 全省农商银行各项贷款余额)
        said = without_asides(view[opening.start : opening.end])  # 哈尔滨工业大学（深圳）: as the phrase reads it
        if opening not in times and named_for_its_zone(view, opening) and back.startswith(said):
            zone, back = said, back[len(said) :]  # 新区|上半年|地区生产总值: the zone is the figure's scope, whoever
            continue  # reports it; it goes back in front once times are passed
        until = next((m for m in w.until_markers if view.endswith(m, cs, opening.start) and back.startswith(m + said)), "") \
            if opening in times else ""  # 到2025年底|互认项目: a deadline's marker goes with it (not 到|县人民医院|就诊的)
        said = until + said
        if back.startswith(said) and not back.startswith(LIST_MARK, len(said)):
            back = back[len(said) :]  # 医管局成立至今; not 三一重工|、中联重科海外营收占比 (a list)
            under = max((o for o in SUBORDINATE_OPENERS if back.startswith(o) and opening.end + len(o) in ctx.org_at), key=len,
                        default="") if opening not in times else ""
            back = back[len(under) :]  # 南方电网公司|直属单位|南方电网储能股份有限公司新增装机: the body under it comes next
            # (not 省国资委|所属企业实现营业收入: the units under it, no body named, are what is measured)
        elif whole.startswith(said) and len(said) > len(whole) - len(back) and not whole.startswith(LIST_MARK, len(said)):
            back = whole[len(said) :]  # 前三季度|安徽外贸…: a time whose first word looks like a leading one (前)
    back = _without_where(view, back, cs, q.start, ctx)
    back = _noun_phrase(back, w) or _noun_phrase(whole, w)  # 医管局成立至今已经超过20年: the body is what is measured
    if w.reporting_end.search(back):
        return ""  # 调查显示八成以上受访群众: who reports is not what is measured
    back = strip_trailing(w.rate_only.sub("", back), w)  # 补助标准达到每人每年|不低于670元: the rate is no subject
    if _names_a_thing(back, w) or _counted_by_its_verb(view, q, ctx, back):
        return zone + back
    return _activity_counted(view, q, ctx, w)  # (差不多要花上|一个半小时: no noun before the number, "")


def _without_where(view: str, back: str, cs: int, end: int, ctx: Context) -> str:
    """A phrase without the place where its thing did what the number measures (首台兆瓦级样机|在大连长兴岛经济技术开发区|完成
    72小时…, 公司|在泰国罗勇府|投资约2.3亿美元): 在 and a place right after a noun is an adverbial of place, no part of
    the thing; the figure's place is read apart."""
    places = sorted(ctx.places_between(cs, end), key=lambda p: p.start)
    for k, p in enumerate(places):
        if not view.startswith(LOCATIVE, p.start - len(LOCATIVE)):
            continue
        stop = p.end
        for later in places[k + 1 :]:  # 在|泰国|罗勇府, 在|大连|长兴岛经济技术开发区: the places in a row
            if later.start != stop:
                break
            stop = later.end
        where = view[p.start - len(LOCATIVE) : stop]
        at = back.find(where)
        if at < WHERE_AFTER:
            continue
        rest = back[at + len(where) :]
        words = tagged(rest)
        opens = bool(words) and words[0][1].startswith(PLACE_NAME_TAGS)  # 泰国|罗勇府, 长兴岛|经济技术开发区; not 三亚|人均消费
        named = "".join(word for word, _ in itertools.takewhile(lambda wf: wf[1].startswith(PLACE_NAME_TAGS + ("n",)), words)) \
            if opens else ""
        rest = rest[len(named) :]
        before, after = tagged(back[:at]), tagged(rest)
        if before[-1][1].startswith(DOER_TAG_OPENINGS) and (not after or after[0][1] in ACTION_TAGS):
            return back[:at] + rest
    return back


LOCATIVE = "在"
DOER_TAG_OPENINGS = ("n", "r")  # the thing before 在 is a noun or a pronoun (公司在…), not a verb it completes (逗留在) or a
# time (此前在)
ACTION_TAGS = ("v", "vn", "vd")  # and what follows the place is what it did there (投资, 停留), not more of a noun (期间的, 的)
PLACE_NAME_TAGS = ("ns", "nr")  # the words a place's name goes on with where the gazetteer stops (泰国|罗勇府), then
# nouns too (长兴岛|经济|技术开发区); not an abbreviation (三亚|人均消费, 深圳|年均研发投入)
WHERE_AFTER = 2  # characters of the thing before 在 (公司在…), at least


def _spoken(quoted: str) -> bool:
    """Whether quoted words are speech, not a name: they hold a clause's or a sentence's end (“我本来只想考公，也想试一试。”)."""
    return any(mark in quoted for mark in SPOKEN_MARKS)


SPOKEN_MARKS = "，。！？；"


def _counted_by_its_verb(view: str, q: Quantity, ctx: Context, phrase: str) -> bool:
    """Whether a count is of those its clause's one verb acted on, the count ending the clause (立案侦查71件，拘留|56人；
    约谈|391人，问责|586人): the verb names what is counted, as 新增就业 does."""
    if q.kind != "count" or len(phrase) < 2 or not _closes_its_clause(view, q, ctx):
        return False
    words = tagged(phrase)
    cs = ctx.clause(q.start)[0]
    w = claim_words()
    return len(words) == 1 and words[0][1] == VERB_TAG and q.start - cs == len(phrase) and view.startswith(phrase, cs) \
        and phrase not in w.adding_verbs and phrase not in w.change_verbs


def _closes_its_clause(view: str, q: Quantity, ctx: Context) -> bool:
    """Whether the number ends its clause: a delimiter after it, or a headline's space (受理诉求186.4万件| |满意率…)."""
    return view[q.end : q.end + 1] in CLAUSE_ENDS or headline_space(view, q.end, ctx.headline)


VERB_TAG = "v"


def _activity_counted(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The verbs right before a count that closes its clause, where only its time, its body, adverbs and the openings of a
    clause without a subject stand before them (全年|受理诉求|186.4万件, 市场监管总局本级|组织抽检|4.8万批次, 全国累计|完成抽检): the
    activity is what is counted in units of its acts (件, 批次: claims.yml ``activity_units``), as 新增就业 names its own;
    "" where a noun, or a verb of change or of adding, stands there, or the unit counts things (已开工|1132个 of 小区)."""
    if q.kind != "count" or q.unit not in w.activity_units or not _closes_its_clause(view, q, ctx):
        return ""
    cs = ctx.clause(q.start)[0]
    covered = [(x.start, x.end) for x in ctx.orgs_between(cs, q.start) + ctx.times_between(cs, q.start)]
    words, at = tagged(view[cs : q.start]), cs
    spans = []
    for word, flag in words:
        spans.append((at, at + len(word), word, flag))
        at += len(word)
    k = len(spans)
    while k > 0 and spans[k - 1][3] == VERB_TAG and len(spans) - k < ACTIVITY_VERBS:
        k -= 1
    if k == len(spans) or any(word in w.adding_verbs or word in w.change_verbs for _, _, word, _ in spans[k:]):
        return ""
    while k > 0 and spans[k - 1][2] in NEGATIONS:
        k -= 1  # 尚未|办结18件: the acts not done are counted, with their negation
    run = "".join(word for _, _, word, _ in spans[k:])
    lead = all(flag.startswith(ACTIVITY_LEAD_TAGS) or w.subjectless.fullmatch(word) or any(a <= s and e <= b for a, b in covered)
               for s, e, word, flag in spans[:k])  # (全国, 计划: a clause's openings that leave its subject out)
    return run if lead else ""


ACTIVITY_VERBS = 3  # verbs of an activity counted (累计|完成|抽检)
NEGATIONS = ("未", "尚未", "没", "没有", "未能", "不予")  # 未办结, 不予受理: the acts not done, counted as such
ACTIVITY_LEAD_TAGS = ("m", "r", "d", "t", "f")  # what may stand before them: 全年, 本级, 共, 今年, 其中


def _object_of_disposal(phrase: str, w: ClaimWords) -> str:
    """The object of a 把 in the phrase before a number, when the phrase ends with a verb that sets the number
    (政府工作报告把我们的外贸目标设|在6%左右 → 外贸目标, 把…目标定|为): what the clause sets is what the figure measures.
    A pronoun's 的 is dropped (我们的). The phrase as it is otherwise (把城乡居民收入提高|15%: a change keeps its verb)."""
    if not any(p in phrase for p in w.disposal_prepositions):
        return phrase  # most phrases: no segmentation spent on them
    words = tagged(phrase)
    at = next((k for k, (word, flag) in enumerate(words) if word in w.disposal_prepositions and flag == "p"), None)
    if at is None or len(words) < at + 3 or words[-1][0] not in w.disposal_verbs:
        return phrase
    rest = words[at + 1 : -1]
    if len(rest) > 2 and rest[0][1] == "r" and rest[1][0] == w.attributive:
        rest = rest[2:]  # 我们的|外贸目标
    obj = "".join(word for word, _ in rest)
    return obj if len(obj) >= 2 else phrase


def _names_a_thing(phrase: str, w: ClaimWords) -> bool:
    """Whether a phrase before a number names what it measures: it holds a noun, a word that only modifies nouns
    before another word (总开支) or a place word before one (地下|站: jieba's s, whose 站 is a verb), ends in a measure
    (jieba calls 支出 and 收入 verbs) or in a set phrase after another word (水土流失综合治理), or it is a verb phrase
    named as a thing, verbs only (新增就业). A predicate that leads up to the number names nothing: a lone verb (继续,
    统筹), or verbs with an adverb, a set phrase, a preposition or a direction (差不多要花上, 全速推行涉及, 继续保持在)."""
    if phrase.endswith(w.measure_nouns) or phrase.endswith(w.listed_measures) or phrase.endswith(w.sectors):
        return True
    words = tagged(phrase)
    if words and len(words[-1][0]) > 1 and words[-1][0].endswith(w.money_word_endings):
        return True  # 罚没款 (jieba: a verb), a sum of money
    if len(words) > 1 and words[0][0] in w.reach_verbs and _names_a_thing(phrase[len(words[0][0]) :], w):
        return True  # 带动|当地就业: what the verb reached names the thing
    if any(flag.startswith(THING_TAGS) for _, flag in words) or any(
            flag == MODIFIER_TAG or _modifying_place_word(word, flag, words[:k]) for k, (word, flag) in enumerate(words[:-1])):
        return True
    if len(words) >= 2 and words[-1][1] in SET_PHRASE_TAGS:  # 水土流失|综合治理: a set phrase heading a phrase
        return True
    if len(words) == 1 and words[0][1] == SET_PHRASE_TAGS[0] and len(phrase) >= SET_PHRASE_NOUN \
            and _noun_headed(phrase) and not NUMERAL_OPENS.search(phrase):
        return True  # 我国|吸收外资同比增长25.6%, 无人机|1100余架次: a set phrase names an activity or a thing measured
        # (not 价格上涨, a clause; nor 近百人, a count)
    if len(words) >= 2 and words[0][1] in SET_PHRASE_TAGS and len(phrase) >= SET_PHRASE_ALONE \
            and all(flag == "v" for _, flag in words[1:]) and bool(nominal(words[-1][0])):
        return True  # 一般性|转移|支付: a set phrase that modifies the verbs after it, a thing named
    acts = words[1:] if words and words[0][1] in ADJECTIVE_TAGS else words  # 紧急|转移|安置: how, then what was done
    return len(acts) >= 2 and all(flag == "v" for _, flag in acts) and bool(nominal(acts[-1][0]))


ADJECTIVE_TAGS = ("a",)  # an adjective before verbs named as a thing (紧急转移安置), not an adverb of a predicate (继续, 全速推行涉及)


SET_PHRASE_ALONE = 4  # characters of a set phrase (not an idiom) before verbs that it modifies, a thing named
SET_PHRASE_NOUN = 3  # characters of a set phrase that names a thing alone, headed by a noun (无人机, 有机质)
PLACE_WORD_TAG = "s"  # jieba's place words (处所词: 地下, 境外, 海外), which modify the word after them
LOCATIVE_END = "里"  # 村里, 家里: a place word of where something happens (村里|提前|一天), which modifies nothing


def _modifying_place_word(word: str, flag: str, before: tuple) -> bool:
    """A place word that modifies the word after it, opening the phrase or after nouns (地下|站, 省外|就业, 全市|地下|站),
    not one that says where (村里|依托…) nor the object of a verb or a preposition (到|省外|务工, 通过|网上|发放: what is
    done there)."""
    return flag == PLACE_WORD_TAG and not word.endswith(LOCATIVE_END) \
        and all(f.startswith(THING_TAGS + (MODIFIER_TAG,)) for _, f in before)


def _noun_headed(phrase: str) -> bool:
    """Whether a set phrase ends in a noun or a noun of a verb (吸收|外资, 商品|销售, 货物|贸易), not a plain verb (价格|上涨:
    a clause) nor a locative or a particle (相比之下, 一般来说: connectives)."""
    tag = tagged(phrase[-2:])[0][1]
    return tag.startswith(NOUN_TAG) or tag == VERBAL_NOUN_TAG


VERBAL_NOUN_TAG = "vn"


def _noun_phrase(back: str, w: ClaimWords) -> str:
    """What is left of a phrase before a number without comparisons, measure verbs, numbers and leading words."""
    back = _after_number(_after_measure_verb(w.comparison.sub("", back), w))
    return _last_words(_trim(without_leading(back, w)), BACKWARD_LIMIT)


def _last_words(phrase: str, most: int) -> str:
    """The last ``most`` characters of ``phrase`` or fewer, from where a word starts (河南、山东…5个小麦主产省小麦产量
    loses 河南 whole, not its 河), and past a list mark that would then open it."""
    if len(phrase) <= most:
        return phrase
    cut, at = len(phrase) - most, 0
    for word, _ in tagged(phrase):
        if at >= cut:
            break
        at += len(word)
    return phrase[at:].lstrip(LIST_MARKS)


LIST_MARKS = "、，,"


def without_leading(phrase: str, w: ClaimWords) -> str:
    """A phrase without the words that open a clause rather than name a thing (力争, 累计, 其中, 的, 对), one by one
    while each is a word of its own by jieba: 共建“一带一路”国家 keeps its 共, 对外贸易 its 对."""
    while (m := w.leading.match(phrase)) and m.end() < len(phrase) and cuttable(phrase, m.end(), ()):
        phrase = phrase[m.end() :]
    return phrase


def _phrase_start(view: str, pos: int, ctx: Context) -> int:
    """Where the noun phrase ending at ``pos`` starts: the last delimiter before it, except that a quoted name
    (“西电东送”累计送电量), an aside in brackets (中亚班列（澜湄快线）开行) and a list of nouns
    (党中央、国务院发文数量) are inside a phrase: they are crossed, a list while its items are short and hold no number."""
    end = pos
    while True:
        while pos > ctx.start and (view[pos - 1] not in DELIMITERS or _range_dash(view, pos - 1)) \
                and not headline_break(view, pos - 1, end, ctx.headline):
            pos -= 1
        inner = enclosed_start(view, pos, ctx)
        if inner is not None:
            pos = inner
            continue
        item = pos - 1
        if pos - 1 > ctx.start and view[pos - 1] == "、":
            before = item
            while before > ctx.start and view[before - 1] not in DELIMITERS:
                before -= 1
            time = ctx.time_at.get(before)  # 2019年党中央、国务院发文数量: the time opens the clause, not the item
            first = time.end if time is not None and time.end < item else before
            if 1 <= item - first <= LIST_ITEM and _names_an_item(view[first:item]):
                pos = item
                continue
        numbered = ITEM_NUMBER.match(view, pos) if pos == ctx.start else None
        return numbered.end() if numbered is not None and numbered.end() < end else pos  # 1.|东湖区3000万元: the list's
        # number is no part of the phrase


ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:[.．](?!\d)|、)|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")  # 1. 2、 （三）
RANGE_DASHES = "—–-~～"


def _range_dash(view: str, at: int) -> bool:
    """Whether the dash at ``at`` joins the two ends of a range (25—59岁, 比1—4月份), inside a phrase, not a dash
    that parts it (——)."""
    return view[at] in RANGE_DASHES and 0 < at < len(view) - 1 and view[at - 1].isdigit() and view[at + 1].isdigit()


def _names_an_item(text: str) -> bool:
    """A list item that names something: no number in it, and not ending in a numeral, an adjective or an adverb
    (花卉产量全球第一、… is a claim of its own, not a noun of the list)."""
    return not any(c.isdigit() for c in text) and not tagged(text)[-1][1].startswith(PREDICATE_END_TAGS)


PREDICATE_END_TAGS = ("m", "q", "a", "d")  # numeral, classifier, adjective, adverb
def _after_measure_verb(back: str, w: ClaimWords) -> str:
    """What follows the last measure verb when nothing measured stands before it (安排|补助资金,
    全省累计投入|资金); a noun before the verb is part of what is measured (就业困难人员实现就业,
    保险基金累计结余). Compounds stay whole (森林覆盖率 is not 覆盖 + 率, 建设项目 not 建设 + 项目: jieba reads a noun)."""
    cut, verb = -1, None
    for m in w.measure_verbs.finditer(back):
        if back.startswith(w.measure_suffixes, m.end()):
            continue  # 覆盖率城市达到100%: 覆盖 is part of 覆盖率, not a verb
        if (m.start() > 0 and len(back) - m.end() >= 2 or m.start() == 0 and len(back) > m.end()) and m.end() > cut \
                and cuttable(back, m.end()) and cuttable(back, m.start()):  # (全|省下|达: no 省下 across two words)
            cut, verb = m.end(), m
    owner = _without_adverb(back[: verb.start()], w) if verb is not None else ""
    if cut > 0 and w.attributive in back[cut:] and (_names_something(owner, w) or any(f in NOMINAL_TAGS for _, f in tagged(owner))):
        return back  # 研发经费超过全省平均水平的|市州: the verb's clause says which are counted, its own noun and all
    if cut > 0 and _names_something(back[:cut], w):
        owned = verb.group() in w.possession_verbs and w.rate_prefix not in owner  # 中心|设有|托养床位, 园区已|建有|标准
        return owner + back[cut:] if owned else back  # 厂房; not an indicator's name (城镇居民每百户拥有家用汽车)
    reach = ending(back[:cut], w.reach_verbs) if cut > 0 else ""
    return back[cut - len(reach) :] if cut > 0 else back  # 惠及|居民: the verb says they are those reached (complete)


NOMINAL_TAGS = ("vn", "j")  # jieba's verbal nouns and abbreviations (研发|经费): a noun phrase before the verb


def _without_adverb(owner: str, w: ClaimWords) -> str:
    """An owner without the adverb jieba reads at its end (园区|已, 各乡镇|均), not a place's last character (成都, 江都)."""
    words = tagged(owner) if owner.endswith(tuple(w.possession_adverbs)) else ()
    return owner[: -len(words[-1][0])] if len(words) > 1 and words[-1][0] in w.possession_adverbs else owner


def _names_something(text: str, w: ClaimWords) -> bool:
    """Whether ``text`` (before a measure verb) holds a noun of its own, not only scope words, adverbs and verbs; jieba
    calls 第一产业 a set phrase."""
    for word, flag in tagged(text):
        if (flag.startswith("n") or flag in SET_PHRASE_TAGS) and not w.subjectless.match(word) and len(word) >= 2:
            return True
    return False


def _after_number(back: str) -> str:
    """What follows the last number with its unit inside a subject (连续7年|超过): a phrase that holds a
    number of its own is no subject; the text after it may be. A phrase that ends with a change and its value
    (地区生产总值增长12.6%|达92.9亿元) is what changed."""
    units = grammar().units
    cut = 0
    for m in DIGITS.finditer(back):
        unit = next((u for u in units if back.startswith(u, m.end())), None)
        if unit is not None and m.end() + len(unit) == len(back):  # 地区生产总值增长12.6%|达92.9亿元: a value reached after
            return without_change(strip_trailing(back[: m.start()], claim_words()))  # a change measures what changed
        rest = tagged(back[m.end() + len(unit) :]) if unit is not None else ()
        if rest and rest[0][1][0] in "vdp":  # 7年|超过: the number ends a phrase; 5项|社会保险 modifies a noun
            cut = m.end() + len(unit)
    return strip_trailing(back[cut:], claim_words()) if cut else back


FUNCTION_TAGS = ("a", "d", "c", "p", "u", "r")  # adjective, adverb, conjunction, preposition, particle, pronoun
TIME_TAGS = ("t", "m")  # a time word (目前, 年底) or a numeral (2019)


def nominal(subject: str) -> str:
    """The subject, or "" when it is words that measure nothing: adverbs, conjunctions, particles (连续, 和, 至), times
    (截至目前), or the verbs that frame a number (降至, 下调). The tagger is only trusted for that:
    without its HMM it calls many nouns verbs (收入, 补助)."""
    return "" if subject and all(_frames(word, flag) for word, flag in tagged(subject)) else subject


def _frames(word: str, flag: str) -> bool:
    """A word that frames a number without naming anything: a function word, a time (目前, 截至), or a framing verb
    (降至, 开展)."""
    w = claim_words()
    if flag.startswith(FUNCTION_TAGS):
        return not word.startswith(w.rate_prefix)  # 每餐减免: a rate names what is measured per unit
    if flag.startswith(TIME_TAGS) or word in w.time_lead_verbs:
        return True  # 截至|目前，已开工2348处: a clause of time alone names nothing measured
    if not flag.startswith("v"):
        return False
    return word in w.change_verbs or word in w.forecast_verbs or bool(w.trailing.fullmatch(word) or w.measure_verbs.fullmatch(word))


def _opens_a_predicate(text: str, verbal: bool = False) -> bool:
    """Text that goes on with an adverb, a preposition or a framing verb (大幅压缩至…), not a noun; after a verbal
    classifier a verb is what is counted (16次调度…)."""
    word, flag = tagged(text)[0]
    return flag.startswith(("d", "p", "c")) or (not verbal and flag.startswith("v") and _frames(word, flag))


def _trim(phrase: str) -> str:
    """A phrase without the function words at its edges: 我们已|向民间资本推介项目, 督查检查考核事项|从; a measure
    ending it stays whole (绿色电力占比, which jieba reads 占|比 with 比 a preposition)."""
    w = claim_words()
    words = list(tagged(phrase))  # they cover the phrase, so cutting a word off is cutting its length off the text
    text = phrase
    while words and words[0][1].startswith(("r", "d", "c", "u")) and not words[0][0].startswith(w.rate_prefix) \
            and not (words[0][0] in w.telling_adverbs and len(words) > 1 and words[1][1] in TOLD_TAGS) \
            and not (words[0][0] in w.distributives and len(words) > 1):  # 已|开工项目, 不|合格产品, 各级各类|学校
        text = text[len(words.pop(0)[0]) :]
    while words and words[-1][1].startswith(("p", "u", "c", "d")) and not text.endswith(w.measure_nouns):
        text = text[: -len(words.pop()[0])]
    return text


def complete(subject: str, previous: str, counted: bool = False, share: bool = False, part: bool = False,
             alike: bool = False, kin: bool = False, after_count: bool = False, counted_alike: bool = False,
             doer: bool = True) -> str:
    """A subject completed with the thing the sentence's previous claim measured: none takes it, a change alone takes it
    (地区生产总值1.4万亿元、年均增长4.7% → 地区生产总值年均增长), a listed measure takes its thing
    (…基金总收入37830亿元，总支出34631亿元 → 基金总支出), a bare measure takes it as its owner
    (推介项目325个、总投资近2400亿元 → 推介项目总投资; 马铃薯面积867万亩、产量… → 马铃薯产量) but one that names
    its own thing keeps it (一产、二产增加值; 第一产业增加值…，蔬菜产量; 其中小麦产量), a plan's target a ``share`` (…的N%) completes takes it too
    (城镇新增就业124.5万人，完成全年目标的113.2% → 城镇新增就业目标; not 314项改革任务), a ``part`` of it (其中四人)
    that names only what it did (壮烈牺牲) takes it as the whole it is part of, and so does an attribute of a thing the previous claim
    ``counted`` in the same list (新开工水利项目9683个、投资规模4733亿元 → 新开工水利项目投资规模) or, after a comma, a
    member of the bodies just counted (普通高校12所，在校生… → 普通高校在校生); a rate compared with a wider place's
    keeps the thing whose change came before (增长8.1%，比全国高… → 固定资产投资比全国高), and a part of a whole named
    after it takes the whole's owner (民营企业进出口…，其中出口… → 民营企业出口); a sibling named by the same noun
    takes the measure only in the previous claim's unit (``alike``: 一级及以下医疗机构起付标准为200元，二级医疗机构为500元),
    and a verb alone, in the unit of matters handled of one of the sentence's claims before (``kin``), is done to the things the previous
    claim's verb took (受理一审商事案件68412件，…；审结65937件 → 一审商事案件审结); the total or mean age alone of things
    the previous claim counted (``after_count``: no share; a total in a count's unit, ``counted_alike``: 家 and 个 alike) is
    theirs (员额检察官486名，平均年龄41.5岁; 新认定省级龙头企业15家，总数达到120个)."""
    w = claim_words()
    thing_before, core = without_change(previous), without_change(subject)
    wider = w.wider_comparison.search(thing_before)
    if wider is not None and wider.end() == len(thing_before):  # 增幅比全国高…，比1月份回落: the thing's, not the difference's
        thing_before = thing_before[: wider.start()]
    changed = subject[len(core) :]
    if not core:  # 增长116.2%、达到23.2万亿元: the thing, not its change, reaches a level
        return thing_before + changed
    if _names_its_payment(core, w) or thing_before.endswith(w.payment_standard) and core.endswith(w.payments):
        return core + changed  # …的标准给予一次性创业补贴，并按…的标准给予带动就业补贴: each its own; 单个小区奖励最高…: a cap,
        # no standard
    reach = ending(tagged(core)[0][0], w.reach_verbs) if core.startswith(w.reach_verbs) else ""
    if reach:  # 改造城镇老旧小区412个，惠及居民约4.2万户: those it reached, by what reached them, where ``doer`` lets
        return (_doer(thing_before, w) if doer else "") + core + changed  # the thing before be one (no people, no rate)
    if core.startswith(w.share_verbs) and tagged(core)[0][0] in w.share_verbs and len(thing_before) >= 2:  # 占全市的1/3,
        return (thing_before if thing_before.endswith(core) else thing_before + core) + changed  # not 占用耕地, 占地面积
    if part and len(thing_before) >= 2 and not any(f.startswith(THING_TAGS) for _, f in tagged(core)):
        return thing_before + core + changed  # 青年26人，其中四人|壮烈牺牲: those of the thing before who did so
    rate = next((r for r in w.change_rates if core.startswith(r)), "")
    wider = w.wider_comparison.fullmatch(core[len(rate) :])
    if len(thing_before) >= 2 and wider and (thing_before != previous or _a_level_compared(thing_before, wider.group(), w)):
        return thing_before + core + changed  # 固定资产投资增长8.1%，比全国高1.8个百分点: that change's difference;
        # 机械化率达到87.3%，比全国平均水平高约12个百分点: that level's
    owners_part = _part_of_whole(core, thing_before, w)
    if owners_part:  # 民营企业进出口…，其中出口…，进口…: the same owner's parts
        return owners_part + changed
    target = core[1:] if core.startswith(w.target_verbs) else core  # 为年度计划: the plan, not 为
    scope = next((sc for sc in w.target_scopes if target.startswith(sc)), "")  # 年度|目标任务: a year's, no thing's
    if share and target.endswith(w.target_nouns) and len(target) - len(scope) <= w.target_max and len(thing_before) >= 2:  # 目标的113.2%
        return thing_before + target + changed
    if share and tagged(core)[0][0] in w.ratio_copulas and len(core) > 1 and len(thing_before) >= 2:  # 投资5.4万亿元，
        return thing_before + core + changed  # 是“十三五”时期的1.8倍: the thing before, so many times the other
    if core in w.averages:  # 入境旅客突破2000万人次，日均达10.6万人次: the average of that thing, not of a total
        total = ending(thing_before, tuple(m for m in w.measure_nouns if len(m) > 1))  # 总量达到…、人均; not 生产总|值
        thing = WHOLE_UNIT.sub("", thing_before[: len(thing_before) - len(total or "")])  # 人均 of 地区生产总值, not 全市…
        return (core + thing if len(thing) >= 2 else core) + changed
    own = ending(core, w.listed_measures, None)
    before = ending(thing_before, w.listed_measures, None)
    if own is not None and own == before and thing_before.endswith(core):  # 合同金额2123亿元，同比增加|1350亿元
        return thing_before + changed
    if own is not None and before is not None and len(core) <= len(own) + QUALIFIED:
        thing = thing_before[: -len(before)]
        average = ending(thing, tuple(w.averages))
        thing = thing[: len(thing) - len(average)] if average else thing  # 平均亩产…，总产…: the crop's 总产, no mean's
        named = core[: -len(own)]  # 二产 of 二产增加值, 蔬菜 of 蔬菜产量; not 年 (年产值), 年均 or 实际 (实际支出), which say
        single = len(named) == 1 and tagged(named)[0][1] == NOUN_TAG  # 镍|产量: a good of one character (not 年产值)
        if (len(named) == QUALIFIED or single) and named not in w.averages and named not in w.measure_qualifiers \
                and not _reckoning_of(named, before, w):  # how it is reckoned
            return core + changed  # a measure that names its own thing keeps it
        if own in w.change_rates:  # 社会消费品零售总额增长7.2%，增速比上月加快: the rate of the whole thing
            thing = thing_before
        return (thing + core if len(thing) >= 2 and not core.startswith(thing) else core) + changed
    whole = w.wholes_of_counted.get(core)
    if whole and after_count and (counted_alike or whole != SAME_UNIT) \
            and len(owner := _past_examples(_without_newness(without_event(thing_before), w))) >= 2:
        return owner + core + changed  # 新增规上工业企业52家，总数达到618家 → 规上工业企业总数
    activity = _same_activity(core, thing_before, w)
    if activity:  # 全省家电以旧换新销售量…；销售额216.8亿元: the same owner's value of the same activity
        return activity + changed
    inside = _sibling_inside(core, thing_before)
    if inside:  # 金融机构本外币各项存款余额…；各项贷款余额: the same owner's sibling measure, with no change of the first's
        return inside + changed
    sibling = _sibling_of_opening(core, thing_before, alike)
    if sibling and changed and sibling.startswith(w.share_verbs, len(core)):
        sibling = ""  # …占出口总值的67%；对非洲出口增长28.9%: its own change, not a change of its share
    if sibling:  # 第一产业增加值占…比重为16.3%，第二产业为35.5%: the same measure of the sibling, and its change
        return sibling + (changed or (previous[len(thing_before) :] if alike else ""))  # (城镇居民人均可支配收入增长5%，农村居民
        # 7%; not 省级…收入…，增长4.1%；市县级2080.7亿元: a level, no change)
    handled = _object_handled(core, thing_before) if kin else ""
    if handled:  # 受理一审商事案件68412件；审结65937件 → 一审商事案件审结: the next step with the same things
        return handled + changed
    averaged = _an_average_rate(core, w) and after_count and not part  # not the mean of rates (…增速超过6%，平均增幅…)
    owned = _bare_measure(core, w) or averaged \
        or counted and (_bare_measure(core, w, w.attributes_of_counted) or core in w.members_of_counted)
    owner = thing_before if core in w.change_rates or averaged else without_event(thing_before)  # 已完成12个项目，完成率80%: the
    # things', not their event's; but a rate of change is of the whole thing (购进价格下降3.5%，降幅…: not 价格降幅)
    if owned and thing_before.endswith(core):  # the same measure again (失业率从5.6%降至2.9%: not 失业率失业率)
        return thing_before + changed
    if owned and len(owner) >= 2:  # 签约项目21个，总投资…: the owner once (签约项目总投资, not 签约项目项目总投资)
        return _once(owner, core) + changed
    return _of_the_measures_owner(core, thing_before, w) + changed


def _a_level_compared(thing: str, comparison: str, w: ClaimWords) -> bool:
    """Whether ``thing``, the previous claim's, is a level that a wider place's or a standard can be compared with: not
    itself a share, a multiple or a plan's target (相当于全国平均水平的1.1倍, 完成目标任务的124%), nor the wider place's
    own (全省平均水平为75%)."""
    scope = comparison[1:3]  # 全国, 全省, 国家 (标准): the wider place's own level opens with it (全省平均水平), a name
    own = thing.startswith(scope) or scope + AVERAGE in thing  # may hold it (全市全国文明城市测评得分)
    return not own and not thing.startswith(w.share_verbs) \
        and COMPARED_AS not in thing and not thing.endswith(w.target_nouns)


AVERAGE = "平均"
COMPARED_AS = "相当于"  # a multiple or share of another level (相当于全国平均水平的1.1倍)


def goods_of_the_flow(subject: str, thing: str) -> str:
    """``subject`` as goods of the flow ``thing`` names, with its change (我国进口铁矿砂8.77亿吨…；原油4.22亿吨，增加14.9%
    → 我国进口原油, 我国进口原油增加); "" where ``thing`` names no goods traded or ``subject`` more than goods alone."""
    w = claim_words()
    if not any(verb in thing for verb in w.flow_verbs):
        return ""  # most claims: no flow named before (read without jieba)
    core = without_change(subject)
    goods = _goods_of_the_flow(core, without_change(thing), w)
    return goods + subject[len(core) :] if goods else ""


def _goods_of_the_flow(core: str, thing: str, w: ClaimWords) -> str:
    """``thing`` with the goods after its flow verb replaced by ``core`` where ``thing`` names goods traded (我国进口|铁矿砂)
    and ``core`` other goods alone (原油), no measure; else ""."""
    mine = tagged(core)
    if len(mine) != 1 or mine[0][1] not in GOODS_TAGS or core.endswith(w.measure_nouns + w.measure_suffixes + BODY_HEADS):
        return ""  # goods are one word (原油, 摩托车; not 港口库存, 生产粗钢, 上汽, 日照港, 比亚迪, 民营企业)
    at = 0
    for word, _ in tagged(thing):
        at += len(word)
        if word in w.flow_verbs:
            goods = thing[at:]
            traded = tagged(goods) if goods else ()
            return thing[:at] + core if len(traded) == 1 and traded[0][1] in GOODS_TAGS \
                and not goods.endswith(w.measure_nouns + w.measure_suffixes + BODY_HEADS) else ""
    return ""


def _of_the_measures_owner(core: str, thing: str, w: ClaimWords) -> str:
    """A bare measure with the owner of the measure before it (加里萨光伏电站装机容量…，年均发电量… → 加里萨光伏电站年均
    发电量): ``core`` is a qualifier and a measure noun and names no thing of its own before it (not 蔬菜产量, 一般公共预算
    收入), the thing before ends in a measure word after an owner of its own (not 全市 when that is all: the whole unit);
    else ``core``."""
    mine = tagged(core) if len(core) <= OWNED_MEASURE_MAX else ()
    if len(mine) < 2 or not mine[-1][0].endswith(w.measure_nouns) or not all(f.startswith(MEASURE_QUALIFIER_TAGS) for _, f in mine[:-1]):
        return core  # (蔬菜|产量: a thing of its own; 登记|失业率: a statistic of its own; 制造业增加值…，发电量: another
        # item of a breakdown, which only a qualifier of the same measure's kind (年均, 平均) does not say)
    words = tagged(thing)
    if core.endswith(w.change_rates):
        return core  # (…可支配收入5.2万元，年均增长率6.1%: the rate of that measure, not of its owner)
    stem = core[: len(core) - min((len(m) for m in w.measure_nouns if core.endswith(m) and len(m) < len(core)), default=1)]  # 出口|额
    if len(words) < 2 or not words[-1][0].endswith(w.measure_nouns) or words[-1][0] == mine[-1][0] or stem and stem in thing \
            or any(not f.startswith(MEASURE_QUALIFIER_TAGS + (VERB,)) for _, f in tagged(stem)):
        return core  # (外贸进出口总额 → 出口额: a part of the whole, said alone; 粮食|产量, 资产负债|率 name their own thing)
    owner = WHOLE_UNIT.sub("", "".join(word for word, _ in words[:-1]))
    named = tagged(owner) if len(owner) >= OWNER_MIN and not any(ch.isdigit() for ch in owner) else ()
    fit = bool(named) and named[-1][1].startswith(THING_TAGS) and named[-1][1] != VERBAL_NOUN and not owner.endswith(tuple(w.averages)) \
        and not any(f in (VERB, "p") for _, f in named)  # (电力|装机|容量: no owner, a measure of two words)
    return owner + core if fit else core  # (研发人员占员工|总数, 平均年龄…: a share's base, which a verb names)


OWNED_MEASURE_MAX = 5  # characters of a measure said bare after another (年均发电量, 利润总额)
MEASURE_QUALIFIER_TAGS = ("t", "b", "a", "j", "m", "d")  # what may stand before the measure: 年均, 平均, 夜间, 总
OWNER_MIN = 3  # characters of the owner the measure before names (加里萨光伏电站, 规上工业)


def _without_newness(thing: str, w: ClaimWords) -> str:
    """The things counted without the words that make them new (新建|5G基站, 新|注册|登记|机动车, 全市…): a total is of all
    of them (总量达到1.86万个), not of the new ones alone."""
    words = list(tagged(thing))
    while words and (words[0][1].startswith(LEADING_TIME_TAGS) or WHOLE_UNIT.match(words[0][0])):
        words.pop(0)  # 今年以来|全市|新增…
    kept, new = [], False
    for word, flag in words:
        if word in w.newness_words or word == NEW:
            new = True  # 新增 before the noun or after it (常住人口新增12.3万人)
        elif not (new and flag == VERB and not kept):
            kept.append(word)  # 新|注册|登记|机动车
    owner = "".join(kept)
    return owner if any(flag.startswith(THING_TAGS) for _, flag in tagged(owner)) else ""  # (注销: no thing)


NEW = "新"
LEADING_TIME_TAGS = ("t", "f")  # jieba's tags of a time word and a localizer (今年, 以来)


def part_by_residence(subject: str, whole: str) -> str:
    """A part by where people live of the sentence's first thing (全国居民消费价格同比上涨0.5%，其中食品价格下降1.2%，城市上涨
    0.4% → 城市居民消费价格上涨): the whole's measure there; "" for any other subject."""
    w = claim_words()
    core = without_change(subject)
    thing = _without_scope(without_change(whole), w) if core in w.residence_parts else ""
    return core + thing + subject[len(core) :] if len(thing) >= 2 else ""


def _without_scope(thing: str, w: ClaimWords) -> str:
    """A thing without the whole unit or the part by residence it opens with (全国|居民消费价格, 城市|居民消费价格)."""
    thing = WHOLE_UNIT.sub("", thing).removeprefix(ALL_RESIDENTS)
    return thing[len(part) :] if (part := next((p for p in w.residence_parts + (BOTH_RESIDENCES,) if thing.startswith(p)), "")) else thing


ALL_RESIDENTS, BOTH_RESIDENCES = "全体", "城乡"  # 全体居民, 城乡低保对象: the whole, which a part by residence is not


def capped_payment(view: str, q: Quantity, ctx: Context, subject: str) -> str:
    """A payment's standard that a cap or a limit after it took from the clause before (…的标准给予带动就业补贴，最高不超过
    5万元; 每人每年最多享受3次): the payment's cap, no second standard; "" for any other subject."""
    w = claim_words()
    cs = ctx.clause(q.start)[0]
    if not _names_its_payment(subject, w) or not CAP_WORDS.search(view, cs, q.start) or w.payment_standard in view[cs : q.start]:
        return ""  # (创业补贴标准最高不超过1万元: the text says it is the standard)
    return subject[: -len(w.payment_standard)]


CAP_WORDS = re.compile("最高|最多|不超过|上限")


def _names_its_payment(core: str, w: ClaimWords) -> bool:
    """Whether a subject is the standard of a payment it names (带动就业补贴标准, not 补贴标准 alone)."""
    payment = core[: -len(w.payment_standard)] if core.endswith(w.payment_standard) else ""
    return payment.endswith(w.payments) and payment not in w.payments


def _reckoning_of(named: str, before: str, w: ClaimWords) -> bool:
    """Whether the words before a listed measure name the whole whose part the previous measure was (…支出3296.4亿元；
    当年|收支|结余 → 社会保险基金收支结余, ``whole_parts``): the previous claim's owner's, not a thing of their own. A verb
    there names a sibling measure (还本支出…，付息|支出; 施工面积…，竣工|面积), no reckoning of the same."""
    return before in w.whole_parts.get(named, ())


def _doer(thing: str, w: ClaimWords) -> str:
    """What did the reaching, as the thing the claim before measured names it: before its own verb of reaching
    (补贴资金|带动销售额 → 补贴资金), without the event that opens it where a noun phrase is left (完成|老旧小区改造;
    not 送法下乡|活动), after the examples and the modifiers with 的 before it (…创办的|厦门禾丰食品有限公司), and
    without a measure of it (金银花基地|面积, 民宿一年|营业收入: the base or the business reaches people, not its
    figure); "" where that leaves no short noun phrase, or a clause with an adverb or a preposition (经济特区已吸引投资)."""
    at = min((at for verb in w.reach_verbs if (at := thing.find(verb)) >= 0), default=len(thing))
    return next((doer for doer in (_as_doer(without_event(thing[:at]), w), _as_doer(thing[:at], w)) if doer), "")


def _as_doer(thing: str, w: ClaimWords) -> str:
    """``thing`` as the noun phrase that did the reaching (``_doer``), else ""."""
    doer = _past_examples(thing)
    doer = doer[doer.rfind(w.attributive) + 1 :]
    measure = ending(doer, w.listed_measures) or ending(doer, w.measure_nouns)
    if measure in PERIOD_MEASURES:
        return ""  # 政府采购资金结算周期由30天缩短至10天，惠及…: a period reaches no one, nor its activity
    if measure and len(doer) - len(measure) in itertools.accumulate(len(word) for word, _ in tagged(doer)):
        doer = doer[: len(doer) - len(measure)]  # a whole word (not 地区生产总|值)
    elif measure:
        return ""  # 全市地区生产总值: a figure's measure, which reaches no one
    words = tagged(doer) if doer else ()
    clause = any(flag.startswith(("d", "p")) or flag in DOER_NOT_TAGS or any(ch.isdigit() for ch in word) for word, flag in words)
    # 经济特区|已|吸引投资: what a body did; 景区|今年|接待游客, 民宿|一年, 新建|5G基站: a time or a count of its own
    named = any(flag.startswith(NOUN_TAG) or flag in ABBREVIATION_TAGS for _, flag in words) \
        or len(words) > 1 and words[-1][1] == VERBAL_NOUN  # 送法|下乡|活动: headed by a noun; not 新|开通, an event
    event = bool(words) and words[-1][0] in w.result_verbs  # 服务站点|建成: a result reached, no doer (not 涧西区|改造)
    return doer if 2 <= len(doer) <= DOER_MAX and named and not clause and not event else ""


PERIOD_MEASURES = ("周期", "工期", "时间", "时长", "期限", "年限")  # measures of how long, which name no doer with the rest
DOER_NOT_TAGS = ("m", "t", "q")  # numerals, times and classifiers (今年, 一年)
ABBREVIATION_TAGS = ("j", "eng")  # jieba's abbreviations and Latin words (低保, DIP), which name things as nouns do
DOER_MAX = 12  # characters of a doer named by the claim before (家电以旧换新补贴资金, 法治进校园活动)


WHOLE_AMOUNTS = ("额", "总额", "总值", "总量")  # what may follow a whole in its thing (进出口总额), besides its rate or share


def part_of_the_whole_before(subject: str, previous: str) -> str:
    """A part named alone (出口, 进口增长) with the owner of the whole the claim before measured (义乌市进出口总值… → 义乌市
    出口), as a sentence that breaks down the one before says it (…进出口总值1802.3亿元。其中，出口…); else ``subject``."""
    core = without_change(subject)
    owned = _part_of_whole(core, without_change(previous), claim_words())
    return owned + subject[len(core) :] if owned else subject


def _part_of_whole(core: str, thing: str, w: ClaimWords) -> str:
    """The owner ``thing`` names before its whole or one of the whole's other parts, with ``core``, when ``core`` is a
    part of that whole (民营企业进出口…占全市外贸总值的30.2% → 民营企业出口, then 民营企业进口); else ""."""
    for whole, parts in w.whole_parts.items():
        if core in parts:
            at, named = next(((i, x) for x in (whole, *parts) if x != core and (i := thing.find(x)) >= 0), (-1, ""))
            rest = thing[at + len(named) :]
            if at >= 2 and (not rest or rest.startswith(WHOLE_AMOUNTS + w.change_rates + w.share_verbs)):  # not 农产品出口|基地
                return thing[:at] + core
    return ""


def _sibling_of_opening(core: str, thing: str, alike: bool = False) -> str:
    """The thing before with its opening words replaced by ``core`` when ``core`` names their sibling and no measure
    of its own, aligned with them (``_sibling_aligned``) or, for a number in the same unit, named by the same noun
    (``_sibling_by_head``); else ""."""
    return _sibling_aligned(core, thing) or _sibling_level(core, thing) or (_sibling_by_head(core, thing) if alike else "")


def _sibling_level(core: str, thing: str) -> str:
    """The thing with its opening level replaced by ``core``, another level (分级次看，省级一般公共预算收入…；市县级…
    → 市县级一般公共预算收入), where both end in the level's suffix and the thing goes on to a measure; else ""."""
    if not GOVERNMENT_LEVEL.fullmatch(core):
        return ""  # (3个万亿级…: a scale, no level of government)
    at = thing.find(LEVEL_SUFFIX) + 1
    if not 2 <= at < len(thing) or thing[:at] == core or at not in itertools.accumulate(len(word) for word, _ in tagged(thing)):
        return ""
    rest, w = thing[at:], claim_words()
    return core + rest if rest.endswith(w.measure_nouns + w.owned_measures) else ""  # (…收入, …支出, …结余)


LEVEL_SUFFIX = "级"  # 省级, 市县级, 中央级: a level of government whose budgets a report gives in turn
GOVERNMENT_LEVEL = re.compile(r"(?:中央|地方|[省市县区乡镇州盟旗本])+级")  # 预算法 第三条: 中央, 省, 设区的市, 县, 乡 budgets


def _sibling_aligned(core: str, thing: str) -> str:
    """The thing with its opening replaced by ``core``: as long, of the same last character and at most half of it
    different, only nouns, ending where a word of the thing ends, before a measure (第二产业 for 第一产业 in
    第一产业增加值占地区生产总值的比重; 农村居民 for 城镇居民 in 城镇居民人均可支配收入); else ""."""
    n = len(core)
    if n < 2 or len(thing) <= n or thing[:n] == core or thing[n - 1] != core[-1]:
        return ""
    if sum(a != b for a, b in zip(core, thing)) * 2 > n:
        return ""  # 外商投资企业 is no sibling of 规模以上工业 (企业利润总额): most of it differs
    words = tagged(thing)
    if n not in itertools.accumulate(len(word) for word, _ in words):
        return ""  # 第一产业增|加值: not where a word ends
    if not all(flag.startswith(THING_TAGS + SIBLING_MODIFIER_TAGS) for _, flag in tagged(core)):
        return ""
    rest = thing[n:]
    measure = rest.endswith(claim_words().measure_nouns)  # not 产业|集群和园区 for 企业, 职业技能培训 for …实训|基地
    return core + rest if measure and tagged(rest)[0][1].startswith(THING_TAGS) else ""


SIBLING_MODIFIER_TAGS = ("m", "b")  # numerals and jieba's distinguishing words (二级|医院 beside 三级|医院病床使用率)
SAME_UNIT = "same_unit"  # claims.yml wholes_of_counted: only in the unit of the count before


def _past_examples(thing: str) -> str:
    """A thing without the examples listed before it (黄石、咸宁、天门等|全国文明城市), where two characters or more follow."""
    at = thing.rfind(EXAMPLES_END)
    return thing[at + 1 :] if at >= 0 and len(thing) - at > 2 else thing


EXAMPLES_END = "等"


def _same_activity(core: str, thing: str, w: ClaimWords) -> str:
    """The thing before with its last measure replaced by ``core`` when both are measures of one activity, its word
    and a volume, value or area (全市新建商品房|销售面积 → 销售额, 全市快递|业务量 → 业务收入); else "". Not a measure of
    another activity (社会消费品零售总额 → 发电量) nor a whole's part (进出口总额 → 出口额)."""
    mine = ending(core, w.activity_measures + w.activity_values)
    if not mine or len(core) - len(mine) < ACTIVITY_WORD:
        return ""
    act = core[: -len(mine)]
    theirs = ending(thing, w.activity_measures)
    if not theirs:
        return _object_of_activity(core, act, thing, w)
    if theirs == mine or not thing[: -len(theirs)].endswith(act):
        return ""
    owner = thing[: len(thing) - len(theirs) - len(act)]
    return owner + core if len(owner) >= 2 else ""


def _object_of_activity(core: str, act: str, thing: str, w: ClaimWords) -> str:
    """``core`` owned by what the activity before counted (网络司法拍卖成交|2315件，成交额… → 网络司法拍卖成交额; 出口电动
    载人汽车4.2万辆，出口值… → 电动载人汽车出口值; 缴存职工提取住房公积金；提取额… → 住房公积金提取额): the goods after the
    activity's verb where a noun phrase of their own follows it, else the noun phrase before it (全省光伏|发电|装机 → 光伏
    发电量, 住房公积金|缴存|职工 → 住房公积金缴存额); "" where the thing before names the verb only inside another word
    (进出口), as a modifier after a verb of having (共有|销售|人员), or after a clause of its own (…全年实施现金|分红)."""
    words = tagged(thing)
    k = next((k for k, (word, flag) in enumerate(words)
              if word == act and flag in (VERB, VERBAL_NOUN) or k == len(words) - 1 and flag in SET_PHRASE and word.endswith(act)), None)
    if k is None or any(word.endswith(HAVE) for word, _ in words[:k]):
        return ""  # (全市有|出口|实绩企业, 共有签约|销售|代理商: the verb a modifier of those who have it)
    after = words[k + 1 :]
    goods = "".join(word for word, _ in after)
    if len(goods) >= GOODS_MIN and _a_noun_phrase(after, w):
        return goods + core  # (出口|电动载人汽车; not 销售|人员, 发电|装机: who does it, or a measure of the plant)
    before = words[:k]
    owner = WHOLE_UNIT.sub("", "".join(word for word, _ in before) + words[k][0][: -len(act)])
    if len(owner) < 2 or not _a_noun_phrase(before, w):
        return ""
    return owner + core


def _a_noun_phrase(words: tuple, w: ClaimWords) -> bool:
    """Whether ``words`` are nouns and modifiers alone, none a measure (not 接待|游客, 面积降幅, 该|公司|共有)."""
    return all(flag.startswith(THING_TAGS + ACTIVITY_MODIFIERS) for _, flag in words) \
        and not any(word.endswith(w.measure_nouns) for word, _ in words)


GOODS_MIN = 3  # characters of the goods after the verb (电动载人汽车, 铁矿砂; not 人员, 装机, 对象, 网点)
SET_PHRASE = ("i", "l")  # jieba's idioms and set phrases (拍卖成交), which may end in the activity's verb
ACTIVITY_MODIFIERS = ("b", PLACE_WORD_TAG)  # modifiers and words of place (网上) in the noun phrase before the verb


ACTIVITY_WORD = 2  # characters of an activity's word (销售, 成交, 业务)


def _sibling_inside(core: str, thing: str) -> str:
    """The thing with its last words replaced by ``core`` when ``core`` names their sibling: the same words around one
    noun of the same length that differs (各项|存款|余额 → 各项|贷款|余额 in 金融机构本外币各项存款余额), after an owner
    of two characters or more the sibling shares; else ""."""
    words, mine = tagged(thing), tagged(core)
    n = len(mine)
    if n == QUALIFIED_WORDS and len(words) > n:
        return _qualified_sibling(words, mine)
    if n < SIBLING_WORDS or len(words) <= n:
        return ""
    tail = words[-n:]
    differ = [k for k in range(n) if tail[k][0] != mine[k][0]]
    if len(differ) != 1 or differ[0] in (0, n - 1):
        return ""
    theirs, own = tail[differ[0]], mine[differ[0]]
    if len(theirs[0]) != len(own[0]) or not (theirs[1].startswith(NOUN_TAG) and own[1].startswith(NOUN_TAG)):
        return ""
    owner = "".join(word for word, _ in words[:-n])
    return owner + core if len(owner) >= 2 else ""


SIBLING_WORDS = 3  # words of such a sibling: the shared opening and end, and the noun between that tells them apart
QUALIFIED_WORDS = 2  # or a qualifier and the measure (昼间|达标率 → 夜间|达标率)


def _qualified_sibling(words: tuple, mine: tuple) -> str:
    """The thing's owner with ``mine`` when it is the same measure under a sibling qualifier of the same length, a time
    or a modifier (…声环境功能区昼间达标率为95.6%，夜间达标率为84.3% → …声环境功能区夜间达标率); else ""."""
    (theirs, their_flag), measure = words[-2], words[-1]
    (own, own_flag), same = mine
    if same != measure or not measure[0].endswith(claim_words().measure_nouns) or len(own) != len(theirs) or own == theirs \
            or not (their_flag.startswith(QUALIFIER_TAGS + (NOUN_TAG,)) and own_flag.startswith(QUALIFIER_TAGS)):
        return ""  # (服务业|增加值 → 金融业|增加值: an industry of its own, not a qualifier of the same owner's)
    owner = "".join(word for word, _ in words[:-2])
    return owner + own + measure[0] if len(owner) >= 2 else ""


QUALIFIER_TAGS = ("t", "b")  # jieba's times and modifiers (夜间; 男性, 女性), after the same or a noun (昼间 in context)


def _object_handled(core: str, thing: str) -> str:
    """The things the thing before names, the object of its last verb where it has one, with ``core``, when ``core`` is a
    verb alone (审结 after 受理一审商事案件 or 商事金融纠纷案件: the same cases, concluded); else ""."""
    mine = tagged(core)
    if len(mine) != 1 or mine[0][1] != VERB_TAG:
        return ""
    words = tagged(thing)
    verbs = [k for k, (_, flag) in enumerate(words) if flag == VERB_TAG]
    for k in verbs[:1] + verbs[-1:] if verbs else [-1]:  # 受理|执行案件: the first verb's object, a verb inside it; else
        rest = words[k + 1 :]  # the last's (发现并整改|问题)
        obj = "".join(word for word, _ in rest)
        if len(obj) >= 2 and rest[-1][1].startswith(THING_TAGS) and all(f.startswith(THING_TAGS + (VERB_TAG,)) for _, f in rest):
            return obj + core
    return ""


def _sibling_by_head(core: str, thing: str) -> str:
    """The thing before with its opening replaced by ``core`` when both end in the same noun of two characters or more
    and only a measure follows it in the thing (一级及以下|医疗机构|起付标准 → 二级医疗机构起付标准); else ""."""
    words = tagged(core)
    head = words[-1][0] if words and words[-1][1].startswith(THING_TAGS) else ""
    if len(head) < 2 or len(words) < 2:
        return ""
    at, ends = 0, []
    for word, _ in tagged(thing):
        at += len(word)
        ends.append((at, word))
    end = next((e for e, word in ends if word == head and e < len(thing)), None)
    rest = thing[end:] if end is not None else ""
    w = claim_words()
    if not rest.endswith(w.measure_nouns) or len(rest) > SIBLING_MEASURE_MAX or rest in w.wholes_of_counted:
        return ""  # 规上工业企业总数达213家，新认定国家高新技术企业41家: a count of its own, no total
    measure = tagged(rest)  # the measure alone (比例), or a verb that qualifies it (起付|标准, 支付|比例); not a noun that
    alone = len(measure) == 1 or not measure[0][1].startswith(THING_TAGS)  # the head goes on into (民间投资|项目|比重)
    return core + rest if alone and measure[-1][1].startswith(THING_TAGS) else ""


SIBLING_MEASURE_MAX = 6  # characters of the measure a sibling takes (起付标准, 支付比例)
QUALIFIED = 2  # characters before a listed measure that name its own thing (二产增加值, 蔬菜产量) or how it is reckoned
BARE_OWNER = 2  # characters a measure may carry and still name no owner (复工率, 合同金额, 委托总金额)


def _bare_measure(subject: str, w: ClaimWords, measures: tuple[str, ...] = ()) -> bool:
    """A measure that does not say whose it is (复工率, 合同金额, 总投资): at most a short word before a measure noun
    (one of ``measures`` when given, else an owned measure), or a rate of change alone (增速)."""
    measure = ending(subject, measures or w.owned_measures)
    return bool(measure) and len(subject) - len(measure) <= BARE_OWNER or subject in w.change_rates


def _an_average_rate(core: str, w: ClaimWords) -> bool:
    """Whether ``core`` is a rate of change averaged and nothing more (年均增速, 平均增幅): after a figure, the rate of the
    thing it measured (关丹港货物吞吐量将达到4500万吨，年均增速保持在6%以上)."""
    rate = ending(core, tuple(w.change_rates))
    return bool(rate) and core[: -len(rate)] in w.averages


def _heading_place(view: str, ctx: Context) -> str:
    """The place that heads the sentence, times aside, as its mention (杭州余杭区凭借…), else "" (also where it opens a
    body's name: 浙江省统计局发布数据，…)."""
    head = past_lead(view, ctx.start, ctx.end, ctx)
    place = ctx.place_at.get(head)
    return place.mention if place is not None and head not in ctx.org_at else ""


LEAD_CHARS = " \u3000“"  # what may stand before a sentence's first word


def casualties(view: str, q: Quantity, ctx: Context, subject: str, events: str) -> str:
    """The subject of a count of people killed, hurt or missing (claims.yml ``casualties``): where the number follows the
    word in a list after a count of ``events`` (发生事故1186起、|死亡|1032人、受伤…) or after a casualty whose cause
    ``events`` is (因灾死亡5人、|失踪|2人), the events' or the cause's and the word; where the
    word follows the number (火灾事故造成|41人|死亡), the events that caused it and the word; else ``subject`` as it is
    (出生人口8.2万人，死亡6.1万人: no events counted)."""
    w = claim_words()
    if not subject:
        word = next((c for c in w.casualties if view.endswith(c, ctx.start, q.start)), "")
        listed = word and view[q.start - len(word) - 1 : q.start - len(word)] in CASUALTY_LISTS
        return events + word if listed and events else ""
    if subject not in w.casualties:
        return subject
    cs = ctx.clause(q.start)[0]
    cause = max((m for v in w.causal_verbs if (m := view.rfind(v, cs, q.start)) >= 0), default=-1)
    if cause < 0:
        return subject
    words = list(tagged(view[past_lead(view, cs, cause, ctx) : cause]))
    while words and not words[-1][1].startswith(CAUSE_TAGS):
        words.pop()  # 新冠疫情|已, 烟草|每年: what the events are, not when or how
    cause_of = "".join(word for word, _ in words)
    events = cause_of.endswith(w.casualty_events) and not any(tag.startswith(PERSON_TAGS) for _, tag in words)
    return cause_of + subject if events and len(cause_of) <= LIST_ITEM and not DIGITS.search(cause_of) else subject


CAUSE_TAGS = ("n", "vn", "j", "eng", "l")  # the words a noun phrase naming events ends with (火灾事故, 地震; 洪涝灾害, a set phrase)
PERSON_TAGS = ("nr",)  # a person's name (王某酒后驾驶导致2人死亡: no events the count is of)
CASUALTY_LISTS = ("、", "，", ",")  # what stands before a casualty word that opens a list's item


def ranked_measure(view: str, q: Quantity, ctx: Context) -> str:
    """The item and the measure a ranking names before the items it lists with their values in brackets (每万人口高价值
    发明专利拥有量居前五位的省（区、市）依次为北京（162.5件）、上海（61.8件）… → 上海每万人口高价值发明专利拥有量): each
    value is that measure's, of its item, as statistical releases list the leading provinces; "" for any other number."""
    if view[q.start - 1 : q.start] not in BRACKET_OPEN:
        return ""  # most numbers
    cs = ctx.clause(q.start)[0]
    ranked = RANKING.search(view, cs, q.start)
    if ranked is None:
        return ""
    start = past_lead(view, cs, ranked.start(), ctx)
    measure = view[start : ranked.start()]
    items = view[ranked.end() : q.start - 1]
    item = items[max(items.rfind(c) for c in LIST_MARK + BRACKET_CLOSE) + 1 :]
    item = item[1:] if item[:1] in BRACKETED_MARKS else item  # …、日本（1521亿美元）和|韩国（1465亿美元）
    if not 1 < len(measure) <= RANKED_MEASURE_MAX or LIST_MARK in measure or not 0 < len(item) <= RANKED_ITEM_MAX:
        return ""
    return item + measure  # 上海每万人口高价值发明专利拥有量: whose value it is, and of what


# a ranking of the items listed after it (居前五位的省（区、市）依次为, 排名前三位的城市依次是, 位列前十的是)
RANKING = re.compile(r"(?:居|排名|位列|位居|排在|排)(?:前|后)[一二三四五六七八九十\d]+(?:位|名)?的?[^，。；：]{0,10}?(?:依次|分别)?(?:为|是)")
RANKED_MEASURE_MAX = 30  # characters of the measure a ranking names (no clause)
RANKED_ITEM_MAX = 15  # characters of an item it lists (a province, a country, a university, an industry)


def past_lead(view: str, at: int, end: int, ctx: Context, marks: str = LEAD_CHARS) -> int:
    """Where the first word after ``at`` starts, past ``marks`` and the times found there (2025年，|全市…), before ``end``."""
    while at < end and (view[at] in marks or at in ctx.time_at):
        at = ctx.time_at[at].end if at in ctx.time_at else at + 1
    return at


def _once(owner: str, measure: str) -> str:
    """A bare measure after its owner, the words they share said once (支持项目2005个，项目总投资… → 项目总投资, not
    项目项目总投资)."""
    shared = next((k for k in range(min(len(owner), len(measure) - 1), 1, -1) if owner.endswith(measure[:k])), 0)
    return owner + measure[shared:]


def _owner_before(view: str, cs: int, ctx: Context, w: ClaimWords) -> str:
    """The noun phrase that ends the clause before ``cs``, as the owner of a bare measure
    (已启动城乡居民养老保险基金委托投资，合同金额… → 城乡居民养老保险基金委托投资), after its last verb; "" when that
    phrase holds a number (then the sentence's last subject owns it) or names nothing."""
    if cs - 1 <= ctx.start or view[cs - 1] != "，":
        return ""
    prev = max(view.rfind("，", ctx.start, cs - 1) + 1, ctx.start)
    words = tagged(view[prev : cs - 1])
    last_verb = max((k for k, (word, flag) in enumerate(words) if flag == "v" or w.measure_verbs.fullmatch(word)), default=-1)
    owner = _noun_phrase("".join(word for word, _ in words[last_verb + 1 :]), w)
    return owner if _names_a_thing(owner, w) and not any(c.isdigit() for c in owner) else ""


def _number_before(view: str, clause: int, q: Quantity, ctx: Context) -> bool:
    """Whether a number other than a time stands between ``clause`` and the quantity (增长116.2%、达到23.2万亿元)."""
    text, at = [], clause
    for t in ctx.times_between(clause, q.start):
        text.append(view[at : t.start])
        at = max(at, t.end)
    text.append(view[at : q.start])
    return bool(DIGITS.search("".join(text)))


def _comma_clause(view: str, pos: int, ctx: Context) -> int:
    """Where the comma clause holding ``pos`` starts, inside a quotation too (“…文章，差不多要花上一个半小时”), or after a
    quoted sentence that ends before it (“…也想试一试。”|23岁的她…)."""
    start = max(view.rfind("，", ctx.start, pos) + 1, ctx.start)
    if not any(close in view[start:pos] for close in QUOTE_CLOSE):  # most clauses hold no closing quotation mark
        return start
    quoted = max(view.rfind(end + close, start, pos) for end in "。！？" for close in QUOTE_CLOSE)
    return max(start, quoted + 2 if quoted >= 0 else -1)


def _clause_start_before(view: str, pos: int, ctx: Context) -> int:
    """Where the clause ending at ``pos`` (a comma before a 分别 clause) starts: after the comma or the semicolon before
    it (…分别增长15.8%、12.3%；|广东、江苏、山东用电量继续位居全国前列，分别达到…: the items are those after the semicolon)."""
    return max(_comma_clause(view, pos, ctx), view.rfind("；", ctx.start, pos) + 1, view.rfind(";", ctx.start, pos) + 1)


def _clause_before(view: str, cs: int, ctx: Context, w: ClaimWords) -> str:
    """The clause before the clause starting at ``cs``, as a subject, from the comma before it or from the colon or
    semicolon before a list's item (…投向以下领域：|一是市政和产业园区基础设施，|约6420亿元); "" when there is none in the
    sentence or it carries its own number (增加值210.3亿元，增长3.2%)."""
    if cs - 1 <= ctx.start or view[cs - 1] != "，":
        return ""
    prev = max(view.rfind("，", ctx.start, cs - 1) + 1, ctx.start)
    listed = max(view.rfind(mark, ctx.start, cs - 1) for mark in "：；") + 1  # (…以下领域：|一是…，; …；|二是…，)
    if listed > prev and ENUMERATOR.match(view, listed):
        prev = listed
    clause = w.comparison.sub("", without_asides(view[prev : cs - 1]))  # 保障性安居工程（含城中村改造）: the aside aside  # 与上年同期相比，将减少…; 与上月持平，比上年…: a baseline is
    candidate = w.comparison.sub("", without_leading(strip_trailing(clause.lstrip(QUOTE_OPEN), w), w))  # nothing measured
    if candidate.endswith(w.frame_nouns):  # 收入迈上新台阶，达到4.1万元: the level was reached by what the clause opens with
        candidate = opening_noun_phrase(candidate)
    candidate = nominal(candidate)  # 其中，…: a clause of a pronoun or an adverb names nothing
    if _ends_in_speech(candidate):
        return ""  # 商务部部长王文涛说，增长5%: who says it, not what grows
    ok = 2 <= len(candidate) <= BACKWARD_LIMIT and not any(c in DELIMITERS or c.isdigit() for c in candidate)
    return candidate if ok and not RANK.search(candidate) else ""  # 位列丽水第三，比去年提高: a rank is no thing


ENUMERATOR = re.compile("[一二三四五六七八九十]是")  # a list's item (一是市政和产业园区基础设施，约6420亿元)


def _ends_in_speech(clause: str) -> bool:
    """Whether a clause ends with a verb of saying (…王文涛说, …负责人表示)."""
    said = list(name_cues().speech_verbs.finditer(clause))
    return bool(said) and said[-1].end() == len(clause)


def opening_noun_phrase(clause: str) -> str:
    """The noun phrase a clause opens with, up to its first word that is no noun, by jieba's tags (外贸进出口|再创…纪录,
    居民人均可支配收入|迈上新台阶); "" when it opens with no noun."""
    kept = ""
    for word, flag in tagged(clause):
        if not flag.startswith(THING_TAGS + (MODIFIER_TAG,)) or flag.startswith("nr"):  # 连|跨: jieba's guessed names
            break
        kept += word
    return kept


def strip_trailing(text: str, w: ClaimWords) -> str:
    """``text`` without the framing words at its end (达到, 增长, 分别为), cut where a word starts or, for a framing
    character, inside a verb (复工率|达, 职业共|有): 年均增长 loses 增长, not the 均 of 年均, and 人才 keeps its 才. Text that ends in no framing
    word (most of it) is not segmented: no word of it can be made of framing words either."""
    while m := w.trailing.search(text):
        # a framing word may be glued to a verb before it (复工率|达, 收入比|降至); one of two or more characters is not cut
        # out of a name jieba guesses (水土保持, tagged nr, keeps its 保持)
        if cuttable(text, m.start(), GLUED_VERBS if len(m.group()) > 1 else GLUED_TAGS):
            text = text[: m.start()]
            continue
        last = tagged(text)[-1][0]
        if not w.trailing_run.fullmatch(last):  # 均达: a word made of framing words
            break
        text = text[: -len(last)]
    last = tagged(text)[-1][0] if text else ""
    if last in w.trailing_modal_words and len(text) > len(last):
        text = text[: -len(last)]  # 亩产|能 (卖到1300斤): a modal jieba reads as a word, not 产能
    modal = w.trailing_modals.search(text)  # 人员流动量|预计 (达95亿人次): cut once, and nothing after it; not after a change
    # (经济增长有望达到5%), whose verb a later reading would cut as a frame, leaving 经济 for a growth rate
    if modal is not None and cuttable(text, modal.start(), GLUED_VERBS) and not text[: modal.start()].endswith(w.change_verbs):
        return text[: modal.start()]
    return text


def _verb_reaching(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> int | None:
    """Where the verb starts that a resultative (到, 至) completes right before the number, or before a time and 的 that
    precede it (应用功能拓展|到|177项, 人均GDP…发展|到|2018年的|2.85万元): the verb frames the number with it. jieba decides
    what the verb is, a word of its dictionary: none where the resultative is part of a word (增至, 升至, 截至), nor a
    guess across a measure's end (败诉|率降|至). None elsewhere: 研发投入|到|2025年|达到300亿元 names a deadline, and its own
    verb frames the number."""
    if not NUMERAL_OPENS.match(view, q.start):
        return None  # 到2025年|突破1万亿元: the number's own verb frames it
    at = q.start
    dated = next((t for t in ctx.times_between(max(ctx.start, q.start - BACKWARD_LIMIT), q.start)
                  if view[t.end : q.start] in ("", w.attributive)), None)
    if dated is not None:
        at = dated.start
    if at - 1 <= ctx.start or view[at - 1] not in w.resultatives:
        return None
    from .places import common_words  # subjects are read before places in the package's import order

    words = tagged(view[max(ctx.start, at - 1 - RESULTATIVE_WINDOW) : at])
    if len(words) >= 2 and words[-1][0] == view[at - 1] and words[-2][1].startswith("v") and words[-2][0] in common_words():
        return at - 1 - len(words[-2][0])
    return None


RESULTATIVE_WINDOW = 6  # characters before a resultative that jieba reads for the verb it completes


def respectively(view: str, q: Quantity, ctx: Context) -> str:
    """The k-th item of a list matched to the k-th value after 分别 (A、B参保人数分别为x、y → A参保人数, B参保人数)."""
    w = claim_words()
    slot = respective_slot(view, q, ctx, w)
    if "in_turn" not in ctx.cache:  # once a sentence, as 分别 is
        ctx.cache["in_turn"] = view.find(IN_TURN, ctx.start, ctx.end)
    listed = ctx.cache["respectively"] >= 0 or 0 <= ctx.cache["in_turn"] < q.start
    paired = _named_beside_its_value(view, q, ctx, w) if listed else ""
    if paired or slot is None:
        return paired
    cs, at, k, n = slot
    respective = at  # where 分别 stands
    head = w.comparison.sub("", without_leading(view[cs:at], w))  # …死亡人数比2020年分别下降: the baseline is no item
    if not head and cs - 1 > ctx.start and view[cs - 1] == "，":  # …许昌入围县(市)最多，(同比)分别达6、5、5、3个: the
        before = _clause_start_before(view, cs - 1, ctx)  # list is the clause before the one 分别 opens, unless it has figures
        if DIGITS.search(_without_list_count(view[before : cs - 1])):  # of its own (…三地的GDP均超过4万亿元，分别为…;
            return ""  # not the count of the items listed: 广东、…、浙江5省案件查办数量居全国前五位，分别为…)
        named, measure = _named_in_the_clause_before(view, cs, n, ctx, w)
        if named:  # 新增装机较多的省份是内蒙古、新疆和河北，分别为…: each item, with the measure it is ranked by
            return named[k] + measure
        cs, at = before, cs - 1
        head = w.rank_tail.sub("", w.comparison.sub("", without_leading(_without_list_count(view[cs:at]), w)))  # 受理数量|居前三位
    named = _named_in_the_clause_before(view, cs, n, ctx, w)[0] if _a_measure_alone(head) else []
    if named:  # 排名前五位的城市依次为黄山市、池州市…铜陵市，(浓度)分别为21、33…: each item, with the measure after it
        return named[k] + head
    head = w.up_to_preposition.sub("", head) if w.object_marker.search(head) else head
    for t in ctx.times_between(cs, at):  # …第一人民医院|上半年|分别接诊, 名貴禮物|在二○二五年五月|分別: when, no part of the last
        # item; unless the times are the items (一季度、二季度分别增长, 2023年和2024年分别达到)
        if t.end == at and head.endswith(view[t.start : t.end]) and view[t.start - 1 : t.start] not in LIST_LINKS:
            head = head[: len(head) - (t.end - t.start)]
            head = head[: -1] if head.endswith(TIME_PREPOSITIONS) else head
    items = _list_items(head, w)
    if len(items) != n and n >= 2 and k < n:  # 采矿业,制造业,电力、热力…业分别下降…、增长…和…: items of their own
        comma_items = _comma_listed(view, cs, head, n, ctx, w)
        if comma_items:
            return comma_items[k] + change(view, q, ctx)
    if len(items) != n and n >= 2 and len(marked := [i for i in head.split(LIST_MARK) if i]) == n:
        items = marked  # 家用电器和音像器材类、通讯器材类零售额: one item holds a 和 of its own
    if len(items) != n or n < 2 or k >= n:
        return ""
    last_at = view.rfind(items[-1], cs, at)
    items[-1] = _item_without_predicate(items[-1])  # 工业机器人产量|快速增长, 东盟出口|均保持增长: what is said of them
    last, first = items[-1], items[0]
    entity = max(filter(None, (ctx.place_at.get(last_at), ctx.org_at.get(last_at))), key=lambda e: e.end, default=None)  # 常德市|第一
    # 人民医院: the body, not the place its name opens with
    shortest = min(len(i) for i in items[:-1])
    if entity is not None and entity.end - last_at == len(last):  # 邵阳市、怀化市、湘西土家族苗族自治州: places alone
        tail = ""
    elif entity is not None and entity.end - last_at < len(last):  # 北京、内蒙古参保人数: the place ends the head
        tail = last[entity.end - last_at :]
    elif len(last) > len(first) and last[len(first) - 1] == first[-1]:  # 失业保险、工伤保险参保人数: heads alike
        tail = last[len(first) :]
    elif (head_word := _shared_head(first, last)) is not None:  # 城市公园、“口袋公园”保有量: what follows the
        tail = last[head_word:].lstrip("”’\"")  # head the first item shares with the last (工业技改投资、制造业技改投资|增速)
    elif len(last) >= shortest + 2:  # 基本养老、失业、工伤保险参保人数: the shortest item is a modifier alone
        tail = last[_word_split(last, shortest) if shortest >= WORD_SPLIT_MIN else shortest :]
    elif (named := _names_alone(items)) is not None:  # 对俄罗斯、墨西哥、巴西|出口: names listed alone, the last with
        tail = last[named:]  # what each of them is measured by (places traded with are no places of the text's)
    elif (measured := _long_measures().search(last)) is not None and measured.end() == len(last) and not any(
            i.endswith(w.measure_nouns + w.measure_suffixes) or i.endswith(w.listed_measures) or _long_measures().search(i)
            or i.endswith(_count_units()) for i in items[:-1]) and tagged(first)[0][1] != VERB_TAG:  # not 接待游客, a count
        tail = measured.group()  # 新能源汽车和工业机器人|产量: the measure the last item ends in, the others naming none
    else:
        tail = ""
    # an item that names its own measure takes none of the last one's (关键工序数控化率、…普及率), but its change
    # (旅游人数、旅游收入增速 → 旅游人数增速)
    own = items[k].endswith(w.measure_suffixes) and tail.endswith(w.measure_suffixes)
    item = items[k] + (_after_overlap(items[k], tail) if k < n - 1 and not own and not items[k].endswith(tail) else "")  # 宁波港域、舟山|港域
    measure = _measured_after_respectively(view, at, q, w)
    if not measure and entity is not None and k == n - 1 and entity.end - last_at == len(items[k]) or \
            not measure and k < n - 1 and _named_alone(view, items[k], cs, at, ctx):
        measure = _done_after_respectively(view, respective, q, w)
    said = item + measure if measure and measure not in item else item
    moved = _change_after_respectively(view, respective, q, ctx, w)  # 对非洲、拉丁美洲出口分别增长28.9%和24.1%: each item's
    return said + moved if moved and not said.endswith(moved) else said  # growth, as a single value's is


def _named_beside_its_value(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The item a value after 分别为 or 依次为 is given for, named right before it (各设区市优良天数比例分别为：南昌市88.2%、
    景德镇市97.1% → 景德镇市优良天数比例), with the measure before 分别, without the class of the items (各设区市) or the
    order of a ranking (PM2.5平均浓度|由低到高排名前三位的依次为：景德镇市（22.4微克/立方米）); "" where the values follow
    分别 bare (A、B参保人数分别为x、y), where what comes before 分别 names neither a class nor a ranking (全市GDP总量前两位
    的区分别为：…: what the items are), where the list runs past a clause, and where what stands before a value is no
    place or body of the text's."""
    at, word = max((view.rfind(word, ctx.start, q.start), word) for word in (w.respectively, IN_TURN))
    if at < 0 or any(mark in view[at : q.start] for mark in LIST_CLAUSE_ENDS):
        return ""
    cs = ctx.clause(at)[0]
    said = w.comparison.sub("", view[cs:at])
    head = _without_ranking(said)
    if head == said and DISTRIBUTIVE not in said:
        return ""  # 全市GDP总量前两位的区分别为：西湖区…; 我国前三大贸易伙伴分别是：东盟…: what the items are, no measure
    lead = at + len(word)
    lead += len(PAIR_LEAD.match(view, lead).group())
    item_start = max(max(view.rfind(mark, lead, q.start) for mark in PAIR_MARKS) + 1, lead)
    item_end = q.start - 1 if view[item_start : q.start].endswith(BRACKET_OPENS) else q.start  # 景德镇市（22.4微克/立方米）
    item = view[item_start:item_end]
    if not head or not item or not _named_alone(view, item, item_start, item_end, ctx):
        return ""
    measure = _without_class(head, item)
    if len(measure) < 2:
        measure = _aspect_before(view, cs, ctx)  # 优良天数比例方面，|各设区市分别为：景德镇市98.9%、…
    return item + measure if len(measure) >= 2 else ""


def _aspect_before(view: str, cs: int, ctx: Context) -> str:
    """The measure a clause before names as the aspect the sentence goes on with (优良天数比例|方面，各设区市分别为…;
    《现代汉语词典》 方面 "相对或并列的几个人或几个事物之一"), or "": only a measure's name (比例, 率, 浓度), not 另一方面,
    其他方面 or 在就业方面, which name no measure of the values."""
    if cs - 1 <= ctx.start or view[cs - 1] not in "，,":
        return ""
    before = max(view.rfind(mark, ctx.start, cs - 1) for mark in ASPECT_OPENS) + 1
    said = view[max(before, ctx.start) : cs - 1]
    measure = said[len(LOCATIVE) if said.startswith(LOCATIVE) else 0 : -len(ASPECT)] if said.endswith(ASPECT) else ""
    w = claim_words()
    return measure if measure.endswith(w.measure_nouns + w.measure_suffixes) or measure.endswith(w.listed_measures) else ""


ASPECT = "方面"
ASPECT_OPENS = ("，", "。", "；", "：", ",", ";", ":", "）", ")")  # (（二）各设区市情况。|优良天数比例方面)


IN_TURN = "依次"  # …排名前三位的依次为：景德镇市（22.4微克/立方米）、…
LIST_CLAUSE_ENDS = ("，", "；", "。", ",", ";")  # a list of items and values after 分别为 runs within one clause (a colon
# may open it)
PAIR_MARKS = ("、", "：", ":", "）", ")")  # what ends the item and value before an item of a list after 分别为
PAIR_LEAD = re.compile(r"[为是达]?[：:]?")  # 分别为：, 分别是, 分别达
BRACKET_OPENS = ("（", "(")


def _without_ranking(head: str) -> str:
    """A measure without the order it ranks the items in (PM2.5平均浓度|由低到高排名前三位的): up to its first preposition
    or word of ranking."""
    words = tagged(head)
    k = next((k for k, (word, flag) in enumerate(words) if k and flag == PREPOSITION or word.startswith(RANK_WORDS)), len(words))
    return "".join(word for word, _ in words[:k])


RANK_WORDS = ("排名", "排序", "排在", "位居", "居前")  # words that open the order a measure ranks its items in (not 居 alone,
# one of number_context.yml's rank_verbs, which would open 居民 too)


def _without_class(head: str, item: str) -> str:
    """A measure without the class of things a list gives it for (各设区市|优良天数比例, 各市|地区生产总值): from 各 to the
    first word that ends as the item does (南昌市: 市), as a class's noun ends as its members' names do; the measure
    alone after 各 where no word does."""
    words = tagged(head)
    k = next((k for k, (word, _) in enumerate(words) if word.startswith(DISTRIBUTIVE)), None)
    if k is None:
        return head
    end = next((j for j in range(k, min(len(words), k + CLASS_WORDS)) if words[j][0].endswith(item[-1])), None)
    return "".join(word for word, _ in words[(end if end is not None else k) + 1 :])


DISTRIBUTIVE = "各"
CLASS_WORDS = 3  # words of the class after 各 (各|设区|市)


def _change_after_respectively(view: str, at: int, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """The change the values after 分别 follow (分别增长, 同比分别增长), or the whole predicate where a verb before it says
    the items drive another thing's change (分别拉动经济增长3.0个和1.5个百分点 → 拉动经济增长: not the items' own growth);
    "" where the values follow no change."""
    moved = change(view, q, ctx)
    first = DIGITS.search(view, at + len(w.respectively), q.end)
    said = w.comparison.sub("", view[at + len(w.respectively) : first.start()]) if moved and first is not None else ""
    if not said.endswith(moved) or said == moved:
        return moved
    words = tagged(said[: len(said) - len(moved)])
    if not words or words[0][1] != VERB_TAG or words[0][0] in w.result_verbs:
        return moved  # (分别比上年增长, 分别实现增长: the items' own change)
    return said if len(said) <= DONE_MAX else ""  # 分别带动全市社会消费品零售总额增长: another thing's, too long to name


def _named_alone(view: str, item: str, start: int, end: int, ctx: Context) -> bool:
    """Whether ``item`` is a place or a body's name and nothing more, as the text names it between ``start`` and ``end``."""
    at = view.find(item, start, end)
    entity = max(filter(None, (ctx.place_at.get(at), ctx.org_at.get(at))), key=lambda e: e.end, default=None) if at >= 0 else None
    return entity is not None and entity.end - at == len(item)


def _done_after_respectively(view: str, at: int, q: Quantity, w: ClaimWords) -> str:
    """What places or bodies listed before 分别 did, the verb and what it took between 分别 and the first value
    (瑞金市、于都县分别|接待|3210万人次、2460万人次 → 瑞金市接待): the places name no thing measured, the verb does; "" where
    the words there only frame the values (分别为, 分别达到) or change them (分别增长), which other rules complete."""
    first = DIGITS.search(view, at + len(w.respectively), q.end)
    done = view[at + len(w.respectively) : first.start()] if first is not None else ""
    if done and q.numeral_start > first.start() and view[q.start - 1 : q.start] not in VALUE_LINKS:
        return ""  # 赣州、吉安分别种植脐橙50万亩、|蜜柚|30万亩: a later value with a thing of its own (the first's is 种植脐橙)
    words = tagged(done) if done else ()
    if not words or len(done) > DONE_MAX or words[0][1] != VERB_TAG or done.startswith(w.change_verbs) \
            or any(w.trailing.fullmatch(word) or flag in ("p", "m") for word, flag in words):
        return ""
    return done


DONE_MAX = 12  # characters of what the listed places did (新增农村幸福院改造项目)
VALUE_LINKS = ("、", "和", "及", "与")  # between values that stand bare after 分别 (3210万人次、2460万人次)
LIST_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?=[省市县区国地家所个])")  # 浙江|5|省: how many items the list holds


def _without_list_count(clause: str) -> str:
    """A clause without the count of the items it lists and its classifier, right after the last of them (广东、…、浙江5省
    案件查办数量 → 广东、…、浙江案件查办数量: the items, then their measure); the clause as it is where it lists none."""
    last = clause.rfind(LIST_MARK)
    m = LIST_COUNT.search(clause, last + 1) if last >= 0 else None
    return clause[: m.start()] + clause[m.end() + 1 :] if m is not None else clause


def _after_overlap(item: str, tail: str) -> str:
    """The tail an item takes, without the characters it already ends with (天津港 + 港|集装箱吞吐量: the last item's
    place ended before its generic, which every item holds)."""
    overlap = next((o for o in range(min(len(item), len(tail) - 1, OVERLAP_MAX), 0, -1) if item.endswith(tail[:o])), 0)
    return tail[overlap:]


OVERLAP_MAX = 2  # characters of a generic an item and the tail after the last item's place share (港, 港区)
TIME_PREPOSITIONS = ("在", "于")  # before a time that ends a list's head
LIST_LINKS = ("、", "和", "与", "及", "以及")  # what stands between the items of a list, before the last


def _measured_after_respectively(view: str, at: int, q: Quantity, w: ClaimWords) -> str:
    """The measure named between 分别 and its first value, after its verb (宁波港域和舟山港域分别完成|集装箱吞吐量|1986.2万
    标准箱和85.3万标准箱), or what counts count (南昌市、九江市分别组织|防汛演练|46场、73场), or "": nouns that end in a
    measure noun, or any nouns before a count (not 分别快于|全国, 分别|突破)."""
    first = DIGITS.search(view, at + len(w.respectively), q.end)
    if first is None:
        return ""
    words = tagged(view[at + len(w.respectively) : first.start()])
    if len(words) == 1 and words[0][0] in w.flow_verbs:
        return words[0][0]  # 对美国、欧盟分别进出口|587.2亿元和503.9亿元: the flow the values measure
    k = next((i for i, (_, flag) in enumerate(words) if flag.startswith(THING_TAGS)), len(words))
    named = "".join(word for word, _ in words[k:])
    nouns = all(flag.startswith(THING_TAGS) for _, flag in words[k:])
    counted = q.kind == COUNT_KIND and len(named) >= COUNTED_MIN and not named.startswith(w.wider_scopes) \
        and (q.value is None or float(q.value).is_integer())  # 分别组织|防汛演练|46场、73场: what the counts count;
    # not 分别高于|全国|12.7个、12个百分点, a difference from a wider scope
    if named and nouns and named.endswith(w.listed_measures):  # 分别获批|直接经费: the whole measure, which jieba splits
        return max(named, ending(view[at + len(w.respectively) : first.start()], w.listed_measures), key=len)
    return named if named and nouns and (named.endswith(w.measure_nouns) or counted) else ""


COUNT_KIND = "count"
COUNTED_MIN = 2  # characters of a counted thing's name


@lru_cache(maxsize=1)
def _count_units() -> tuple[str, ...]:
    """The grammar's units of two characters or more (人次, 标准箱): an item ending in one names its own measure."""
    return tuple(u for u in grammar().units if len(u) > 1)


def _item_without_predicate(item: str) -> str:
    """The last item of a list without what is said of the items after it: up to the last measure it names (新疆增速|
    位列前三: measures of two characters or more, which jieba may tag as verbs), else up to the first adverb after a
    noun or name (东盟出口|均保持增长)."""
    w = claim_words()
    if (item.endswith(w.measure_nouns) or item.endswith(w.listed_measures)) and not item.endswith(w.change_verbs):
        return item
    ends = [m.end() for m in _long_measures().finditer(item)]
    if ends:
        return item[: ends[-1]]
    if any(mark in item for mark in QUOTE_OPEN):
        return item  # 专精特新“小巨人”: a quoted name, whatever jieba makes of its words
    at, named = 0, False
    words = tagged(item)
    for k, (word, flag) in enumerate(words):
        if named and flag.startswith(PREDICATE_TAGS) and any(f == VERB_TAG for _, f in words[k:]):
            return item[:at]  # an adverb that opens a predicate (均|保持增长), not one jieba reads in a name (专精|特新)
        named = named or flag.startswith(THING_TAGS) or flag in LISTED_NAME_TAGS
        at += len(word)
    return item


PREDICATE_TAGS = ("d", "ad")  # jieba's adverbs (均, 快速), which open what is said; a verb may name what is counted (入围县)


@lru_cache(maxsize=1)
def _long_measures() -> re.Pattern:
    w = claim_words()
    measures = {m for m in w.measure_nouns + w.listed_measures if len(m) > 1 and m not in w.change_verbs}  # not 增长
    return re.compile(alternation(sorted(measures, key=len, reverse=True)))


def _names_alone(items: list[str]) -> int | None:
    """Where what follows the name that opens the last item starts, when every item opens with a name (jieba's place,
    person, body or other proper name) and all but the last are that name alone; else None."""
    words = [tagged(item) for item in items]
    if not all(w and w[0][1] in LISTED_NAME_TAGS for w in words) or any(len(w) > 1 for w in words[:-1]) or len(words[-1]) < 2:
        return None
    return len(words[-1][0][0])


LISTED_NAME_TAGS = frozenset({"ns", "nr", "nt", "nz"})  # jieba's place, person, organization and other proper names


def _shared_head(first: str, last: str) -> int | None:
    """Where what follows the head the first item shares with the last starts in the last item: the longest ending of
    the first item, two characters or more, that ends a word of the last item before its end (城市公园 → “口袋公园|”保有量),
    else None."""
    words = tagged(last)
    ends = list(itertools.accumulate(len(word) for word, _ in words))[:-1]
    for n in range(len(first) - 1, 1, -1):
        at = next((e for e in ends if last.endswith(first[-n:], 0, e)), None)
        if at is not None:
            return at
    # or the suffix of a kind both end in, the last item's word with it (粮油食品类、饮料类|零售额; 金融业、软件和信息服务业|增加值)
    suffix = first[-1]
    return max((e for e, (word, _) in zip(ends, words) if word.endswith(suffix) and len(word) >= 2), default=None)


LIST_WORDS = ("以及",)  # a separator jieba reads as one word (工业以及服务业)


def _a_measure_alone(head: str) -> bool:
    """Whether what stands before 分别 is nothing or one noun (浓度), which names no thing of its own: not 两家企业, 双方."""
    words = tagged(head) if head else ()
    return not head or len(words) == 1 and words[0][1] == NOUN_TAG


def _named_in_the_clause_before(view: str, cs: int, n: int, ctx: Context, w: ClaimWords) -> tuple[list[str], str]:
    """The n items the clause before a 分别 clause lists after its verb of naming (依次为, 分别是, 包括: 排名前五位的城市依次为
    黄山市、池州市、宣城市、安庆市和铜陵市), when they are places or bodies and hold no figure, else []; and the measure
    the clause ranks them by (``_ranked_by``)."""
    if cs - 1 <= ctx.start or view[cs - 1] not in "，,":
        return [], ""
    before = _clause_start_before(view, cs - 1, ctx)
    found = {at: at + len(v) for v in naming_verbs(view, before, cs - 1, w) if (at := view.rfind(v, before, cs - 1)) >= 0}
    if not found or DIGITS.search(view, max(found.values()), cs - 1):
        return [], ""
    verb, after = max(found.items(), key=lambda item: item[1])
    items = _list_items(view[after : cs - 1], w)
    if len(items) != n or any(len(i) > LIST_ITEM for i in items):
        return [], ""
    at, named = after, True  # places or bodies, each a thing of its own (not 包括技术和资金，双方分别出资…)
    ranked = named_by_ranking(view, before, after, w)  # 是: places at home only (not 进口铁矿石最多的是澳大利亚和巴西:
    for item in items:  # where goods come from)
        at = view.find(item, at, cs)
        place = ctx.place_at.get(at)
        named = named and (place is not None and (not ranked or place.country == CHINA) or at in ctx.org_at)
        at += len(item)
    return (items, _ranked_by(view[before:verb], w)) if named else ([], "")


def naming_verbs(view: str, start: int, end: int, w: ClaimWords) -> tuple[str, ...]:
    """The verbs that name a list's items in ``view[start:end]``: 依次为 and the like, and 是 where a word of degree or
    rank comes before it (增速最快的是…; not 主要出口市场是…)."""
    ranked = [v for v in w.ranked_naming_verbs if (at := view.rfind(v, start, end)) >= 0 and ranking_at(view[start:at], w) >= 0]
    return w.naming_verbs + tuple(ranked)


def named_by_ranking(view: str, start: int, end: int, w: ClaimWords) -> bool:
    """Whether ``view[start:end]`` ends with a verb that names items only after a ranking (是), not with one that names
    them anyway (依次是, 分别是): the items are then places at home."""
    return view.endswith(w.ranked_naming_verbs, start, end) and not view.endswith(w.naming_verbs, start, end)


def ranking_at(clause: str, w: ClaimWords) -> int:
    """Where the ranking that ends ``clause`` opens (常住居民|较多的城市, 增长|比较快的城市; not 居 of 居民), or -1: the last
    word of degree or rank from which the rest of the clause is a ranking."""
    return next((m.start() for m in reversed(list(w.ranking_words.finditer(clause))) if w.ranking.match(clause, m.start())), -1)


def _ranked_by(clause: str, w: ClaimWords) -> str:
    """The measure a clause that names the leading items ranks them by: what stands before its word of degree or rank
    (风电新增装机|较多的省份是, 增速|最快的是, 营业收入|居前三位的企业), a noun phrase; "" where it opens with one (排名前五位的城市)."""
    ranked = ranking_at(clause, w)
    cut = ranked if ranked >= 0 else next((m.start() for m in w.ranking_words.finditer(clause)), 0)
    measure = OWN_UNIT.sub("", clause[:cut])  # 全省|城乡居民收入, 我国|原油进口: the unit the text is about, no part of it
    return measure if cut <= LIST_ITEM and any(tag.startswith(MEASURE_TAGS) for _, tag in tagged(measure)) else ""


MEASURE_TAGS = ("n", "vn", "eng")  # a word of a measure (装机, 浓度, PM2.5)
OWN_UNIT = re.compile(r"^(?:全[省市县区州旗国]|我[省市县区国])")


def _ranked_pair(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> str:
    """A value right after a place or body that a ranking lists with its value (地区生产总值居前五位的分别是南昌市7833.5亿元、
    赣州市4905.3亿元 → 赣州市地区生产总值): the item's measure, by which the clause before the naming verb ranks them;
    "" where the ranking names no measure (排名前三的城市依次为…) or the pairs are not a list (a comma or more between)."""
    item = next((e for e in ctx.places_between(ctx.start, q.start) + ctx.orgs_between(ctx.start, q.start) if e.end == q.start), None)
    if item is None:
        return ""
    verbs = naming_verbs(view, ctx.start, item.start, w)
    at, verb = max(((view.rfind(v, ctx.start, item.start), v) for v in verbs), default=(-1, ""))
    if at < 0 or any(c in PAIR_BREAKS for c in view[at + len(verb) : item.start]):
        return ""
    clause = view[ctx.clause(at)[0] : at]
    measure = _ranked_by(clause, w) if ranking_at(clause, w) >= 0 else ""  # not 城镇居民…分别为: 居 of 居民 ranks nothing
    return item.mention + measure if measure else ""


PAIR_BREAKS = "，,；;。"  # what parts the pairs of a list from its naming verb


def _list_items(head: str, w: ClaimWords) -> list[str]:
    """The items of the list before 分别, split where a separator stands as a word of its own (失业保险、工伤保险; 城镇|和|
    农村居民), not inside one (普及率, 参与率: jieba's words keep their 及 and 与)."""
    items, item = [], ""
    for word, _ in tagged(head):
        if w.list_separator.fullmatch(word) or word in LIST_WORDS:
            items.append(item)
            item = ""
        else:
            item += word
    return [i for i in items + [item] if i]


def _target_after(view: str, at: int, q: Quantity, w: ClaimWords) -> str:
    """The plan the values after 分别 are shares of (…，分别完成全年目标任务的107.1%、111.1% → 完成全年目标任务), or the whole
    they are shares of (…，分别占全省的39.1%、28.1% → 占全省), else ""."""
    words = view[at + len(w.respectively) : q.start]
    plan = words[: words.find(w.attributive)] if w.attributive in words else ""
    if plan.startswith(w.share_verbs) and len(plan) > 1 and not DIGITS.search(plan):
        return plan
    plan = plan[1:] if plan.startswith(w.target_verbs) else plan  # 分别为年度计划的112%: the plan, not 为
    return plan if plan.endswith(w.target_nouns) and not DIGITS.search(plan) else ""


def _comma_listed(view: str, cs: int, head: str, n: int, ctx: Context, w: ClaimWords) -> list[str]:
    """The n items of a list that commas separate, its last the head before 分别, when the n - 1 clauses before it are
    each a short noun phrase with no number (采矿业,制造业,电力、热力、燃气及水生产和供应业分别…: an item's own 、 keeps it
    whole); [] otherwise."""
    items, end = [head], cs - 1
    while len(items) < n and end > ctx.start and view[end] in COMMAS:
        start = max(max(view.rfind(c, ctx.start, end) for c in COMMAS) + 1, ctx.start)
        item = view[start:end].strip()
        if not item or len(item) > LIST_ITEM or DIGITS.search(item) or not all(f in LISTED_TAGS for _, f in tagged(item)):
            return []  # 基本实现“组组通”硬化路，…分别: a clause, no item
        items.insert(0, item)
        end = start - 1
    return items if len(items) == n else []


COMMAS = "，,"
LISTED_TAGS = frozenset({"n", "nz", "vn", "j", "an", "eng", "b", "x", "c"})  # the words of a list's item: nouns, 、 and 及


def respective_change(view: str, q: Quantity, ctx: Context, listed: list, listed_before: list = ()) -> str:
    """The change of the k-th value listed before its clause, for the k-th value after 分别 when the clause names no
    items of its own (实施水利项目2.35万个、在建规模4.7万亿元，同比分别增长15.8%、12.3% → 实施水利项目增长 and
    在建规模增长); "" otherwise. ``listed`` holds (start, thing) of the sentence's claims so far, ``listed_before`` those of
    the sentence right before, which a head that only counts them refers to (三项指标分别占…)."""
    w = claim_words()
    slot = respective_slot(view, q, ctx, w)
    if slot is None:
        return ""
    cs, at, k, n = slot
    head = w.comparison.sub("", view[cs:at]).strip()  # 同比|分别, 较“十三五”时期|分别: a baseline, no item
    for adverb in w.change_adverbs:
        head = head.replace(adverb, "")
    counted = bool(head) and _names_the_items_before(head, n)
    if head and _names_a_thing(head, w) and not counted:
        return ""  # 城乡居民人均可支配收入分别增长4.4%、5.8%: the clause names what its values measure
    if not head and _items_listed_before(view, cs, n, ctx):
        return ""  # …分别增长15.8%、12.3%；广东、江苏、山东用电量继续位居全国前列，分别达到…: the items the clause before lists
    before = [thing for start, thing in listed if start < cs]
    if counted:  # each thing once (造船完工量5286万载重吨，同比增长9.7%: one thing, two values)
        before = list(dict.fromkeys(before))
    if counted and len(before) < n:  # …手持订单量2.37亿载重吨。以载重吨计，三项指标分别占…: the things the sentence before
        joined = list(dict.fromkeys([thing for _, thing in listed_before] + before))  # listed, with this one's, exactly as many
        before = joined if len(joined) == n else before
    if n < 2 or k >= n or len(before) < n or not all(before[-n:]):
        return ""
    thing, target = before[-n + k], _target_after(view, at, q, w)
    if target.startswith(w.share_verbs) and (target[1:] in thing or thing in target[1:]):
        target = ""  # 全省受灾人口86.2万人，其中…，分别占全省受灾人口的48.7%: a share of the whole is no thing of its own
    wider = w.wider_comparison.search(view, cs, q.start) if at == cs else None  # a clause going on the list
    return thing + (target or change(view, q, ctx) or (wider.group() if wider else ""))


def _items_listed_before(view: str, cs: int, n: int, ctx: Context) -> bool:
    """Whether the clause right before a 分别 clause that opens at ``cs`` lists n items and holds no figure: the values
    after 分别 are theirs, not those of the sentence's earlier figures."""
    if cs - 1 <= ctx.start or view[cs - 1] not in "，,":
        return False
    start = _clause_start_before(view, cs - 1, ctx)
    clause = view[start : cs - 1]
    if DIGITS.search(clause):
        return False
    items = _list_items(clause, claim_words())
    times = {view[t.start : t.end] for t in ctx.times_between(start, cs - 1)}
    if any(RANK_ITEM.search(item) or item in times for item in items):
        return False  # (增速居全省第一、第三位，分别高于…; 上半年、下半年，分别增长…: ranks and times, no items)
    return len(items) == n


RANK_ITEM = re.compile("第[一二三四五六七八九十两]+[位名]?$")  # an item that is a rank (居全省第一, 第三位; not 第一产业)


def _names_the_items_before(head: str, n: int) -> bool:
    """Whether the head of a 分别 clause only counts the n things named before it (三项指标分别占世界总量的56.2%、69.3%和64.8%,
    二者分别增长…, 以上两项分别…): each value is the k-th thing's."""
    m = COUNTED_BEFORE.fullmatch(head)
    return m is not None and numerals.parse(m.group("n")) == n


COUNTED_BEFORE = re.compile("(?:这|上述|以上|前述)?(?P<n>[两二三四五六七八九十])(?:者|项(?:指标|数据)?|个(?:指标|数据))")  # not
# 三个项目, 两个行业: things that may be new, with figures of their own


def respective_slot(view: str, q: Quantity, ctx: Context, w: ClaimWords) -> tuple[int, int, int, int] | None:
    """Where the number's clause starts, where its 分别 stands, and the number's place k among the n values listed
    after it; None when no 分别 comes before the number in its clause."""
    if "respectively" not in ctx.cache:  # once a sentence: most hold no 分别, and a sentence may be very long
        ctx.cache["respectively"] = view.find(w.respectively, ctx.start, ctx.end)
    first = ctx.cache["respectively"]
    if first < 0 or first >= q.start:
        return None  # most numbers have no 分别 before them in their sentence: no clause asked
    cs, ce = ctx.clause(q.start)
    at = view.find(w.respectively, cs, q.start)
    if at < 0:
        return _respective_continued(view, q, ctx, w, cs, ce)
    return cs, at, len(w.list_separator.findall(view, at, q.start)), len(w.list_separator.findall(view, at, ce)) + 1


def _respective_continued(view: str, q: Quantity, ctx: Context, w: ClaimWords, cs: int, ce: int) -> tuple | None:
    """The slot of a number in a clause that goes on the previous clause's 分别 list with as many values and only a
    comparison before them (水稻、玉米机收损失率分别控制在2.2%和3.5%以内，较国家标准低0.8个和0.5个百分点; 浙江、上海分别增长3.2%和
    2.7%，比地方平均水平高1.6和1.1个百分点): its k-th value is the k-th item's, as the list's was; None otherwise."""
    if cs == ctx.start:
        return None
    ps, pe = ctx.clause(cs - 1)
    at = view.find(w.respectively, ps, pe)
    first = DIGITS.search(view, cs, ce)
    if at < 0 or first is None or first.start() > q.start:
        return None
    head = w.comparison.sub("", view[cs : first.start()])
    if not (w.wider_comparison.fullmatch(head) or head in w.change_verbs):
        return None
    n = len(w.list_separator.findall(view, first.start(), ce)) + 1
    if n < 2 or n != len(w.list_separator.findall(view, at, pe)) + 1:
        return None
    return cs, cs, len(w.list_separator.findall(view, first.start(), q.start)), n


WORD_SPLIT_MIN = 2  # a one-character item abbreviates the last item's first word (初、高中毕业生; 大、中、小型水库)


def _word_split(text: str, at: int) -> int:
    """``at``, or the end of the word it falls in when what is left of that word is a single character (食用|菌全产业链
    → 食用菌|全产业链), else its start when a single character of it comes before (卫生户厕普|及率 → 卫生户厕|普及率): the
    items of a list share whole words (工伤|保险参保人数 keeps 保险, a word of its own)."""
    end = 0
    for word, _ in tagged(text):
        start, end = end, end + len(word)
        if start < at < end:
            return end if end - at < 2 else start if at - start < 2 else at
    return at
