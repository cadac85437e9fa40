"""The number grammar's lexicon, typed and compiled once from the codebooks.

``numerals.yml`` (digits, magnitudes), ``units.yml``, ``qualifiers.yml`` (hedges and bounds),
``numbers_in_words.yml`` (named numbers, figures of speech, traps) and ``number_context.yml``
(addresses, times of day, ordinals, plans, time frames, percentages in words, doublings) hold
every word; this module only turns them into the patterns ``quantities`` matches with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, longest_first, scanning, yaml_book
from . import numerals

HALF_WHOLE_MAX, HALF_MEASURE = 3, "个"  # the whole number before a half: 一个半, 十二个半
# An Arabic number with optional thousands separators (1,200; Hong Kong and PDF text write 1 200) and decimals, after
# its first digit (see ``_numeral``); the script's own digits are in numerals.yml.
_ARABIC_AFTER_FIRST = r"(?:\d{0,2}(?:,\d{3})+|\d{0,2}(?: \d{3})+(?!\d)|\d*)(?:\.\d+)?"


@dataclass(frozen=True)
class Context:
    """``number_context.yml``: the words around a numeral that decide what it is."""

    address_before: tuple[str, ...]
    address_after: re.Pattern
    time_of_day_units: tuple[str, ...]
    time_of_day_not: tuple[str, ...]
    time_of_day_before: tuple[str, ...]
    ordinal_prefix: str
    meeting_ordinal: re.Pattern  # 次/届 before a meeting's name
    meeting_sessions: re.Pattern  # 次 before more sessions of a list that ends in a meeting's name
    session_after: str  # 届: a session numbered after it (十二届|十次、十一次全会)
    meetings_held_after: tuple[str, ...]  # 召开|2次会议: a count of the meetings held
    window_units: tuple[str, ...]  # 8小时|平均: an averaging window's unit
    window_after: tuple[str, ...]
    secondary: str  # 二 of 二次分红: a round's name
    secondary_units: tuple[str, ...]  # 次, 套: the units it names a round or a home by
    secondary_not_after: tuple[str, ...]  # 每, 至少, 限购: what makes it a count after all
    secondary_not_before: tuple[str, ...]  # 会议: a meeting's word, which the meeting rules read
    plan_units: tuple[str, ...]
    plan_after: re.Pattern
    timeframe_after: tuple[str, ...]
    timeframe_within: str  # 内: a time frame only for another figure of its clause
    record_frames: tuple[str, ...]  # 来, 以来: a time frame, unless its clause sets a record in it (5年来增幅新高)
    record_words: tuple[str, ...]  # 最高, 新高, 首次: what sets a record
    record_reach: int  # characters after the frame within which the record word stands
    record_not_after: tuple[str, ...]  # 历史(新高): a record of all time
    not_records: tuple[str, ...]  # 最高人民法院, 最多跑一次: names and terms that open with a record word
    average_after: tuple[str, ...]  # 两年|平均增长: the years a rate is averaged over
    timeframe_before: tuple[str, ...]
    frame_prepositions: tuple[str, ...]  # 在近5年: a preposition of time before a frame word keeps it a frame
    hedged_frames: tuple[str, ...]  # 近: a frame word that hedges a length a verb governs (工作近两年)
    steady_link: str  # 比 of 一年比一年: a length compared with itself
    dialled_before: tuple[str, ...]  # 拨打: digits after it are a telephone number
    demonstrative: str  # 那 of 那一年: that year, a time
    ago_after: tuple[str, ...]  # 20年前: a time back from now
    period_opening: str
    stage_openers: tuple[str, ...]  # 最后|一天: the last or first stretch of a period
    took_after: tuple[str, ...]  # 最后两年|就: how long something took
    took_before: tuple[str, ...]  # 历时|一年: how long something took
    negative_sign: str  # 负0.1%: a minus sign written as a word
    below_zero: str  # 零下46℃: a temperature below zero
    below_zero_units: frozenset[str]  # the units it signs (℃)
    negative_after: frozenset[str]  # 至负0.1%: what brings in a signed value
    ahead_of_time: tuple[str, ...]  # 提前两年: a length of time after them is how far ahead
    per_one_units: frozenset  # 一天150元, 一亩地流转费450元: one of these units before a figure is what the figure is per
    per_one_reach: int  # characters between that unit and the figure
    rate_modals: tuple[str, ...]  # 一天要发8万多单: what one can or must do per unit
    percent_words: dict[str, float]
    fraction: str
    doubling: re.Pattern  # 翻番, 翻了一番, 翻两番; group "n" is the count of doublings
    doubling_verb: str
    doubling_unit: str
    doubling_default: str
    article: str
    article_after: tuple[str, ...]
    period_ends: tuple[str, ...]  # what ends a clause after a period named with 的 (极不平凡的五年。)
    grade_mark: str  # 30万吨级: a measure that grades what follows
    magnitude_after: tuple[str, ...]  # 七级地震: 级 before these is a magnitude
    magnitude_before: tuple[str, ...]  # 阵风可达10级: 级 after these is a magnitude
    bare_amount_after: tuple[str, ...]  # 已有|千家，: a bare magnitude after these ending its clause is an amount
    rate_bases: tuple[str, ...]  # 万元|国内生产总值能耗: the aggregates a bare 万元 is the base of an intensity of
    per_words: tuple[str, ...]  # 每|百元营业收入: after them a bare amount is a rate's base
    period_not_after: tuple[str, ...]  # 延长至现在的五年: a length reached
    period_window: int
    period_modifier: int  # characters of modifier between 的 and a period it names (的关键五年)
    period_copula: str  # 是 earlier in the clause: the period is said to be something
    period_terms: tuple[str, ...]  # 期限, 有效期: the modifier names a term, and the period is its length
    version_decimal: str  # 自贸区3.0版
    version_below: float
    version_not_before: tuple[str, ...]
    version_not_after: tuple[str, ...]
    hypothetical: re.Pattern  # 举例说明, 假如: a worked example or a supposition opens there
    phase_units: tuple[str, ...]  # 滇中引水二期
    tenor_mark: str  # 期 of 7天期逆回购
    tenor_not_after: tuple[str, ...]  # 期间, 期满
    rank_openings: tuple[str, ...]  # 前 of 前五位, 后 of 后三位
    rank_verbs: frozenset[str]  # 居 of 居前: a verb of ranking jieba reads with 前 as one word
    rank_reach: int  # characters before a rank's 前 read with it
    rank_units: tuple[str, ...]
    outline_before: tuple[str, ...]  # 以下14个方面: the text's own outline
    outline_after: tuple[str, ...]  # 十个|方面工作：: the text's own outline too
    outline_opening: re.Pattern  # 四方面|工作：一是: a few words, a colon and the first item's marker
    threshold_link: str  # 5000万元以上的项目
    threshold_kinds: frozenset[str]
    threshold_at_least: tuple[str, ...]  # 以上: after a verb, a target unless a count follows
    threshold_bounds: tuple[str, ...]  # 以上, 以下: the bounds of a class (not 左右, 出头: a figure hedged)
    phase_not_numerals: tuple[str, ...]
    phase_not_after: tuple[str, ...]  # 举办五期: sessions counted
    name_opener: str
    name_end: re.Pattern  # where a programme's name that opens with a number ends
    halves: re.Pattern  # 半年, 半个多月, 一个半小时, 半年多; groups n (whole number), more (多), unit, over (多 after it)
    half_of_all: dict[str, float]
    digit_magnitudes: dict[str, tuple[float, str]]  # 两位数: (10, at_least), a rate by its count of digits
    growth_words: tuple[str, ...]  # 增长, 增速: near a digit magnitude, it is a rate
    half_marks: tuple[str, ...]  # one of them stands in every match of ``halves``: a text without any has no half
    half_lead: int  # characters a match of ``halves`` may have before its half mark (一个半: 2)
    ratio: re.Pattern  # 14.7:30.9:54.4, 2.9∶1: numbers joined by a ratio mark
    ratio_cue: re.Pattern  # 比, 结构: a word of proportion before a ratio
    ratio_cue_reach: int
    ratio_cues_after: tuple[str, ...]  # 1:1|比例
    small_change_unit: str


@dataclass(frozen=True)
class Grammar:
    """Everything the quantity parser matches with."""

    number: re.Pattern  # an Arabic or Chinese numeral
    units: dict
    longer_units: dict[str, tuple[str, ...]]  # unit -> the units that open with it (个 -> 个月, 个百分点), in codebook order
    quals: dict
    tail: re.Pattern
    unit_only: re.Pattern
    range_re: re.Pattern
    prefixes: dict
    prefix_ends: frozenset[str]  # last characters of the hedge words: a numeral after any other character has none
    magnitude_prefixes: dict  # hedges of a number written as magnitudes alone (上百, 数万, 几十)
    not_hedged_after: frozenset  # words a one-character hedge ends (节约, 签约): the number after them is no hedged one
    level_prefixes: frozenset[str]  # 迈上, 越过: hedges of an amount or a number with a magnitude only
    adjacent: re.Pattern  # two neighbouring digits for an approximate number (三四个, 二三十, 十七八, 三五千)
    suffixes: tuple[str, ...]
    named: re.Pattern
    rhetorical: dict
    rhetorical_re: re.Pattern
    traps: re.Pattern
    magnitude_run: re.Pattern  # 万, 亿, 万亿 … (magnitudes from 百 up)
    bare: frozenset[str]  # magnitudes that stand for a number alone (百项, 千家万户)
    large: frozenset[str]  # 万, 亿: a run 万|百 is two numbers, not one
    zeros: tuple[str, ...]  # 零, 〇: a numeral's leading zero closes the word before it (清零一户)
    zero_decimals: tuple[str, ...]  # 零点, 〇点: unless it opens a decimal
    quoted_named: re.Pattern  # “两个维护”, “十四五”, “15分钟便民生活圈”
    context: Context


def _meeting_sessions(units: list[str], meetings: list[str]) -> re.Pattern:
    """次/届 before further numbered sessions of a list that ends in a meeting's name (省委十二届十次、十一次全会): an
    ordinal after 届 (``session_after``), as the last session is."""
    unit, numeral = alternation(units), rf"[\d{numerals.system().characters}]+"
    return re.compile(rf"(?:{unit})(?=(?:、{numeral}(?:{unit}))+(?:{alternation(meetings)}))")


def _suffix_alternation(suffixes: dict, phrase_ends: dict) -> str:
    """The suffix qualifiers as a regex alternation, longest first; one that is also a verb (出头) only where its phrase
    ends after it (not a Chinese character next, unless one of its ``phrase_ends`` words)."""
    def one(word: str) -> str:
        ends = phrase_ends.get(word)
        return re.escape(word) + (rf"(?=[^\u4e00-\u9fff]|$|{alternation(ends)})" if ends else "")
    return "|".join(one(w) for w in longest_first(suffixes))


def _context() -> Context:
    book = yaml_book(__package__, "number_context.yml")
    digits = "".join(numerals.system().digits)
    doubling = book["doubling"]
    boundaries = "".join(book["name_boundaries"])
    return Context(
        address_before=longest_first(book["address_before"]),
        address_after=_address_after(book["address_after"], book["address_after_not"], book["address_inner"], book["address_parts"]),
        time_of_day_units=tuple(book["time_of_day_units"]),
        time_of_day_not=tuple(book["time_of_day_not"]),
        time_of_day_before=longest_first(book["time_of_day_before"]),
        ordinal_prefix=book["ordinal_prefix"],
        meeting_ordinal=re.compile(rf"(?:{alternation(book['meeting_units'])})(?={alternation(book['meetings'])})"),
        meeting_sessions=_meeting_sessions(book["meeting_units"], book["meetings"]),
        session_after=book["session_after"],
        meetings_held_after=tuple(book["meetings_held_after"]),
        window_units=tuple(book["window_units"]), window_after=tuple(book["window_after"]), secondary=book["secondary"],
        secondary_units=tuple(book["secondary_units"]), secondary_not_after=tuple(book["secondary_not_after"]),
        secondary_not_before=tuple(book["secondary_not_before"]),
        plan_units=tuple(book["plan_units"]),
        plan_after=re.compile(alternation(book["plan_after"])),
        timeframe_after=longest_first(book["timeframe_after"]),
        timeframe_within=book["timeframe_within"], record_frames=longest_first(book["record_frames"]),
        record_words=tuple(book["record_words"]), record_reach=int(book["record_reach"]),
        record_not_after=tuple(book["record_not_after"]), not_records=tuple(book["not_records"]), average_after=tuple(book["average_after"]),
        timeframe_before=longest_first(book["timeframe_before"]), frame_prepositions=tuple(book["frame_prepositions"]),
        hedged_frames=tuple(book["hedged_frames"]), steady_link=book["steady_link"], dialled_before=tuple(book["dialled_before"]), demonstrative=book["demonstrative"],
        ago_after=longest_first(book["ago_after"]),
        period_opening=book["period_opening"], stage_openers=tuple(book["stage_openers"]),
        took_after=tuple(book["took_after"]), took_before=tuple(book["took_before"]),
        negative_sign=book["negative_sign"], negative_after=frozenset(book["negative_after"]),
        below_zero=book["below_zero"], below_zero_units=frozenset(book["below_zero_units"]),
        ahead_of_time=tuple(book["ahead_of_time"]),
        per_one_units=frozenset(book["per_one_units"]), per_one_reach=book["per_one_reach"], rate_modals=tuple(book["rate_modals"]),
        percent_words=dict(book["percent_words"]),
        fraction=book["fraction"],
        doubling=re.compile(rf"{re.escape(doubling['verb'])}{re.escape(doubling['particle'])}?(?P<n>[{digits}])?{re.escape(doubling['unit'])}"
                            f"|{alternation(book['doubling_words'])}"),
        doubling_verb=doubling["verb"],
        doubling_unit=doubling["unit"],
        doubling_default=doubling["default"],
        article=book["article"],
        article_after=tuple(book["article_after"]),
        period_ends=tuple(book["period_ends"]),
        grade_mark=book["grade_mark"],
        magnitude_after=tuple(book["magnitude_after"]), bare_amount_after=tuple(book["bare_amount_after"]),
        magnitude_before=tuple(book["magnitude_before"]),
        rate_bases=tuple(book["rate_bases"]), per_words=tuple(book["per_words"]),
        version_decimal=book["version_decimal"],
        period_not_after=tuple(book["period_not_after"]),
        period_window=book["period_window"], period_modifier=book["period_modifier"],
        period_copula=book["period_copula"], period_terms=tuple(book["period_terms"]),
        version_below=float(book["version_below"]),
        version_not_before=tuple(book["version_not_before"]),
        version_not_after=longest_first(book["version_not_after"]),
        hypothetical=re.compile("|".join(map(re.escape, longest_first(book["hypothetical_openers"])))),
        phase_units=tuple(book["phase_units"]), tenor_mark=book["tenor_mark"], tenor_not_after=tuple(book["tenor_not_after"]),
        rank_openings=tuple(book["rank_openings"]), rank_units=tuple(book["rank_units"]), rank_verbs=frozenset(book["rank_verbs"]),
        rank_reach=book["rank_reach"],
        outline_before=tuple(book["outline_before"]), outline_after=tuple(book["outline_after"]),
        outline_opening=re.compile("[\u4e00-\u9fff]{0,%d}[：:]\\s*(?:%s)" % (book["outline_reach"], alternation(book["outline_openers"]))),
        threshold_link=book["threshold_link"],
        threshold_kinds=frozenset(book["threshold_kinds"]), threshold_at_least=tuple(book["threshold_at_least"]),
        threshold_bounds=longest_first(book["threshold_bounds"]),
        phase_not_numerals=tuple(book["phase_not_numerals"]),
        phase_not_after=longest_first(book["phase_not_after"]),
        name_opener=book["name_opener"],
        name_end=re.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?=[{boundaries}、，。；：”“）（\s]|$)"),
        small_change_unit=book["small_change_unit"],
        halves=re.compile(rf"(?:(?P<n>[{digits}十]{{1,{HALF_WHOLE_MAX}}}){HALF_MEASURE})?{re.escape(book['half'])}(?:个)?"
                          rf"(?P<more>多)?(?P<unit>{alternation(book['half_units'])})(?P<over>多(?!少))?|{alternation(book['half_of_all'])}"),
        half_of_all=dict(book["half_of_all"]),
        digit_magnitudes={word: (float(value), qualifier) for word, (value, qualifier) in book["digit_magnitudes"].items()},
        growth_words=tuple(book["growth_words"]),
        half_marks=(book["half"],) + tuple(w for w in book["half_of_all"] if book["half"] not in w),
        half_lead=max([HALF_WHOLE_MAX + len(HALF_MEASURE)] + [w.find(book["half"]) for w in book["half_of_all"]]),
        ratio=re.compile(r"(?<![\d.{0}])\d+(?:\.\d+)?(?:[{0}]\d+(?:\.\d+)?)+(?![\d.{0}])".format(re.escape(book["ratio_marks"]))),
        ratio_cue=re.compile(alternation(book["ratio_cues"])), ratio_cue_reach=book["ratio_cue_reach"],
        ratio_cues_after=tuple(book["ratio_cues_after"]),
    )


def _numeral(system: numerals.Numerals) -> str:
    """An Arabic or a Chinese numeral (18.8, 1,200, 十四, 三点五).

    The pattern takes a numeral's first character before a lookbehind says which kind it opened: a pattern that
    opens with one character class lets a search skip every other character in one step (over a corpus, a lookahead
    of the first characters took 1.6 times the instructions, and no guide at all about four times)."""
    chars, positional = system.characters, "".join(d for d in system.digits if d in system.positional)
    return (rf"[\d{chars}](?:(?<=\d){_ARABIC_AFTER_FIRST}"
            rf"|(?<=[{chars}])[{chars}]*(?:{re.escape(system.point)}[{positional}]+)?)")


def _adjacent(system: numerals.Numerals) -> re.Pattern:
    """Two digits side by side, after an optional tens (十七八, 二十五六) and before optional magnitudes (二三十, 三四十万):
    Chinese writes an approximate number so (概数). Groups: tens, a, b, magnitudes."""
    ones = "".join(d for d, v in system.digits.items() if v > 0)
    mags = "".join(system.magnitudes)
    ten = next(c for c, v in system.magnitudes.items() if v == 10)
    return re.compile(rf"(?P<tens>[{ones}]?{ten})?(?P<a>[{ones}])(?P<b>[{ones}])(?P<mag>[{mags}]*)")


def _address_after(words: list[str], exceptions: list[str], inner: list[str], inner_parts: list[str]) -> re.Pattern:
    """An address word after a number; a word that only starts an exception (楼 of 楼盘) is none, and an inner word
    (栋) is one only before a unit, room, floor or number word, with or without its number (3栋2单元, 5幢301室; not
    12栋大棚, 3栋楼 or 12栋1500套)."""
    parts = [re.escape(w) + rf"(?=\d*(?:{alternation(inner_parts)}))" for w in longest_first(inner)]
    for w in longest_first(words):
        tails = [e[len(w):] for e in exceptions if e.startswith(w) and len(e) > len(w)]
        parts.append(re.escape(w) + (f"(?!{alternation(tails)})" if tails else ""))
    return re.compile("(?:" + "|".join(parts) + ")")


def _quoted_named(numerals: str) -> re.Pattern:
    """A quoted name or formula that opens with a numeral (“两个维护”, “15分钟便民生活圈”, “3个100万”), or a list of them,
    whose items may also change one number into another (“三个展示、六个确保”, “4米改6米、5米改7米”). Each item is read
    atomically: with no closing quotation mark, a long list must not be tried every way. Quoted speech (“两天卖了300斤”)
    is none."""
    opening = rf"(?:[{numerals}]{{1,3}}|\d{{1,4}})"
    alone = rf"{opening}[\u4e00-\u9fff]{{0,8}}(?:(?<=[{MEASURE_WORDS}])[\d.]+[%\u4e00-\u9fff]{{0,3}})?"
    item = rf"(?>{opening}[\u4e00-\u9fff]{{1,2}}\d{{1,4}}[\u4e00-\u9fff]{{1,2}}(?=[、”」’\"])|{alone})"
    return re.compile(rf"[“「‘\"]({item}(?:、{item})+|{alone})[”」’\"]")


MEASURE_WORDS = "个项条件类批"  # the measure word of a quoted count of targets (“3个100万”)


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    system = numerals.system()
    units = yaml_book(__package__, "units.yml")["units"]
    quals = yaml_book(__package__, "qualifiers.yml")
    words = yaml_book(__package__, "numbers_in_words.yml")
    big = "".join(c for c, v in system.magnitudes.items() if v >= 100)
    small = "".join(c for c, v in system.magnitudes.items() if v < 10_000)
    number = re.compile(_numeral(system))
    unit_alt = alternation(units)
    before_unit = set(quals["infix_before_unit"])
    infix = "|".join([alternation([w for w in quals["infix"] if w not in before_unit])]
                     + [f"{re.escape(w)}(?={unit_alt})" for w in before_unit])
    suffix = _suffix_alternation(quals["suffix"], quals["suffix_phrase_ends"])
    prefixes = {**quals["prefix"], **quals["level_prefix"]}
    assert max(map(len, prefixes)) <= 3, "qualifiers.yml: prefixes longer than 3 characters need _prefix() to look further back"
    rhetorical = {r["text"]: r for r in words["rhetorical"]}
    digits = "".join(system.digits)
    return Grammar(
        number=number,
        units=units,
        longer_units={unit: longer for unit in units if (longer := tuple(u for u in units if len(u) > len(unit) and u.startswith(unit)))},
        quals=quals,
        tail=re.compile(rf"(?P<inf1>{infix})?(?P<mag>[{big}]+)?(?P<inf2>{infix})?(?P<unit>{unit_alt})?(?P<post>{suffix})?"),
        unit_only=re.compile(rf"(?P<inf2>{infix})?(?P<unit>{unit_alt})(?P<post>{suffix})?"),
        range_re=re.compile(rf"(?:{alternation(quals['range_separators'])}) ?(?:{alternation(quals['range_end_hedges'])})?(?={number.pattern})"),
        prefixes=prefixes,
        prefix_ends=frozenset(w[-1] for w in prefixes),
        magnitude_prefixes=dict(quals["magnitude_prefix"]), level_prefixes=frozenset(quals["level_prefix"]),
        not_hedged_after=frozenset(quals["not_hedged_after"]),
        adjacent=_adjacent(system),
        suffixes=longest_first(quals["suffix"]),
        named=re.compile(alternation(words["named"])),
        rhetorical=rhetorical,
        rhetorical_re=re.compile(alternation(rhetorical)),
        traps=scanning("|".join([alternation(words["traps"])] + words["trap_patterns"])),  # over whole texts
        magnitude_run=re.compile(rf"[{big}]*"),
        bare=frozenset(big),
        large=frozenset(c for c, v in system.magnitudes.items() if v >= 10_000),
        zeros=tuple(d for d, v in system.digits.items() if v == 0),
        zero_decimals=tuple(d + system.point for d, v in system.digits.items() if v == 0),
        # “两个维护”, “十四五”, and a count of targets that a figure follows: “3个100万”, “三个80%”, “两个10亿元”
        quoted_named=_quoted_named(digits + small),
        context=_context(),
    )
