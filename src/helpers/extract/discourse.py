"""What the text has established so far, which later sentences lean on.

Chinese news and reports leave much unsaid once it is established: a reporting body speaks on
(据介绍，…), the later numbers of a sentence share its subject and actor, an anecdote continues
where the last paragraph placed it. ``Discourse`` holds that state for one document and answers,
for each claim, who acts, what it measures, where and when.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter

from ..codebook import csv_book
from . import attribution
from .lexicon import ClaimWords, claim_words, ending
from .organizations import COMPANY_TYPES, Org, find as find_bodies, listed_there, registry
from .org_local import area_field
from .places import CHINA, ROUTE_LINKS, Place, deixis_pattern, find as find_places, route_follows
from .quantities import Quantity
from .names import PERSON_TAGS, cues as name_cues
from .quotes import cues as quote_cues
from .sentence import QUOTE_OPEN, STOPS as SENTENCE_STOPS, Context
from .tokens import one_word, tagged, word_bounds
from .subjects import (LIST_LINKS, VERB_TAG, backward, casualties, capped_payment, change_in_points, complete, gap_in_points,
                       BRACKET_CLOSE, BRACKET_OPEN, PART_MARK, counted_by_relative, scope_only, share_base, share_of_a_part, share_of_an_amount, object_in_list, part_by_residence, how_long_held, in_the_predicate, opening_noun_phrase, part_of_the_whole_before, goods_of_the_flow, past_lead, ranked_measure, persons_age, respective_change, respective_slot, subject as measured,
                       without_change, without_event, without_leading, EARLIER_VALUES, strip_trailing)


LIST_MARK = "、"
# a sentence about the whole unit (全县蔬菜种植面积…, 今年，全市…): 全 and its unit open it, after a time (not 全市场, 全区域,
# 全市首家, nor a 全县 the company's verb takes)
DIGITS = re.compile(r"\d")
WHOLE_UNIT = re.compile(r"(?:(?:今年|去年|目前|当前|全年|\d{4}年|[上下]半年|前三季度)(?:以来)?[，,]?)?全[省市县区州旗镇乡](?![场域])(?!首)")
PLAN_TAGS = ("v", "d")  # jieba's verbs and adverbs: 力争 and 将 as they set a plan
SECTION_OPENING = 1  # the body paragraph that opens a section (一、…案 | 郑州市医保局…调查), not an example or an answer after it
CLAUSE_BREAKS = "，；。：！？"


@dataclass
class Attribution:
    subject: str = ""
    actor: str = ""
    place: str = ""
    time: str = ""
    change: str = ""
    comparison: str = ""


@dataclass
class Scope:
    """Where a paragraph's claims may be placed: its own places (the dateline's left out), and the
    province an anecdote continued from the previous paragraph carries."""

    places: list
    inherited: str = ""
    countries: frozenset[str] = frozenset()  # the countries abroad the text is about, whose places place figures
    in_company_names: frozenset[int] = frozenset()  # ids of the places that open a company's name (厦门万泰…有限公司): where
    # it is registered places its own sentence, not the paragraph's later figures


@dataclass
class Discourse:
    """The state carried from sentence to sentence and paragraph to paragraph of one document."""

    document_actor: Org | None = None  # the body the whole text reports for (人社部 at its press conference, a report's issuer)
    issued: bool = False  # whether that body issues the text (its credit line, title or signature), not a source it cites
    featured: Org | None = None  # the company a feature is about, when no body reports for the text: its figures, not the
    # country's or the ones a source's data gives (行业数据显示，全国染料产量下降5%)
    featured_work: str = ""  # the word a feature names the work that company builds or runs by (园区), whose posts are its
    document_place: str = ""  # the province the whole text is about (a provincial work report), when it is about one
    home_levels: str = ""  # the last characters of the units the text is about (省, 市, 县): the words of its own unit
    place: str = ""  # province of the last body paragraph that named one; an anecdote continues there
    reporter: Org | None = None  # a body whose report the text goes on quoting (人社部介绍，…)
    cited_in: int = -1  # start of the sentence whose 据 cited the reporter (据中国仓储与配送协会测算，…), else -1
    breakdowns_of: int = -1  # start of the sentence a survey opens (据…抽样调查，…), whose breakdowns after it are its
    dated: tuple[int, int, int, tuple] = (-1, -1, -1, ())  # the last claim's paragraph's start, its sentence's start and
    # end, and the periods of that sentence's claims
    broken_down_period: str = ""  # the period of the sentence before, when the sentence breaks its figures down
    surveyor: Org | None = None  # the body whose survey the sentence breaks down (答：据海关总署统计，…。其中，…), over a speaker
    paragraph_start: int = 0  # where the paragraph's text starts: a source cited in its first clause frames the paragraph
    told_by: Org | None = None  # the reporter when the paragraph names it as its figures' source (记者从南宁海关获悉，…)
    # the source a paragraph's first clause cites (据省生态环境监测中心监测，…): its figures go on being that source's
    # after a sentence that cites another in passing (…。据生态环境部通报，同期全国…。可吸入颗粒物平均浓度为46微克/立方米)
    framing: Org | None = None
    # what the paragraph's last claim that a place headed measured, without the place (肥西县|地区生产总值829.6亿元): the
    # measure of the next places listed alone with their figures (；肥东县688.2亿元，增长6.0%)
    placed_measure: tuple[str, str] = ("", "")  # and its unit
    # for each unit, what the largest claim in it of the last sentence that breaks down no figure measured, without its
    # place or time, with that value and the sentence's start (有效期内高新技术企业总数达6127家, not 新认定…1386家 nor
    # 净增812家): the whole whose parts a breakdown by place lists next (分地区看，武进区1937家…)
    totals: dict = field(default_factory=dict)
    # for each unit, those of every such sentence since the heading, in order: a breakdown whose parts together exceed
    # the last total divides an earlier one (本批次共下达…98.6亿元。…后续扶持配套项目投资不少于8亿元。分省份看，四川省7.85亿元、…)
    earlier_totals: dict = field(default_factory=dict)
    # for each unit, what each claim in it measured, with its value and its sentence's start, in the text's order: the
    # largest figure of the sentence a colon closes is what the list items after it break down (…补助资金3亿元，其中
    # 中央资金2亿元…，分配如下：|（一）南昌县2150万元)
    measured: dict = field(default_factory=dict)
    turn: tuple[str, Org] | None = None  # the speaker a transcript's line introduced (…卫生健康委副主任周紫霄) and their body
    leads: list = field(default_factory=list)  # the bodies the paragraph's list items name as responsible (（牵头单位：教育厅）)
    sentence: int = -1  # start of the sentence of the last claim
    sentence_before: int = -1  # and of the one before that one, which held a claim too
    resumed: tuple | None = None  # (sentence, reporter, told_by) to go back to after a sentence a body after a semicolon reported
    subject: str = ""  # that claim's subject and actor, shared by later numbers of its sentence
    claim_end: int = -1  # and where its number ends (a noun listed after it: 运送旅客…、车辆…)
    actor: str = ""
    actor_org: Org | None = None
    placing_org: Org | None = None  # the body that acts in that sentence (not one reporting from afar): it places numbers
    period: str = ""  # the one time the nearest section heading names (一、2025年工作回顾), for claims that name none
    listed: list = field(default_factory=list)  # (start, thing measured) of the sentence's claims so far, in order
    listed_before: list = field(default_factory=list)  # …and of the sentence before it (…手持订单量…。三项指标分别占…)
    units: list = field(default_factory=list)  # their units
    unit: str = ""  # that claim's unit: a part of its thing in a place counts in it (11例 … 广州6例)
    kind: str = ""  # and its kind: a figure in brackets of the same kind is the same figure again (3778万吨（755.6亿斤）)
    counted_end: int = -1  # end of the last claim when it counted projects or bodies (项目9683个), whose attributes may follow
    counted_thing: str = ""  # what that claim counted (普通高校), whose people or capacity may follow (在校生…，专任教师…)
    # the body or place that acted in the paragraph's last sentence with one (陇县东南镇…实施项目86个。其中重点建设项目8个…)
    acted: tuple[str, Org | None, object, int] | None = None  # with the end of its sentence
    wider: int = -1  # start of the last sentence whose claims a scope wider than a province placed (全球…下降23%)
    # the local counterpart of the text's own national body that a section acts through first (一、郑州市第六人民医院骗保案 |
    # 郑州市医保局…调查，发现…): the section's figures are that body's where they name none (a bulletin of typical cases)
    section_body: Org | None = None
    author: Org | None = None  # the body a line outside the body text names alone, whose text follows (…的报告|省发改委)
    # at a briefing the text reports, the body of the state official quoted last (省统计局, then 省农业农村厅): the
    # figures of the paragraphs after their words, which name no body of their own, are theirs until another official
    # is quoted, to the text's end (a briefing report quotes no one else's body as an official)
    briefer: Org | None = None
    # body paragraphs since the last heading: a section names the body it is about in its opening ones
    section_paragraphs: int = SECTION_OPENING
    publications: list = field(default_factory=list)  # the documents the text tells bodies published (attribution.Publication)
    documents: list = field(default_factory=list)  # the policy documents the text tells bodies issued (印发《…通知》)
    label: str = ""  # the measure the paragraph is labelled with before a colon (规模以上工业增加值：)
    item: str = ""  # what the paragraph's numbered label names before its stop or colon (（一）技能提升补贴。)
    item_body: str = ""  # the body a numbered item opens with as its own clause (（1）泉州市第七中学东海校区，…)
    heading: str = ""  # what the last heading names, its number aside (一、一次性扩岗补助 → 一次性扩岗补助)
    opening: str = ""  # the last budget's measure of the paragraph's figures (全省一般公共预算收入), which a total takes
    sections: list = field(default_factory=list)  # where the text's headings start: a publication is cited within its section
    companies: list = field(default_factory=list)  # the companies the paragraph names, in order: its 合作社… names one again
    # and those the section's earlier paragraphs named as a clause's subject (丰穗合作社成立于2013年…。| 去年合作社二次分红…)
    earlier_companies: list = field(default_factory=list)
    own_unit: Place | None = None  # the county or city whose own medium's text this is (我县…), which acts where none is named
    items_follow: bool = False  # the paragraph before closed on a colon, or is an item of the list such a paragraph opened

    def open_paragraph(self, text: str, start: int, orgs: list = ()) -> None:
        """A reporting body speaks on only where the text says so (据介绍，…, 分产业看，…)."""
        self.paragraph_start = start + len(text) - len(text.lstrip())
        self.companies = sorted((o for o in orgs if o.type in COMPANY_TYPES
                                 and not listed_there().match(text, o.end - start)), key=lambda o: o.start)
        # (深交所|创业板上市公司恒川精密: where a company listed, no company the paragraph's 公司 names again)
        if not attribution.continues(text) and not (self.items_follow and ITEM_OPENING.match(text) and self.told_by is not None):
            self.reporter = self.told_by = None  # (据昆明海关统计，…出口以机电产品、日用百货和蔬菜为主：|——进口老挝钾肥约
            # 152万吨: the items of a list whose lead-in's source the text named, not an official's body who spoke there)
        self.framing, self.resumed = None, None
        cited = _cited_first(text, start, self.paragraph_start, orgs)
        if cited is not None:  # 据市防指统计，抢险救援工作有序推进：一是…。全市累计转移群众2.36万人: the source opens the
            self.reporter = self.told_by = self.framing = cited  # paragraph, whose first sentence may hold no figure
        self.placed_measure = ("", "")
        self.acted = None
        self.label = _measure_label(text)
        self.item = _item_label(text)
        self.item_body = _item_body(text, start, orgs)
        self.opening = ""

    def close_paragraph(self, kind: str, provinces: list[str], times: list[str], text: str = "") -> None:
        """A body paragraph's last province, or the text's own when the paragraph names it as often, carries into the next
        paragraphs; a heading resets it. A heading that
        names one time (2025年工作回顾, 2026年工作安排) dates the claims under it that name none; one that names
        none or several (2025年和“十四五”时期) dates nothing."""
        self.items_follow = kind == "body" and (text.rstrip().endswith(LEAD_IN_CLOSES)
                                                or self.items_follow and bool(ITEM_OPENING.match(text)))
        if provinces and kind == "body":  # the text's own province when the paragraph names it as often as the last one
            # (黄家窑村位于山西与内蒙古交界地带: 山西's), else the last (湖北援建西藏山南市，项目位于西藏山南: 西藏's)
            own, last = self.document_place, provinces[-1]
            self.place = own if own and provinces.count(own) >= provinces.count(last) else last
        self.section_paragraphs = 0 if kind == "heading" else self.section_paragraphs + (kind == "body")
        self.earlier_companies = [] if kind == "heading" else self.earlier_companies + self.companies
        if kind == "heading":  # a new section of a briefing's report is the text's own body's again, whoever spoke last
            self.place, self.briefer = "", None  # (谭敏介绍，…价格… | 就业收入总体稳定: not 调查总队's)
            self.period = times[0] if len(times) == 1 else ""
            self.section_body = None
            self.totals, self.earlier_totals = {}, {}
            self.heading = NUMBERING.sub("", text.strip(), count=1)

    def _a_part_before(self, view: str, ctx: Context) -> bool:
        """Whether the sentence's last claim counted a part of its first (…3.6万户，其中企业1.2万户): 其中 opens its clause."""
        start = ctx.clause(self.listed[-1][0])[0]
        return len(self.listed) > 1 and view.startswith(PART_MARK, past_lead(view, start, self.listed[-1][0], ctx, LEAD_CHARS))

    def _acted_for_itself(self) -> bool:
        """Whether the sentence's last actor is a place acting as its government, or a body that is no state organ (a
        company, a university), which acts for its own figures alone; a state organ reports for the places and
        bodies it serves (市住建局…，江岸区开工1200套)."""
        return bool(self.actor) and (self.actor_org is None or self.actor_org.name != self.actor
                                     or self.actor_org.type not in attribution.STATE_ORGANS)

    def _opens_elsewhere(self, view: str, q: Quantity, ctx: Context) -> bool:
        """Whether the number's clause opens with a place outside the text's province, or abroad (武汉市住建局…，上海市开工
        8000套; 工信部…，美国新建5G基站3万个): no department of the text reports for it."""
        place = ctx.place_at.get(_clause_opening(view, q, ctx))
        return place is not None and (place.country != CHINA or place.province != self.document_place)

    def _listed_after_count(self, view: str, q: Quantity) -> bool:
        """Whether the claim follows a count in the same list (项目9683个、投资规模4733亿元): an attribute there is the
        counted thing's; after a comma a new matter may open (起降设施增至3592个，飞行规模达…)."""
        between = view[self.counted_end : q.start] if 0 <= self.counted_end <= q.start else ""
        return LIST_MARK in between and not any(c in CLAUSE_BREAKS for c in between)

    def _events_or_cause(self) -> str:
        """What the sentence's last count of events counted (发生各类生产安全事故1186起: units.yml ``event_units``), else
        the cause the sentence's last count of casualties named before its word (因灾|死亡5人、失踪2人: 因灾; not a
        person's doing, 王某酒后驾驶造成|死亡1人, nor the verb of causing), or ""."""
        w = claim_words()
        k = next((k for k in range(len(self.units) - 1, -1, -1) if self.units[k] in w.event_units), None)
        if k is not None:
            return self.listed[k][1]
        last = self.listed[-1][1] if self.listed else ""
        word = next((c for c in w.casualties if last.endswith(c)), "")
        cause = last[: len(last) - len(word)] if word and not DIGITS.search(last) else ""
        cause = strip_trailing(next((cause[: -len(v)] for v in w.causal_verbs if cause.endswith(v)), cause), w)  # 洪灾共造成: 洪灾
        return "" if not cause or any(tag.startswith(PERSON_TAGS) for _, tag in tagged(cause)) else cause

    def _last_alike(self, q: Quantity) -> str:
        """The subject of the sentence's last claim in the unit of ``q`` (the previous claim's where they share it)."""
        if q.unit == self.unit:
            return self.subject
        return next((thing for (_, thing), unit in zip(reversed(self.listed), reversed(self.units)) if unit == q.unit), "")

    def _parallel_before(self, q: Quantity) -> str:
        """Where the claims before ran in the same units as this one and the one before it (东部地区实现利润2.1万亿元，有企业
        18万家；中部地区6000亿元，|8万家: 亿元, 家; 亿元, 家), the item of the claim before (中部地区, the words its
        subject does not share at its end with the earlier item's) and the measure of the earlier claim in this unit (有企业,
        past the words it shares at its start with the earlier item's): 中部地区有企业; "" otherwise (…30个县区…7.83张、
        |3.57个)."""
        k = next((k for k in range(len(self.units) - 1, -1, -1) if self.units[k] == q.unit), -1)
        if k < 1 or self.units[k - 1] != self.unit:
            return ""
        theirs, mine, counted = self.listed[k - 1][1], self.subject, self.listed[k][1]
        if counted == theirs:
            return ""  # (占比超过10%的有44种、超过20%的有|23种: one thing throughout, no items of their own)
        if without_change(mine) == without_change(theirs):
            return counted  # 全市接待游客320万人次，实现旅游收入28亿元；比上年同期增加40万人次，|3.6亿元: the same item goes on
        shared_end = max((n for n in _word_ends(mine) & _word_ends(theirs) if 0 < n < len(mine) and mine[-n:] == theirs[-n:]
                          and tagged(mine[: len(mine) - n])[-1][1].startswith(ITEM_END_TAGS)), default=0)  # (中部|地区: the item
        # ends in a noun, not in its locative)
        shared_start = max((n for n in _word_starts(counted) & _word_starts(theirs) if n < len(counted) and counted[:n] == theirs[:n]),
                           default=0)
        item, measure = mine[: len(mine) - shared_end], counted[shared_start:]
        return item + measure if shared_end and item and measure else ""

    def _level_changed(self, view: str, subject: str, q: Quantity, ctx: Context, w) -> str:
        """The thing whose level a change alone in an amount's unit changes (城镇新增就业38.6万人，完成年度目标任务40万人的
        96.5%，较上年同期多增1.2万人 → 城镇新增就业): the sentence's last claim in the same unit that is no target, where
        the claim before is another's (the target's share) and the clause compares; "" otherwise."""
        if without_change(subject) or q.unit in RATE_UNITS or not self.listed or self.unit == q.unit \
                or not w.comparison.search(view, ctx.clause(q.start)[0], q.start):
            return ""  # (赣州市468个、|1210亿元: no change, another item's values)
        alike = [thing for (_, thing), unit in zip(self.listed, self.units) if unit == q.unit and not thing.endswith(w.target_nouns)]
        return alike[-1] if alike else ""

    def _member_after_count(self, view: str, q: Quantity, subject: str) -> bool:
        """Whether the claim, in the clause right after a count, measures the counted bodies' people or capacity
        (普通高校12所，在校生35.6万人; ``members_of_counted``), which a comma or a semicolon does not part from them
        (普通高中712所，比上年增加15所；招生45.36万人)."""
        between = view[self.counted_end : q.start] if 0 <= self.counted_end <= q.start else ""
        breaks = [c for c in between if c in CLAUSE_BREAKS]
        w, core = claim_words(), without_change(subject)
        opened = max(view.rfind(c, 0, self.counted_end) for c in CLAUSE_BREAKS) + 1  # where the count's clause opens
        done = core in w.attributes_of_counted and between.lstrip("，；").startswith(w.completion_verbs) \
            and self.counted_thing.endswith(w.counted_projects) and not view.startswith(PART_MARK, opened)
        # 项目126个，完成投资…: projects' investment (not 就业岗位…，完成投资, nor a part's: 其中新开工项目56个，完成投资…)
        return breaks in (["，"], ["；"]) and (core in w.members_of_counted or done)

    def _of_the_place_before(self, view: str, subject: str, q: Quantity, ctx: Context) -> str:
        """A subject that is only the place heading the number's clause, perhaps with a change (肥东县688.2亿元，增长6.0%
        → 肥东县, 肥东县增长) or its rate of change (芜湖市增速), measures what the last such claim of the paragraph measured
        for its place (肥西县实现地区生产总值829.6亿元 → 肥东县地区生产总值, 肥东县地区生产总值增长, 芜湖市地区生产总值增速);
        remembered from each claim whose subject opens with the place heading its clause and goes on to a noun."""
        if self.label or _aspect_measure(ctx):
            return subject  # (每万人口高价值发明专利拥有量方面，…上海、江苏分别为67.4件、42.6件: the measure it names)
        core = without_change(subject)
        heads = {p.mention for p in ctx.places_between(ctx.clause(q.start)[0], q.start)}
        measure, unit = self.placed_measure
        rate = next((r for r in claim_words().change_rates if core.endswith(r)), "")
        if rate and core[: -len(rate)] in heads and measure and q.unit == PERCENT \
                and self.listed and measure in self.listed[-1][1]:  # 芜湖市、滁州市增速分别为7.1%、7.4% after the measure's
            return core[: -len(rate)] + measure + subject[len(core) - len(rate) :]  # claim → 芜湖市地区生产总值增速 (not after
            # 规模以上工业增加值增长8.1%, another measure's)
        if core in heads and measure:  # its change, whatever its unit; itself, in the measure's unit (南陵县30万人 is
            # no 地区生产总值); a rate its clause says is a change (南充市、达州市分别增长4.6%和4.5%)
            if core == subject and q.unit == PERCENT and q.unit != unit:
                cs = ctx.clause(q.start)[0]
                verb = next((v for v in claim_words().change_verbs if v in view[cs : q.start]), "")
                return core + measure + verb if verb else subject
            return core + measure + subject[len(core) :] if core != subject or q.unit == unit else subject
        if core in heads:
            return subject
        listed = heads or {p.mention for p in ctx.places_between(ctx.start, q.start)}  # (广东、江苏、山东用电量…，分别为
        # 9680亿千瓦时、…: 广东用电量, whose place the list before 分别 names)
        head = next((m for m in sorted(listed, key=len, reverse=True) if core.startswith(m)), "")
        if head and len(core) - len(head) >= PLACED_MEASURE_MIN and core == subject \
                and core[len(head) :] not in claim_words().change_rates:  # (萍乡市降幅最大: a rate of change, no measure)
            self.placed_measure = (without_event(core[len(head) :]), q.unit)  # 实现|地区生产总值: the event is the place's
        return subject

    def _total_in_place(self, view: str, subject: str, q: Quantity, ctx: Context) -> str:
        """The subject of a figure a breakdown by place lists with a place and nothing more, or a place and the verb the
        total's measure opens with (分地区看，武进区1937家、新北区1682家; 分区域看，洛龙区、涧西区分别筹集4120套、
        2860套), or that opens a list item after a lead-in that a colon closes (…补助资金3.2亿元，主要分配情况为：|
        （一）南昌县2150万元, whose largest figure in the unit is the whole): that place's part of what the total before
        measured, in its unit (有效期内高新技术企业总数达6127家 →
        新北区有效期内高新技术企业总数; 全年筹集保障性租赁住房1.26万套 → 洛龙区筹集|保障性租赁住房); so too in a sentence
        that 其中 opens after the total's (全省有效期内高新技术企业达2.16万家…。其中，合肥市8320家 → 合肥市有效期内高新技术
        企业), and in a list that a colon opens in its paragraph, of the measure the paragraph names before it
        (``_measure_the_lead_in_names``); "" otherwise."""
        lead_in = self._lead_in_of_the_item(view, ctx)
        parts_of = view.startswith(PART_MARK, ctx.start) and ctx.start > self.paragraph_start  # (not a paragraph's 其中)
        colon = max(view.rfind(c, ctx.start, q.start) for c in LEAD_IN_CLOSES)  # …各市收入及增幅如下：|南昌市538.6亿元
        if q.kind not in SUMMED_KINDS or q.value is None:
            return ""
        broken_down = lead_in or parts_of or attribution.place_breakdown().match(view, ctx.start)
        if not (broken_down or colon >= 0):
            return ""
        parts = _sum_of_parts(view, q, ctx)
        if not broken_down:
            measure, value = self._measure_the_lead_in_names(view, q, colon, parts)
        elif parts_of:  # the largest figure in the unit of the sentence of the claims right before (…新评定4A级景区20家。
            before = self.sentence if self.sentence != ctx.start else self.sentence_before  # 其中，南昌市5家: of the 20,
            measure, value, _ = max((t for t in self.measured.get(q.unit, []) if t[2] == before), key=itemgetter(1),
                                    default=("", 0.0, -1))  # or none, never the 500 A级景区 a sentence before)
        elif lead_in:  # the lead-in sentence's own largest figure in the unit; none, no whole
            said = self.measured.get(q.unit, [])
            said = said[bisect.bisect_left(said, lead_in[0], key=itemgetter(2)) : bisect.bisect_left(said, lead_in[1], key=itemgetter(2))]
            measure, value, _ = max(said, key=itemgetter(1), default=("", 0.0, -1))
        else:
            measure, value, _ = next((t for t in reversed(self.earlier_totals.get(q.unit, ())) if t[1] >= parts),
                                     self.totals.get(q.unit, ("", 0.0, -1)))
        if not measure or q.value > value:
            return ""  # (a part is no larger than its whole)
        core = without_change(subject)
        found = max((p for p in ctx.places_between(ctx.start, q.start) if core.startswith(p.mention)), key=lambda p: len(p.mention), default=None)
        place = found.mention if found is not None and found.province == (self.document_place or found.province) else ""
        rest = core[len(place) :]
        if not place or rest and not (rest in measure or all(f.startswith("v") for _, f in tagged(rest)) and _a_bare_thing(measure)):
            return ""  # (分地区看，南京市出口2860亿元 after 进出口总值: not 南京市出口进出口总值)
        return place + (measure if rest in measure else rest + measure) + subject[len(core) :]

    def _measure_the_lead_in_names(self, view: str, q: Quantity, colon: int, parts: float) -> tuple[str, float]:
        """The measure and value of the latest earlier figure in ``q``'s unit, at least the sum of the parts, whose measure
        the paragraph names before the colon that opens a list of places (11个设区市中，9个市一般公共预算收入实现增长。
        各市收入及增幅如下：南昌市538.6亿元 → the 一般公共预算收入 of 全省一般公共预算收入3186.4亿元; 全省常住人口中，城镇
        人口2800万人。各市城镇人口如下：南昌市530万人 → 城镇人口, the later); ("", 0.0) when it names none."""
        lead = view[self.paragraph_start : colon]
        said = self.measured.get(q.unit, [])  # (the sentence's own before the number: the items' follow the colon)
        return next(((m, v) for m, v, _ in reversed(said) if m in lead and parts <= v * WHOLE_ROUNDING), ("", 0.0))

    def _lead_in_of_the_item(self, view: str, ctx: Context) -> tuple[int, int] | None:
        """Where the lead-in sentence starts and ends when the sentence opens a list item (——, （一）, 1.) of paragraphs
        right after one that a colon closes (…补助资金3.2亿元，主要分配情况为：|（一）南昌县2150万元): the items break
        down what the sentence the colon closes counted; None otherwise."""
        if ctx.start != self.paragraph_start or not ITEM_OPENING.match(view, ctx.start):
            return None
        end = len(view[: ctx.start].rstrip())  # the paragraph before, then back over the list's earlier items
        start = view.rfind("\n", 0, end) + 1
        while start > 0 and ITEM_OPENING.match(view, start):
            end = len(view[:start].rstrip())
            start = view.rfind("\n", 0, end) + 1
        if not view.endswith(LEAD_IN_CLOSES, start, end) or ITEM_OPENING.match(view, start):
            return None
        return max([start] + [view.rfind(c, start, end) + 1 for c in SENTENCE_STOPS]), end  # the sentence the colon closes

    def _opener_goes_on(self, view: str, q: Quantity, ctx: Context) -> tuple[str, Org | None]:
        """The body that opens the sentence alone and acts there (or the last that opens a later clause alone: 国航复航…，
        南航开通…航线，航程约14100公里), for a number in a later clause that names no body or place of its own before it
        and no scope wider than a province (省卫生健康委将…纳入绩效考核，考核权重不低于5%);
        ("", None) otherwise, and for a body of the world or abroad (东盟继续保持…，对东盟进出口…; 世界银行营商环境…):
        a partner or a qualifier of the text's own figures."""
        opener = attribution.sentence_opener(view, ctx)
        opener = attribution.later_opener(view, ctx, opener, q.start) if opener is not None else None
        if opener is None or opener.type in NOT_OPENING_ACTORS or opener.level in attribution.ABROAD_LEVELS \
                or ctx.clause_index(opener.start) >= ctx.clause_index(q.start) \
                or opener.start < ctx.segment(q.start)[0]:  # not over a semicolon, which opens another body's part
            return "", None
        cs = ctx.clause(q.start)[0]
        if ctx.orgs_between(cs, q.start) or ctx.places_between(cs, q.start) or view.startswith(POINTERS, cs) \
                or attribution.cites_a_source(view, q, ctx) or attribution.reports(view, opener, ctx):
            return "", None  # a body that reports them is the reporter's case (discourse.reporter)
        return opener.name, opener

    def _listed_places_measure(self, view: str, subject: str, q: Quantity, ctx: Context) -> str:
        """The measure of the sentence's previous claim, in the place a subject names alone when the places alone open
        the number's clause before a copula (``_a_listed_place``: 全省国考断面水质优良比例为95%，南昌市为88.2%;
        …，九江市、宜春市分别为93.8%、95.5%), with that claim's change when it has one (地区生产总值增长5%，南昌市为6%);
        "" when the place lies outside the text's province or that claim named no measure apart from its places
        (…。其中，南昌市为6%，九江市为5.5%: the 九江市 of a bare 南昌市; 全省人均GDP…: a measure segmentation breaks)."""
        if subject != without_change(subject) or not _a_listed_place(view, subject, q, ctx):
            return ""
        found = max((p for p in ctx.places if p.mention == subject), key=lambda p: p.start, default=None)
        measure = _measure_alone(self.subject, ctx)
        core = without_change(self.subject)
        if measure and not any("".join(w for w, _ in words[k:]) == measure for words in (tagged(core),) for k in range(len(words))):
            return ""  # (全省下达衔接资金20亿元，赣州市为6亿元: no 达衔接资金, a measure cut inside a word)
        if found is None or not measure or not found.province or found.province != self.document_place \
                or any(p.mention in measure for p in ctx.places):
            return ""
        return subject + measure + self.subject[len(without_change(self.subject)) :]

    def _a_places_own_measure(self, view: str, q: Quantity, ctx: Context) -> bool:
        """Whether the sentence's previous figure measured a thing each place has of its own, so that a place and a
        change after it are that place's (江苏规模以上工业增加值同比增长7.9%，浙江增长7.6%): not a body's figure
        (长沙银行增长12.3%，湘潭增长…), a trade with a partner (对俄罗斯进出口增长…，哈尔滨增长…) or a part after 其中
        (其中制造业增长8.0%，青岛增长…: the city's total, not its part)."""
        previous = without_change(self.subject)
        opening = next((o for o in ctx.orgs if o.end <= q.start and previous.startswith(o.mention)), None)
        return opening is None and PARTNER_MARK not in previous and PART_MARK not in view[ctx.start : q.start]

    def _another_company_before(self, view: str, q: Quantity, ctx: Context, company: Org) -> Org | None:
        """The company other than ``company`` (the featured or reporting one) that heads a clause of the number's sentence,
        or of the sentence before it where the number's goes on about what that one told of by a demonstrative and names no
        company of its own (…，宁德时代匈牙利工厂…已基本建成。这个总投资73.4亿欧元的项目… in a feature that opened on
        比亚迪): the paragraph has turned to it. None otherwise: a company named in passing (特斯拉贡献了约10%的收入。
        动力电池系统销量…) gives the next sentence no figures."""
        here = [o for o in ctx.orgs if o.type in COMPANY_TYPES and o.end <= q.start]
        if here:  # 华友钴业投资建设的…项目去年动工，规划年产能2.5万吨: the one that heads a clause of the number's sentence
            last = here[-1]
            turned = last.name != company.name and not any(o.name == company.name for o in here) and _opens_a_clause(view, last) \
                and view[last.start - 1 : last.start] not in LISTING_COLONS and _company_word() not in view[last.end : q.start]
            return last if turned else None
        if not view.startswith(DEMONSTRATIVE_OPENERS, ctx.start) or _company_word() in view[ctx.start : q.start]:
            return None
        before = [o for o in self.companies if o.end <= ctx.start]
        last = before[-1] if before else None
        if last is None or last.name == company.name or not _opens_a_clause(view, last) or view[last.start - 1 : last.start] in LISTING_COLONS \
                or sum(view.count(stop, last.end, ctx.start) for stop in SENTENCE_STOPS) > 1 or _company_word() in view[last.end : ctx.start]:
            return None  # (named in the sentence right before, not as a partner of 公司: 宝马集团与公司签订了…协议。这项协议…)
        return last

    def _pointed_measure(self, view: str, subject: str, q: Quantity, ctx: Context) -> str:
        """A measure the sentence names again by a pointer (2025年这一指标达到32.6%, 今年这一比例为…): the thing the
        paragraph measured last, in this sentence or the one before, else the noun phrase the sentence before opens on
        (居民健康素养水平也在稳步提高。…这一指标达到32.6% → 居民健康素养水平), with the claim's change; "" otherwise."""
        w = claim_words()
        core = without_change(subject)
        if core not in w.pointed_measures:
            return ""  # most subjects
        at = view.rfind(core, ctx.start, q.start)
        if at < 0 or not view.endswith(w.measure_pointers, ctx.start, at):
            return ""
        if self.listed or self.listed_before:
            named = (self.listed or self.listed_before)[-1][1]
        else:  # the sentence before names a measure it gives no figure for (…水平也在稳步提高。), not a body or a field
            before = max(self.paragraph_start, max(view.rfind(m, self.paragraph_start, ctx.start - 1) for m in "。；！？") + 1)
            named = _topic_phrase(view[before : ctx.start])
            named = named if named.endswith(w.measure_nouns + w.frame_nouns) else ""
        if len(named) < POINTED_MIN or named in w.pointed_measures:
            return ""
        kept = core if core in w.pointed_shares and not named.endswith(RATES) else ""  # 税收收入…这一比重 → 税收收入比重;
        # a rate already is one (居民健康素养水平为30.3%。今年这一比例… → 居民健康素养水平)
        return named + kept + subject[len(core) :]

    def _of_the_label(self, subject: str, ctx: Context) -> str:
        """A place alone (and its change) in a paragraph a measure labels (规模以上工业增加值：…，其中平度市、莱西市分别
        增长12.6%、11.8%), or in a sentence that opens on the measure as its aspect (婴儿死亡率方面，赣州、上饶分别为3.12‰和
        3.05‰): that place's measure, as a bulletin sets its figures under the measure's name; "" otherwise."""
        label = self.label or _aspect_measure(ctx)
        if not label:
            return ""  # most paragraphs
        core = without_change(subject)
        if not core or not any(p.mention == core for p in ctx.places):
            return ""
        change = subject[len(core) :]
        return core + change if change and label.startswith(change) else core + label + change  # (增长率方面，南昌增长6.1%)

    def _whole_before_its_parts(self, view: str, q: Quantity, ctx: Context) -> str:
        """The thing of the sentence's last claim before the 其中 that opens its parts (居民消费价格上涨1.5%，其中食品价格…，
        城市上涨1.2% → 居民消费价格), else of its previous claim."""
        mark = view.rfind(PART_MARK, ctx.start, q.start)
        before = [thing for (start, thing), unit in zip(self.listed, self.units) if start < mark and unit == q.unit] if mark >= 0 else []
        return before[-1] if before else self.subject  # (in its unit: not 涨幅比上年回落1.7个百分点 before 其中城市上涨0.2%)

    def _of_the_payment_named(self, subject: str) -> str:
        """A payment's standard that names the payment by its kind alone, or not at all (…的标准给予补贴 → 补贴标准; …的标准
        发放 → 标准): the standard of the payment of that kind that the paragraph's numbered label names, else its heading
        (一、一次性吸纳就业补贴 | （二）补贴标准。按每吸纳1人1000元的标准给予补贴 → 一次性吸纳就业补贴标准), as a notice sets
        out each payment under its name; "" otherwise."""
        w = claim_words()
        kind = subject[: -len(w.payment_standard)] if subject.endswith(w.payment_standard) else None
        if kind is None or kind and kind not in w.payments:
            return self._of_the_programme_named(subject, w)  # most figures: ""
        named = next((n for n in (self.item, self.heading) if n.endswith(kind or w.payments) and n not in w.payments
                      and not _an_act(n, w)), "")  # (not 一、落实各项就业补贴: an act, no payment's name)
        return named + w.payment_standard if named else ""

    def _of_the_item_named(self, view: str, subject: str, q: Quantity, ctx: Context) -> str:
        """A bare measure (标准, 资助面, 具体标准) in a numbered item whose label names the group or field it is about
        ((一)学前教育。…发放生活补助，标准由每生每年800元提高到1000元。资助面…按…10%左右核定 → 学前教育标准, 学前教育资助面), as
        a notice sets out each group's standards under its name: that field's measure; "" where the label names an aspect
        of the scheme (（三）资金来源。, （一）补贴对象。, 工作要求) or the paragraph names no such field, and in the item's
        later sentences only while no place or body heads the clause."""
        w = claim_words()
        item = self.item
        if not item or len(item) > ITEM_FIELD_MAX or item.endswith(w.item_aspects) or _an_act(item, w) \
                or any(p in item for p in w.payments) or tagged(item)[-1][1].startswith(VERB_TAG):
            return ""  # most paragraphs (and a rule of the payments: 补贴标准动态更新)
        core = without_change(subject)
        measure = ending(core, w.measure_nouns + w.item_measures)
        if not measure or len(core) - len(measure) > BARE_ITEM_OWNER or core.startswith(item):
            return ""
        if ctx.places_between(ctx.clause(q.start)[0], q.start) or ctx.orgs_between(ctx.clause(q.start)[0], q.start):
            return ""
        return item + subject

    def _of_the_body_item(self, subject: str, q: Quantity, ctx: Context) -> str:
        """What a numbered item that opens with a body alone says by a short phrase (（1）泉州市第七中学
        东海校区，位于…，新增初中学位1800个，总投资3.9亿元，…建设工期约18个月 → 泉州市第七中学东海校区新增初中学位, …总投资,
        …建设工期): that body's, as a list of schools, hospitals or companies sets out each one's figures under its name;
        "" in a later sentence of the paragraph that opens another item, turns away (此外, 同时) or speaks of the whole (全市…),
        where a place or another body heads the number's clause, and where the subject names the body already or by its
        class (该公司员工, 学校现有在校生)."""
        body = self.item_body
        if not body or not subject or len(subject) > ITEM_BODY_SUBJECT_MAX or subject.startswith(body) \
                or _by_its_own_word(subject):
            return ""
        if ctx.start != self.paragraph_start and (ITEM_NUMBER.match(ctx.view, ctx.start) or ctx.view.startswith(ITEM_TURNS, ctx.start)
                                                  or deixis_pattern().search(ctx.view, ctx.start, q.start)):
            return ""  # a later sentence that opens another item, turns away or speaks of the whole (此外，今年全市…)
        if ctx.places_between(ctx.clause(q.start)[0], q.start) or ctx.orgs_between(ctx.clause(q.start)[0], q.start):
            return ""
        return body + subject

    def _of_the_programme_named(self, subject: str, w: ClaimWords) -> str:
        """What a numbered item says of its programme's payment, by the payment's word alone (每件补贴, 补贴比例, 每位消费者
        累计补贴, 补贴标准为…): that of the programme the item's label names (（三）家电产品以旧换新。… → 家电产品以旧换新
        每件补贴), after the act a label may open with (鼓励汽车以旧换新 → 汽车以旧换新补贴标准); "" where the paragraph has
        no such label (one naming an aspect: （三）资金来源。)."""
        act = next((a for a in w.heading_actions if self.item.startswith(a)), "")
        item = self.item[len(act) :]  # 鼓励|汽车以旧换新, 支持|数码产品购新: the programme the act is about
        named = item.strip(QUOTE_MARKS)  # (家装厨卫“焕新”)
        named = next((named[: -len(p)] for p in w.payments if named.endswith(p)), named)  # (数码产品购新|补贴)
        if not named.endswith(w.programme_endings) or any(p in named for p in w.payments) or _an_act(item, w):
            return ""  # (资金来源, 补贴上限, 不得重复享受补贴, 补贴标准动态更新: an aspect or a rule of the payments)
        if not PAYMENT_MEASURE_ALONE.fullmatch(subject) or not any(p in subject for p in w.payments):
            return ""
        said = next((p for p in w.payments if subject.startswith(p) and item.endswith(p)), "")
        return item + subject[len(said) :]  # (…购新补贴|比例, not 补贴补贴比例)

    @staticmethod
    def _an_owners_measure(view: str, subject: str, q: Quantity, ctx: Context) -> bool:
        """Whether a sum of money names a budget's measure (全省一般公共预算|收入, 省本级一般公共预算|收入) that a total
        later in its paragraph may be of: not one its clause adds or parts (加上…, 其中，…)."""
        if q.kind != MONEY or BUDGET not in subject:
            return False  # most figures: no reading of the clause
        core = without_change(subject)
        measure = ending(core, claim_words().listed_measures, None)
        owner = core[: len(core) - len(measure)] if measure is not None else ""
        cs = ctx.clause(q.start)[0]
        heads = (cs, past_lead(view, cs, q.start, ctx, LEAD_CHARS))
        return BUDGET in owner and not core.startswith(ADDED_OR_PART) and not any(view.startswith(ADDED_OR_PART, h) for h in heads)

    def _of_the_lead(self, view: str, subject: str, q: Quantity, ctx: Context) -> str:
        """A short measure that opens a sentence with no subject of its own, owned by the thing the paragraph's lead
        names, a sentence of no figure that opens the paragraph with its finding (基础设施项目稳中有进。完成投资3012.9亿元
        → 基础设施项目完成投资; 分领域看，制造业项目投资增势强劲。上半年完成投资… → 制造业项目完成投资), as a statistics
        release or a report heads each paragraph; ``subject`` as it is elsewhere."""
        core, w = without_change(subject), claim_words()
        lead_end = view.rfind("。", self.paragraph_start, ctx.start) + 1
        if core not in w.sector_measures or not lead_end or view.find("。", self.paragraph_start) + 1 != lead_end \
                or lead_end - self.paragraph_start > LEAD_MAX or DIGITS.search(view, self.paragraph_start, lead_end):
            return subject  # most figures: no sector's measure (城乡面貌焕然一新。改造老旧小区28个: what was done; 财政收入,
            # 税收收入: the government's), no lead of a paragraph of its own before them
        opens = past_lead(view, ctx.start, q.start, ctx, LEAD_CHARS)
        frames = view[ctx.start : ctx.clause(q.start)[0]]
        words = tagged(view[opens : q.start]) if view.find(core, opens, q.start) >= 0 else ()
        doing = words[: next((k for k, (word, _) in enumerate(words) if core.startswith(word)), len(words))]
        if not words or "".join(word for word, _ in doing) + core != view[opens : q.start] or not all(f.startswith("v") for _, f in doing) \
                or frames and (tagged(frames)[0][1] != PREPOSITION_TAG or DIGITS.search(frames)):
            return subject  # (全省…完成投资: the clause names its own; 园区引进企业，完成投资…: the first clause's subject)
        lead = view[self.paragraph_start : lead_end]
        framed = attribution.breakdown().match(lead)
        phrase = opening_noun_phrase(lead[framed.end() if framed else 0 :])
        after = lead[(framed.end() if framed else 0) + len(phrase) :]
        topic = _lead_owner(phrase, w)  # 民间投资|活力增强, 装备制造业|增势良好: the sector, not its quality
        topic = topic[: topic.index(core)] if core in topic[TOPIC_MIN:] else topic  # 制造业项目|投资增势强劲: its 投资
        if len(topic) < TOPIC_MIN or not after or tagged(after)[0][1][0] not in TOPIC_VERB_TAGS + FINDING_TAGS:
            return subject  # (综合实力显著增强。: a quality, no owner of investment or revenue)
        if topic.endswith(core):  # 民间投资活力增强。实现投资1680亿元: that investment
            return topic + subject[len(core) :]
        return topic + "".join(word for word, _ in doing) + subject

    def _total_of_the_opening(self, subject: str) -> str:
        """A measure's total alone (收入总量, 支出总量) in a paragraph whose last owner's figure was the same or a sibling
        measure (全省一般公共预算收入3784.6亿元，…，收入总量为9808.5亿元 → 全省一般公共预算收入总量): that owner's, as a
        budget report sums each budget's revenue and spending; "" otherwise."""
        if not self.opening or not any(t in subject for t in TOTAL_WORDS):
            return ""  # most figures
        w = claim_words()
        core = without_change(subject)
        total = next((t for t in TOTAL_WORDS if core.endswith(t)), "")
        measure = core[: len(core) - len(total)]
        before = ending(self.opening, w.listed_measures, None) if total and measure in w.listed_measures else None
        if before is None or before != measure and not any({before, measure} <= set(parts) for parts in w.whole_parts.values()):
            return ""
        return self.opening[: len(self.opening) - len(before)] + subject

    def _goes_on_reporting(self, q: Quantity, ctx: Context, acting_org: Org) -> bool:
        """Whether the body that reported the sentence's previous claim reports this one too: no body is named in its
        clause, and the one that would act in it is named before that body, which the sentence's source narrowed to
        (记者从省农业农村厅获悉，据省统计局测算，…播种面积6262.5万亩，总产502.3亿斤: 省统计局's 总产, not the department the
        reporter learnt it from)."""
        reporter = self.reporter
        return self.sentence == ctx.start and self.actor_org is reporter and reporter is not None \
            and acting_org.end <= reporter.start and ctx.start <= reporter.start \
            and not ctx.orgs_between(ctx.clause(q.start)[0], q.start)

    def _reports_for(self, view: str, body: Org, place: Place | None, clause: tuple[int, int] = (0, 0)) -> bool:
        """Whether ``body``, a state organ, tells the figures of a clause that a place heads, over the place: one reporting them
        (水利部副部长…透露，雄安新区…14项重大水利项目开工建设), or the text's own body when it is a national one (水利部 in
        its release: 云南滇中引水工程…已开挖438公里) or that place's (上海市人民政府 for 上海市…, 上海浦东新区金融工作局 for
        浦东…, 苏州海关 for 苏州市…); a county or another province that heads a clause of a province's report (涪陵区…,
        浙江省…) acts for itself, unless the paragraph names the text's body as its figures' source (记者从南宁海关获悉，…。同期，广西对东盟进出口…)
        or the text's body is a department, which governs no place, of a unit the place lies in (合肥市统计局's bulletin:
        肥西县地区生产总值829.6亿元; 四川省农业农村厅: 安岳县柠檬种植面积52万亩): a department reports the figures of the
        places it serves, a government's places act, and a customs district that issues the text reports its province's
        trade (南京海关's release: 江苏以一般贸易方式进出口…); but a place that heads an action of its own (抚州市在…实行昼夜巡堤查险，
        累计出动巡查人员9.6万人次; 南昌市、九江市分别组织防汛演练46场、73场) acts in a department's release too."""
        return place is not None and body.type in attribution.STATE_ORGANS and (
            body is not self.document_actor or body is self.told_by
            or (body.level in attribution.CENTRAL_LEVELS or not attribution.governs(body) and _serves(body, place))
            and not _acts(view, place.end)
            or self.issued and _its_district(body, place)  # (江苏对东盟进出口…: its trade, whatever the verb)
            or body is self.document_actor and _its_district(body, place) and _of_trade(view, place, clause)
            # (in a report that cites it in the lead, a figure of its province's trade: not 浙江省新增跨境电商主体3000家,
            # nor 凭祥市通过口岸通关便利化改革，带动就业2万人, the city's own doing)
            or _named_by_full_name(body, place)
            or _named_by_short_name(body, place))

    def attribute(self, view: str, q: Quantity, ctx: Context, sentence_start: int, scope: Scope,
                  quoted: tuple | None = None) -> Attribution:
        """Subject, actor, place, time, change and comparison of one claim in the sentence ``ctx``
        (which starts at ``sentence_start``, or after the dateline that opens it). ``quoted`` is the quotation
        holding the claim and its speaker's body (or None): a quoted official's body reports the figure, and a
        figure in the words of someone who speaks for no body (a resident) is not the reporting body's."""
        if self.sentence != ctx.start and _a_host_speaks(view, ctx) and not ctx.orgs_between(ctx.start, ctx.clause(ctx.start)[1]):
            self.reporter = self.told_by = None  # 承办方介绍，…: another host speaks, whom the text did not name as a body
        actor, acting_org, acting_place = attribution.actor(view, q, ctx)
        if acting_org is not None and _its_area_system(acting_org, self.document_actor):
            actor, acting_org = self.document_actor.name, self.document_actor  # 全省公安机关共破获… in 省公安厅's report
        listed = _respective_body(view, q, ctx)  # A、B和C…分别接诊3.1万、2.7万和2.2万人次: C's
        if listed is not None and self.document_actor is not None and _same_kind(listed, self.document_actor):
            listed, actor, acting_org = None, self.document_actor.name, self.document_actor  # 苏州工业园区人民法院、昆山市人民
            # 法院…收案量位列前三，分别为… in 苏州市中级人民法院's report: its courts' figures, which it reports
        if listed is not None and listed is not acting_org:  # also where the bodies head no clause (…提交的提案数量居前三位，分别为…)
            actor, acting_org = listed.name, listed
        published_by = attribution.trailing_source(view, q, ctx) if not actor else None
        if published_by is not None:  # …增长5.7%——交通运输部发布的最新数据
            actor, acting_org = published_by.name, published_by
        if acting_place is not None and acting_place.country not in (CHINA, *scope.countries):
            actor, acting_place = "", None  # 希腊(7月份为21%): a place abroad that a text is not about acts for none
        if actor:  # one that opens the sentence is what the next sentence may go on about (not a body named on the way)
            opens = attribution.opens_sentence(view, ctx, acting_org or acting_place) \
                and not (acting_org is not None and _came_into_being(view, acting_org, ctx))
            self.acted = (actor, acting_org, acting_place, ctx.end) if opens else None  # (江西农商联合银行挂牌开业，…。
            # 累计推进60项…: a body the sentence says opened goes on into no next sentence)
        elif self.acted is not None and self.sentence != ctx.start and not view[self.acted[3] : sentence_start].strip() \
                and attribution.leaves_subject(view, q, ctx, _a_system(self.acted[1])) \
                and not _a_host_speaks(view, ctx) \
                and not (self.told_by is not None and self.acted[0] == self.told_by.name and _plans(view, ctx, claim_words())):
            actor, acting_org, acting_place, _ = self.acted  # 其中重点建设项目8个: the sentence right before goes on
            self.acted = (actor, acting_org, acting_place, ctx.end)
        own, w = self.document_actor, claim_words()
        turn_body = self.turn[1] if self.turn else None
        if acting_org is not None and own is not None and a_division_alone(acting_org, view):
            actor, acting_org = own.name, own  # 养老保险处处长王明介绍，…: the division speaks for the text's own body
        if acting_org is not None and acting_org.name.endswith(w.press_hosts) and turn_body is not None and turn_body is not acting_org:
            actor, acting_org = turn_body.name, turn_body  # 在国新办新闻发布会上，张兴旺介绍: the official's body reports, the host holds the event
        if acting_org is None and actor in w.unnamed_governments and own is not None and own.name.endswith(w.own_governments):
            actor, acting_org = own.name, own  # 政府 in a government's own text (…人民政府, 国务院) is that government
        passive = attribution.patient_start(view, q, ctx)  # …有限公司…，被处以罚款48万元: read once for the three asks below
        if not actor and quoted is None and passive is None:  # 中国农业银行寻乌县支行推出“果农贷”，
            actor, acting_org = self._opener_goes_on(view, q, ctx)  # 合作社社员…最高可贷30万元: the body the sentence
            # opens with acts in its later clauses (not one fined in them: …有限公司…，被处以罚款48万元)
        if not actor and quoted is None and passive is None and self.featured is None:  # (a feature's 公司 is its own)
            again = _named_again_in_paragraph(view, q, ctx, self.companies, self.earlier_companies, self.paragraph_start)  # …由信丰县龙舌脐橙种植专业合作社统一运营…。合作社全年实现
            if again is not None:  # 销售收入2376万元: the company its paragraph named, by its class word
                actor, acting_org = again.name, again
        if acting_org is not None and own is not None and (_its_system(acting_org, own, w) or _its_field(acting_org, own, w)
                                                           and not _reports_its_own(view, acting_org, q, ctx)):
            actor, acting_org = own.name, own  # 全省法院 in 浙江省高级人民法院's report: the courts it leads and reports on
        led = attribution.lead_for(self.leads, q.start) if not actor or acting_org is None else None  # over 全省…
        if led is None and not actor:  # 报告指出，…: the body that published the report the text told of
            led = attribution.cited(view, ctx, q, self.publications, self.sections)
        if led is None and not actor and quoted is None and self.turn is None:  # 根据《通知》，…: the document's issuer,
            led = attribution.cited_by_title(view, ctx, q, self.documents)  # unless someone's words give the figures
        if led is not None:  # the body its list item names as responsible, before any the sentence shares
            actor, acting_org = led.name, led
        said = measured(view, q, ctx)
        subject = casualties(view, q, ctx, said, self._events_or_cause() if not said and self.sentence == ctx.start else "")
        composed = bool(subject) and not said  # 发生事故1186起、死亡1032人: complete already
        subject = self._of_the_place_before(view, subject, q, ctx)
        if self.sentence != ctx.start:
            subject = self._of_the_lead(view, _of_the_topic(view, subject, q, ctx), q, ctx)
            if self.listed and self._breaks_down(view, ctx):  # …进出口总值1802.3亿元。其中，出口…: the same owner's part
                alike = [thing for (_, thing), unit in zip(self.listed, self.units) if unit == q.unit]
                subject = part_of_the_whole_before(_past_the_breakdown(view, subject, ctx, alike[-1] if alike else ""),
                                                   self.listed[0][1])  # of the sentence's first figure, its whole
        placing = acting_org  # a body that acts in the sentence places its numbers; one that reports them from afar does not
        if self.sentence != ctx.start:
            self.listed_before = self.listed or self.listed_before if not view[self.claim_end : sentence_start].strip("。；; \u3000") else []
            self.listed, self.units = [], []
        pointed = self._pointed_measure(view, subject, q, ctx)  # (这一指标达到32.6%: the measure named before)
        subject = pointed or subject
        respective = respective_change(view, q, ctx, self.listed, self.listed_before)
        in_place = self._total_in_place(view, subject, q, ctx)
        member = False
        if respective:  # 项目2.35万个、在建规模4.7万亿元，同比分别增长15.8%、12.3%: each change of its own value
            subject = respective
        elif in_place:  # 分地区看，武进区1937家、新北区1682家: each place's part of the total before
            subject = in_place
        elif pointed:
            pass  # 占规上工业的比重为22.3%，该比重较上年提高…: complete already, the thing the pointer names
        elif self.sentence == ctx.start:  # later numbers of a sentence share its subject and actor when they state none
            share = (q.unit == PERCENT or q.unit == MULTIPLE and self.unit not in RATE_UNITS) \
                and view[q.start - 1 : q.start] == w.attributive  # 完成全年目标的113.2%; 是…的1.8倍 after a level (not
            # after a rate: 增长18.6%，为全国出口增速的3.1倍; 完成年度计划的112%，是去年同期的1.3倍)
            part = view.endswith(PART_MARK, 0, q.start)  # 其中四人壮烈牺牲
            if self.subject and q.unit == self.unit and _a_place_alone(view, subject, q, ctx):  # 新增无症状感染者11例，分别为：广州6例
                changed = subject[len(without_change(subject)) :]  # (…同比增长7.9%，浙江增长7.6%: the place's change)
                placed = _in_the_place(subject, self.subject, ctx, self.document_place)
                kept = changed and (placed == without_change(self.subject) or not self._a_places_own_measure(view, q, ctx))
                subject = subject if kept else placed + changed  # (no place of the total's: 南昌增长 stays, not 全省…增长)
            elif self.subject and q.unit == self.unit and (listed := self._listed_places_measure(view, subject, q, ctx)):
                subject = listed  # 全省国考断面水质优良比例为95%，南昌市为88.2%; 九江市、宜春市分别为93.8%、95.5%
            elif self.subject and (region_measure := _in_a_region(subject, self._last_alike(q), w)):
                subject = region_measure  # 东部地区…收入增长1.9%，中部地区增长1.1%; 东部地区…退税11356亿元，占比52.9%；中部
                # 地区4512亿元: the last one in the same unit, past a share of its own
            elif self.subject and not composed and not (without_change(subject) and self.listed
                                       and _opens_with_its_own_body(view, q, ctx, self.listed[-1][0])):
                member = self._member_after_count(view, q, subject)  # 普通高校12所，在校生…，专任教师…: the counted bodies'
                doer = self.unit not in w.reach_doer_not_units and not _across_a_semicolon(self.listed, q, ctx)
                previous = self.counted_thing if member else _of_the_events(self.subject, q, w)
                if share and self.claim_end == q.start - 1 and len(self.listed) >= 2 \
                        and subject.endswith(view[self.listed[-1][0] : self.claim_end]):  # 完成年度目标任务|40万人|的96.5%:
                    subject = subject[: len(subject) - (self.claim_end - self.listed[-1][0])]  # the target's share, the
                    previous = without_change(self.listed[-2][1])  # target without its amount, of the thing before it
                level = self._level_changed(view, subject, q, ctx, w)
                previous = level or previous
                if not level and not subject and q.unit != self.unit and q.unit not in RATE_UNITS \
                        and (parallel := self._parallel_before(q)):
                    previous = parallel  # …实现利润2.1万亿元，有企业18万家；中部地区6000亿元，|8万家: the thing counted
                    # in its unit before, not the amount's
                if without_change(subject) in w.wholes_of_counted and self.listed and self._a_part_before(view, ctx):
                    previous = self.listed[0][1]  # 新增市场主体3.6万户，其中企业1.2万户，总量…: the whole's total, not the part's
                subject = complete(subject, previous,
                                   member or self._listed_after_count(view, q), share, part, q.unit == self.unit,
                                   q.unit in self.units and q.unit in w.handled_units, self.unit != PERCENT,
                                   q.unit == self.unit or {q.unit, self.unit} <= w.counted_owners, doer)
                alike = [thing for (_, thing), unit in zip(self.listed, self.units) if unit == q.unit]
                subject = (goods_of_the_flow(subject, alike[-1]) if alike else "") or subject  # 进口铁矿砂…；原油…
                subject = _attribute_of_the_topic(view, subject, q, ctx, self.listed[0][1] if self.listed else "")
                subject = object_in_list(view, q, subject, self.claim_end, self.subject) or subject  # 运送旅客…、车辆…
                if subject.startswith(w.residence_parts) and without_change(subject) in w.residence_parts \
                        and not view.startswith(subject, q.end):  # 其中城市…; not 26个国家229个|城市, the cities counted
                    subject = part_by_residence(subject, self._whole_before_its_parts(view, q, ctx)) or subject
                subject = capped_payment(view, q, ctx, subject) or subject  # …补贴，最高不超过5万元
        bracketed = view[self.claim_end : self.claim_end + 1] in BRACKET_OPEN if 0 <= self.claim_end < q.start else False
        converted = view[self.claim_end + 1 : q.start] in w.conversion_words  # 约合…, which a remark may follow in the brackets
        closes = view[q.end : q.end + 1] in BRACKET_CLOSE or converted and view[q.end : q.end + 1] in CLAUSE_COMMAS
        if self.sentence == ctx.start and self.subject and bracketed and (converted or self.claim_end + 1 == q.start) \
                and closes and q.unit != self.unit and q.kind == self.kind and q.kind in CONVERTED_KINDS:
            subject = self.subject  # 总产量3778万吨（755.6亿斤）, 缴纳税费约110亿坚戈（约合2100万美元）: the same figure in another
            # unit (not 支出580亿元（78.6%）, a share, nor 销售面积1860万平方米（约20万套）, the dwellings)
        elif self.sentence == ctx.start and self.subject and self.claim_end == q.start - 1 and view[q.start - 1] in SLASHES \
                and not any(c in self.subject for c in SLASHES + LIST_MARK) and view[q.end : q.end + 1] in SLASH_CLOSES:
            subject = self.subject  # 装机规模达到1856万千瓦/4820万千瓦时: the same measure in another unit (not 1.2万台/2.4万个
            # 充电枪, which names its own; nor 营收/归母净利润分别为45.6亿元/8.9亿元, each its own measure)
        subject = ranked_measure(view, q, ctx) or self._of_the_label(subject, ctx) or self._total_of_the_opening(subject) \
            or self._of_the_payment_named(subject) or self._of_the_item_named(view, subject, q, ctx) \
            or self._of_the_body_item(subject, q, ctx) or subject
        self.opening = without_change(subject) if self._an_owners_measure(view, subject, q, ctx) else self.opening
        held = how_long_held(view, q, ctx)
        if held and subject and held not in subject and not in_the_predicate(subject, held):  # …粮食总产量272.6万吨，
            subject += held  # 连续13年稳定在50亿斤以上: the thing completed, then how long it has done so
        spoken_for = quoted[1] if quoted and quoted[0].speaker else None  # a body whose official says the words
        if self.sentence == ctx.start and spoken_for is None \
                and not ((self._acted_for_itself() or self._opens_elsewhere(view, q, ctx))
                         and _opens_with_another(view, q, ctx, self.actor)):
            actor = actor or self.actor  # (…合作社理事长赵广利算起了细账：“…1.8%…”: not the actor of the sentence's
            acting_org = acting_org or self.actor_org  # figures before the words)
            placing = placing or self.placing_org
        listed_as = next((t for _, t in reversed(self.listed) if respective.startswith(t) and len(t) < len(respective)), "") \
            if respective else ""  # 机电产品…，分别占全省出口总值的58.2%: the thing, which a later 分别 clause changes
        self.listed.append((q.start, listed_as or without_change(subject)))
        self.units.append(q.unit)
        speaker_org = quoted[1] if quoted else None
        if speaker_org is not None and a_division_alone(speaker_org, view):  # (养老保险处处长王明说：“…”): the text's body's,
            speaker_org = _division_of(speaker_org) or self.document_actor or speaker_org  # unless its bureau opens its name
        if self.resumed is not None and self.resumed[0] != ctx.start:  # (…；国家电网有限公司表示，…8亿千瓦。风电新增装机
            _, self.reporter, self.told_by = self.resumed  # 5000万千瓦: 国家能源局's again)
            self.resumed = None
        if self.framing is not None and self.cited_in not in (-1, ctx.start) and not attribution.breakdown().match(view, ctx.start) \
                and not attribution.of_a_wider_scope(view, q, ctx, subject):  # (其中，京津冀…: the passing source's still)
            self.reporter = self.told_by = self.framing  # the passing source's sentence is over: the paragraph's source
            self.cited_in = -1  # again, as its source named (下一步，全省将…: no plan of the source's)
        # the reporting body where the sentence names no other (湖北森峰…有限公司自主研发的铝合金模板…重复利用200次以上)
        alone = self.reporter is not None and (all(o.name == self.reporter.name for o in ctx.orgs)
                                               or self.reporter is self.told_by and acting_org in (None, self.reporter)) \
            and not (self.reporter is self.told_by and _plans(view, ctx, w)) \
            and (self.breakdowns_of in (-1, ctx.start) or bool(attribution.breakdown().match(view, ctx.start))) \
            and not (self.reporter.level not in WIDE_LEVELS and _opens_in_another_region(view, q, ctx, self.reporter))
        # (据市统计局统计，…。下半年，全市将…力争…; and no mainland body reports for a place of 香港 or 澳门)
        # (记者从南宁海关获悉，…。同期，广西对东盟进出口…: the named source goes on over a body that does not act)
        turn = self.turn[1] if self.turn else None  # the speaker whose turn it is, over the body that holds the briefing
        turn = self.document_actor if turn is not None and self.document_actor is not None and a_division_alone(turn, view) else turn
        if self.section_paragraphs < SECTION_OPENING and self.section_body is None and self.document_actor is not None \
                and self.document_actor.level == CENTRAL:  # only a national body has local counterparts, and a section
            # names the one it is about first (not one an official's answer quotes further on)
            opener = attribution.sentence_opener(view, ctx) or acting_org
            if opener is not None and counterpart(opener, self.document_actor):
                self.section_body = opener  # 郑州市医保局 in a 国家医保局 bulletin's section: its case
        wider = attribution.of_a_wider_scope(view, q, ctx, subject)  # 全国粮食总产量…: no local body's figure
        if wider and alone and self.reporter.level not in attribution.CENTRAL_LEVELS:
            alone = False  # 四川省统计局调查显示，…。全国粮食总产量6.9亿吨: not the province's report
        if alone and self.reporter.level in attribution.CENTRAL_LEVELS and self.sentence != ctx.start \
                and deixis_pattern().match(view, past_lead(view, ctx.start, ctx.end, ctx, LEAD_CHARS)):
            alone = False  # 答：据国家统计局统计，全国…增长5.0%。我省地区生产总值增长5.8%: the province's own figure
        local = self.section_body is not None and not wider
        own = None if attribution.own_account(view, q, ctx) else (  # 据业内人士估算
            self.section_body if local else self.author or self.briefer or self.document_actor)
        if own is not None and own.level not in WIDE_LEVELS and _opens_in_another_region(view, q, ctx, own):
            own = None  # (深圳市住建局介绍，…。香港将军澳兴建…: a mainland body speaks for no place of 香港 or 澳门)
        broken_down = self.cited_in >= self.paragraph_start and attribution.breakdown().match(view, ctx.start)
        if (turn or own) is not None and self.cited_in not in (-1, ctx.start) and not broken_down:
            alone = False  # a source a speaker or the text cites (据…测算，…) gives its own sentence's figures, no more,
            # and their breakdown (据生态环境部通报，全国…。其中，京津冀…: still the ministry's)
        if self.sentence != ctx.start:  # 答：据海关总署统计，…。其中，出口…: a survey's breakdown is the surveyor's in an
            self.surveyor = self.reporter if alone and self.breakdowns_of == self.dated[1] and self._breaks_down(view, ctx) \
                and not ctx.orgs and not claim_words().first_person.search(view, ctx.start, ctx.end) \
                and not attribution.cites_a_source(view, q, ctx) else None  # official's words too, over the official's body
            # (not where the sentence names a body or a source of its own: 其中，我部重点监测的…, 其中，据我们监测，…)
        if acting_org is not None and acting_org is not self.reporter and not quoted and self._goes_on_reporting(q, ctx, acting_org):
            actor, acting_org, acting_place = self.reporter.name, self.reporter, None
        fallbacks = (self.surveyor, speaker_org) if quoted and quoted[0].speaker else (self.reporter if alone else None, turn, own)
        suffering = ctx.org_at.get(passive) if not actor and passive is not None else None
        if suffering is not None:  # …有限公司…，被处以罚款48万元: a company that opens a sentence is the paragraph's
            fallbacks = tuple(f for f in fallbacks if f is None or f.name != suffering.name)  # reporter, but not of its fine
        for fallback in fallbacks if led is None else ():  # the body named as responsible stands
            if fallback is not None and (not actor or self._reports_for(view, fallback, acting_place, ctx.clause(q.start))):  # the quoted official's
                actor, acting_org, acting_place = fallback.name, fallback, None  # body, else the reporting body, the text's own
                if fallback is self.reporter and fallback.type in COMPANY_TYPES and not quoted:
                    turned = self._another_company_before(view, q, ctx, fallback)  # (a company the paragraph turned to)
                    actor, acting_org = (turned.name, turned) if turned is not None else (actor, acting_org)
        shared_none = self.sentence == ctx.start and not self.actor  # 全国…达到390万辆，同比增长32%: the first's scope
        if not actor and self.featured is not None and not quoted and not shared_none and not WHOLE_UNIT.match(view, ctx.start) \
                and passive is None \
                and not wider and not ctx.places_between(ctx.clause(q.start)[0], q.start) \
                and (not attribution.cites_a_source(view, q, ctx) or _heads_its_clause(view, q, ctx, self.featured)):
            # not in someone's words (公司员工李红说), nor a place's (宁波市常住人口达到960万人) or a source's figure
            # unless the company heads its clause by its class word (数据显示，去年合作社实现销售额3860万元), nor
            # the whole unit's (全县蔬菜种植面积达到15万亩: the county's, not the company's)
            company = self._another_company_before(view, q, ctx, self.featured) or self.featured
            actor, acting_org = company.name, company
        if not actor and self.own_unit is not None and not quoted and not shared_none and passive is None and not wider:
            actor, acting_place = self.own_unit.full_name or self.own_unit.mention, self.own_unit  # 我县…：此次共签约项目21个
        # whether the body frames the sentence as its report is asked once per sentence and body, not for every number
        asked = self.sentence == ctx.start and acting_org is self.actor_org
        if acting_org is not None and not asked and attribution.reports(view, acting_org, ctx):
            if ctx.segment(acting_org.start)[0] > ctx.start and self.reporter is not None \
                    and self.resumed is None:  # one that reports after a semicolon (…；国家电网有限公司表示，…) reports its part
                self.resumed = (ctx.start, self.reporter, self.told_by)  # of the sentence; the paragraph's reporter goes on after
            self.reporter = acting_org
            # a source cited in passing gives its own sentence's figures (据…协会测算，…); one cited first in the paragraph
            # (据宁波舟山港集团统计，上半年…。海铁联运业务量…; after a transcript's 答：), or whose survey or statistics open a
            # sentence (…。据国家统计局湖南调查总队抽样调查，…。按常住地分，…), frames what follows, as its data showing them would
            turn = quote_cues().qa_turn.match(view, self.paragraph_start, acting_org.start)  # 答：据海关总署统计，…
            first = not CLAUSE_MARKS.search(view, turn.end() if turn else self.paragraph_start, acting_org.start)
            surveyed = attribution.opens_sentence(view, ctx, acting_org) and view.startswith(w.statistics_verbs, acting_org.end)
            self.cited_in = ctx.start if attribution.cited_or_shown(view, acting_org) and not first and not surveyed else -1
            self.breakdowns_of = ctx.start if surveyed and not first else -1  # its figures' breakdowns go on (按常住地分，…)
            self.told_by = acting_org if attribution.named_as_source(view, acting_org, ctx) else None
            if first and attribution.cited_source(view, acting_org) and acting_org.start >= self.paragraph_start:
                self.framing = acting_org
        carried = subject[: -len(held)] if held and subject.endswith(held) else subject  # the thing, not how long it held
        if subject.endswith(w.frame_nouns) and not pointed:  # 地区生产总值跨越3个|千亿元台阶，达到1.5万亿元: the levels are no measure of the
            carried = (backward(view, q, ctx) or opening_noun_phrase(without_event(subject))  # numbers after them
                       or (self.subject if self.sentence == ctx.start else ""))
        if len(carried) > 2 and carried[-2] == w.attributive and carried[-1] in w.admin_nouns:
            carried = carried[-1]  # 完成生活污水治理的村，治理率达到72%: the rate is no such village's (the unit, as before)
        if subject and subject == persons_age(view, q, ctx):  # 60岁的毛丰美…“咱们是1%！”: a person's age is no thing the
            carried = ""  # sentence's later numbers measure (平均年龄为40.5岁，比2010年提高2.3岁 is one)
        self.sentence_before = self.sentence if self.sentence != ctx.start else self.sentence_before
        self.subject, self.actor, self.actor_org, self.sentence = carried, actor, acting_org, ctx.start
        self.claim_end = q.end
        self.unit, self.kind = q.unit, q.kind
        if q.kind == "count" and q.unit in claim_words().counted_owners:
            self.counted_end, self.counted_thing = q.end, without_change(subject)
        else:  # the next clause may name more of the counted bodies' own (在校生…，专任教师…)
            self.counted_end = q.end if member else -1
        self.placing_org = placing
        _, value, start = self.totals.get(q.unit, ("", 0.0, -1))
        measure = _measure_alone(carried, ctx) if q.value is not None and q.kind in SUMMED_KINDS else ""  # read once
        if measure:
            self.measured.setdefault(q.unit, []).append((measure, q.value, ctx.start))
        if measure and (start != ctx.start or q.value > value) and not attribution.breakdown().match(view, ctx.start) \
                and not attribution.place_breakdown().match(view, ctx.start):  # the sentence's largest so far
            self.totals[q.unit] = (measure, q.value, ctx.start)
            earlier = self.earlier_totals.setdefault(q.unit, [])
            earlier[-1 if earlier and earlier[-1][2] == ctx.start else len(earlier) :] = [(measure, q.value, ctx.start)]
        place = attribution.measured_abroad(q, ctx, subject) or attribution.place_for(
            q, ctx, placing, acting_place, ctx.segment(q.start), scope.countries)
        if place is None and (self.wider == ctx.start or attribution.of_a_wider_scope(view, q, ctx, subject)):
            place = ""  # 全球外国直接投资下降23%，为1.43万亿美元: the world's or the country's, whatever place came before
            self.wider = ctx.start
        if place is None:  # the paragraph's last place before the sentence, else the inherited one
            # none abroad (古埃及文明大展), unless the text is about its country
            listed = _listed_places(view, scope.places)
            earlier = [where for pl in scope.places if pl.end <= sentence_start and (where := attribution.where(pl, scope.countries))
                       and not attribution.after_a_comparison_marker(view, pl) and id(pl) not in listed
                       and id(pl) not in scope.in_company_names and not attribution.names_a_model(view, pl)]
            # (…比黑龙江高3.3个百分点。…: no place of the next sentence's figures; nor 开通至上海、天津、…等港口的航线。…, one
            # of a list's places, which the list names together)
            governed = _province_governed(acting_org)
            if governed and governed != self.document_place and names_home(view, ctx.segment(q.start)[0], q.start, PROVINCE_LEVEL):
                place = governed  # 江苏省教育厅副厅长…介绍，…全省168所普通高校…: its province's, in a ministry's briefing
                # (or in a text about another province)
            elif self.document_place and names_home(view, ctx.segment(q.start)[0], q.start, self.document_place[-1] + self.home_levels):
                place = self.document_place  # 全省农民合作社达到8.6万个: the text's province, whoever reports it, and
                # whatever places the paragraph named before (…高于安徽（5.5%）和山西（4.3%）。…我省增速比广东高1.4个百分点)
            elif earlier:
                place = earlier[-1]
            elif attribution.national(acting_org) and self.document_place not in scope.countries:
                place = ""  # a national body reporting, and no province named in the paragraph: national figures (not
                # in a text about a country abroad, where 中国电建 builds: that country's)
            else:  # a special region's body reporting (統計暨普查局), named without its region: the region's figures
                place = scope.inherited or self.document_place or (acting_org.region if acting_org is not None else "")
        change, comparison = attribution.change_and_comparison(view, q, ctx)
        base = share_base(view, q, ctx)
        if base and scope_only(base) and len(self.listed) >= 2:  # 占全国|13908亿斤的10%: the nation's of the measure before
            base += _measure_alone(self.listed[-2][1], ctx)
        subject = share_of_a_part(view, q, ctx) or counted_by_relative(view, q, ctx) or base \
            or share_of_an_amount(view, q, ctx, self.listed[:-1]) \
            or gap_in_points(view, q, ctx, subject) or change_in_points(view, q, ctx, subject) or subject  # (the rate alone
        # is what the sentence goes on with)
        _, sentence, _, times = self.dated
        if sentence != ctx.start:  # the sentence's first number: is it a breakdown of the figures of the one before?
            self.broken_down_period = self._period_broken_down(view, ctx)
            times = ()
        time = attribution.time_for(q, ctx) or self.broken_down_period or self.period
        self.dated = (self.paragraph_start, ctx.start, ctx.end, (*times, time))
        ministry = _ministry_of_a_department_alone(acting_org) if acting_org is not None and actor == acting_org.name else None
        if ministry is not None:  # 固定资产投资司司长韩文博：…: a department the text names alone speaks for its ministry
            actor = ministry.name  # (人社部就业促进司, 人民银行调查统计司, named so, speak for themselves)
        return Attribution(_on_condition(view, subject, q, ctx), actor, place, time, change, comparison)

    def _breaks_down(self, view: str, ctx: Context) -> bool:
        """Whether the sentence breaks down the figures of the sentence right before it in the paragraph (其中，出口…;
        分产业看，…), which held claims: not after a sentence without any (今年以来，全市经济持续回升向好。其中，…), nor
        one of the reasons for them (其中一个重要原因是…)."""
        paragraph, _, end, _ = self.dated
        m = attribution.breakdown().match(view, ctx.start)
        return m is not None and paragraph == self.paragraph_start and not view[end : ctx.start].strip() \
            and not view.startswith(claim_words().not_breakdowns, m.end())

    def _period_broken_down(self, view: str, ctx: Context) -> str:
        """The period of all the figures of the sentence before, for a sentence that breaks them down (其中, 分产业看), which
        its numbers take where they name none (前三季度，全省进出口1000亿元，增长5%。其中，出口600亿元: 前三季度's; not after
        一季度…，四季度…, whose periods differ, nor in a sentence that names its own in words no date holds: 其中，当月出口…)."""
        times = self.dated[3]
        uniform = len(set(times)) == 1 and times[0]
        return times[0] if uniform and self._breaks_down(view, ctx) \
            and not any(w in view[ctx.start : ctx.end] for w in claim_words().own_period_words) else ""


