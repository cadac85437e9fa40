"""``claims.yml``, typed: the words that tie a number to what it measures, who acts, where and when."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, longest_first, yaml_book


@dataclass(frozen=True)
class ClaimWords:
    forward_stops: frozenset[str]  # a noun phrase after a number ends at these words
    verbal_classifiers: frozenset[str]  # 次, 轮: after them a number counts an event
    activity_units: frozenset[str]  # 件, 批次: what counts the acts of an activity
    measure_verbs: re.Pattern  # after these the measured noun starts
    possession_verbs: tuple[str, ...]  # 设有, 拥有: after an owner, the thing owned is the owner's (中心|托养床位)
    possession_adverbs: str  # 已, 均: between an owner and such a verb
    value_links: tuple[str, ...]  # 为, 达到: a number after them is the value of what stands before
    label_measures: tuple[str, ...]  # 投资, 零售总额: how a measure a paragraph is labelled with ends (固定资产投资：)
    trailing: re.Pattern  # removed from the end of a subject found before the number (words and duration spans)
    trailing_run: re.Pattern  # a word made of trailing words (均达)
    trailing_modals: re.Pattern  # a modal before the framing words, cut once (预计, 有望)
    trailing_modal_words: frozenset[str]  # modals of one character, cut where jieba reads them as words (亩产|能)
    subjectless: re.Pattern  # clause openings that leave the subject out (one match, not a hundred prefixes tried in turn)
    time_frames: re.Pattern  # 近3年来, 过去一年: a length of time that frames a clause, passed over as a time
    prepositions: tuple[str, ...]  # may open a clause before its real subject
    agent_prepositions: tuple[str, ...]  # introduce the body that does a thing (由中国建筑承建)
    passive_markers: tuple[str, ...]  # 被: the clause's subject suffers what is done
    passive_lookalikes: tuple[str, ...]  # 被告: no passive
    finding_verbs: tuple[str, ...]  # 查明: a regulator's clause before what it found
    inspection_finding: tuple[str, ...]  # 发现, after a word of inspection
    survey_words: tuple[str, ...]  # 调查发现: a survey's finding, which reports
    inspection_words: tuple[str, ...]  # 检查, 举报: 发现 after them finds an offence
    offence_words: tuple[str, ...]  # 少缴, 无证: an offence found
    change_verbs: tuple[str, ...]
    result_verbs: frozenset[str]  # verbs that state a result reached, no action (完成, 实现, 达到)
    founding_verbs: tuple[str, ...]  # 领办, 组建: one body founded or leads the next (A领办的B)
    subordinate_words: tuple[str, ...]  # 直属, 下属: a body and the units under it as one noun (教育部直属高校)
    coming_into_being: frozenset[str]  # 挂牌开业: a body's clause that says it opened, and no more
    note_categories: dict  # 财政 → the measures a bulletin's 财政 chapter gives
    flow_verbs: frozenset[str]  # 进出口, 出口: a verb that names the flow its value measures
    joined_terms: tuple[str, ...]  # 研究与试验发展: one term a 与 joins
    change_adverbs: tuple[str, ...]  # 年均增长: kept with the change verb in a subject
    leading: re.Pattern  # one word removed from the start of a subject (with the leading particles), when it is a word there
    reporting_verbs: tuple[str, ...]  # verbs that frame a sentence as a report
    framing_only: tuple[str, ...]  # of those, the ones that report only as their clause's last word (据海关统计，)
    framing_followers: tuple[str, ...]  # or before what they found (监测显示)
    naming_words: tuple[str, ...]  # 简称, 号称: words that hold a reporting verb and name rather than report
    source_nouns: tuple[str, ...]  # what a body counts (数据): 根据国家统计局数据 names the figures' source
    forecast_verbs: tuple[str, ...]  # 预计: a report only right after its body, before a comma
    resultatives: tuple[str, ...]  # 到, 至: the verb before them frames a number with them (发展到)
    report_events: re.Pattern  # 新闻发布会: an event at which a body reports
    lead_owners: tuple[str, ...]  # 项目, 产业: what a paragraph's lead names that owns the measure after it
    sector_measures: frozenset[str]  # 投资, 增加值: the measures such a lead's sector owns
    conversion_words: tuple[str, ...]  # 约合: in brackets, the figure before them again in another unit
    currency_names: tuple[str, ...]  # 人民币: the currency written before an amount, not what it measures
    currency_kinds: tuple[str, ...]  # 跨境人民币: a kind of money an amount measures
    held_meetings: re.Pattern  # 召开…工作会议: a meeting a body holds, at which it sets out its work
    organ_nouns: frozenset[str]  # 部门: after a place, the place's organ (江苏农业农村部门)
    own_sources: re.Pattern  # 记者, 据…: a paragraph that tells what the reporter or a source of its own found
    gone_before: tuple[str, ...]  # 到北京打拼: the verb before a place someone goes to work or study in
    event_nouns: tuple[str, ...]  # 北京|冬奥会: an event its host city names
    breakdown_verbs: tuple[str, ...]  # 广州|报告|2例: a total's part in a place
    item_aspects: tuple[str, ...]  # (三)资金来源。: an item's label naming an aspect, which owns no bare measure
    item_measures: tuple[str, ...]  # 资助面: a measure an item's group owns bare
    statistical_regions: tuple[str, ...]  # 东部地区, 中部地区: a national total's parts, no gazetteer places
    gone_not_before: tuple[str, ...]  # 回到, 来到: who comes or returns to the place
    gone_after: tuple[str, ...]  # and what they go there for
    drafting_close: re.Pattern  # 制定以下方案: a document's preamble bringing in its body
    self_definition: re.Pattern  # （以下简称“公司”）: a body the text names as itself
    disclosure_marks: re.Pattern  # 证券代码, 公告编号: a listed company's announcement
    report_documents: re.Pattern  # 政府工作报告: a report a body's head delivers for it
    hearing_verbs: tuple[str, ...]  # 听取, 审议: a body before them hears a report another delivers
    held_mark: str  # 连续 of 连续5个月回升: how long a thing has done what follows
    taken_noun: str  # 用时: what a duration measures of the activity a clause before it names
    then_words: tuple[str, ...]  # 以前, 现在: the time adverbs before that activity
    needing_words: frozenset[str]  # 要, 只需: the words of needing between it and the number
    needing_first: tuple[str, ...]  # 就能, 即可: those that may open the phrase
    time_hedges: frozenset[str]  # 可, 通常: dropped from the phrase's end, but they need no time
    time_nouns: tuple[str, ...]  # 时间, 期限: a phrase ending in one names a duration's measure already
    route: tuple[str, str, str]  # 从, 到, 至: a journey's words (从万象到昆明)
    held_adverbs: tuple[str, ...]  # 已, 均: between the thing and 连续
    held_predicate_max: int
    citing: re.Pattern  # 报告指出, 该公报显示: a clause head that cites a document a body published
    title_citing_prepositions: tuple[str, ...]  # 根据, 依据: a clause they open cites a document as its basis
    title_citing: re.Pattern  # 根据《通知》, 《通知》明确: a clause head that cites a document by its title
    issuing: re.Pattern  # from a body's end: …联合印发《…通知》: the body issues a policy document
    sourced: re.Pattern  # 行业数据显示, 海关统计显示: a clause head that cites any document or data
    time_lead_verbs: frozenset[str]  # 截至: opens a time
    distributives: frozenset[str]  # 各级, 各类: part of a noun phrase
    company_again: dict[str, re.Pattern]  # by a company's class word: 该公司, ，公司…, ，合作社…: a company named again
    briefing: re.Pattern  # from a body's end: …局长陈长华|就|…|进行简要介绍
    invited: tuple[str, ...]  # 邀请: before a body a press conference's host invites to brief
    data_credits: tuple[str, ...]  # 数据来源：: before the body a text's figures come from
    trailing_source_marks: tuple[str, ...]  # …增长5.7%——|交通运输部发布的最新数据: before the body that published them
    invited_briefs: re.Pattern  # from the invited body's end: …有关负责同志…介绍
    publishing: re.Pattern  # from a body's end: 28日发布《…》, 公布…数据: the body publishes a document
    publishing_verbs: tuple[str, ...]
    published_kinds: tuple[str, ...]  # 报告, 公报: a document's kind, which a citing clause names
    publication_reach: int
    press_hosts: tuple[str, ...]
    approving_mark: str  # 经 before a body that approves (经省政府同意，…)
    approving: re.Pattern  # the verb of approval that closes the clause (经省委、省政府研究同意|，)
    session_numbers: re.Pattern  # 第四次会议 after a body's name: the name names a session
    co_acting: tuple[str, ...]
    briefing_officials: tuple[str, ...]
    briefing_verb_list: tuple[str, ...]
    change_rate_of: dict[str, str]
    magnitude_verbs: tuple[str, ...]
    reporting_end: re.Pattern
    continuation: tuple[str, ...]  # paragraph openings that continue reported figures
    breakdown_dimensions: tuple[str, ...]  # 产业, 地区, 主体: what statistics break a figure down by
    place_dimensions: tuple[str, ...]  # 地区, 区域, 城市: those of them that are places
    not_breakdowns: tuple[str, ...]  # 其中|一个重要原因: what 其中 opens that breaks nothing down
    own_period_words: tuple[str, ...]  # 当月, 累计: a breakdown's own period, which no date holds
    first_person: re.Pattern  # 我, 我们, 我部: a body or an official naming itself
    lead_units: tuple[str, ...]  # （牵头单位：…）: the bodies responsible for a list item
    lead_verbs: tuple[str, ...]  # （省发展改革委牵头…）
    item_lead_verbs: tuple[str, ...]  # （省发改委负责）after an item's end, longest first
    stating_verbs: frozenset[str]  # 共有, 拥有: before a count, no event of what it counts
    telling_adverbs: frozenset[str]  # 已, 未: open a subject before its verb (已开工项目)
    adding_verbs: tuple[str, ...]  # 新增3.2万人: a verb that adds to a count named before, no one acted on
    plan_verbs: tuple[str, ...]  # 将, 力争: a sentence that sets the text's own targets
    statistics_verbs: tuple[str, ...]  # 据…统计/抽样调查: a source's data, not an estimate
    modal_verbs: frozenset[str]  # 会, 能: no event's verb
    lead_manners: tuple[str, ...]  # （A、B等按职责分工负责）: between the bodies and their verb, longest first
    lead_line_labels: tuple[str, ...]  # 部门分工：省发展改革委牵头 on a line under its item
    field_label_max: int
    comparison: re.Pattern
    wider_comparison: re.Pattern  # 比全国高: a change's difference from a wider place's, of the thing before
    measure_nouns: tuple[str, ...]
    listed_measures: tuple[str, ...]
    activity_measures: tuple[str, ...]  # 量, 额, 收入: what an activity's volume and value end in (销售量, 销售额)
    activity_values: tuple[str, ...]  # 值: the value of goods an activity moved (出口值)
    newness_words: frozenset[str]  # 新增, 新建: what makes the things counted new, which their total is not
    getting_verbs: tuple[str, ...]  # 获批, 获得: a body's verb before a number that says what it got, longest first
    reach_verbs: tuple[str, ...]  # 惠及, 覆盖: what did it stays with the people or places a count says it reached
    allotting_verbs: tuple[str, ...]  # 提供, 安排: the noun after the amount they give is what it measures
    money_word_endings: tuple[str, ...]  # 款: a word ending so names a sum of money (罚没款)
    reach_doer_not_units: frozenset[str]  # 人次, %: a claim before in these names no doer of reaching
    sectors: tuple[str, ...]
    change_rates: tuple[str, ...]
    averages: frozenset[str]  # 日均: per what, not of what
    measure_qualifiers: frozenset[str]  # 实际 (实际支出): how a listed measure is reckoned, not whose it is
    age_of: str  # 年龄: what an age before a person measures
    age_adverbs: tuple[str, ...]  # 今年, 现年: between a person and their age
    naming_verbs: tuple[str, ...]  # 依次为: before the items of a list a later 分别 gives values to
    ranking_words: re.Pattern  # 较, 最, 居: where the measure a naming clause ranks its items by ends
    ranked_naming_verbs: tuple[str, ...]  # 是: a naming verb only after a ranking word
    ranking: re.Pattern  # 较多的省份: a ranking that ends the clause before its 是
    rank_tail: re.Pattern  # 居前三位: a rank after the measure of items listed with their values after 分别
    casualties: tuple[str, ...]  # 死亡, 受伤: the people events killed or hurt, counted after them
    causal_verbs: tuple[str, ...]  # 造成, 导致: between events and the casualties they caused
    event_units: frozenset[str]  # 起, 次: the units events are counted in
    casualty_events: tuple[str, ...]  # 事故, 地震: what causes casualties
    population_shares: tuple[str, ...]  # 率, 比重: an age before them in its clause is the population of a share
    share_verbs: tuple[str, ...]  # 占: a share of a whole, owned by the previous claim's thing
    ratio_copulas: tuple[str, ...]  # 是, 相当于: a multiple of another thing, owned by the previous claim's thing
    share_measure: str  # 占比: what a share verb alone before its number measures
    payments: tuple[str, ...]  # 补贴, 贴息: a percentage right before one is its rate
    giving_verbs: tuple[str, ...]  # 给予: between such a percentage and its payment
    rate_bases: tuple[str, ...]  # 按: the base such a percentage is of
    rate_measure: str  # 比例
    payment_standard: str  # 标准: what a figure inside 按…的标准 measures of the payment given after it
    payment_measures: tuple[str, ...]  # 标准, 比例, 上限: what an item says of its programme's payment (每件补贴, 补贴比例)
    programme_endings: tuple[str, ...]  # 以旧换新, 更新: how a programme's name ends where it names no payment
    heading_actions: tuple[str, ...]  # 落实, 提高: a heading that opens with one tells what to do, naming no payment
    period_frames: tuple[str, ...]  # 为期: before a length of time and 的, whose noun it is the length of
    event_verbs: tuple[str, ...]  # 结束, 启动: a word ending with one ends the noun phrase before it
    dispatch_verbs: tuple[str, ...]  # 调派, 派出: the noun counted after one is sent to do what follows
    relative_verbs: frozenset[str]  # 纳入, 开展: a verb that opens a relative clause at its sentence's head
    completing_verbs: frozenset[str]  # 为, 到, 纳入: after a main verb's object, they complete the main verb
    sent_heads: tuple[str, ...]  # 员, 组, 队: what the noun of those sent ends with
    points_comparisons: tuple[str, ...]  # 高于, 快于: a gap in percentage points after one is between two rates
    points_unit: str  # 百分点
    residence_parts: tuple[str, ...]  # 城市, 农村: a part of a whole after 其中 by where people live
    growth_rate: str  # 增速: the rate a change's figure is
    whole_parts: dict[str, tuple[str, ...]]  # 进出口: (出口, 进口): a part after its whole is the same owner's
    target_nouns: tuple[str, ...]  # 目标: a plan's target that a share completes, owned by the previous claim's thing
    target_max: int
    target_scopes: tuple[str, ...]  # 年度, 全年: the period a target is set for, no thing it names
    target_verbs: tuple[str, ...]  # 为: the copula before a target
    until_markers: tuple[str, ...]  # 至昨日: the time a figure runs up to
    batch: re.Pattern  # 第二批 right before a count
    partitive: str  # 中: 企业中193家复工
    per_unit: tuple[str, ...]  # 元/斤: money per unit of a good
    price: str
    owned_measures: tuple[str, ...]  # 率, 金额: a measure of something the clause before may name
    company_measures: tuple[str, ...]  # 产值, 就业人数: a company's own measures, stated bare
    company_self_words: tuple[str, ...]  # 公司, 我们: a company's words for itself before its measure
    item_body_own_words: tuple[str, ...]  # how an item names the body it opens with by its class (该公司, 学校)
    customs_words: tuple[str, ...]  # what a customs district counts (进出口, 口岸)
    place_measures: tuple[str, ...]  # GDP, 常住人口: a measure of a place that heads the sentence
    attributes_of_counted: tuple[str, ...]  # 规模, 利润: a measure of the thing the previous claim counted
    completion_verbs: tuple[str, ...]  # 完成: a clause it opens after a count is the counted projects' (完成投资)
    counted_projects: tuple[str, ...]  # 项目, 工程: what such a count counts
    needing_verbs: tuple[str, ...]  # 相当于, 需要: verbs that equate or require an amount
    wholes_of_counted: dict[str, str]  # 总数, 平均年龄: alone after a count, of all the things it counted (same_unit: in its unit)
    handled_units: frozenset[str]  # 件, 起: units of matters handled step by step (受理…件，审结…件)
    counted_owners: frozenset[str]  # 个, 家: the units of counts whose things own those measures
    members_of_counted: frozenset[str]  # 在校生, 床位: the counted bodies' own, in the clause after the count
    frame_nouns: tuple[str, ...]
    attributive: str
    noun_coordinators: frozenset[str]  # 和: 21个国家|和|地区
    scope_adverbs: frozenset[str]  # 全部, 当场: adverbs jieba reads as nouns before what counted things do
    honour_verbs: tuple[str, ...]  # 入选, 获: what counted things did, inside the phrase after the count
    frame_prepositions: frozenset[str]  # 以, 对: 以10件民生实事|为引领, 对1200家企业|开展检查: a frame around a count
    verb_tagged_nouns: frozenset[str]  # 举措, 做法: nouns jieba tags as verbs
    copulas: tuple[str, ...]  # 是: what a count's things are
    trailing_prepositions: str
    object_prepositions: frozenset[str]  # 为|380个老旧小区|引入物业服务: the count is the object of a preposition
    leading_particles: str
    admin_nouns: frozenset[str]
    measure_suffixes: tuple[str, ...]
    rate_only: re.Pattern  # 每人每年: a rate phrase ending a text
    rate_prefix: str
    method: re.Pattern  # 按可比价格计算: how a figure was computed, inside its subject
    respectively: str
    list_separator: re.Pattern
    object_marker: re.Pattern
    up_to_preposition: re.Pattern
    place_modifiers: tuple[str, ...]
    wider_scopes: tuple[str, ...]  # 全国, 世界: a scope wider than a local body's
    list_markers: tuple[str, ...]
    model_words: tuple[str, ...]  # 枫桥|经验: a place that names a model
    agent_verbs: tuple[str, ...]  # 由|济南城建集团|投资建设: the agent of the sentence's figures
    disposal_verbs: tuple[str, ...]  # 设, 定为: a verb that sets a number for the object of 把
    value_followers: tuple[str, ...]  # 是, 能: after 8.7%的增长, the change is the percentage's value
    disposal_prepositions: tuple[str, ...]  # 把: its object, before the verb, is what the figure the verb sets measures
    locative_prepositions: tuple[str, ...]  # 在, 于: a place right after one is where the clause's figures happen
    condition_frame: tuple[str, str]  # 在…下: a clause of the conditions under which the subject acts
    system_prefixes: dict  # 全省|法院: the bodies of a kind across an area, by the reporting body's levels there
    system_families: tuple[tuple[str, ...], ...]  # 法院, 法庭: kinds of body of one system
    source_prepositions: tuple[str, ...]  # 从: a place right after one is where things come from, never who acts
    example_frames: tuple[tuple[str, str], ...]  # 以…为例: the body between them is the example the sentence's figures are of
    origin_nouns: tuple[str, ...]  # 香港|旅客: where people come from
    buyer_nouns: tuple[str, ...]  # 广东、上海的|老客户: where buyers come from
    origin_attributive: str  # 上海|的|老客户
    origin_verbs: tuple[str, ...]  # 来自|中国台湾: where people or goods come from
    return_verbs: tuple[str, ...]  # 从广东东莞打工返乡: a place someone came home from
    move_verbs: tuple[str, ...]  # 从宁波搬到: a place someone or something moved from
    economy_words: tuple[str, ...]  # 日本|经济增速: a state's economy measured
    destination_verbs: re.Pattern  # 运往|重庆: where goods go
    destination_reach: int
    destination_nouns: tuple[str, ...]  # 170多个|国家和地区: places counted as reached
    route_verbs: tuple[str, ...]  # 通达|国内18个省: a route's reach
    payment_breaks: tuple[str, ...]  # 500万元|进行|奖励: money spent on a payment, not the payment's amount
    givers: tuple[str, ...]  # 市财政|给予: who gives a payment, before the giving verb
    trade_directions: dict[str, tuple[str, ...]]  # 对|美国|进出口: a trade partner after the preposition, its trade words
    trade_verbs: tuple[str, ...]  # 出口|美国
    trade_reach: int
    baseline_markers: str
    from_baseline: re.Pattern  # 由每年100万元提升至: a starting level, to the end of a phrase
    aspect_particles: str
    unnamed_governments: tuple[str, ...]  # longest first
    body_heads: tuple[str, ...]  # longest first
    body_head_pointer: str
    local_pointer: str  # 当地 before a field and a head (当地医保部门): the place's body named before in that field
    local_pointer_heads: tuple[str, ...]
    local_pointer_field_max: int
    host_pointers: dict  # 主办方 → 主办: the word for the host of an event and its verb of hosting
    meeting_verbs: tuple[str, ...]  # 指出, 决定: what a meeting does in its readout (会议决定，…)
    zone_words: tuple[str, ...]  # 新区, 片区: a development zone's class word, longest first
    zone_committees: tuple[str, ...]  # 管委会: how the name of the committee that administers a zone ends
    pointed_heads: tuple[str, ...]  # longest first
    native_mark: str  # 云南籍: native of
    native_person_mark: str  # 浙江宁波人，: a person from there
    reference_marks: tuple[str, ...]  # 距南京主城: a place measured from
    pointed_measures: frozenset[str]  # 这一指标达到32.6%: a measure a pointer names again
    measure_pointers: tuple[str, ...]
    pointed_shares: frozenset[str]  # 这一比重: a share of the thing named before, not the thing
    pointed_head_names: dict[str, tuple[str, ...]]  # 校 → (学校, 中学, …): the name endings a pointer's word stands for
    pointed_head_types: dict[str, tuple[str, ...]]  # 校 → (university,): the types of body it stands for
    governing_endings: tuple[str, ...]  # 政府, 省委, 人大: a body that governs a place, not a department of it
    pointed_places: tuple[str, ...]  # 该镇, 该县: the words a place's name ends with, longest first
    not_pointers: tuple[str, ...]  # 该市场, 该部分: words after 该 that point at nothing
    meeting_nouns: tuple[str, ...]  # 发布会, 座谈会: a meeting named after the body, which 该会 names instead
    unnamed_government_next_tags: frozenset[str]
    unnamed_government_next_words: frozenset[str]
    unnamed_government_not_next: frozenset[str]
    own_governments: tuple[str, ...]

    def stands_for(self, word: str, org) -> bool:
        """Whether the word after 该 stands for the body: one of the types it names (该校: a university), or a name ending
        in one of its endings (该校: 学校, 中学; 该局: 局)."""
        return org.type in self.pointed_head_types.get(word, ()) or org.name.endswith(self.pointed_head_names.get(word, (word,)))



def ending(text: str, words: tuple[str, ...], default: str | None = "") -> str | None:
    """The first of ``words`` that ``text`` ends with (the longest, when they are longest first), else ``default``.
    Most texts end in none of them, which one ``str.endswith`` on the tuple tells."""
    if text.endswith(words):
        for word in words:
            if text.endswith(word):
                return word
    return default


BRIEFER_MAX = 16  # characters of an official's titles and name after their body (党组书记、局长陈长华)


def _cited(c: dict) -> str:
    """A document's noun, an adverb, and a verb of reporting or forecasting (报告指出, 数据还显示)."""
    return "(?P<kind>%s)(?:%s)?(?:%s)" % (alternation(c["published_nouns"] + c["source_nouns"]), alternation(c["published_adverbs"]),
                                    alternation(c["reporting_verbs"] + c["forecast_verbs"] + c["published_verbs"]))