CLAUSE_COMMAS = "，,"  # (约合人民币520亿元，创历史新高)
CONVERTED_KINDS = ("measure", "money")  # the kinds of figures given again in another unit (斤 for 吨, 公顷 for 亩, 美元 for 元)
SLASHES = "/／"  # between one measure's figures in two units (1856万千瓦/4820万千瓦时: a store's power and its energy)
SLASH_CLOSES = ("，", "。", "；", ",", ";", "、", "")  # what follows such a second figure: its clause ends


def _sum_of_parts(view: str, q: Quantity, ctx: Context) -> float:
    """What the figures the breakdown's sentence lists right after its places add up to, in ``q``'s unit (分省份看，四川省7.85亿元、
    云南省7.62亿元、…): no more than the whole they divide. Changes, subtotals and comparisons are no parts (雁塔区1.2万人，比上年
    增加0.3万人; 三区合计2.8万人; 高于上年同期的2.5万人)."""
    key = ("parts", q.unit)
    if key not in ctx.cache:
        from .quantities import find  # the figures' grammar, read again only for a breakdown by place

        after_places = {p.end for p in ctx.places}
        ctx.cache[key] = sum(n.value for n in find(view, ctx.start, ctx.end, None) if n.start in after_places
                             and n.unit == q.unit and n.kind in SUMMED_KINDS and n.value is not None and n.claim)
    return ctx.cache[key]


def _measure_alone(subject: str, ctx: Context) -> str:
    """What a subject measures without the whole unit, the places and the time it opens with (全年|筹集保障性租赁住房,
    全市|规上工业增加值, 武进区|总量), where that is a noun phrase of two characters or more; "" otherwise."""
    core, w = without_change(subject), claim_words()
    mentions = sorted({p.mention for p in ctx.places}, key=len, reverse=True)
    while True:
        rest = WHOLE_UNIT_WORD.sub("", core, count=1)
        rest = next((rest[len(m) :] for m in mentions if rest.startswith(m)), rest)
        words = tagged(rest) if rest else ()
        rest = rest[len(words[0][0]) :] if words and words[0][1] == TIME_TAG else rest
        rest = without_leading(rest, w)
        if rest == core:
            break
        core = rest
    words = tagged(core) if len(core) >= 2 else ()
    return core if words and words[-1][1].startswith(("n", "vn")) and not DIGITS.search(core) else ""


def _came_into_being(view: str, org: Org, ctx: Context) -> bool:
    """Whether all the body's own clause says after it is that it opened (挂牌开业, 正式成立: claims.yml
    ``coming_into_being``)."""
    return view[org.end : ctx.clause(org.start)[1]].strip(CLAUSE_END_MARKS) in claim_words().coming_into_being