@lru_cache(maxsize=1)
def claim_words() -> ClaimWords:
    c = yaml_book(__package__, "claims.yml")
    rate = f"{re.escape(c['rate_prefix'])}(?:{alternation(c['rate_units'])})"  # 每人, 每年, 每公斤
    return ClaimWords(
        forward_stops=frozenset(c["forward_stops"]),
        verbal_classifiers=frozenset(c["verbal_classifiers"]), activity_units=frozenset(c["activity_units"]),
        measure_verbs=re.compile(alternation(c["measure_verbs"] + c["possession_verbs"])),
        possession_verbs=tuple(c["possession_verbs"]), possession_adverbs=c["possession_adverbs"],
        value_links=tuple(c["value_links"]),
        label_measures=tuple(c["label_measures"] + c["measure_nouns"] + c["listed_measures"]),
        trailing=re.compile(f"(?:{alternation(c['trailing'])}|{c['trailing_spans']})$"),
        trailing_run=re.compile(f"(?:{alternation(c['trailing'])})+"),
        trailing_modals=re.compile(f"(?:{alternation(c['trailing_modals'])})$"),
        trailing_modal_words=frozenset(c["trailing_modal_words"]),
        subjectless=re.compile(alternation(c["subjectless_starts"])), time_frames=re.compile(c["time_frames"]),
        prepositions=longest_first(c["leading_prepositions"]),
        agent_prepositions=longest_first(c["agent_prepositions"]), passive_markers=tuple(c["passive_markers"]),
        passive_lookalikes=tuple(c["passive_lookalikes"]),
        finding_verbs=tuple(c["finding_verbs"]), inspection_finding=tuple(c["inspection_finding"]),
        change_verbs=longest_first(c["change_verbs"]), result_verbs=frozenset(c["result_verbs"]), founding_verbs=tuple(c["founding_verbs"]), subordinate_words=tuple(c["subordinate_words"]),
        coming_into_being=frozenset(c["coming_into_being"]),
        note_categories={k: tuple(v) for k, v in c["note_categories"].items()}, flow_verbs=frozenset(c["flow_verbs"]), joined_terms=tuple(c["joined_terms"]),
        change_adverbs=longest_first(c["change_adverbs"]),
        leading=re.compile(f"^(?:{alternation(c['leading'] + c['leading_particles'])})"),
        reporting_verbs=tuple(c["reporting_verbs"]), framing_only=frozenset(c["framing_only"]),
        framing_followers=tuple(c["framing_followers"]), naming_words=tuple(c["naming_words"]), source_nouns=tuple(sorted(c["source_nouns"], key=len, reverse=True)), forecast_verbs=tuple(c["forecast_verbs"]), resultatives=tuple(c["resultatives"]),
        organ_nouns=frozenset(c["organ_nouns"]), own_sources=re.compile(c["own_sources"]), report_events=re.compile(alternation(c["report_events"])), lead_owners=tuple(c["lead_owners"]), sector_measures=frozenset(c["sector_measures"]), conversion_words=tuple(c["conversion_words"]), currency_names=tuple(c["currency_names"]), currency_kinds=tuple(c["currency_kinds"]), held_meetings=re.compile(c["held_meetings"]),
        gone_before=tuple(c["gone_to"]["before"]), gone_not_before=tuple(c["gone_to"]["not_before"]),
        gone_after=tuple(c["gone_to"]["after"]), event_nouns=tuple(c["event_nouns"]),
        breakdown_verbs=tuple(c["breakdown_verbs"]), item_aspects=tuple(c["item_aspects"]), item_measures=tuple(c["item_measures"]), statistical_regions=longest_first(c["statistical_regions"]),
        drafting_close=re.compile(c["drafting_close"]), self_definition=re.compile(c["self_definition"]),
        disclosure_marks=re.compile(c["disclosure_marks"]),
        report_documents=re.compile(alternation(c["report_documents"])), hearing_verbs=tuple(c["hearing_verbs"]), held_mark=c["held_mark"],
        taken_noun=c["time_taken"]["noun"], then_words=tuple(c["time_taken"]["then_words"]),
        needing_words=frozenset(c["time_taken"]["needing_words"]),
        needing_first=tuple(c["time_taken"]["needing_first"]), time_hedges=frozenset(c["time_taken"]["hedges"]), time_nouns=tuple(c["time_taken"]["time_nouns"]),
        route=tuple(c["time_taken"]["route"]),
        held_adverbs=longest_first(c["held_adverbs"]), held_predicate_max=c["held_predicate_max"],
        citing=re.compile("(?:%s)?%s" % (alternation(c["published_pointers"]), _cited(c))),
        title_citing_prepositions=tuple(c["title_citing_prepositions"]),
        title_citing=re.compile("(?:(?:%s)《(?P<after>[^》]{1,40})》(?!%s)|《(?P<titled>[^》]{1,40})》(?:%s)?(?:%s))"
                                % (alternation(c["title_citing_prepositions"]), alternation(c["title_acted_on"]),
                                   alternation(c["published_adverbs"]), alternation(c["title_citing_verbs"]))),
        issuing=re.compile("[^，,。！？；;：:\n“”《》]{0,16}?(?:%s)[^，,。！？；;：:\n“”《》]{0,12}?(?P<title>《[^》]{1,60}》)"
                           % alternation(c["issuing_verbs"])),
        time_lead_verbs=frozenset(c["time_lead_verbs"]), distributives=frozenset(c["distributives"]),
        briefing=re.compile("[^，。；：“”,;:]{1,%d}?(?P<on>%s)[^。！？；\\n]{1,80}?(?:%s)了?[^。！？；，\\n]{0,4}?(?:%s)"
                            % (BRIEFER_MAX, re.escape(c["briefing_on"]), alternation(c["briefing_light_verbs"]),
                               alternation(c["briefing_verbs"]))),
        invited=tuple(c["invited_marks"]), data_credits=tuple(c["data_credits"]), trailing_source_marks=tuple(c["trailing_source_marks"]), invited_briefs=re.compile("[^。！？；\n]{0,80}?(?:%s)(?!会)" % alternation(c["briefing_verbs"])),
        company_again={word: re.compile("(?:%s|(?<=[，,。；;！？：:\n]))(?:%s|%s)" % (re.escape(c["body_head_pointer"]), re.escape(c["company_word"]), re.escape(word)))
                       for word in [c["company_word"], *c["company_class_words"]]},
        sourced=re.compile("[\u4e00-\u9fff]{0,%d}?%s" % (c["source_modifier_max"], _cited(c))),
        publishing=re.compile("[^，,。！？；;：:\n“”《》]{0,16}?(?:%s)(?!%s)[^，,。！？；;：:\n“”《》]{0,%d}?(?P<title>《[^》]{1,60}》|“[^”]{1,40}”|%s)"
                              % (alternation(c["publishing_verbs"]), alternation(c["publishing_not_before"]),
                                 c["published_gap"], alternation(c["published_nouns"] + c["source_nouns"]))),
        published_kinds=tuple(c["published_nouns"]),
        publishing_verbs=tuple(c["publishing_verbs"]),
        publication_reach=int(c["publication_reach"]),
        press_hosts=tuple(c["press_hosts"]),
        approving_mark=c["approving_mark"], approving=re.compile(f"(?:{alternation(c['approving_verbs'])})$"),
        session_numbers=re.compile(c["session_numbers"]),
        co_acting=tuple(c["co_acting"]),
        briefing_officials=longest_first(c["briefing_officials"]), briefing_verb_list=tuple(c["briefing_verbs"]),
        change_rate_of=dict(c["change_rate_of"]),
        magnitude_verbs=tuple(c["magnitude_verbs"]),
        reporting_end=re.compile(f"(?:{alternation(c['reporting_verbs'])})$"),
        continuation=tuple(c["continuation_cues"]), breakdown_dimensions=tuple(c["breakdown_dimensions"]),
        not_breakdowns=tuple(c["not_breakdowns"]), own_period_words=tuple(c["own_period_words"]),
        first_person=re.compile(c["first_person"]),
        place_dimensions=tuple(c["place_dimensions"]),
        lead_units=tuple(c["lead_unit_markers"]), lead_verbs=longest_first(c["lead_verbs"]), item_lead_verbs=longest_first(c["item_lead_verbs"]),
        lead_manners=longest_first(c["lead_manners"]), stating_verbs=frozenset(c["stating_verbs"]),
        telling_adverbs=frozenset(c["telling_adverbs"]), modal_verbs=frozenset(c["modal_verbs"]),
        adding_verbs=tuple(c["adding_verbs"]), plan_verbs=tuple(c["plan_verbs"]), statistics_verbs=tuple(c["statistics_verbs"]),
        lead_line_labels=longest_first(c["lead_line_labels"]), field_label_max=int(c["field_label_max"]),
        comparison=re.compile(c["comparison"]), wider_comparison=re.compile(c["wider_comparison"]),
        measure_nouns=tuple(c["measure_nouns"]),
        listed_measures=longest_first(c["listed_measures"]), activity_measures=longest_first(c["activity_measures"]), activity_values=longest_first(c["activity_values"]), newness_words=frozenset(c["newness_words"]), getting_verbs=longest_first(c["getting_verbs"]), reach_verbs=longest_first(c["reach_verbs"]), allotting_verbs=longest_first(c["allotting_verbs"]), money_word_endings=tuple(c["money_word_endings"]), reach_doer_not_units=frozenset(c["reach_doer_not_units"]), sectors=tuple(c["sectors"]), change_rates=tuple(c["change_rates"]),
        averages=frozenset(c["averages"]), measure_qualifiers=frozenset(c["measure_qualifiers"]), until_markers=tuple(c["until_markers"]),
        age_of=c["age_of"], age_adverbs=longest_first(c["age_adverbs"]), naming_verbs=tuple(c["naming_verbs"]), ranking_words=re.compile(alternation(c["ranking_words"])), rank_tail=re.compile(c["rank_tail"]), ranked_naming_verbs=tuple(c["ranked_naming_verbs"]),
        ranking=re.compile(r"(?:%s)[^，。；,;的]{0,4}的(?:%s)?\Z" % (alternation(c["ranking_words"]), alternation(c["ranked_classes"]))), casualties=longest_first(c["casualties"]), causal_verbs=tuple(c["causal_verbs"]), event_units=frozenset(c["event_units"]), casualty_events=tuple(c["casualty_events"]), population_shares=tuple(c["population_shares"]), share_verbs=tuple(c["share_verbs"]), ratio_copulas=tuple(c["ratio_copulas"]), share_measure=c["share_measure"],
        payments=tuple(c["payments"]), giving_verbs=tuple(c["giving_verbs"]), rate_bases=tuple(c["rate_bases"]), rate_measure=c["rate_measure"],
        payment_standard=c["payment_standard"], payment_measures=tuple(c["payment_measures"]), programme_endings=tuple(c["programme_endings"]), heading_actions=tuple(c["heading_actions"]), period_frames=tuple(c["period_frames"]), event_verbs=tuple(c["event_verbs"]), dispatch_verbs=tuple(c["dispatch_verbs"]), relative_verbs=frozenset(c["relative_verbs"]), completing_verbs=frozenset(c["completing_verbs"]), sent_heads=tuple(c["sent_heads"]), points_comparisons=tuple(c["points_comparisons"]), points_unit=c["points_unit"], residence_parts=tuple(c["residence_parts"]),
        growth_rate=c["growth_rate"],
        whole_parts={whole: tuple(parts) for whole, parts in c["whole_parts"].items()},
        target_nouns=tuple(c["target_nouns"]), target_max=int(c["target_max"]), target_scopes=tuple(c["target_scopes"]), target_verbs=tuple(c["target_verbs"]),
        owned_measures=longest_first(c["owned_measures"]), company_measures=longest_first(c["company_measures"]),
        company_self_words=longest_first(c["company_self_words"]), item_body_own_words=tuple(c["item_body_own_words"]), customs_words=tuple(c["customs_words"]), place_measures=longest_first(c["place_measures"]),
        attributes_of_counted=longest_first(c["attributes_of_counted"]), completion_verbs=longest_first(c["completion_verbs"]),
        counted_projects=tuple(c["counted_projects"]), needing_verbs=longest_first(c["needing_verbs"]), counted_owners=frozenset(c["counted_owners"]),
        wholes_of_counted=dict(c["wholes_of_counted"]), handled_units=frozenset(c["handled_units"]),
        members_of_counted=frozenset(c["members_of_counted"]),
        per_unit=tuple(c["per_unit"]),
        partitive=c["partitive"],
        batch=re.compile(rf"(?:{alternation(c['batch_ordinals'])})[0-9一二三四五六七八九十百]*[{''.join(c['batch_nouns'])}]$"),
        price=c["price"],
        frame_nouns=tuple(c["frame_nouns"]),
        attributive=c["attributive"],
        noun_coordinators=frozenset(c["noun_coordinators"]), scope_adverbs=frozenset(c["scope_adverbs"]),
        honour_verbs=longest_first(c["honour_verbs"]), frame_prepositions=frozenset(c["frame_prepositions"]),
        verb_tagged_nouns=frozenset(c["verb_tagged_nouns"]), copulas=tuple(c["copulas"]),
        trailing_prepositions="".join(c["trailing_prepositions"]),
        object_prepositions=frozenset(c["object_prepositions"]),
        leading_particles="".join(c["leading_particles"]),
        admin_nouns=frozenset(c["admin_nouns"]),
        measure_suffixes=tuple(c["measure_suffixes"]),
        rate_only=re.compile(rf"{rate}(?:{rate}){{0,2}}$"),  # the first one outside the repetition: see subjects.py
        rate_prefix=c["rate_prefix"],
        method=re.compile(rf"(?:{alternation(c['method_openers'])})[^，。；：、]{{1,{c['method_max']}}}?"
                          rf"(?:{alternation(c['method_verbs'])})(?!的)|(?:{alternation(c['method_phrases'])})(?:影响)?后?"),
        respectively=c["respectively"],
        list_separator=re.compile(f"[{''.join(c['list_separators'])}]"),
        object_marker=re.compile(f"[{''.join(c['object_markers'])}]"),
        up_to_preposition=re.compile(f"^.*?[{''.join(c['clause_prepositions'])}]"),
        place_modifiers=tuple(c["place_modifiers"]), wider_scopes=tuple(c["wider_scopes"]),
        survey_words=tuple(c["survey_words"]), inspection_words=tuple(c["inspection_words"]),
        offence_words=tuple(c["offence_words"]),
        list_markers=tuple(c["list_markers"]), model_words=tuple(c["model_words"]), agent_verbs=longest_first(c["agent_verbs"]),
        locative_prepositions=tuple(c["locative_prepositions"]), condition_frame=tuple(c["condition_frame"]),
        system_prefixes=dict(c["system_prefixes"]), system_families=tuple(tuple(f) for f in c["system_families"]),
        source_prepositions=tuple(c["source_prepositions"]),
        example_frames=tuple((before, after) for before, after in c["example_frames"]), disposal_prepositions=tuple(c["disposal_prepositions"]),
        disposal_verbs=tuple(c["disposal_verbs"]), value_followers=tuple(c["value_followers"]),
        origin_nouns=tuple(c["origin_nouns"]), buyer_nouns=tuple(c["buyer_nouns"]), origin_attributive=c["origin_attributive"], origin_verbs=tuple(c["origin_verbs"]), return_verbs=tuple(c["return_verbs"]), move_verbs=tuple(c["move_verbs"]), economy_words=tuple(c["economy_words"]),
        destination_verbs=re.compile(alternation(c["destination_verbs"])), destination_reach=int(c["destination_reach"]),
        destination_nouns=tuple(c["destination_nouns"]), route_verbs=tuple(c["route_verbs"]),
        payment_breaks=tuple(c["payment_breaks"]), givers=tuple(c["givers"]),
        trade_directions={p: tuple(words) for p, words in c["trade_directions"].items()}, trade_verbs=tuple(c["trade_verbs"]),
        trade_reach=int(c["trade_reach"]),
        baseline_markers="".join(c["baseline_markers"]),
        from_baseline=re.compile(f"(?:{alternation(c['baseline_prepositions'])})(?:[^{''.join(c['baseline_prepositions'])}]*?\\d.*"
                                 f"|(?:{alternation(c['baseline_times'])})的?)$"),
        aspect_particles="".join(c["aspect_particles"]),
        unnamed_governments=longest_first(c["unnamed_governments"]),
        body_heads=longest_first(c["body_heads"]), body_head_pointer=c["body_head_pointer"],
        pointed_heads=longest_first(c["pointed_heads"]), pointed_places=longest_first(c["pointed_places"]),
        native_mark=c["native_mark"], native_person_mark=c["native_person_mark"], reference_marks=tuple(c["reference_marks"]), pointed_measures=frozenset(c["pointed_measures"]), measure_pointers=longest_first(c["measure_pointers"]),
        pointed_shares=frozenset(c["pointed_shares"]),
        pointed_head_names={word: tuple(names) for word, names in c["pointed_head_names"].items()},
        pointed_head_types={word: tuple(types) for word, types in c["pointed_head_types"].items()},
        governing_endings=tuple(c["governing_endings"]),
        local_pointer=c["local_pointer"], local_pointer_heads=longest_first(c["local_pointer_heads"]),
        local_pointer_field_max=int(c["local_pointer_field_max"]),
        host_pointers=dict(c["host_pointers"]), meeting_verbs=longest_first(c["meeting_verbs"]),
        zone_words=longest_first(c["zone_words"]), zone_committees=longest_first(c["zone_committees"]),
        not_pointers=tuple(c["not_pointers"]), meeting_nouns=tuple(c["meeting_nouns"]),
        unnamed_government_next_tags=frozenset(c["unnamed_government_next_tags"]),
        unnamed_government_next_words=frozenset(c["unnamed_government_next_words"]),
        unnamed_government_not_next=frozenset(c["unnamed_government_not_next"]),
        own_governments=tuple(c["own_governments"]),
    )