CLAUSE_END_MARKS = "，。；：！？,;:!? "  # the marks a clause's span may end on


def a_division_alone(org: Org, view: str) -> bool:
    """Whether a body is a department's division named alone by its head's title (养老保险处处长…), whose department
    the text does not name with it, nor points at (该局就业促进处, 公司营销服务处): the text's own body's."""
    before = view[org.start - 1] if org.start > 0 else ""
    return org.type == "local_government" and not org.level and org.name == org.mention and org.name.endswith(DIVISION) \
        and before not in BODY_ENDS and not org.name.startswith(POINTING)


def _ministry_of_a_department_alone(org: Org | None) -> Org | None:
    """The ministry of a department named alone by its head's title (固定资产投资司司长…), which ``organizations`` names
    under the ministry the text named before it (国家发展和改革委员会固定资产投资司): the ministry's event, the department
    answering for it. None for any other body, and for a department the text names with its ministry (人社部就业促进司)."""
    if org is None or org.type not in attribution.STATE_ORGANS or not org.mention.endswith(DEPARTMENT) \
            or org.name == org.mention or not org.name.endswith(org.mention):
        return None
    name = org.name[: -len(org.mention)]
    return replace(org, name=name) if name in registry() else None


DEPARTMENT = "司"


def _division_of(division: Org) -> Org | None:
    """The state body a division's name opens with (国家外汇管理局湖北省分局 of 国家外汇管理局湖北省分局经常项目管理处: a
    transcript's roster names an official of another body so), placed where the text names it; None for a division
    named alone (养老保险处) or one whose body's name runs on past what was found (国家能源局湖北监管办公室市场监管处)."""
    name = division.mention
    inner = [o for o in find_bodies(name, 0, len(name) - len(DIVISION), find_places(name), None)
             if o.start == 0 and o.type in attribution.STATE_ORGANS]
    head = max(inner, key=lambda o: o.end, default=None)
    if head is None or any(c in OFFICE_CHARACTERS for c in name[head.end : -len(DIVISION)]):
        return None  # 国家能源局|湖北监管办公室市场监管处: an office between them, which the body found is not
    return replace(head, start=division.start, end=division.start + head.end)


DIVISION = "处"
OFFICE_CHARACTERS = "局厅委办署司院所站队部室科"  # what an office's name ends in, inside a division's name after its body
BODY_ENDS = "局厅委校院司社行所站队部办会该本此这"  # a body or a pointer right before a division (公司营销服务处, 该校学生工作处)
POINTING = ("该", "本", "此", "这")  # 该校学生工作处: the body pointed at, not the text's own


TOTAL_WORDS = ("总量", "总额")  # a measure's total (收入总量, 支出总额)
ADDED_OR_PART = ("加上", "其中")  # clauses that list what a total adds up or what a whole holds
MONEY = "money"  # a budget's revenue or spending: the figures a total sums (not a share of one: 占…的67.7%)
BUDGET = "预算"  # an owner that is a budget (全省一般公共预算, 省本级政府性基金预算; 预算法 第五条: the four budgets), not an
# item a total adds up (市县上解收入, 债务转贷收入) nor a kind of revenue (全市税收收入)
MEASURE_LABEL = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?([^，。：；、（）()\d\s]{2,15})：")
# 规模以上工业增加值：…, （一）工业生产：… (not 李超：)
LABEL_MIN = 2  # characters of a label that is more than a measure's word (投资： alone only as one of them; not 数据：)


def _an_act(heading: str, w: ClaimWords) -> bool:
    """Whether a heading tells what to do rather than names a payment: it opens with a verb of policy action (落实各项
    就业补贴, 提高养老服务补贴; claims.yml ``heading_actions``) or speaks of every kind (各项, 各类)."""
    return heading.startswith(w.heading_actions + THE_REST) or EVERY_KIND in heading


DEMONSTRATIVE_OPENERS = ("这个", "这一", "这座", "这家", "这些", "这项", "该项目", "该工厂", "该基地")  # a sentence that goes on about
# what the one before told of (…工厂已基本建成。这个总投资73.4亿欧元的项目…)
PARTNER_MARK = "对"  # a trade with a partner (对俄罗斯进出口, 对美国出口): no measure each place has of its own
SOURCE_OPENERS = ("根据", "依据", "据")  # a clause that cites where the figures come from (根据…公布的信息，据介绍，)
QUOTE_MARKS = "“”\"'‘’"  # around a programme's slogan name (家装厨卫“焕新”)
LISTING_COLONS = "：:"  # 主要竞争对手：华为: a name listed, no clause's subject
# a payment's measure alone: its unit (每件, 每位消费者), 累计, its word and what is said of it (补贴比例), or its standard
# with the base a share is of (补贴标准为产品最终销售价格)
PAYMENT_MEASURE_ALONE = re.compile(r"(?:每[\u4e00-\u9fff]{1,5}?)?(?:累计)?(?:%s)(?:%s)?(?:为[^，。；]+)?" % (
    "|".join(claim_words().payments), "|".join(claim_words().payment_measures)))
EVERY_KIND, THE_REST = "各", ("其他", "其它")  # 各项补贴, 其他补贴: every payment of a kind, or the rest, none by its name
# (其他就业困难人员社会保险补贴 names one: 其他 there is of its recipients)
ITEM_OPENING = re.compile(r"\s*(?:——|[（(][一二三四五六七八九十]+[）)]|\d+(?:[.．](?!\d)|、))")  # ——, （一）, 1.: a list
# item opens (not 3.2亿元…, a decimal)
WHOLE_ROUNDING = 1.001  # how far the parts' sum may pass their whole by rounding (41.26 of 7.82 + 7.46 + …)
LEAD_IN_CLOSES = ("：", ":")  # the paragraph before a list of items that break down its figure (主要分配情况为：)
NUMBERING = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*")  # 一、 （二） 3.
ITEM_LABEL = re.compile(NUMBERING.pattern + r"([^，。：；、（）()\d\s]{2,15})[。：:]")  # （一）技能提升补贴。…


ITEM_FIELD_MAX = 8  # characters of a numbered item's label that names a group or field (学前教育, 技工院校)
BARE_ITEM_OWNER = 2  # characters before a measure that still leave it bare (具体|标准, 平均|标准)


ITEM_NUMBER = re.compile(r"\s*(?:[（(](?:[一二三四五六七八九十]+|\d+)[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*")  # （1） 一、 3.
ITEM_BODY_MAX = 20  # characters of a numbered item's opening clause that names a body
ITEM_CLAUSE = re.compile(r"([^，。；：、\d]+)，")  # that clause, which a comma closes and no number is in
ITEM_BODY_TAIL = 6  # characters after the body's name in it that name its part or works (东海校区, 改扩建工程)
ITEM_BODY_TAIL_TAGS = ("n", "vn")  # jieba's common nouns (校区, 工程), not a person's or a place's name (李明, 鼓楼区)
def _by_its_own_word(subject: str) -> bool:
    """Whether a subject opens by naming a body by its class or as itself (该|公司员工, 公司员工, 学校现有在校生; claims.yml
    ``item_body_own_words``): a word of one character as jieba's first word (not 本科, 其他), a longer one as the opening."""
    own = claim_words().item_body_own_words
    return tagged(subject)[0][0] in own or subject.startswith(tuple(o for o in own if len(o) > 1))


ITEM_TURNS = ("此外", "另外", "同时", "与此同时")  # a sentence that turns from the item to other things
ITEM_BODY_SUBJECT_MAX = 8  # characters of a subject that says a measure of the item's body without naming it (总投资, 新增初中学位)


def _item_body(text: str, start: int, orgs) -> str:
    """The body a numbered item's first clause names, with at most its part or works after it (（1）泉州市第七中学东海校区，
    位于…: the school and its campus), where it is no state organ, or "": the item sets out that body's figures."""
    m = ITEM_NUMBER.match(text)
    clause = ITEM_CLAUSE.match(text, m.end()) if m else None
    if clause is None or len(clause.group(1)) > ITEM_BODY_MAX:
        return ""  # (（一）住房公积金管理委员会。…: a label, which its stop closes)
    body = next((o for o in orgs if o.start == start + m.end()), None)
    tail = text[body.end - start : clause.end(1)] if body is not None else ""
    if body is None or body.type in attribution.STATE_ORGANS or len(tail) > ITEM_BODY_TAIL \
            or tail and tagged(tail)[-1][1] not in ITEM_BODY_TAIL_TAGS:
        return ""  # (（三）省应急管理厅对华晟公司处以罚款…: what the body did, no name; （一）市发展改革委，牵头推进…: the
        # work a department leads, not its own figures; （一）市委书记李明，…: a person)
    return clause.group(1)


def _item_label(text: str) -> str:
    """What a paragraph's numbered label names before its stop or colon (（一）技能提升补贴。对… → 技能提升补贴), "" when
    the paragraph opens with no numbered label."""
    m = ITEM_LABEL.match(text)
    return m.group(1) if m else ""


def _aspect_measure(ctx: Context) -> str:
    """The measure a sentence opens on as the aspect it turns to (婴儿死亡率方面，…), or "": a noun phrase that ends in a
    measure's word (claims.yml measure_nouns) before 方面 and a comma."""
    m = ASPECT_OPENING.match(ctx.view, ctx.start, ctx.end)
    if m is None:
        return ""  # most sentences
    measure = m.group(1)
    per_head = PER_HEAD.match(measure)  # 每万人口|高价值发明专利拥有量方面，: a rate per head names its measure after it
    core = measure[per_head.end() :] if per_head is not None else measure
    return measure if len(measure) >= ASPECT_MIN and measure.endswith(claim_words().measure_nouns) \
        and (_topic_phrase(core) == core or _set_phrase_measure(core)) else ""


def _set_phrase_measure(phrase: str) -> bool:
    """Whether a phrase is nouns, attributes and set phrases that end in a noun or a set phrase (高|价值|发明专利|拥有量:
    jieba tags 发明专利 and 拥有量 as set phrases, l), no verb nor name in it."""
    words = tagged(phrase)
    return bool(words) and all(f.startswith(TOPIC_TAGS + SET_PHRASE_TAGS) and not f.startswith("nr") for _, f in words) \
        and words[-1][1].startswith(("n",) + SET_PHRASE_TAGS)


def _topic_phrase(sentence: str) -> str:
    """The noun phrase a sentence opens on, adjectives inside it (居民|健康|素养|水平|也在稳步提高), ending in a noun; ""
    when the sentence opens with no noun."""
    words = []
    for word, flag in tagged(sentence):
        if not flag.startswith(TOPIC_TAGS) or flag.startswith("nr"):
            break
        words.append((word, flag))
    while words and not words[-1][1].startswith("n"):
        words.pop()
    return "".join(word for word, _ in words)


TOPIC_TAGS = ("n", "vn", "j", "an", "a", "b", "eng")  # nouns, nominal verbs, abbreviations and attributes
RATES = ("率", "比例", "比重", "占比", "水平", "指数", "增速", "增幅")  # the endings of a measure that is a rate or a share
POINTED_MIN = 3  # characters of a measure a pointer names again (not 指标 alone, nor a word)
ASPECT_MIN = 3  # characters of a measure a sentence turns to (not 质量方面, 数量方面: a topic)
ASPECT_OPENING = re.compile(r"(?:在)?([^，。；：、\s]{2,16})方面[，,]")  # (PM2.5浓度方面，每万人口高价值发明专利拥有量方面，)
PER_HEAD = re.compile(r"每[十百千万]+(?:人口|人|户)|人均")  # the base of a rate per head, before its measure
SET_PHRASE_TAGS = ("l",)  # jieba's set phrases, which name measures too (拥有量)


def _measure_label(text: str) -> str:
    """The measure a paragraph opens with as its label before a colon (规模以上工业增加值：, 固定资产投资：), whose figures
    the paragraph gives by place; "" for any other opening: one that ends in no measure's word (记者：, 各位代表：, 主要
    指标：, 数据来源：) or holds a verb or a person's name."""
    m = MEASURE_LABEL.match(text)
    label = m.group(1) if m else ""
    measures = claim_words().label_measures
    if not label.endswith(measures) or len(label) <= LABEL_MIN and label not in measures:
        return ""
    words = tagged(label)
    return "" if any(f in PERSON_TAGS or f == VERB_TAG for _, f in words) else label



def _a_bare_thing(measure: str) -> bool:
    """Whether a measure is a thing and nothing more, which a verb before it may take (保障性租赁住房), not one with a
    verb or a measure of its own (城镇新增就业, 进出口总值, 粮食总产量)."""
    w = claim_words()
    return all(f.startswith("n") for _, f in tagged(measure)) and not measure.endswith(w.measure_nouns + w.measure_suffixes)


PROVINCE, NATIONAL = "province", "全国"  # a national total broken down by provinces, in a text about none


def _in_the_place(subject: str, previous: str, ctx: Context, home: str) -> str:
    """The thing the sentence's previous claim measured, in the place a subject names alone (新增无症状感染者11例，其中广州
    6例 → 广州新增无症状感染者; 转移避险群众31.7万人次，其中六安市12.4万人次、安庆市8.9万人次 → 安庆市转移避险群众, not
    安庆市六安市…): the total's part there, when the place lies in the text's province ``home`` (for a text about none, a
    province's part of a national total: 全国新增本土确诊病例…，其中广东45例); a place elsewhere is where the total came from
    or went (接待入境游客…，其中韩国3.2万人次; 转移输出农村劳动力…，其中广东…): the thing alone."""
    found = max((p for p in ctx.places if subject.startswith(p.mention)), key=lambda p: len(p.mention), default=None)
    national = previous.startswith(NATIONAL) or any(previous.startswith(p.mention) for p in ctx.places if p.level == PROVINCE)
    place = found.mention if found is not None and (found.province == home if home else found.level == PROVINCE and national) else ""
    measure = _measure_alone(previous, ctx)
    if not place or not measure or any(p.mention in measure for p in ctx.places):
        return without_change(previous)  # (其次是亳州市11.8万人、宿州市10.9万人: no measure before, but a place)
    return place + measure


MULTIPLE = "倍"  # …是“十三五”时期的1.8倍
RATE_UNITS = ("%", "百分点", "倍")  # rates, shares and multiples: no level another figure is a multiple of
SUMMED_KINDS = ("count", "money", "measure")  # figures a total's parts add up to (not rates, durations or ages)
WHOLE_UNIT_WORD = re.compile(r"^(?:全|本)[国省市县区州旗镇乡]")  # 全市|规上工业增加值, 全国|新增本土确诊病例


def _of_the_events(previous: str, q: Quantity, w: ClaimWords) -> str:
    """The thing the sentence's last claim measured, without the casualties it counted when the number counts events
    (发生较大事故9起、死亡34人，比上年减少4起: the events decreased, not the deaths)."""
    killed = next((c for c in w.casualties if previous.endswith(c)), "") if q.unit in w.event_units else ""
    return previous[: len(previous) - len(killed)] if killed else previous


LIST_COMMAS = "，,"
ITEM_LINKS = "、和与及"  # between the items of a list
# a count of the clause's own items after the listed bodies (两批专项资金, 今明两年): the values after 分别 are theirs
OWN_ITEMS = re.compile(r"[两二三四五六七八九十\d]+[批年类项种个期笔]")
LEVELS_DOWN = ("central", "provincial", "prefecture", "county", "township")  # from the highest


def _same_kind(org: Org, own: Org) -> bool:
    """Whether a listed body is one of the lower bodies of the system the body the text reports for leads (昆山市人民法院
    in 苏州市中级人民法院's report; claims.yml ``system_families``), whose figures on them its report gives; peers (招商银行
    and 兴业银行, two hospitals) report their own."""
    family = next((f for f in claim_words().system_families if org.name.endswith(f) and own.name.endswith(f)), None)
    return family is not None and own.level in LEVELS_DOWN and org.name != own.name and (
        org.level not in LEVELS_DOWN or LEVELS_DOWN.index(own.level) <= LEVELS_DOWN.index(org.level))  # 长沙铁路运输法院 in 长沙中院's


def _respective_body(view: str, q: Quantity, ctx: Context):
    """The k-th of n bodies listed before 分别 for the k-th of the n values after it (株洲市中心医院、岳阳市中心医院和常德市
    第一人民医院上半年分别接诊…3.1万、2.7万和2.2万人次), or None: bodies listed with 、 or a conjunction only between them."""
    slot = respective_slot(view, q, ctx, claim_words())
    if slot is None:
        return None
    cs, at, k, n = slot
    bodies = ctx.orgs_between(cs, at)
    if not bodies and cs - 1 > ctx.start and view[cs - 1] in LIST_COMMAS and not any(c in view[cs:at] for c in ITEM_LINKS):
        # A、B、C…数量居前三位，|(纳税额)分别为…: the list opens the clause before 分别's (not …发布公报，城镇、农村…分别: the
        # items there are its own)
        before = ctx.clause(cs - 2)[0]  # the clause before 分别's
        bodies = ctx.orgs_between(before, cs - 1)
        counted = OWN_ITEMS.search(view, bodies[-1].end if bodies else before, cs - 1)  # 联合下达两批专项资金，金额分别为…
        bodies = bodies if bodies and bodies[0].start == before and counted is None else []
    if len(bodies) != n or any(view[a.end : b.start] not in LIST_LINKS for a, b in zip(bodies, bodies[1:])):
        return None
    return bodies[k]



TOPIC_ATTRIBUTE_MAX = 4  # characters of a measure that names no owner (设计床位, 全长, 亩均税收; 平均上座率 after its verb)
TOPIC_MIN = 3  # characters of the topic that owns it
def _lead_owner(phrase: str, w: ClaimWords) -> str:
    """``phrase`` up to its last word that names a sector, projects or enterprises (claims.yml ``lead_owners``), or ""."""
    end = at = 0
    for word, _ in tagged(phrase):
        at += len(word)
        end = at if word.endswith(w.lead_owners) else end
    return phrase[:end]


LEAD_MAX = 30  # characters of a paragraph's lead sentence that states its finding (基础设施项目稳中有进。)
FINDING_TAGS = "ail"  # what else a lead says of its thing: an adjective (增势强劲), an idiom or a set phrase (稳中有进)


def _company_word() -> str:
    """公司, the first word a company is named again by (claims.yml ``company_again``)."""
    return next(iter(claim_words().company_again))


def _past_the_breakdown(view: str, subject: str, ctx: Context, whole: str) -> str:
    """A subject read back into the words that open a breakdown (分季度看，一季度增长6.5% → 分季度看增长), without them:
    those words name the dimension, not the thing; a change alone is then that of ``whole``, the last thing the sentence
    before measured in the number's unit (…企业2.1万家，…增加值增长7.1%。分季度看，一季度增长6.5% → 规模以上工业增加值
    增长); ``subject`` as it is otherwise."""
    m = attribution.breakdown().match(view, ctx.start)
    opener = view[m.start() : m.end()].rstrip("，,：:") if m else ""
    if not opener or not subject.startswith(opener):
        return subject
    rest = subject[len(opener) :]
    if rest and not without_change(rest):  # a change alone: of the whole, if the sentence before measured one in its unit
        return without_change(whole) + rest if without_change(whole) else subject
    return rest or subject


def _of_the_topic(view: str, subject: str, q: Quantity, ctx: Context) -> str:
    """A short measure in a later clause, as the sentence's first claim, owned by the thing the sentence opens with,
    after a clause that cites its source (根据…公布的信息，): a body or place heading a first clause that holds no number (缙云县人民医院新院区一期工程主体结顶，设计床位800张
    → 缙云县人民医院新院区一期工程…设计床位; 霍山县医院新院区投入使用，编制床位增至800张)."""
    core = without_change(subject)
    cs = ctx.clause(q.start)[0]
    if cs <= ctx.start or not 2 <= len(core) <= TOPIC_ATTRIBUTE_MAX:
        return subject
    head = past_lead(view, ctx.start, ctx.end, ctx, LEAD_CHARS)
    first_end = ctx.clause(head)[1]
    if view.startswith(SOURCE_OPENERS, head) and first_end < cs and not DIGITS.search(view, head, first_end):
        head = past_lead(view, first_end, ctx.end, ctx, LEAD_CHARS)  # 根据…公布的信息，|比亚迪塞格德工厂计划…投产，一期
        first_end = ctx.clause(head)[1]  # 规划年产能15万辆: the source cited first is no topic
    named = ctx.org_at.get(head) or ctx.place_at.get(head)
    if named is None:  # 华阳路社区是…老旧小区聚集社区，常住居民5200余户: a thing of no name's, as the clause's subject
        at = past_lead(view, cs, q.start, ctx, LEAD_CHARS)
        bare = _a_bare_attribute(view, core, at, ctx) and not DIGITS.search(view, head, min(first_end, cs))
        topic = _sentence_topic(view, ctx, cs) if bare else ""
        return topic + subject if topic and core not in topic else subject
    if first_end > cs or any(c.isdigit() for c in view[head:first_end]) or WHOLE_UNIT.match(view, head) \
            or isinstance(named, Org) and attribution.reports(view, named, ctx) or _acts(view, named.end) \
            or any(c in QUOTE_OPEN for c in view[head:cs]) or name_cues().speech_verbs.search(view, head, cs):
        return subject  # not a body that reports the figures (国家统计局日前发布的数据显示，…全国人口…) or acts (深圳市市场
        # 监督管理局开展…，检查企业1200家), nor one whose official speaks (…庭长说：“…”全省人民法庭共化解…)
    topic = opening_noun_phrase(view[head:first_end])
    words = tagged(core)
    if len(topic) < max(TOPIC_MIN, named.end - head) or not words[-1][1].startswith("n") or core in topic \
            or view.startswith(LIST_MARK, head + len(topic)) or route_follows(view, head + len(topic)) or core not in view[cs : q.start]:
        return subject  # not a list's first item (西安国家版本馆、…投入使用), nor what the number counts (…等50部文艺作品)
    return topic + subject


def _attribute_of_the_topic(view: str, subject: str, q: Quantity, ctx: Context, first: str) -> str:
    """A short measure that opens a later clause of the sentence, owned by the noun phrase the sentence opens with as
    its subject (七里坪镇中心卫生院过去只能做简单手术，…，去年住院4870人次 → 七里坪镇中心卫生院住院; 陕西燃气集团有限公司
    已建成…设施13座，储气能力… → its 储气能力), ``first`` being the subject of the sentence's first claim: not where the
    first clause counts a thing of its own that the later one parallels (规上工业企业从4.7万家…，上市公司从518家…)."""
    core = without_change(subject)
    cs = ctx.clause(q.start)[0]
    at = past_lead(view, cs, q.start, ctx, LEAD_CHARS)
    if cs <= ctx.start or not _a_bare_attribute(view, core, at, ctx):
        return subject
    topic = _sentence_topic(view, ctx, cs)
    if not topic or core in topic:
        return subject
    head = past_lead(view, ctx.start, ctx.end, ctx, LEAD_CHARS)
    named = ctx.org_at.get(head) or ctx.place_at.get(head)
    if DIGITS.search(view, head, ctx.clause(head)[1]) and not (first.startswith(topic) and len(first) > len(topic)) \
            and not (named is not None and named.end - head == len(topic)):
        return subject  # a first clause with a figure: the topic owns the later measure only as the owner of its own
        # (6号线二期全长…) or as a body or place named alone (…有限公司已建成…13座)
    return topic + subject


def _a_bare_attribute(view: str, core: str, at: int, ctx: Context) -> bool:
    """Whether ``core``, which opens its clause at ``at``, is a short noun phrase of no one (住院, 储气能力, 发送旅客): nouns
    alone or after a verb, no name, no place or body, no verb of reaching (惠及…, which names its doer elsewhere)."""
    words = tagged(core) if 2 <= len(core) <= TOPIC_ATTRIBUTE_MAX + 1 else ()
    doing = len(words) > 1 and words[0][1] in DOING_TAGS
    nouns = words[1:] if doing else words  # 发送|旅客, 平均|上座率: what it does
    if len(core) > TOPIC_ATTRIBUTE_MAX and not doing:
        return False  # (线路总长度, 粮食总产量: a thing of its own)
    return bool(words) and all(f.startswith(ATTRIBUTE_TAGS) and not f.startswith("nr") for _, f in nouns) \
        and (words[-1][1].startswith("n") or words[-1][0].endswith(claim_words().measure_nouns)) and view.startswith(core, at) and at not in ctx.place_at and at not in ctx.org_at \
        and not core.startswith(claim_words().reach_verbs)


DOING_TAGS = ("v", "a", "j")  # a verb, an adjective or an abbreviation (年均) before the attribute's nouns: the topic's doing or the kind of measure


def _sentence_topic(view: str, ctx: Context, cs: int) -> str:
    """The noun phrase the sentence's first clause opens with as the subject of its verb (七里坪镇中心卫生院|过去只能做…),
    for the clause at ``cs``, at most ``TOPIC_REACH`` commas on; "" where there is none: a clause of a whole unit (全市…),
    a source (据…, …数据显示), a forecast (…预计，), words or a colon before ``cs`` (the later clause is the quotation's
    or the heading's), or a first item of a list (电视剧、…; 战略性新兴产业和…)."""
    w = claim_words()
    head = _past_frames(view, ctx, past_lead(view, ctx.start, ctx.end, ctx, LEAD_CHARS), cs)
    end = ctx.clause(head)[1]
    first = view[head:end]
    if end > cs or view.count("，", end, cs) > TOPIC_REACH or WHOLE_UNIT.match(view, head) \
            or any(c in QUOTE_OPEN or c in TOPIC_BREAKS for c in view[head:cs]) or name_cues().speech_verbs.search(view, head, cs) \
            or tagged(view[head])[0][1] == PREPOSITION_TAG or first.rstrip("，,").endswith(tuple(w.forecast_verbs)):
        return ""
    topic = opening_noun_phrase(first)
    after = tagged(first[len(topic) :]) if topic else ()
    if len(topic) < TOPIC_MIN or DIGITS.search(topic) or not tagged(topic)[-1][1].startswith("n") \
            or topic.endswith(tuple(w.source_nouns)) or not after or after[0][1][0] not in TOPIC_VERB_TAGS \
            or topic.endswith(tuple(ROUTE_LINKS)) and route_follows(first, len(topic) - 1) or route_follows(first, len(topic)):
        return ""  # (集宁|经大同至原平高铁: one end of a route's name, which is no topic of its own)
    return topic


def _past_frames(view: str, ctx: Context, head: int, cs: int) -> int:
    """Where the sentence's first clause of its own starts, past the clauses before ``cs`` that only frame it: a source
    (据肯尼亚铁路公司统计，) or a time it runs up to (截至今年5月底，), as a report opens its figures."""
    w = claim_words()
    while head < cs:
        start, end = ctx.clause(head)
        text = view[start:end].rstrip("，,")
        framed = text.startswith(FRAME_OPENERS) \
            and (text.startswith(w.until_markers) or text.endswith(tuple(w.statistics_verbs) + tuple(w.source_nouns)))
        if attribution.breakdown().match(view, head):
            return cs  # 分行业看，…: a breakdown, whose clauses have no topic of the sentence's
        if not framed or end >= cs:
            return head
        head = past_lead(view, end, ctx.end, ctx, LEAD_CHARS)
    return head


FRAME_OPENERS = ("据", "根据", "截至", "截止")  # a source's or a time's frame (据…统计，截至5月底，)


ATTRIBUTE_TAGS = ("n", "vn", "b")  # jieba's nouns, nominal verbs and modifiers (设计|床位, 住院, 总|投资)
TOPIC_REACH = 2  # commas between the first clause and the later clause its topic still owns
TOPIC_BREAKS = "；：;:"  # a semicolon opens another part of the sentence, a colon what a heading sums up
PREPOSITION_TAG = "p"  # 据省统计局…: the sentence opens with a preposition, no subject
TOPIC_VERB_TAGS = "vdpt"  # what follows a subject: its verb, an adverb (已), a preposition (由) or a time (过去)


WIDE_LEVELS = ("central", "foreign", "international")  # bodies that report beyond one province or region


def _opens_in_another_region(view: str, q: Quantity, ctx: Context, body: Org) -> bool:
    """Whether the number's clause opens with an area of 香港 or 澳门 (``Place.is_area_without_government``: 将军澳, 关闸)
    and ``body`` is none of that region's: a body of the mainland reports for no place of a region with a government of
    its own (深圳市住建局介绍，…。香港将军澳今年兴建…); the region's own name often qualifies a noun of the text's
    province's figures (广东省商务厅介绍，…。香港企业在粤新设企业8500家)."""
    place = ctx.place_at.get(_clause_opening(view, q, ctx))
    return place is not None and place.is_area_without_government and body.region != place.province


def _clause_opening(view: str, q: Quantity, ctx: Context) -> int:
    """Where the number's clause's first word starts, past what may stand before it (``LEAD_CHARS``)."""
    start = ctx.clause(q.start)[0]
    while start < q.start and view[start] in LEAD_CHARS:
        start += 1
    return start


LEAD_CHARS = " \u3000“，,"  # what may stand before a clause's first word, the comma after a time too (截至11月底，|全市…)


def _opens_with_another(view: str, q: Quantity, ctx: Context, actor: str) -> bool:
    """Whether the number's clause opens with a place or body other than the sentence's last actor (涧西区改造127个、
    惠及1.62万户，|西工区|改造68个): the clause is about that one, whatever place acted for the sentence before it (a
    department that reports for the places, 市住建局…，江岸区开工1200套, goes on)."""
    start = _clause_opening(view, q, ctx)
    place, body = ctx.place_at.get(start), ctx.org_at.get(start)
    named = body.name if body is not None else place.full_name if place is not None else ""
    return bool(actor) and bool(named) and named != actor


def _opens_with_its_own_body(view: str, q: Quantity, ctx: Context, previous: int) -> bool:
    """Whether the number's part of the sentence (after ；), which the previous claim (at ``previous``) is not in, opens
    with a body other than the ones before it (…形成年产5万片生产能力；迎驾集团实现营业收入73.5亿元): what it names as
    measured is that body's, nothing the previous claim measured (one that names nothing, 市政务服务中心受理98万件,
    counts the same thing)."""
    start = ctx.segment(q.start)[0]
    if previous >= start:
        return False
    while start < q.start and view[start] in LEAD_CHARS:
        start += 1
    body = ctx.org_at.get(start)
    return start > ctx.start and body is not None and not any(
        o.name == body.name for o in ctx.orgs if ctx.start <= o.start < ctx.segment(q.start)[0])


def _a_host_speaks(view: str, ctx: Context) -> bool:
    """Whether the sentence's first clause names a host of an event by its role (主办方表示，…, 承办方介绍，…): a body of its
    own, found or not, whose figures are no body's of the sentence before (由县农业农村局主办、县文化馆承办…)."""
    first = view[ctx.start : ctx.clause(ctx.start)[1]]
    return any(word in first for word in claim_words().host_pointers)


def _across_a_semicolon(listed: list, q: Quantity, ctx: Context) -> bool:
    """Whether the sentence's claim before lies in another part of it than the number, over a semicolon (…新建改造道路
    120公里；宜昌市…惠及居民8万户): another place's or matter's thing."""
    return bool(listed) and listed[-1][0] < ctx.segment(q.start)[0]


def _named_again_in_paragraph(view: str, q: Quantity, ctx: Context, companies: list[Org], earlier: list[Org] = (),
                              paragraph_start: int = 0) -> Org | None:
    """The company of ``companies`` (the paragraph's) named before the number as a clause's subject whose class word (公司,
    合作社, 集团, 银行) heads the number's clause and reached the figure (``_heads_its_clause``): the last one named so, of
    that class; failing one, the last of ``earlier`` (the section's earlier paragraphs') whose name ends with that class
    word other than 公司, unless the paragraph uses the word of the class at large before (鼓励合作社规范发展。合作社实现…的有46家;
    全市银行业金融机构…。银行累计发放…); None otherwise."""
    w = claim_words()
    head = past_lead(view, ctx.clause(q.start)[0], q.start, ctx, LEAD_CHARS)
    word = next((c for c in w.company_again if view.startswith(c, head) or view.startswith(w.body_head_pointer + c, head)), None)
    if word is None:  # most clauses
        return None
    named = [o for o in companies if o.end <= head and (word == next(iter(w.company_again)) or o.mention.endswith(word))
             and _opens_a_clause(view, o)]  # 公司 names any company again (绿萌科技), 合作社 one of its class
    if not named and word != next(iter(w.company_again)) and not _the_class_at_large(view, word, paragraph_start, head, companies + earlier):
        # (公司 speaks of any company: only its own paragraph's; 另一家本地企业…。公司今年实现营收… is another one)
        named = [o for o in earlier if o.mention.endswith(word) and _opens_a_clause(view, o)]
    return named[-1] if named and _heads_its_clause(view, q, ctx, named[-1]) else None


def _the_class_at_large(view: str, word: str, start: int, head: int, companies: list[Org]) -> bool:
    """Whether the paragraph speaks of the class at large before ``head``: its word outside the paragraph's companies' names
    after a whole unit, a kind or a count of them (全县农民专业|合作社, 各类|合作社, 全县326家|合作社, 这些|合作社), after a verb
    that fosters bodies (鼓励|合作社), or as a trade or a process (银行|业, 集团|化); not …的合作社, 流转给合作社, 这个合作社,
    合作社业务: the one named before."""
    at = view.find(word, start, head)
    while at >= 0:
        after = at + len(word)
        if not any(o.start <= at < o.end for o in companies) and (
                view.endswith(CLASS_AT_LARGE_BEFORE, start, at) or COUNTED_BEFORE.search(view, max(start, at - 6), at)
                or view.startswith(CLASS_AT_LARGE_AFTER, after) and not view.startswith(NOT_A_TRADE, after)):
            return True
        at = view.find(word, after, head)
    return False


CLASS_AT_LARGE_BEFORE = ("全省", "全市", "全县", "全区", "全镇", "全村", "各", "各类", "这些", "专业", "农民", "一批", "多家", "共有",
                         "现有", "鼓励", "支持", "引导", "培育", "扶持", "发展")
COUNTED_BEFORE = re.compile(r"\d+(?:多|余)?家\Z")  # 全县326家|合作社
CLASS_AT_LARGE_AFTER = ("业", "化")  # 银行业, 集团化
NOT_A_TRADE = "业务"  # 合作社业务: its business


def _opens_a_clause(view: str, org: Org) -> bool:
    """Whether a body's name opens its clause, or follows the preposition that names who does what (由…统一运营): the
    clause's subject, not a partner or an object (与京东物流…共建, 向…采购, 收购了…)."""
    return org.start == 0 or view[org.start - 1] in CLAUSE_OPENINGS or view.endswith(claim_words().agent_prepositions, 0, org.start)


CLAUSE_OPENINGS = "，,。；;：:\n\u3000"  # (\u3000: a paragraph's indent)


def _heads_its_clause(view: str, q: Quantity, ctx: Context, company: Org) -> bool:
    """Whether the number's clause opens, after its times, with the word a text names ``company`` again by (公司, or the
    class word its name ends with: 合作社; 该合作社), and the company reached the figure (a result or measure verb
    follows it)."""
    words = claim_words().company_again
    word = next((w for w in words if company.mention.endswith(w)), next(iter(words)))
    head = past_lead(view, ctx.clause(q.start)[0], q.start, ctx, LEAD_CHARS)
    w = claim_words()
    named = next((n for n in (word, w.body_head_pointer + word) if view.startswith(n, head)), "")
    after = tagged(view[head + len(named) : head + len(named) + ACT_REACH]) if named else ()
    after = tuple(itertools.dropwhile(lambda wf: wf[1] == TIME_TAG or wf[0] in w.measure_qualifiers, after))  # 合作社|全年|实现
    return bool(after) and (after[0][0] in w.result_verbs or bool(w.measure_verbs.fullmatch(after[0][0]))) \
        or bool(named) and _its_own_measure(view, head, head + len(named), q.start, w)
    # 合作社|实现销售额: the company reached it; not 合作社|总数 (cooperatives in general) nor 公司|所在的产业园


def _its_own_measure(view: str, head: int, start: int, end: int, w: ClaimWords) -> bool:
    """Whether ``view[start:end]``, after the class word that names the company at ``head``, is a measure of the company's
    own (公司|境外销售收入|62.75亿元): a short noun phrase ending in a measure noun, the class word a word of its own (not
    公司债发行规模, 银行业不良贷款率), and no relative 所, verb, list or 的 in it (not 公司所在园区工业总产值, 公司服务片区…,
    公司所在地区的生产总值: another's measure)."""
    measured = view[start:end]
    return len(measured) <= OWN_MEASURE_MAX and measured.endswith(w.measure_nouns) and not LIST_OR_CLAUSE.search(measured) \
        and start in word_bounds(view, head, start) and not measured.startswith(RELATIVE_MARK) \
        and not tagged(measured)[0][1].startswith("v")


OWN_MEASURE_MAX = 10  # characters of the measure a company's class word heads (公司|境外销售收入)
RELATIVE_MARK = "所"  # 所在, 所处, 所属: the place or trade the company lies in (现代汉语八百词: 所 + 动词)
LIST_OR_CLAUSE = re.compile("[、，,的]")  # not 公司所在地区的生产总值, 公司、合作社收入


CONDITION_END = "的"  # 未按规定备案的，…: the clause names those a rule applies to (现代汉语八百词 的: 名词化, 表示条件)
CONDITION_OPENERS = ("对于", "对", "凡是", "凡", "如", "若")
CONDITION_MAX = 20  # characters of such a clause


def _cited_first(text: str, start: int, paragraph_start: int, orgs) -> Org | None:
    """The body whose statistics the paragraph opens by citing (据市防指统计，…; 据省应急管理厅监测), or None."""
    if not text.startswith(attribution.SOURCE_MARK, paragraph_start - start):
        return None  # most paragraphs
    at, verbs = paragraph_start + len(attribution.SOURCE_MARK), claim_words().statistics_verbs
    return next((o for o in orgs if o.start == at and text.startswith(verbs, o.end - start)), None)


def _on_condition(view: str, subject: str, q: Quantity, ctx: Context) -> str:
    """The subject with the condition the clause right before the number's states (省内异地就医未按规定备案的，支付比例
    降低10个百分点 → 省内异地就医未按规定备案的支付比例降低): a rule's figure holds for those it names, not in general.
    A condition that holds a number of its own (年满60周岁的) is a figure apart."""
    k = ctx.clause_index(q.start)
    if not subject or k == 0 or ctx.clauses[k][0] < ctx.start:
        return subject
    cs, ce = ctx.clauses[k - 1]
    condition = view[cs:ce].rstrip("，,")
    for opener in CONDITION_OPENERS:
        condition = condition.removeprefix(opener)
    if not condition.endswith(CONDITION_END) or len(condition) > CONDITION_MAX or any(c.isdigit() for c in condition) \
            or subject.startswith(condition.removesuffix(CONDITION_END)) or ctx.orgs_between(cs, ce):
        return subject  # (利用存量房屋改建的，5年内…: a subject that opens with the condition's words holds it already)
    return condition + subject


def _province_governed(body: Org | None) -> str:
    """The province a provincial government's department serves (江苏省教育厅 → 江苏省); "" for any other body."""
    return _province_opening(body.name) if body is not None and body.type == "local_government" else ""


@lru_cache(maxsize=4096)
def _province_opening(name: str) -> str:
    named = find_places(name)
    return named[0].province if named and named[0].start == 0 and named[0].level == PROVINCE_UNIT else ""


PROVINCE_UNIT = "province"  # a place's level (places.Place.level)
PROVINCE_LEVEL = "省"  # 全省, 本省: the province's own unit, as its department speaks of it


def names_home(view: str, start: int, end: int, levels: str) -> bool:
    """Whether the text names its own unit between ``start`` and ``end`` by a word of one of its ``levels`` read as one
    word (全省, 本省; 全市 in 北京市's or 赣州市's, 全区 in 广西's; not 资本市场, 完全市场化, nor 全区 in 广东省's text)."""
    return any(m.group()[-1] in levels and one_word(view, m.start(), m.end())
               for m in deixis_pattern().finditer(view, start, end))


def _plans(view: str, ctx: Context, w: ClaimWords) -> bool:
    """Whether the sentence sets targets (将, 力争, 计划: ``plan_verbs``, as jieba's verbs or adverbs: not 将近, 计划总投资):
    the text's own plans, which a source the paragraph cited for its figures does not give."""
    if not any(view.find(v, ctx.start, ctx.end) >= 0 for v in w.plan_verbs):
        return False  # most sentences: no word of a plan, no segmentation spent
    return any(word in w.plan_verbs and flag in PLAN_TAGS for word, flag in tagged(view[ctx.start : ctx.end]))


def counterpart(body: Org, national: Org | None) -> bool:
    """Whether ``body`` is a local state organ of the national one's field (郑州市医疗保障局 of 国家医疗保障局, 资兴市公安局
    of 公安部): the national name without its national prefix and its office word stands in the local one's."""
    if national is None or national.level != CENTRAL or body.level in attribution.CENTRAL_LEVELS \
            or body.type not in attribution.STATE_ORGANS:
        return False
    field_name = national.name.removeprefix(NATIONAL_PREFIX)
    field_name = field_name[: -len(next((w for w in OFFICE_WORDS if field_name.endswith(w)), ""))] or field_name
    return len(field_name) >= FIELD_MIN and field_name in body.name


CLAUSE_MARKS = re.compile(r"[，。；：！？,;:!?]")  # between a paragraph's start and a source it cites first: not its first clause
POINTERS = ("该", "此", "这")  # a clause opening with one points at a thing of its own (该行业贷款余额增长20%)
NOT_OPENING_ACTORS = ("group", "media")  # bodies that open a sentence but act for no figure in it (各地区, 新华社)
NATIONAL_PREFIX = "国家"
CENTRAL = "central"  # a national body's level
OFFICE_WORDS = ("委员会", "总局", "总署", "局", "部", "委", "署")  # longest first
FIELD_MIN = 2


SYSTEM_LEVELS = ("central", "provincial", "prefecture", "county")  # from the highest


def _its_area_system(org: Org, own: Org | None) -> bool:
    """Whether ``org`` names an area's departments of the reporting body's field and level as one (全省公安机关, 全市人社系统
    in 省公安厅's, 市人社局's report): the departments it leads, whose figures its report gives; the annotators give them
    to the body that reports, as they give a group's. Not a wider area's (全省公安机关 in 市公安局's or 公安部's report)."""
    field_name, level = area_field(org.mention) if own is not None else ("", "")
    if not field_name:
        return False  # nearly every body
    same_level = level == own.level or level == DISTRICT and own.level == PROVINCIAL  # 全区: a district's, or an autonomous region's
    return same_level and (field_name in own.name or field_name in own.mention)


DISTRICT, PROVINCIAL = "county", "provincial"  # the levels 全区 may name (区; 广西壮族自治区)


def a_lower_body_of_its_system(org: Org, own: Org | None) -> bool:
    """Whether ``org`` is a body of ``own``'s system at a lower level (积石山县人民法院 in 甘肃省高级人民法院's report):
    one of the bodies the reporting one leads, whose official's words are an example in its report, not a report of their own."""
    if own is None or org.name == own.name or org.level not in SYSTEM_LEVELS or own.level not in SYSTEM_LEVELS:
        return False
    family = next((f for f in claim_words().system_families if own.name.endswith(f)), ())
    return org.name.endswith(family) and SYSTEM_LEVELS.index(org.level) > SYSTEM_LEVELS.index(own.level)


def _reports_its_own(view: str, org: Org, q: Quantity, ctx: Context) -> bool:
    """Whether a body acts in the number's sentence before it, not given a task (全省应急管理部门共立案查处…1376起…；责令
    停产停业整顿企业93家; not 全省财政部门要确保…, 全省水利系统将盯紧…), and no clause from the body's to the number's
    opens with a subject of its own (not 全市卫生健康系统坚决做到…，全市人均预期寿命达到78.9岁，比2020年提高0.8岁): its
    own figure, not one the body leading it reports or plans."""
    words = tagged(view[org.end : org.end + MODAL_REACH])
    clause_end = ctx.clause(org.end)[1]
    disposal = len(words) > 1 and (words[1][1].startswith(OBJECT_TAGS) or any(view.find(d, org.end, clause_end) >= 0 for d in JIANG_DISPOSALS))
    tasked = bool(words) and words[0][0] in claim_words().modal_verbs and not (words[0][0] == JIANG and disposal)
    if not ctx.start <= org.start < q.start or tasked:  # (not 应用, 应对, 将近; nor 将 as 把: 将28家企业纳入…)
        return False
    end = ctx.clause(org.start)[1]
    while end < q.start:  # the clauses after the body's, up to the number's
        cs, end = ctx.clause(end + 1)
        head = past_lead(view, cs, end, ctx, LEAD_CHARS)
        if WHOLE_UNIT.match(view, head) or head in ctx.place_at or head in ctx.org_at:
            return False
    return True


MODAL_REACH = 6  # characters after a body read for the modal verb that gives it a task (要, 应当, 将)
JIANG, OBJECT_TAGS = "将", ("m", "r", "q")  # 将 before a number or a pronoun is 把 (将28家企业纳入…), no future; so is
JIANG_DISPOSALS = ("作为", "纳入", "列入", "列为")  # 将 in a clause that disposes of its object (将大数据手段作为重点)


def _system_kind(org: Org, own: Org, w: ClaimWords) -> str:
    """The kind of body ``org`` names across the area ``own`` serves at its level (全省|法院 for 浙江省高级人民法院), or ""."""
    prefix = next((p for p in w.system_prefixes if org.name.startswith(p)), "")
    kind = org.name[len(prefix) :]
    ok = prefix and len(kind) >= 2 and own.name != org.name and own.level in w.system_prefixes[prefix]
    return kind if ok else ""


def _its_system(org: Org, own: Org, w: ClaimWords) -> bool:
    """Whether ``org`` names the bodies of ``own``'s kind across the area ``own`` serves (全省法院 for 浙江省高级人民法院,
    全市海事法院 for 宁波市中级人民法院; not 全省法院 for a 中级人民法院)."""
    kind = _system_kind(org, own, w)
    family = next((f for f in w.system_families if kind.endswith(f)), (kind,))
    return bool(kind) and own.name.endswith(family)


def _its_field(org: Org, own: Org, w: ClaimWords) -> bool:
    """Whether ``org`` names the departments of ``own``'s field across its area, which a state organ leads (全市卫生健康
    系统 for 常德市卫生健康委员会; not 全省农业系统 for 江苏省农业科学院); the caller asks whether the figure is theirs
    alone (``_reports_its_own``: 全省应急管理部门共立案查处…1376起)."""
    kind = _system_kind(org, own, w) if own.type in attribution.STATE_ORGANS else ""
    field = next((kind[: -len(n)] for n in w.organ_nouns if kind.endswith(n)), "")
    return len(field) >= 2 and field in own.name


def _a_place_alone(view: str, subject: str, q: Quantity, ctx: Context) -> bool:
    """Whether a subject is only a place the sentence names right before the number, or a place and a verb of a
    breakdown (广州|6例, 广州报告|2例), or a place and its change (浙江|增长|7.6%): the total's part there; not a place a
    list matched far from it (白银, a metal)."""
    verbs = claim_words().breakdown_verbs
    core = without_change(subject)
    changed = subject[len(core) :]  # 江苏…同比增长7.9%，浙江|增长|7.6%: the place and its change alone
    near = ctx.places[bisect.bisect_left(ctx.place_starts, q.start - PLACE_REACH) : bisect.bisect_left(ctx.place_starts, q.start)]
    return any(view[p.end : q.start] in ("", *verbs, *((changed,) if changed else ())) and core in (p.mention, *(p.mention + v for v in verbs))
               for p in near)


def _a_listed_place(view: str, core: str, q: Quantity, ctx: Context) -> bool:
    """Whether a subject is one of the places that alone open the number's clause, before a copula and the values
    (南昌市为88.2%; 九江市、宜春市、上饶市分别为93.8%、…; 其中景德镇市、萍乡市分别达到96.5%和93%): each place's value of
    what the sentence measured before."""
    cs = ctx.clause(q.start)[0]
    listed = sorted(ctx.places_between(cs, q.start), key=lambda p: p.start)
    if not listed or core not in {p.mention for p in listed}:
        return False
    opens = cs + len(PART_MARK) if view.startswith(PART_MARK, cs) else cs
    if listed[0].start != opens or any(view[a.end : b.start] not in ("", *LIST_LINKS) for a, b in zip(listed, listed[1:])):
        return False  # (only places, one after another: not 全省11个设区市中有4个市…)
    gap = EARLIER_VALUES.sub("", view[listed[-1].end : q.start])
    gap = next((gap[len(r) :] for r in RESPECTIVE_WORDS if gap.startswith(r)), gap)
    return gap in claim_words().value_links


def _a_system(body: Org | None) -> bool:
    """Whether a body is the bodies of one kind across the text's unit (全市法院, 全省检察机关, 全县各级法院): what a report
    of theirs goes on about in sentences that open with what was done; a department named once (县交通运输局完成…) is
    not, and the report's next topic (实施…工程，建成…) is its government's."""
    return body is not None and body.mention.startswith(SYSTEM_SCOPES)


SYSTEM_SCOPES = ("全市", "全省", "全县", "全区", "全州", "全国", "各级")
RESPECTIVE_WORDS = ("分别", "均")  # between listed places and their values (…分别为93.8%、95.5%)


ITEM_END_TAGS = ("n", "j", "vn", "eng")  # jieba's nouns, abbreviations, verbal nouns and Latin letters (A级景区)


def _word_ends(text: str) -> set[int]:
    """The lengths of the suffixes of ``text`` that start where jieba starts a word (利润, 实现利润, 地区实现利润)."""
    return {len(text) - k for k in itertools.accumulate([0] + [len(w) for w, _ in tagged(text)][:-1])}


def _word_starts(text: str) -> set[int]:
    """The lengths of the prefixes of ``text`` that end where jieba ends a word (全市, 全市A级, …)."""
    return set(itertools.accumulate(len(w) for w, _ in tagged(text)))


def _listed_places(view: str, known: list[Place]) -> set[int]:
    """The ids of the places that are items of a list of places of several provinces or countries, which the list names
    together (开通至上海、宁波和苏州…; 上海、天津、韩国釜山等): items joined by 、, 和 or 及, or one 等 closes; not 湖北省、市、县
    三级 (the levels of one province), nor 金昌、庆阳、白银 (one province's cities, which place what follows)."""
    by_start, by_end = {p.start: p for p in known}, {p.end: p for p in known}
    out: set[int] = set()
    for place in known:
        run, p = [place], place
        while view[p.start - 1 : p.start] in PLACE_JOINS and (p := by_end.get(p.start - 1)) is not None:
            run.append(p)
        p = place
        while view[p.end : p.end + 1] in PLACE_JOINS and (p := by_start.get(p.end + 1)) is not None:
            run.append(p)
        if len({p.province or p.country for p in run}) > 1 or len(run) == 1 and view.startswith(LIST_END, place.end):
            out.add(id(place))
    return out


LIST_END, PLACE_JOINS = "等", "、和及"


def _in_a_region(subject: str, previous: str, w) -> str:
    """The measure of the sentence's previous claim, of another statistical region (claims.yml ``statistical_regions``),
    with the subject's change, where the subject names the region and its change alone and the previous claim a region's
    measure (东部地区一般公共预算收入同比增长1.9%，…东北地区下降0.6% → 东北地区一般公共预算收入下降); "" otherwise."""
    core = without_change(subject)
    region = next((r for r in w.statistical_regions if previous.startswith(r) and r.endswith(REGION_WORD)), "")
    if core not in w.statistical_regions or not region or core == region:
        return ""  # (东北三省…, 西部大开发…, 东部沿海省份…: no region's measure)
    measure = without_change(previous)[len(region) :]
    for adverb in w.change_adverbs:  # (同比 stays with the change: 收入|同比增长)
        measure = measure[: -len(adverb)] if measure.endswith(adverb) else measure
    share = next((i for i in (measure.find(v) for v in w.share_verbs) if i >= 0), -1)
    changed = subject[len(core) :]
    measure = measure[:share] if share >= 0 and changed else measure  # 东部地区进出口占全国的80.2%，中西部地区增长…: 进出口
    if len(measure) < PLACED_MEASURE_MIN or measure in w.residence_parts:
        return ""  # (其中东部地区城镇增长7.0%: the town's part, no measure)
    return core + measure + changed


REGION_WORD = "地区"  # how a region's name ends where it opens a measure (东部地区|一般公共预算收入; not 东北|三省)


PLACE_REACH = 24  # characters before a number where a place and a breakdown's verb may start (only those are asked)


LEVEL_CHARACTERS = "省市县区州盟旗"  # 南昌县 is no body of 南昌市, though both open with 南昌


PERCENT = "%"
PLACED_MEASURE_MIN = 2  # characters of the measure after a place that the places listed after it share


ACTING_PREPOSITIONS = ("在", "对", "向", "为", "把")  # 抚州市|在…实行: the place is the subject of what follows
TIME_TAG = "t"  # jieba's time words (去年, 目前), which may stand between a body and its verb
ACT_REACH = 12  # characters after a place read for its verb


def _acts(view: str, end: int) -> bool:
    """Whether the body or place that ends at ``end`` is the subject of an action right after it: a preposition that opens
    its verb phrase, or a verb (after adverbs: 分别|组织) that does something, not one that states a result (肥西县|完成
    地区生产总值, 增长) or what befell it (受灾), nor a noun it owns (安岳县|柠檬种植面积)."""
    w = claim_words()
    for word, tag in tagged(view[end : end + ACT_REACH]):
        if tag.startswith(("d", "ad")) and word not in w.result_verbs:
            continue
        if tag == "p":
            return word in ACTING_PREPOSITIONS
        return tag.startswith("v") and word not in w.result_verbs and word not in w.change_verbs
    return False


def _serves(body: Org, place: Place) -> bool:
    """Whether the place lies in the unit the body's name opens with (合肥市统计局: 肥西县; 四川省农业农村厅: 安岳县)."""
    unit = _unit_of(body.name)
    if unit is None or place.country != CHINA:
        return False
    same = {"province": place.province == unit.province, "prefecture": (place.province, place.city) == (unit.province, unit.city),
            "county": (place.province, place.city, place.county) == (unit.province, unit.city, unit.county)}
    return same.get(unit.level, False)


def _of_trade(view: str, place: Place, clause: tuple[int, int]) -> bool:
    """Whether the figure's clause, the place's or one that only changes the figure before (增长11.4%), speaks of the flows
    a customs district counts (claims.yml ``customs_words``: 广西对东盟进出口912.3亿元，增长11.4%; 两个边境口岸共验放货车…);
    not 宁波市实现地区生产总值8000亿元 before 外贸进出口…, nor 凭祥市通过口岸通关便利化改革，带动就业2万人."""
    start = clause[0] if place.start < clause[0] and not _changes_only(view, clause) else place.start
    return any(word in view[start : clause[1]] for word in claim_words().customs_words)


def _changes_only(view: str, clause: tuple[int, int]) -> bool:
    """Whether a clause opens with a change or a share of the figure before it (增长11.4%, 占…的48.6%)."""
    w = claim_words()
    return view.startswith(w.change_verbs + w.share_verbs, clause[0], clause[1]) \
        or w.comparison.match(view, clause[0], clause[1]) is not None  # (同比增长…, 比上年…)


def _its_district(body: Org, place: Place) -> bool:
    """Whether the place lies in the province a customs district covers (南京海关: 江苏, 苏州; 南宁海关: 凭祥;
    ``customs_districts.csv``)."""
    return place.country == CHINA and bool(place.province) and _customs_districts().get(body.name) == place.province


@lru_cache(maxsize=1)
def _customs_districts() -> dict[str, str]:
    """The province each customs district releases the trade figures of (南京海关: 江苏省)."""
    return {row["customs"]: row["province"] for row in csv_book(__package__, "customs_districts.csv")}


@lru_cache(maxsize=4096)
def _unit_of(name: str) -> Place | None:
    """The place a body's name opens with (合肥市 of 合肥市统计局), or None."""
    found = find_places(name)
    return found[0] if found and found[0].start == 0 and found[0].country == CHINA else None


def _named_by_full_name(body: Org, place: Place) -> bool:
    """Whether a body is the place's own named by its full name, alone or after the units above it (上海市人民政府 for
    上海市, 上海浦东新区金融工作局 for 浦东新区); not a body stationed there (新疆驻北京办事处)."""
    at = body.name.find(place.full_name)
    return at == 0 or at > 0 and STATIONED not in body.name[:at]


STATIONED = "驻"


def _named_by_short_name(body: Org, place: Place) -> bool:
    """Whether a body is the place's own named by its short name (苏州海关 for 苏州市), not a unit of another level that
    shares the name (南昌县人民政府 for 南昌市)."""
    short = place.short_name
    return bool(short) and body.name.startswith(short) and body.name[len(short) : len(short) + 1] not in LEVEL_CHARACTERS
