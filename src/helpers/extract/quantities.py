"""Quantities: every number in a text with its value, unit, kind and hedge.

Spans are found first and only then normalized: a numeral converter run over raw
text corrupts names (四川 → 4川).  The grammar is NUMBER (+ 多/余) (+ 万/亿) (+ unit)
(+ 以上/左右 …), optionally a range, with hedge words before it; every word it uses
is in the codebooks, compiled by ``grammar``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import string
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from ..codebook import alternation, yaml_book
from ..ingest import FILE_NUMBER as _FILE_NUMBER
from . import numerals, timex
from .lexicon import claim_words
from .names import is_cjk
from .tokens import SET_PHRASE_TAGS, in_dictionary, tagged, word_bounds
from .grammar import grammar

CLAIM_KINDS = {"money", "count", "percent", "ratio", "measure", "duration", "age"}
CODE_CHARS = frozenset(string.ascii_letters + "_")  # letters, and the underscore a scraped subscript leaves (PM_2.5)
FILE_NUMBER = re.compile(_FILE_NUMBER)  # 国办发〔2022〕30号: a file number, not a year and a count
NOT_A_MEASURE = re.compile(r"(?:[:：]\d{2}|[×xX*+＋][\dA-Za-z]|-\d{7,8})[\d.:：]*")  # 9:00, 7×24, 1+N, 0871-12345678, 3.7:40.5:55.8
MINUS = "-−－"
ENUM_AFTER = re.compile(r"[）)、．.]")
LIST_MARK = "、"  # between the items of a list (第2、3、14项; “三个展示、六个确保”; 13—15岁、16—18岁)
# Digits on both sides of 万 or 亿, as speech and interviews write a number (1万6千多元 16,000, 2万3千5百 23,500, 1亿5000万
# 150 million, 2万4337美元 24,337 with the four digits below 万 written out; not a year: 300万2023年末): one numeral, where
# the grammar alone reads two amounts (1万 and 6千多元)
MIXED_MAGNITUDES = re.compile(r"万(?:\d{1,4}[千百](?:\d[百十])?|[1-9]\d{3}(?!年))(?![\d万亿.])|亿\d{1,4}(?:[千百]万|万)(?![\d万亿])")
_CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?\s]")
_CLAUSE_END_OR_STOP = re.compile(r"[，。；：！？,;:!?\s]")  # the same, but for a list's 、


@dataclass(slots=True)
class Quantity:
    """A number found in a text: its span, value, unit, kind and hedge, and whether the text asserts it.

    ``numeral_start`` is where the numeral itself starts (after a hedge word), ``unit_end`` where its
    unit ends; ``noun_unit`` marks a unit that is itself what is counted (9部门). Slotted: a text has
    thousands, each read many times by the stages after this one.
    """

    start: int
    end: int
    value: float | None
    value_max: float | None = None
    unit: str = ""
    kind: str = "other"
    qualifier: str = "exact"
    claim: bool = False
    time: str = ""
    numeral_start: int = 0
    unit_end: int = 0
    noun_unit: bool = False


@dataclass(slots=True)
class Tail:
    """What follows a numeral: 多/余, magnitude, measure word or unit, 以上/左右 …"""

    inf1: str
    mag: str
    inf2: str
    unit: str
    post: str
    end: int


def _mask(view: str, start: int, end: int, regex) -> dict[int, int]:
    """start -> end of every match, for quick lookup of spans that own a numeral."""
    return {m.start(): m.end() for m in regex.finditer(view, start, end)}


def _ratios(view: str, start: int, end: int) -> dict[int, int]:
    """start -> end of the ratios in ``view[start:end]`` (三次产业结构为14.7:30.9:54.4): numbers joined by a ratio mark
    after a word of proportion in the same sentence, or right before one (1:1|比例; number_context.yml: ratio_cues)."""
    cx = grammar().context
    out = {}
    for m in cx.ratio.finditer(view, start, end):
        lo = max(start, m.start() - cx.ratio_cue_reach)
        lo = max([lo] + [view.rfind(ch, lo, m.start()) + 1 for ch in SENTENCE_ENDS])
        if view.startswith(cx.ratio_cues_after, m.end()) or cx.ratio_cue.search(view, lo, m.start()) and not TIME_OF_DAY.fullmatch(m.group()):
            out[m.start()] = m.end()
    return out


TIME_OF_DAY = re.compile(r"(?:[01]?\d|2[0-4])[:：∶][0-5]\d(?:[:：∶][0-5]\d)?")  # 比赛于19:30开始: 比 of another word


SENTENCE_ENDS = "。；！？\n"


def _inside(view: str, start: int, end: int, regex) -> set[int]:
    """Every position inside a match: a numeral at one of them belongs to the word matched."""
    return {i for m in regex.finditer(view, start, end) for i in range(m.start(), m.end())}


def _bare(num: str) -> bool:
    """Magnitudes standing for a number alone (百项, 千家万户, 百万, 百亿): one of each, as 一百万 would say."""
    bare = grammar().bare
    return bool(num) and all(c in bare for c in num)


def _amount_in_words(num: str) -> bool:
    """A numeral in words that ends in 万 or 亿 after a digit (两亿七千万, 三千五百万, 一百万): the magnitude a numeral in
    digits takes after it (2.7亿), so that it is an amount without a unit, as 2.7亿 is. Not magnitudes alone (百万,
    千万: a class or a milestone, or an adverb)."""
    return len(num) > 1 and num[-1] in grammar().large and not _bare(num)


@lru_cache(maxsize=16384)
def _value(num: str, mag: str) -> Decimal | None:
    """Value of a numeral and its magnitude run (3.5, 万 -> 35000); remembered, as the same few recur in every text."""
    value = numerals.scale(num) if _bare(num) else numerals.parse(num)
    if value is None:
        return None
    return value * numerals.scale(mag) if mag else value


NOT_ADJACENT = ("一二",)


def _adjacent(num: str, mag: str) -> tuple[Decimal, Decimal] | None:
    """The bounds of an approximate number written as two neighbouring digits (三四个 3-4, 二三十 20-30, 十七八 17-18,
    三四十万, and 三五 for "a few"), or None. 一二 is left out: it ranks (一二线城市) more often than it estimates."""
    m = grammar().adjacent.fullmatch(num)
    if m is None:
        return None
    digits = numerals.system().digits
    a, b = digits[m["a"]], digits[m["b"]]
    if not (b - a == 1 or (a, b) == (3, 5)) or m["a"] + m["b"] in NOT_ADJACENT:
        return None
    tens = numerals.parse(m["tens"]) if m["tens"] else 0
    factor = numerals.scale(m["mag"]) * numerals.scale(mag)
    return (tens + a) * factor, (tens + b) * factor


HALF_VALUE = Decimal("0.5")
DECADE = ("年", "代", ("0", "十"))  # a round number of 年 before 代 names a decade


def _half_after(view: str, pos: int, ceil: int) -> bool:
    """Whether a duration's unit ending at ``pos`` is followed by 半 as a word of its own (一年半, 三天半时间), not by a
    word that opens with it (三年半导体, 两年半数)."""
    half = grammar().context.half_marks[0]
    return view.startswith(half, pos) and pos < ceil and tagged(view[pos : min(ceil, pos + 3)])[0][0] == half


NAME_READ = 1  # characters read past a length of time for the word it may open (一年级, 半年报, 九年制): one, since
# jieba reads a longer stretch its own way (一年|级新生)
NAME_TAGS = ("n", "b")  # jieba's nouns of every kind (n, nr, nz…) and distinguishing words (一年级 b, 半年报 n)


def _inside_a_name(view: str, s: int, end: int, ceil: int) -> bool:
    """Whether the length of time in words ``view[s:end]`` opens a noun or a distinguishing word that jieba reads on
    past it (一年级, 半年报, 九年制, 一年生): the word names a grade, a report or a system, and holds no length of time.
    Words of time and numerals that run on (一个多月, 一年四季) and set phrases (一年一度) are left as they are. Digits
    are never asked: jieba reads them as a word of their own (3|天有薪)."""
    word, tag = tagged(view[s : min(ceil, end + NAME_READ)])[0]
    return s + len(word) > end and tag[:1] in NAME_TAGS


def _opens_a_noun(view: str, s: int, end: int, ceil: int) -> bool:
    """Whether a count in words ``view[s:end]`` opens a noun that jieba's dictionary holds, read in a window long enough to
    segment its clause (三轮车, 三件套, 一家人, 四合院): a thing's name, no count. A word jieba only guesses from a few
    characters (三所大, 两人报) is none: the dictionary must hold it."""
    word, tag = tagged(view[s : min(ceil, end + NOUN_READ)])[0]
    return s + len(word) > end and tag[:1] in NAME_TAGS and in_dictionary(word)


def _opens_a_word(view: str, s: int, end: int, ceil: int) -> bool:
    """Whether an amount in words ``view[s:end]`` opens a word of jieba's dictionary that runs on past it and is no
    numeral (三元里: a place in Guangzhou, not three yuan and 里); 三元钱, 五元一斤 are read apart."""
    word, tag = tagged(view[s : min(ceil, end + NOUN_READ)])[0]
    return s + len(word) > end and tag not in NUMERAL_TAGS and in_dictionary(word)


NUMERAL_TAGS = frozenset({"m", "q", "mq"})


def _opens_a_local_name(view: str, end: int, ceil: int) -> bool:
    """Whether an amount in words runs on into the name of a town or village (三元|朱村, 五元|庄镇): one or two characters
    and the unit's generic (places.yml ``township_suffixes``, ``village_suffixes``), not a word that opens with it (村里,
    镇上) nor the next clause; 三元钱, 五元一斤 are read apart."""
    m = _local_name_tail().match(view, end, ceil)
    if m is None or view.startswith(LOCAL_WORDS, m.end() - 1) or in_dictionary(m.group()):
        return False  # (五元|村里; 五百元|乡村教师, 五十元|古镇联票: words, no names)
    words = tagged(m.group())
    return len(words) == 1 and words[0][1] in LOCAL_NAME_TAGS  # (八百元|驻村生活补助: 驻村, a verb's noun)


@lru_cache(maxsize=1)
def _local_name_tail() -> re.Pattern:
    cfg = yaml_book(__package__, "places.yml")
    generics = alternation(cfg["township_suffixes"] + cfg["village_suffixes"])
    return re.compile(rf"[\u4e00-\u9fff]{{1,2}}?(?:{generics})")


LOCAL_NAME_TAGS = ("nr", "ns")  # jieba's reading of a village's name it does not hold (朱村: a person's, a place's)
LOCAL_WORDS = ("村里", "村民", "村委", "镇上", "镇里", "乡里", "乡亲")  # words a generic opens (五元|村里, 三元|一斤的乡亲)


def _inside_a_proper_name(view: str, s: int, end: int, floor: int, ceil: int) -> bool:
    """Whether a number in words lies inside a place or other proper name of jieba's dictionary that opens before it and
    runs to its end or past it (东四十条, 北京's street and subway station; 海峡两岸): the name holds no figure."""
    lo = max(floor, s - NAME_BEFORE)
    at = lo
    for word, tag in tagged(view[lo : min(ceil, end + NOUN_READ)]):
        if at < s < at + len(word):
            return at + len(word) >= end and tag in INSIDE_NAME_TAGS and in_dictionary(word) and not word.startswith(DEMONSTRATIVES)
        at += len(word)
        if at > s:
            return False
    return False


INSIDE_NAME_TAGS = frozenset({"ns", "nz"})  # jieba's place names and other proper names (东四十条: nz)
DEMONSTRATIVES = ("这", "那")  # 这三项, 这两项: jieba's dictionary holds them as names, but they point at counted things


def _numbered_after_a_name(view: str, s: int, floor: int) -> bool:
    """Whether a count in words right after a proper name (jieba's place, person, organization or other name) numbers
    one of that name's institutions (湘雅二医院): units.yml's ``numbered`` units, which a count follows a verb or a
    scope with a measure word (三家医院), not a name alone; places are counted so (河南九市)."""
    words = tagged(view[max(floor, s - NAME_BEFORE) : s]) if s > floor else ()
    return bool(words) and words[-1][1] in PROPER_NAME_TAGS


NAME_BEFORE = 4  # characters before a number read for the name it may follow
COUNT_ONLY_NUMERALS = ("两", "俩")  # two as a count only: 华西两医院 counts, no name numbers with 两
PROPER_NAME_TAGS = frozenset({"ns", "nr", "nz", "nt"})


NOUN_READ = 6  # characters read past a count for the noun it may open: the clause's next words, which jieba needs to
# segment it as it would the whole sentence (三所|大学, not 三所大|学)


HELD_PARTICLE = "了"  # 召开了|3次会议
SECONDARY_FRAME = 6  # characters before 二次/二套 in which a frequency or a limit makes it a count


def _plan(view: str, unit: str, end: int) -> bool:
    """Whether a length of time names a plan (三年行动, 五年计划): ``_measure`` makes it a name."""
    cx = grammar().context
    return unit in cx.plan_units and bool(cx.plan_after.match(view, end))


HEDGE_PARTICLES = "了有"  # between a hedge and its number: 超过了6成, 约有50人
SHORT_HEDGES_BEFORE_PARTICLES = "约"  # one-character hedges that take them (约有; 近 and 超 alone are parts of 附近, 高超)


def _hedge(view: str, pos: int, floor: int, num: str) -> tuple[int, str]:
    """The hedge word ending at ``pos`` before the numeral ``num``: a prefix (约, 近, 超过), or before a number
    written from its magnitude (上百, 数万, 几十万) a word that makes it approximate."""
    start, qual = _prefix(view, pos, floor)
    if qual or num[0] not in numerals.magnitudes():
        return start, qual
    hedges = grammar().magnitude_prefixes
    for length in (2, 1):
        qual = hedges.get(view[pos - length : pos]) if pos - length >= floor else None
        if qual and tagged(view[max(floor, pos - length - 3) : pos])[-1][0] == view[pos - length : pos]:
            return pos - length, qual  # a word of its own: not the 上 of 以上, 迈上, 线上 or the 数 of 人数
    return pos, ""


def _prefix(view: str, pos: int, floor: int) -> tuple[int, str]:
    """The hedge word ending at ``pos`` (longest first), if any; one space may stand between (約 25億元), and 了 or 有
    after a verb of bounds or 约 (超过了6成, 约有50人, 至少有3家; not the 近 of 附近有50家)."""
    g = grammar()
    if pos - 1 > floor and view[pos - 1] == " ":
        start, qual = _prefix(view, pos - 1, floor)
        if qual:
            return start, qual
    if pos - 1 > floor and view[pos - 1] in HEDGE_PARTICLES:
        start, qual = _prefix(view, pos - 1, floor)
        if qual and (pos - 1 - start > 1 or view[start] in SHORT_HEDGES_BEFORE_PARTICLES):
            return start, qual
    if pos <= floor or view[pos - 1] not in g.prefix_ends:
        return pos, ""  # most numerals: no hedge word ends right before them
    prefixes = g.prefixes
    for length in (3, 2, 1):
        s = pos - length
        if s >= floor:
            qual = prefixes.get(view[s:pos])
            if qual and (length > 1 or s == floor or view[s - 1 : pos] not in g.not_hedged_after):
                return s, qual  # not the last character of a word (节约, 制约, 签约; 最近3年 is the last three)
    return pos, ""


def _suffix(view: str, pos: int) -> str:
    return next((w for w in grammar().suffixes if view.startswith(w, pos)), "")


def _quoted_named(view: str, start: int, end: int) -> dict[int, int]:
    """Short quoted phrases that open with a numeral: “两个维护”, “三长”, “十四五”, “15分钟便民生活圈”."""
    out = {}
    for m in grammar().quoted_named.finditer(view[start:end]):
        at = start + m.start(1)
        for item in m.group(1).split(LIST_MARK):  # “三个展示、六个确保”: each item a name of its own
            out[at] = at + len(item)
            at += len(item) + len(LIST_MARK)
    return out


def find(view: str, start: int, end: int, ref: dt.date | None) -> list[Quantity]:
    """Quantities in ``view[start:end]``; dates are quantities of kind date.

    Run it over a whole document at once: no part of the grammar crosses the whitespace
    between paragraphs, and one pass is much faster than one per paragraph.
    """
    g = grammar()
    out: list[Quantity] = []
    trapped_at = _inside(view, start, end, g.traps)
    named = _mask(view, start, end, g.named)
    quoted = _quoted_named(view, start, end)
    rhet = _mask(view, start, end, g.rhetorical_re)
    ratios = _ratios(view, start, end)
    dates = {t.start: t for t in timex.find(view, ref, start, end)}
    date_list = sorted(dates.values(), key=lambda t: t.start)
    date_starts = [t.start for t in date_list]
    consumed = start
    cx = g.context
    for m in g.number.finditer(view, start, end):
        s, e = m.span()
        if s < consumed:
            continue
        num = m.group()
        if num[0].isdigit():
            e = _mixed_end(view, num, e, end)
            num = view[s:e]
        if num[0] in g.zeros and not num.startswith(g.zero_decimals):
            s, num = s + 1, num[1:]  # 清零一户: 零 closes a word, it does not open a number
            if not num:
                continue
        item = ITEM_BEFORE_YEAR.match(num)
        if item and (s == start or view[s - 1].isspace()) and view.startswith(YEAR, e):
            s, num = s + item.end(), num[item.end() :]  # 20.2026年10件民生实事: a list item's number, then a year
            near = min(end, s + YEAR_READ)
            year = next((t for t in timex.find(view[s:near], ref, 0, near - s) if t.start == 0), None)  # the view's
            if year is not None:  # matcher reads no year glued to a number before it
                dates[s] = replace(year, start=s, end=s + year.end)
        t = dates.get(s)  # dates first: 2021年7月, 8月27日 (period words without numerals are added below)
        if t is None:  # 前10个月, 今年前11个月, 今年3月, 今明两年: a date that opens before its numeral, not a duration
            i = bisect.bisect_right(date_starts, s) - 1
            if i >= 0 and consumed <= date_starts[i] and s < date_list[i].end:
                t = date_list[i]
        if t is not None:
            out.append(Quantity(t.start, t.end, None, kind="date", time=t.iso, numeral_start=s, unit_end=t.end))
            consumed = t.end
            continue
        if s in ratios:
            ne = ratios[s]
            out.append(Quantity(s, ne, float(m.group()), kind="ratio", qualifier="exact", claim=True, numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        if rhet.get(s, -1) > s:
            ne = rhet[s]
            r = g.rhetorical[view[s:ne]]
            out.append(Quantity(s, ne, float(r["value"]), unit=r["unit"], kind=r["kind"], numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        trapped = s in trapped_at
        ne = named.get(s, -1)
        if ne < 0 and not trapped and num != cx.article:
            ne = quoted.get(s, -1)
        if ne > s:
            value = numerals.leading_value(view[s:ne])
            out.append(Quantity(s, ne, numerals.to_float(value), kind="named", numeral_start=s, unit_end=ne))
            consumed = ne
            continue
        if trapped:
            continue
        units = UNITS_OF.match(view, s, end) if num[0].isdigit() else None
        q = _units_of(view, units, end) if units else None
        if q is not None:  # 2×100万千瓦: two generating units of a million kilowatts each
            consumed = q.end
            out.append(q)
            continue
        if num[0].isdigit():
            skip = FILE_NUMBER.match(view, s - 1) if s > start else None
            if skip:
                consumed = skip.end()
                continue
            skip = NOT_A_MEASURE.match(view, e)
            if skip:  # 9:00, 7×24, 0871-12345678: the whole notation goes, not just its first number
                consumed = skip.end()
                continue
        q = _parse_at(view, s, e, num, start, end)
        if q is None:
            consumed = g.magnitude_run.match(view, e, end).end()  # a rejected numeral takes its 万 with it
            continue
        consumed = q.end
        out.append(q)
    doublings = list(cx.doubling.finditer(view, start, end))  # 翻番, 翻了一番 (x2), 翻两番 (x4): in few texts
    taken = _Taken(out) if doublings else None
    for m in doublings:
        if taken.overlaps(m.start(), m.end()):
            continue
        word = m.group("n") is None and not m.group().startswith(cx.doubling_verb)
        names = word and _doubling_names(view, m.start(), m.end(), start, end)
        if names is None:
            continue
        doubled = _doubled(m.start(), m.start(), m.end(), numerals.parse(m.group("n") or cx.doubling_default))
        out.append(replace(doubled, kind="named", claim=False) if names else doubled)
    out += _halves(view, start, end, out + date_list, trapped_at)
    out = _digit_magnitudes(view, start, end, out)
    out.sort(key=lambda q: q.start)
    out = _years_and_months(view, _compound_durations(view, out))
    _negatives(view, start, out)
    _descriptors(view, out)
    _population_ages(view, out)
    _ordinal_lists(view, out)
    _shared_units(view, out)
    _hypothetical(view, start, end, out)
    starts = [q.start for q in out]  # period words without a numeral (上半年, 去年, 年底) are dates too
    extra = []
    for t in dates.values():
        i = bisect.bisect_right(starts, t.start)
        clear = (i == 0 or out[i - 1].end <= t.start) and (i == len(out) or out[i].start >= t.end)
        if clear and not g.number.match(view, t.start):
            extra.append(Quantity(t.start, t.end, None, kind="date", time=t.iso, numeral_start=t.start, unit_end=t.end))
    return sorted(out + extra, key=lambda q: q.start)


MAGNITUDE_REACH = 6  # characters before a number where a magnitude's measure stands (阵风可达|10级)


def _hypothetical(view: str, start: int, end: int, found: list[Quantity]) -> None:
    """No claims in a worked example or a supposition (举例说明：…可获补贴1000元（5000元×20%）; 假如…): from a marker that
    opens a sentence, to the sentence's end, or to the paragraph's when a colon follows the marker."""
    pattern = grammar().context.hypothetical
    for m in pattern.finditer(view, start, end):
        if m.start() > start and view[m.start() - 1] not in SENTENCE_OPENERS:
            continue  # 如果假如…, 不假设: inside a clause, no supposition of its own
        colon = view[m.end() : m.end() + 1] in "：:"
        stop = view.find("\n", m.end(), end) if colon else min(
            (k for k in (view.find(c, m.end(), end) for c in "。！？\n") if k >= 0), default=-1)
        stop = end if stop < 0 else stop
        for q in found:
            if m.end() <= q.start < stop:
                q.claim = False


SENTENCE_OPENERS = "。！？；\n　 ，"  # what stands before a marker that opens a sentence or a clause


def _descriptors(view: str, found: list[Quantity]) -> None:
    """A small count in Chinese numerals that qualifies a measured noun is not itself a claim:
    in 三项社会保险基金总收入7.95万亿元 the claim is the money, not the three funds. A count right before another
    count, its noun between or none, counts the groups the other's things fall in (十个方面30项为民实事, 三个50亿级
    园区, as the annotation counts them): both are claims."""
    for q, nxt in zip(found, found[1:]):
        if (q.claim and q.kind == "count" and q.value is not None and q.value <= 10 and not view[q.numeral_start].isdigit()
                and nxt.claim and not _CLAUSE_BREAK.search(view, q.end, nxt.start)
                and not (nxt.kind == "count" and nxt.start - q.end <= STACKED_COUNT_GAP)):
            q.claim = False


STACKED_COUNT_GAP = 2  # characters of the noun between two stacked counts (十个方面30项)


def _mixed_end(view: str, num: str, e: int, end: int) -> int:
    """Where a numeral in digits ends that runs on over 万 or 亿 with digits after them (1|万6千: ``MIXED_MAGNITUDES``)."""
    mixed = MIXED_MAGNITUDES.match(view, e, end) if "." not in num else None
    return mixed.end() if mixed else e


def _mixed(num: str) -> bool:
    """Whether a numeral in digits holds magnitudes of its own (1万5千)."""
    return num[0].isdigit() and any(c in grammar().large for c in num)


def _population_ages(view: str, found: list[Quantity]) -> None:
    """An age, or a list of ages, before a share that a later claim of its clause gives is the population the share is of,
    no claim (6—22岁学生体质健康达标优良率为23.8%; 13—15岁、16—18岁学生…优良率分别上升5.1、1.8个百分点): the words
    between name the share (``claims.yml: population_shares``). An age before whom a measure reaches stays a claim (为15至29
    歲青年提供3 000個臨時工作職位)."""
    shares = claim_words().population_shares
    for i, q in enumerate(found):
        if not (q.claim and q.kind == "age"):
            continue
        if view.startswith(LIST_MARK, q.end) and not (i + 1 < len(found) and found[i + 1].kind == "age"
                                                             and found[i + 1].start == q.end + 1):
            continue  # 人均预期寿命达到79.2岁、婴儿死亡率…: a list of claims, not a list of ages
        later = next((n for n in found[i + 1 :] if n.claim and n.kind != "age"), None)
        if later is None or _CLAUSE_END_OR_STOP.search(view, q.end, later.start):
            continue
        between = view[q.end : later.start]
        if any(len(w) > 1 and w in between for w in shares) or any(word.endswith(shares) for word, _ in tagged(between)):
            q.claim = False  # 占比 as a string (jieba cuts 占|比达), 率 as a word's end (优良率, not 率先)




def _ordinal_lists(view: str, found: list[Quantity]) -> None:
    """The numbers listed after an ordinal that 第 opens (第2、3、4、14项: the second, third, fourth and fourteenth items)
    are ordinals, not a count of 14 items; not after a tier (县乡村三级、1200个养老服务站点)."""
    listing = False
    for q, nxt in zip(found, found[1:]):
        listing = q.kind == "ordinal" and (listing or view[q.start] == grammar().context.ordinal_prefix)
        if listing and view[q.end : nxt.numeral_start] == LIST_MARK and nxt.value is not None:
            nxt.kind, nxt.claim = "ordinal", False
        else:
            listing = False


SHARED_UNIT_KINDS = ("count", "money", "measure", "percent", "ratio")  # not dates (3、4月), durations (2、3年级)
POINTS, POINTS_COUNTER, POINTS_LINKS = "百分点", "个", ("、", "和", "及")  # 2.9个和|2.5个百分点
GRADE_UNITS = ("级", "星", "星级")  # 5、6级风, 4、5星级: grades listed, not counts


def _shared_units(view: str, found: list[Quantity]) -> None:
    """Bare numbers listed before a number with its unit take that unit (分别达6、5、5、3个: four counts; 快于…4.4和3.2个
    百分点: a rate joined by 和 too), as the list writes it once; a list of dates or lengths of time (3、4月份, 2019、2020年) is none of these."""
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if (q.kind == "other" and not q.unit and q.value is not None and nxt.kind in SHARED_UNIT_KINDS and nxt.unit
                and not nxt.unit.endswith(GRADE_UNITS)
                and (view[q.end : nxt.start] == LIST_MARK or nxt.kind == "percent" and view[q.end : nxt.start] in POINTS_LINKS)
                and view[q.numeral_start].isdigit() == view[nxt.numeral_start].isdigit()
                and q.qualifier == "exact"):
            q.unit, q.kind, q.claim = nxt.unit, nxt.kind, nxt.claim
        elif q.unit == POINTS_COUNTER and nxt.unit == POINTS and view[q.end : nxt.start] in POINTS_LINKS:
            q.unit, q.kind = nxt.unit, nxt.kind  # 分别快于…2.9个和2.5个百分点: points, the list writes the unit once


def _ends_a_word(view: str, end: int, length: int) -> bool:
    """Whether jieba ends a word where a unit that opens many words ends (6国|免签, 150余国|和; not 331|国道)."""
    return end in word_bounds(view, end - length, end)


def _within_arabic_max(num: str, spec: dict) -> bool:
    """Whether a whole Arabic number may stand before a unit that Chinese numerals mostly take (近9成, 超6成: tenths, up
    to 10)."""
    return num.isdigit() and 0 < int(num) <= spec.get("arabic_max", 0)


def _parse_at(view: str, s: int, e: int, num: str, floor: int, ceil: int) -> Quantity | None:
    """The quantity whose numeral is ``view[s:e]``, or None when the numeral is not a quantity."""
    g, cx = grammar(), grammar().context
    arabic = num[0].isdigit()
    before = view[s - 1] if s > floor else ""
    if before == cx.ordinal_prefix:
        return _ordinal(view, s, e, num, ceil)
    if _not_a_number(view, s, e, arabic, before, floor, ceil):
        return None
    if arabic and view.startswith("/", e):
        fraction = _slash_fraction(view, s, e, num, floor, ceil)
        if fraction is not None:
            return fraction
    t = _tail(view, e, ceil)
    inf = t.inf1 or t.inf2
    mag, unit, post = t.mag, t.unit, t.post
    special = _in_words(view, s, e, num, arabic, t, floor, ceil)
    if special is not False:
        return special
    if not arabic and mag and num[-1] in g.large and mag[0] in g.bare - g.large:
        return None
    spec = g.units.get(unit)
    opens_a_word = spec and spec.get("whole_word") and (
        view.startswith(tuple(spec.get("not_followed_by", ())), t.end) or not _ends_a_word(view, t.end - len(t.post), len(unit)))
    if spec and not opens_a_word and (spec.get("chinese_only") and arabic and not _within_arabic_max(num, spec)
                                      or view.startswith(tuple(spec.get("not_followed_by", ())), t.end)
                                      or view.endswith(tuple(spec.get("not_after", ())), floor, s)):
        return None
    if unit == DECADE[0] and view.startswith(DECADE[1], t.end) and num.endswith(DECADE[2]):
        return None  # 80年代, 七八十年代: a decade, where 连续三年代表 is three years
    if spec and (opens_a_word or spec.get("arabic_only") and not arabic):  # 1万亿|国债, 3万|国际游客: the number stays
        unit, spec, post = "", None, ""
        t_end = e + len(t.inf1) + len(mag)
    else:
        t_end = t.end if unit or post else e + len(t.inf1) + len(mag) + len(t.inf2)
    if (spec and spec["kind"] == "duration" and not arabic and not post and not _plan(view, unit, t_end)
            and _inside_a_name(view, s, t_end, ceil)):
        return None  # 一年级, 九年制, 半年报: a grade, a system or a report, no length of time
    if spec and spec["kind"] == "count" and not arabic and not post and _opens_a_noun(view, s, t_end, ceil):
        return None  # 三轮车, 三件套, 四合院: a thing's name, no count
    if spec and spec["kind"] == "money" and not arabic and not post and (_opens_a_word(view, s, t_end, ceil)
                                                                       or _opens_a_local_name(view, t_end, ceil)):
        return None  # 三元里村, 三元朱村: a place's name, no amount
    if spec and not arabic and not post and _inside_a_proper_name(view, s, t_end, floor, ceil):
        return None  # 东四十条: a place's name that opens before the numeral and runs past it, no count
    if spec and spec.get("numbered") and not arabic and not post and num not in COUNT_ONLY_NUMERALS \
            and _numbered_after_a_name(view, s, floor):
        return None  # 湘雅|二|医院: the second of a name's institutions, no count
    half = _half_after(view, t_end, ceil) if spec and spec["kind"] == "duration" and not post else False
    t_end += half  # 一年半, 三天半: and a half
    ranged = bool(g.range_re.match(view, t_end, ceil)) and not post
    hedged = False
    amount = not arabic and _amount_in_words(num)
    if not arabic:
        if num == cx.article and not mag and spec and spec["kind"] == "count":
            return None  # 一 as an article: 一个, 一批, 一户
        hedged = _bare(num) and bool(inf or _hedge(view, s, floor, num)[1])  # 百余家, 上千名, 数万游客: about so many
        if len(num) > 1 and _bare(num) and not hedged:
            return None  # 千亿级, 万亿元台阶, 百万亩造林: a class or a milestone, no amount
        if not unit and not mag and not ranged and not (hedged and num[-1] in g.large) and not amount:
            return _named_phrase(view, s, e, num, ceil) if view.startswith(cx.name_opener, e) else None
        if _bare(num) and spec and spec["kind"] == "count" and not hedged and not (CLAUSE_END.match(view, t_end)
                                                                                  and view.endswith(cx.bare_amount_after, floor, s)):
            return _named_phrase(view, s, e, num, ceil)  # 百项实践活动; at its clause's end an amount (强村公司已有千家，)
        if _bare(num) and spec and spec["kind"] == "money" and not hedged and (view.startswith(cx.rate_bases, t_end)
                                                                                 or view.endswith(cx.per_words, floor, s)):
            return _named_phrase(view, s, e, num, ceil)  # 万元工业增加值用水量, 每百元营业收入: a rate's base
    if arabic and not unit and not mag and not inf and not post and not ranged:
        if (s == floor or before in "（(" or before.isspace()) and ENUM_AFTER.match(view, e) and not _bracketed_value(view, s, floor, num, before):
            return None  # list numbering: 1. （2）; not a value in brackets (消費物價指數(104.80))
    bounds = None if arabic else _adjacent(num, mag)
    value = bounds[0] if bounds else _value(num, mag)
    if value is None:
        return None
    if half:
        value += HALF_VALUE
    q = Quantity(s, t_end, None, qualifier=g.quals["suffix"][post] if post else (g.quals["infix"].get(inf, "") if inf else ""),
                 numeral_start=s)
    if bounds:
        q.value_max, q.qualifier = bounds[1], "range"
    if ranged:
        unit, spec, mag, value = _range(view, q, num, arabic, unit, spec, mag, value, ceil)
    elif post and q.qualifier == LOWER_BOUND:
        unit, spec = _bounded_above(view, q, arabic, unit, spec, ceil)
    if not unit and not mag and not arabic and not hedged and not amount:
        return None  # a range of bare Chinese numerals with no unit (三至五)
    _measure(view, q, num, arabic, before, unit, spec, mag, value, floor, t_end)
    return q


def _bracketed_value(view: str, s: int, floor: int, num: str, before: str) -> bool:
    """Whether a decimal in brackets is a value the word before it gives (消費物價指數(104.80)), not a section's number
    at a line's or sentence's head ((1.1) 加强组织领导)."""
    return "." in num and before in "（(" and s - 2 >= floor and not (view[s - 2].isspace() or view[s - 2] in SENTENCE_MARKS)


SENTENCE_MARKS = "。！？；：，、!?;:,"
PLUS = "+＋"


def _signed(view: str, s: int, floor: int, before: str) -> bool:
    """Whether the plus before the digits at ``s`` is a sign: at a clause's or a bracket's opening or after a verb of
    change (教育(+10.02%), 增长+5%), not an operator in a formula (1+1, N+1, 党建+5个专项, 一核+3区)."""
    if before not in PLUS:
        return False
    return s - 1 == floor or view[s - 2] in SIGN_AFTER or view.endswith(SIGN_VERBS, floor, s - 1)


SIGN_AFTER = "（(：:，,、；; \u3000\n"  # what may stand before a sign: an opening bracket, a clause's punctuation, a space
SIGN_VERBS = ("增长", "上升", "增加", "提高", "上涨", "变动", "为")  # 增长+5%: a change written with its sign


# N units of a capacity each (2×100万千瓦, 4×35万千瓦 机组): the capacity's units of power, which no 7×24 or 3×4米 takes
UNITS_OF = re.compile(r"([0-9]{1,2})[×xX*]([0-9]+(?:\.[0-9]+)?)(?=[万亿]?(?:千瓦|兆瓦|吉瓦))")


def _units_of(view: str, units: re.Match, end: int) -> Quantity | None:
    """The total capacity of ``units`` generating units, read from the capacity of one after the sign (its number read as
    if the text began there: the sign makes no code of it), at the notation's span."""
    one = _parse_at(view, units.start(2), units.end(2), units.group(2), units.start(2), end)
    if one is None or one.value is None:
        return None
    one.value *= int(units.group(1))
    one.start = one.numeral_start = units.start()
    return one


NAMED_REPEATS = 3  # times a count in words and the noun after it recur in a text that make them a name (两项补贴)
NAME_TAIL = 2  # characters of that noun read


def named_by_repetition(view: str, qs: list[Quantity]) -> list[Quantity]:
    """The quantities with a count in words that the text repeats with the same noun after it (残疾人两项补贴 twelve
    times, 十件民生实事) made a name: a policy or a programme called by its number, no figure (ANNOTATION: named = a
    number inside a name, 五项管理, 三大攻坚战)."""
    for q in qs:
        text = view[q.start : q.end]
        if q.claim and q.kind == "count" and text.endswith(NAMING_CLASSIFIERS) and not any(c.isdigit() for c in text) \
                and len(re.findall(rf"(?<![{NUMERAL_CHARS}]){re.escape(view[q.start : q.end + NAME_TAIL])}", view)) >= NAMED_REPEATS:
            q.claim, q.kind = False, "named"
    return qs


NAMING_CLASSIFIERS = ("项", "件", "大")  # what policies are named by (两项补贴, 十件民生实事, 三大攻坚战); not things counted
# that a text happens to count again (两个项目, 三家医院, 两名干部, 三起案件)
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万"  # before the count: part of a larger one (二十项措施 holds no 十项措施)


@lru_cache(maxsize=1)
def _latin_units() -> tuple[str, ...]:
    """The units written in Latin letters (GWh, mg/kg), which follow digits as a code's letters would."""
    return tuple(u for u in grammar().units if u[0] in CODE_CHARS)


def _not_a_number(view: str, s: int, e: int, arabic: bool, before: str, floor: int, ceil: int) -> bool:
    """Digits that are part of a code, an address or a time of day: 5G, PM2.5, 5号楼, 7×24, 至22时."""
    cx = grammar().context
    if arabic and (before in CODE_CHARS or (e < ceil and view[e] in CODE_CHARS and not view.startswith(_latin_units(), e))):
        return True  # 5G, G20, PM2.5; not 10GWh, 28.6mg/kg (a unit in SI symbols)
    if arabic and (view.endswith(cx.address_before, floor, s) or cx.address_after.match(view, e)):
        return True  # 3单元201家, 5号楼, 2号线
    if arabic and before and before in "×xX*+＋" and not _signed(view, s, floor, before):
        return True  # the second number of 7×24 or 1+1
    return (view.startswith(cx.time_of_day_units, e) and view.endswith(cx.time_of_day_before, floor, s)
            and not view.startswith(cx.time_of_day_not, e))  # 至22时: a time of day


def _in_words(view: str, s: int, e: int, num: str, arabic: bool, t: Tail, floor: int, ceil: int):
    """Percentages, fractions and doublings written in words (百分之八十, 三分之一, 翻两番);
    False when the numeral is none of them."""
    cx = grammar().context
    if view.endswith(tuple(cx.percent_words), floor, s) and not t.unit:
        return _percent_words(view, s, e, num, t.mag, floor)
    if view.startswith(cx.fraction, e) and not arabic:
        return _fraction(view, s, e, num, floor, ceil)
    if t.unit == cx.doubling_unit:  # 翻一番 = 2 times, 翻两番 = 4 times
        n = numerals.parse(num)
        if n is None or not view.endswith(cx.doubling_verb, floor, s):
            return None
        return _doubled(s - 1, s, t.end, n)
    return False


class _Taken:
    """Spans already read (quantities, dates), asked whether a new span overlaps one: a bisection, not a scan,
    so a text with thousands of numbers is read in linear time."""

    def __init__(self, spans: list):
        ordered = sorted((q.start, q.end) for q in spans)
        self.starts = [s for s, _ in ordered]
        self.reach, furthest = [], -1  # the furthest end among the spans up to each one
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans that start before ``end``
        return i > 0 and self.reach[i - 1] > start


OVER_READ = 3  # characters read after a half's unit to see whether 多 is a word of its own there (半年多，; not 半年|多家)


def _halves(view: str, start: int, end: int, spans: list, trapped_at: set[int] = frozenset()) -> list[Quantity]:
    """Halves in words: 半年, 半个多月, 一个半小时 (durations), 一半 (50 %), where no other number (in ``spans``) stands
    and no trap holds them (``trapped_at``: 大半天)."""
    g, cx = grammar(), grammar().context
    out = []
    matches = list(_half_matches(view, start, end))
    found = _Taken(spans) if matches else None  # ordering the spans costs more than the search: only for a text with halves
    for m in matches:
        if found.overlaps(m.start(), m.end()) or m.start() in trapped_at:
            continue  # 上半年 is a date, 两年半 a number already read (``found`` holds quantities and dates)
        post = _suffix(view, m.end())  # 一半以上
        if m.group() in cx.half_of_all:
            pstart, pqual = _prefix(view, m.start(), start)  # 接近一半, 超过一半
            out.append(Quantity(pstart, m.end() + len(post), float(cx.half_of_all[m.group()]), unit="%", kind="percent",
                                qualifier=g.quals["suffix"][post] if post else pqual or "exact", claim=True,
                                numeral_start=m.start(), unit_end=m.end() + len(post)))
            continue
        whole = numerals.parse(m.group("n")) if m.group("n") else 0
        spec = g.units.get(m.group("unit"), {"kind": "duration"})
        stop = m.end("unit")
        if view.startswith(tuple(spec.get("not_followed_by", ())), stop) or _inside_a_name(view, m.start(), stop, end):
            continue  # 半年度工作, 半年报: the half-year's, no length of time
        over = bool(m.group("over")) and tagged(view[stop : min(end, stop + OVER_READ)])[0][0] == m.group("over")
        q = Quantity(m.start(), m.end() if over else stop, float(whole or 0) + 0.5, unit=spec.get("unit") or m.group("unit"),
                     kind="duration", qualifier="more_than" if m.group("more") or over else "exact", numeral_start=m.start(),
                     unit_end=m.end() if over else stop)
        pstart, pqual = _prefix(view, m.start(), start)
        if pqual:
            q.start, q.qualifier = pstart, pqual
        q.claim = not (view.startswith(cx.timeframe_after, q.end) or _framed_before(view, start, m.start(), cx))
        if _ago(view, q.end, cx):
            q.claim = False  # 半年前: a time back from now
        out.append(q)
    return out


def _framed_before(view: str, floor: int, at: int, cx) -> bool:
    """Whether a word before a length of time at ``at`` makes it a time frame (近5年, 过去一年, 未来三年): for a word that
    also hedges (近), not where a verb, a particle or a preposition of a level governs it (工作|近两年, 提前了|近1个月,
    经过|近18个月, 由过去的|近2个小时), so that it hedges a length measured; 在近5年 stays a frame."""
    word = next((w for w in cx.timeframe_before if view.endswith(w, floor, at)), "")
    if word not in cx.hedged_frames:
        return bool(word)  # 未来3年, 过去一年: a frame whatever governs it (中方宣布未来3年提供…)
    words = tagged(view[max(floor, at - len(word) - GOVERNOR_READ) : at - len(word)])
    if not words:
        return True
    last, tag = words[-1]
    return last in cx.frame_prepositions or not tag.startswith(GOVERNING_TAGS)


GOVERNOR_READ = 4  # characters read before a frame word for the word that governs it
GOVERNING_TAGS = ("v", "u", "p")  # jieba's verbs, particles and prepositions


def _compound_durations(view: str, found: list[Quantity]) -> list[Quantity]:
    """A length of time in two or three units, the larger's number read alone (4|分|30秒, 1|小时|20分钟, 2小时|08|分|15秒,
    3小时|41|分): one duration in the smallest unit, exact (270 秒, 80 分钟, 7695 秒, 221 分钟), as ``SECONDS`` gives how
    long each unit lasts."""
    if len(found) < 2 or not any(q.unit in SECONDS or view.startswith(tuple(SECONDS), q.end) for q in found):
        return found  # nearly every text: no number stands right before 分 or 小时
    out: list[Quantity] = []
    for q in found:
        joined = _joined_duration(view, out[-1], q) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(q)
    return out


def _years_and_months(view: str, found: list[Quantity]) -> list[Quantity]:
    """A length of time in years and months (有期徒刑三年六个月, 工期两年零三个月, 1年6个月): one duration in years, as
    one says 三年半 (3.5, 2.25, 1.5 年); the months alone are fewer than twelve, and 零 or 又 may join them."""
    out: list[Quantity] = []
    for q in found:
        before = out[-1] if out else None
        if before is not None and _months_after_years(view, before, q):
            qualifier = before.qualifier if before.qualifier != EXACT else q.qualifier  # (约两年零三个月, 1年6个月左右)
            out[-1] = replace(before, end=q.end, unit_end=q.unit_end, value=before.value + q.value / MONTHS_A_YEAR,
                              qualifier=qualifier, claim=before.claim or q.claim)
        else:
            out.append(q)
    return out


def _months_after_years(view: str, years: Quantity, months: Quantity) -> bool:
    return (years.kind == months.kind == "duration" and years.unit == YEARS and months.unit in MONTHS
            and years.value is not None and months.value is not None and years.value_max is None
            and months.value_max is None and 0 < months.value < MONTHS_A_YEAR and months.numeral_start == months.start
            and view[years.end : months.start] in MONTHS_JOINS and view.endswith(YEARS, years.start, years.end))


YEARS = "年"
MONTHS = ("个月", "月")
MONTHS_A_YEAR = 12
MONTHS_JOINS = ("", "零", "又")  # 两年零三个月, 一年又六个月


def _joined_duration(view: str, before: Quantity, q: Quantity) -> Quantity | None:
    """``before`` and ``q`` as one length of time, where ``q``'s number follows the unit that ends ``before`` (its own, or
    the one after a bare number: 4|分) and its unit is a smaller one (30秒; 41 before 分 after hours), else None."""
    larger, gap = _time_unit(view, before)
    if any(view.endswith(w, before.start, before.end) for w in grammar().suffixes):
        return None  # a bound closes the first length (1小时以上，…)
    if not larger or before.value is None or q.value is None or q.numeral_start != q.start or q.start != before.end + gap:
        return None
    smaller, tail = _time_unit(view, q)
    if not smaller or SECONDS[smaller] >= SECONDS[larger] or tail and larger != HOURS:
        return None  # (a bare number before 分 is minutes only after hours: 3小时41分; 得分 elsewhere)
    unit = LONGER_NAME.get(smaller, smaller)
    per = SECONDS[_first_unit(before, larger, gap)] / SECONDS[unit]
    end, bound = q.end + tail, _suffix(view, q.end + tail) if tail else ""  # (3小时41分|左右)
    if before.value_max is not None:  # 2小时至3小时|30分钟: the range's upper end goes on, the lower end is whole
        return replace(q, start=before.start, numeral_start=before.start, end=end + len(bound), unit_end=end + len(bound),
                       value=before.value * per, value_max=before.value_max * per + q.value, unit=unit, kind="duration",
                       claim=True, qualifier=before.qualifier)
    hedged = before.qualifier not in ("", EXACT)  # 约2小时40分: the hedge before the first number hedges the whole
    qualifier = before.qualifier if hedged else grammar().quals["suffix"][bound] if bound else q.qualifier
    return replace(q, start=before.start, numeral_start=before.start, end=end + len(bound), unit_end=end + len(bound),
                   value=before.value * per + q.value, unit=unit, kind="duration", claim=True, qualifier=qualifier)


def _first_unit(q: Quantity, last: str, gap: int) -> str:
    """The unit ``q``'s value is in: its own (1小时; 128 分钟 after 2小时08分 was read as one), or the bare number's (4|分)."""
    return q.unit if q.unit in SECONDS and not gap else last


def _time_unit(view: str, q: Quantity) -> tuple[str, int]:
    """The unit of time that ends ``q``'s text (1小时, 4分30秒: 秒), or the one right after a bare number (4|分) with its
    length; ("", 0) for neither."""
    bound = next((w for w in grammar().suffixes if view.endswith(w, q.start, q.end)), "")  # (30分钟|以上: the unit's end)
    ending = next((u for u in SECONDS if view.endswith(u, q.start, q.end - len(bound))), "")
    if ending and (q.unit in SECONDS or q.kind == "duration"):
        return ending, 0
    after = next((u for u in SECONDS if not q.unit and view.startswith(u, q.end)), "")
    return after, len(after)


# how long each unit of time lasts, in seconds, longest names first (分钟 before 分)
SECONDS = {"小时": 3600, "分钟": 60, "分": 60, "秒": 1}
HOURS = "小时"
EXACT = "exact"
LONGER_NAME = {"分": "分钟"}  # the unit minutes are given in (3小时41分: 221 分钟)


def _negatives(view: str, start: int, found: list[Quantity]) -> None:
    """A figure whose digits follow 负 right away is below zero (日本明年经济增速下调至负0.1%): the sign joins its span and
    its value turns negative, where 负 follows a word that brings in a value (至, 为, 和) or jieba reads it as a word of
    its own; not where it ends a word (减负237亿元, 宏观税负18.5%, 正负2%)."""
    cx = grammar().context
    for q in found:
        at = q.numeral_start
        if q.value is not None and at == q.start and q.unit in cx.below_zero_units and view.endswith(cx.below_zero, start, at):
            q.start = q.numeral_start = at - len(cx.below_zero)  # 零下46℃: below zero, a temperature's sign in words
            q.value, q.value_max = -q.value, -q.value_max if q.value_max is not None else None
            continue
        if q.value is None or at != q.start or at - 1 < start or view[at - 1] != cx.negative_sign or not view[at].isdigit():
            continue
        before = view[at - 2] if at - 2 >= start else ""
        if not (before == "" or before in cx.negative_after or {at - 1, at} <= word_bounds(view, at - 1, at)):
            continue
        q.start = q.numeral_start = at - 1
        q.value = -q.value
        q.value_max = -q.value_max if q.value_max is not None else None


def _digit_magnitudes(view: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each rate named by its count of digits (保持两位数增长, 增速超两位数) read as the percentage it
    bounds, and each other such magnitude as the count it bounds (院士突破两位数), in place of the count of people (两位)
    read inside it; a hedge before it sets its qualifier."""
    cx = grammar().context
    spans = [(at, word) for word in cx.digit_magnitudes for at in _all(view, word, start, end)]
    if not spans:
        return found
    out = [q for q in found if not any(at <= q.numeral_start < at + len(word) for at, word in spans)]
    for at, word in spans:
        value, qualifier = cx.digit_magnitudes[word]
        pstart, pqual = _prefix(view, at, start)
        clause = max(view.rfind(c, start, at) for c in CLAUSE_ENDS) + 1
        after = at + len(word) + view.startswith(claim_words().attributive, at + len(word))  # 两位数(的)增长
        rate = view.startswith(cx.growth_words, after) or any(w in view[max(clause, at - GROWTH_REACH) : at] for w in cx.growth_words)
        out.append(Quantity(pstart, at + len(word), value, unit="%" if rate else "", kind="percent" if rate else "count",
                            qualifier=pqual or qualifier, claim=True, numeral_start=at, unit_end=at + len(word)))
    return out


GROWTH_REACH = 16  # characters before a digit magnitude, within its clause, where a word of growth makes it a rate


def _all(view: str, word: str, start: int, end: int) -> list[int]:
    """Where ``word`` starts in ``view[start:end]``."""
    out, at = [], view.find(word, start, end)
    while at >= 0:
        out.append(at)
        at = view.find(word, at + len(word), end)
    return out


def _half_matches(view: str, start: int, end: int):
    """The matches of ``halves`` in ``view[start:end]`` that a search would give, tried only at the few characters up to
    each half mark: every match holds one within its first ``half_lead`` characters, and a search from every character
    of a text cost more than all the rest of reading halves."""
    cx = grammar().context
    marks = sorted(i for mark in cx.half_marks for i in _occurrences(view, mark, start, end))
    pos = start
    for h in marks:
        for p in range(max(pos, h - cx.half_lead), h + 1):
            m = cx.halves.match(view, p, end)
            if m:
                yield m
                pos = m.end()  # past ``h``: a match tried from before a mark holds it or a later one
                break


def _occurrences(view: str, word: str, start: int, end: int):
    i = view.find(word, start, end)
    while i >= 0:
        yield i
        i = view.find(word, i + 1, end)


DOUBLING_READ = 3  # characters read on each side of a doubling word to see the words it stands among
CLAUSE_ENDS = "，。；！？,;!?\n"
CLOSING_QUOTES = ("”", "’", "」", "』")
MODIFIED_TAGS = ("n", "v", "a")  # jieba's nouns, verbs and adjectives, which a doubling word before them modifies


def _doubling_names(view: str, s: int, e: int, floor: int, ceil: int) -> bool | None:
    """Whether a doubling word (倍增) names a programme or an effect rather than states a doubling: one before a noun,
    a verb or an adjective modifies it (倍增计划, “双倍增”行动, 倍增效应, 倍增干劲: no figure); one before a mark, 了 or
    和 is stated (实现倍增，, 实现“倍增”。, 倍增了). None when it is no word of its own there (成倍|增长, 倍受鼓舞: manyfold, not
    twice)."""
    lo = max(floor, s - DOUBLING_READ)
    at, following, after = lo, "", e
    for word, flag in tagged(view[lo : min(ceil, e + DOUBLING_READ)]):
        if at < s < at + len(word) or at < e < at + len(word):
            return None
        if at == after and word in CLOSING_QUOTES:
            after += len(word)  # “双倍增”行动: the word after the quotation mark
        elif at == after:
            following = flag
            break
        at += len(word)
    return following.startswith(MODIFIED_TAGS)


def _doubled(start: int, numeral_start: int, end: int, times) -> Quantity:
    """翻番 (x2), 翻两番 (x4): a ratio of 2 to the number of doublings."""
    unit = grammar().units[grammar().context.doubling_unit]["unit"]
    return Quantity(start, end, float(2 ** int(times)), unit=unit, kind="ratio", claim=True, numeral_start=numeral_start, unit_end=end)


def _range(view: str, q: Quantity, num: str, arabic: bool, unit: str, spec, mag: str, value: Decimal, ceil: int):
    """The upper end of a range (3至5年, 10-15万元) into ``q``; returns unit, spec, magnitude and lower value,
    which the upper end may complete (3至5年: the unit comes after the second number)."""
    g = grammar()
    r = g.range_re.match(view, q.end, ceil)
    m2 = g.number.match(view, r.end(), ceil)
    if m2 and m2.group()[0].isdigit() == arabic:
        e2 = _mixed_end(view, m2.group(), m2.end(), ceil) if arabic else m2.end()  # 1万5千至2万5千元
        t2 = _tail(view, e2, ceil)
        if (not unit or t2.unit in (unit, "")) and (t2.unit or unit) and not (unit and not mag and not t2.unit and t2.mag):
            # 3至5年, 5%至8%, 1.5亿元至2亿; not 增长8.2倍至828.2万, a level after a change
            own_unit = bool(unit)  # 8000元|至1.5万元: a lower end with its unit has its magnitude too (none)
            if not unit:
                unit, spec = t2.unit, g.units[t2.unit]
            v2 = _value(view[m2.start() : e2], t2.mag)
            shared = _value(num, t2.mag) if not mag and t2.mag and not _mixed(num) and not own_unit else None
            if shared is not None and (v2 is None or shared <= v2):  # 3至5万元; not 8000至1.2万人次, whose lower end
                mag, value = t2.mag, shared  # would pass its upper (1万5千至2万元: the lower end has its magnitudes)
            if v2 is not None and value is not None:
                q.value_max, q.qualifier, q.end = v2, "range", t2.end
    return unit, spec, mag, value


LOWER_BOUND, UPPER_BOUND = "at_least", "at_most"


def _bounded_above(view: str, q: Quantity, arabic: bool, unit: str, spec, ceil: int):
    """A lower bound followed at once by an upper one (20万以上50万以下, 3年以上5年以下): one range, as regulations
    write class limits. Returns the unit, which the upper end may give (20万以上50万以下人)."""
    g = grammar()
    m2 = g.number.match(view, q.end, ceil)
    if m2 is None or m2.group()[0].isdigit() != arabic:
        return unit, spec
    e2 = _mixed_end(view, m2.group(), m2.end(), ceil) if arabic else m2.end()
    t2 = _tail(view, e2, ceil)
    if not t2.post or g.quals["suffix"][t2.post] != UPPER_BOUND or unit and t2.unit not in (unit, ""):
        return unit, spec
    v2 = _value(view[m2.start() : e2], t2.mag)
    if v2 is None:
        return unit, spec
    q.value_max, q.qualifier, q.end = v2, "range", t2.end
    return (unit, spec) if unit or not t2.unit else (t2.unit, g.units.get(t2.unit))


YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # a year's four digits (2024届): no count of editions that large


def _measure(view: str, q: Quantity, num: str, arabic: bool, before: str, unit: str, spec, mag: str, value: Decimal,
             floor: int, unit_end: int) -> None:
    """Kind, normalized value and unit, hedge, sign, and whether the text asserts the number as a claim.

    ``unit_end`` is where the first number's unit ends (a range's own end is ``q.end``).
    """
    cx = grammar().context
    s, end = q.numeral_start, q.end
    kind = ((spec.get("decimal_kind") if "." in num else None) or (spec.get("year_kind") if arabic and YEAR_DIGITS.fullmatch(num) else None)
            or (spec.get("arabic_kind") if arabic else None) or spec["kind"]) if spec else "other"
    q.unit = (spec.get("unit") or unit) if spec else ""
    factor = Decimal(str(spec["factor"])) if spec and spec.get("factor") else None
    value_max = q.value_max
    if factor is not None:  # applied once, to both ends of a range: 5-8‰
        value *= factor
        value_max = value_max * factor if value_max is not None else None
    after = q.numeral_start + len(num) + len(mag)
    held = view.endswith(cx.meetings_held_after, 0, s) or view.endswith(HELD_PARTICLE, 0, s) \
        and view.endswith(cx.meetings_held_after, 0, s - len(HELD_PARTICLE))  # 召开(了)|2次会议: meetings counted
    if unit and not held and (cx.meeting_ordinal.match(view, after) or view.startswith(cx.session_after, q.numeral_start - 1)
                              and cx.meeting_sessions.match(view, after)):
        kind = "ordinal"
    if kind == "duration" and _plan(view, unit, unit_end):
        kind = "named"  # 三年行动, 五年规划
    if unit in cx.window_units and view.startswith(cx.window_after, unit_end):
        kind = "named"  # 日最大8小时平均浓度: the measure's averaging window
    if num == cx.secondary and unit in cx.secondary_units and kind != "ordinal" and is_cjk(view[unit_end : unit_end + 1]) \
            and not any(w in view[max(0, s - SECONDARY_FRAME) : s] for w in cx.secondary_not_after) \
            and not view.startswith(cx.secondary_not_before, unit_end):
        kind = "named"  # 二次分红, 二套住房: a secondary round or home, no count (两次, 两套; 每日二次清扫 is one)
    if not arabic and not mag and _digit_by_digit_name(num):
        kind = "named"  # 五一村, 八一路, 三八红旗手: a day's name, no 51 or 38 of anything
    pstart, pqual = _hedge(view, s, floor, num)
    if pqual and not (mag or kind == "money") and view[pstart:s].rstrip(HEDGE_PARTICLES) in grammar().level_prefixes:
        pstart, pqual = s, ""  # 越过5座雪山, 站上3米高的跳台: things passed or stood on, no level reached
    if pqual and q.qualifier != "range" and not (q.qualifier and view[pstart:s] in grammar().magnitude_prefixes):
        q.qualifier = pqual
    q.qualifier = q.qualifier or "exact"
    if arabic and before and before in MINUS and (s - 1 == floor or not (view[s - 2].isascii() and view[s - 2].isalnum())):
        value, pstart = -value, min(pstart, s - 1)  # -3.5%
    elif arabic and before and _signed(view, s, floor, before):
        pstart = min(pstart, s - 1)  # 教育(+10.02%): a rise written with its sign
    claim = kind in CLAIM_KINDS or (kind == "other" and bool(mag or _mixed(num) or _amount_in_words(num) or q.qualifier != "exact"
                                                              or "." in num))
    if kind == "duration" and (view.startswith(cx.timeframe_after, end) and _frames_a_figure(view, end, len(view), cx)
                               or _framed_before(view, floor, s, cx) or view.startswith(cx.average_after, end)):
        claim = False  # 过去一年, 近5年, 10年来: a time frame, not a measurement
        if pqual == "approx" and pstart < s:
            pstart, q.qualifier = s, "exact"
    if kind == "duration" and _a_stage(view, floor, pstart, end, cx):
        claim = False  # 学前一年, 前十年, 今年前两个月: a stage or a period, no length measured
    if kind == "duration" and view.startswith(cx.tenor_mark, end) and not view.startswith(cx.tenor_not_after, end + len(cx.tenor_mark)):
        kind, claim = "named", False  # 7天期逆回购, 30年期国债: the instrument's term, which names it
        end += len(cx.tenor_mark)  # 30年期 is the quantity's text, and a figure after it reads its subject from past 期
        q.end = max(q.end, end)
    if kind == "duration" and _ago(view, end, cx):
        claim = False  # 20年前, 半年前: a time back from now, which dates nothing else (是10年前的5倍: 5倍 keeps its year)
    if arabic and num.isdigit() and len(num) >= PHONE_DIGITS and view.endswith(cx.dialled_before, floor, s):
        kind, claim = "other", False  # 拨打12333人社服务热线: a telephone number (not 拨打2.3万次, 拨打3200个电话)
    if kind == "duration" and not arabic and (_steady(view, floor, s, end, cx) or _in_a_set_phrase(view, s, end)
                                              or _after_that(view, floor, s, cx)):
        claim = False  # 一年比一年高; 一年到头, 十年磨一剑, 一年一度; 那一年: a phrase of time, no length measured
    if kind == "duration" and not arabic and not mag and _period_named(view, num, floor, s, end, cx):
        claim = False  # 里程碑意义的一年, 极不平凡的五年。, 发展的关键五年。: "the year(s)", no length of time
    if claim and num == PER_ONE and not mag and q.unit in cx.per_one_units and not view.startswith(cx.took_after, end) \
            and not _after_taking(view, floor, s, cx) and (
            _a_figure_follows(view, end, cx.per_one_reach) or _a_rate_follows(view, end, cx)):
        claim = False  # 一天150元, 一亩地流转费450元, 一天要发8万多单, 一年接待游客1.5万人次: what the figure is per (not
        # 仅用一年就完成3000份问卷, 历时一年完成项目30个: how long it took)
    if claim and num in PER_ONE_NUMERALS and not mag and _per_what(view, floor, s, cx) and RATE_FIGURE.match(view, end):
        claim = False  # 按每招用1人1500元的标准: the one the amount right after it is paid per (not 每人发放1份价值200元的…)
    if kind == "ordinal" and unit == cx.grade_mark and (view.startswith(cx.magnitude_after, end) or any(
            w in view[max(floor, s - MAGNITUDE_REACH) : s] for w in cx.magnitude_before)):
        kind = "count"  # 七级地震, 十二级台风, 阵风可达10级: a magnitude, as 6.4级地震 is
        claim = True
    if kind == "measure" and (view.startswith(cx.grade_mark, end) or spec.get("grade")):
        claim = False  # 30万吨级航道, 500千伏线路: the class of what follows
    if kind == "other" and _version(view, num, mag, q.qualifier, before, floor, s, end, value):
        kind, claim = "named", False  # 自贸区3.0版
    if (not arabic and q.unit in cx.phase_units and _ideograph(before) and not any(n in num for n in cx.phase_not_numerals)
            and not view.endswith(cx.phase_not_after, floor, s)):
        kind, claim = "ordinal", False  # 滇中引水二期: the project's second phase
    bounds = cx.threshold_bounds if kind == "duration" else grammar().suffixes  # (3个小时出头的车程: a length travelled;
    # 5000万元左右的项目86个: a class of projects)
    if (claim and kind in cx.threshold_kinds and view.endswith(bounds, s, end)
            and _before_a_noun(view, end, cx.threshold_link) and not _a_target(view, floor, pstart, end, cx)):
        claim = False  # 亿元以上项目904个: the threshold of a class
    if kind == "count" and (view.endswith(cx.outline_before, floor, s) and _outlines(view, floor, s, cx.outline_before)
                            or view.startswith(cx.outline_after, end) or cx.outline_opening.match(view, end)):
        claim = False  # 以下14个方面的工作, 做好十个方面工作：, 采取了三项措施：一是…: the text's own outline
    if q.unit in cx.rank_units and _ranked(view, floor, s, cx):
        kind, claim = "ordinal", False  # 跻身全球城市前五位: a rank
    if kind == "other" and arabic and len(num.replace(".", "")) >= 7 and not mag and not _mixed(num):
        claim = False  # phone numbers, codes
    if kind == "money" and q.unit == cx.small_change_unit and not mag and not arabic and value < 1:
        claim = False  # 一分钱: a figure of speech
    q.start, q.kind, q.claim, q.unit_end, q.noun_unit = pstart, kind, claim, end, bool(spec and spec.get("noun"))
    q.value, q.value_max = numerals.to_float(value), numerals.to_float(value_max)
    if q.value_max is not None and q.value is not None and q.value_max < q.value:  # 减少15,831.55万元到15,031.55万元:
        q.value, q.value_max = q.value_max, q.value  # a range runs from its lower end, in whatever order it is written


PER_ONE = "一"
PER_ONE_NUMERALS = (PER_ONE, "1")
PER_VERB = 3  # characters of the verb between 每 and its one (每|招用|1人, 每|吸纳|1人, 每|1人)


def _per_what(view: str, floor: int, s: int, cx) -> bool:
    """Whether 每 stands right before a number of one, or a short verb before it (每1人, 每招用1人): a rate's denominator."""
    before = view[max(floor, s - PER_VERB - 1) : s]
    at = max(before.rfind(p) for p in cx.per_words)
    return at >= 0 and not any(c.isdigit() or c in CLAUSE_ENDS for c in before[at:])
# an amount a unit of one is the denominator of: money (150元, 450元, 两万来块) or a bare amount that ends its clause
# (一年能收六千多。), or a count after the words of what is done (一年|接待游客|1.5万人次); not a count right after it, a
# length of time or a date (一年6个月, 一年至2025年底, 一天就完成3000份)
RATE_FIGURE = re.compile(r"[\d两三四五六七八九十百千万亿.]+(?:多|余|来)?(?:万|亿)?(?:元|块|角|[，。；！？,;!?]|$)")
COUNT_AFTER_WORDS = re.compile(r"[\d两三四五六七八九十百千万亿.]+(?:多|余|来)?(?:万|亿)?(?!个?月|[年天日周]|小时|[\d.])")
DOING_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")  # the words of what is done between the unit of one and a count


def _a_figure_follows(view: str, end: int, reach: int) -> bool:
    """Whether an amount (``RATE_FIGURE``, or ``COUNT_AFTER_WORDS`` past two characters of words) starts within
    ``reach`` characters after ``end``, in the same clause."""
    for at in range(end, min(len(view), end + reach)):
        if view[at] in CLAUSE_ENDS:
            return False
        if view[at] != PER_ONE and (RATE_FIGURE.match(view, at) or DOING_WORDS.match(view, end)
                                    and view[at - 1] not in TO_MARKS and COUNT_AFTER_WORDS.match(view, at)):
            return not view[at - 1 : at].isdigit()
    return False


TO_MARKS = "至到"  # 一年至2025年底: a span's end, no figure per year


def _after_taking(view: str, floor: int, s: int, cx) -> bool:
    """Whether a word of taking or of shortness (历时, 用, 短短, 仅) ends right before ``s`` as a word of its own, as jieba
    reads the clause's words before it (仅|一年, 用|一年; not 大棚费|用, 使|用, 租|用, whose 用 ends another word)."""
    if not view.endswith(cx.took_before, floor, s):
        return False
    words = tagged(view[max(floor, s - TOOK_READ) : s])
    return bool(words) and words[-1][0] in cx.took_before


TOOK_READ = 6  # characters before a length of time read for the word that ends there


def _digit_by_digit_name(num: str) -> bool:
    """Whether a numeral in words is digits one by one that no range reads (五一, 八一, 三八, 一二九; not 三四 or 五六, a
    range, nor 二〇二四, a year): counts in words are written with 十 and 百, so such a numeral names a day (五一, May
    Day) and what is named after it."""
    digits = numerals.system().digits
    if len(num) < 2 or any(c not in NAMING_DIGITS for c in num):
        return False
    return not all(digits[b] == digits[a] + 1 for a, b in zip(num, num[1:]))


NAMING_DIGITS = "一二三四五六七八九"


def _a_rate_follows(view: str, end: int, cx) -> bool:
    """Whether a modal verb and then a number follow within the clause (一天|要发|8万多单, 一台收割机一天|能收|300多亩):
    what one can or must do per day is a rate, its day its denominator."""
    stop = next((at for at in range(end, min(len(view), end + cx.per_one_reach)) if view[at] in CLAUSE_ENDS),
                min(len(view), end + cx.per_one_reach))
    modal = next((view.find(m, end, stop) for m in cx.rate_modals if 0 <= view.find(m, end, stop)), -1)
    return modal >= 0 and NUMBER_START.search(view, modal, stop) is not None


NUMBER_START = re.compile(r"[\d两三四五六七八九十百千万]")
AGO_READ = 4  # characters after a length of time read to see whether 前 stands there as a word of its own


def _ago(view: str, end: int, cx) -> bool:
    """Whether a length of time ending at ``end`` counts back from now (20年前我国…, 半年前，): 前, 以前 or 之前 a word of
    its own there, by jieba (not 5年前后, 连续3年前列, 10年以前所未有), and no numeral after it (两年前三季度)."""
    words = tagged(view[end : end + AGO_READ])
    if not words or words[0][0] not in cx.ago_after:
        return False
    return not view[end + len(words[0][0]) : end + len(words[0][0]) + 1].isnumeric()


def _a_stage(view: str, floor: int, start: int, end: int, cx) -> bool:
    """Whether the length of time in ``view[start:end]`` comes right after a word ending in 前 (学前|一年, 比前|一年, 前|十年)
    other than one saying how far ahead (提前|两年), or after 最后 or 最初 (假期最后|一天; not 最后|两年|就全部完成, how long
    it took in the end)."""
    if view.endswith(cx.stage_openers, floor, start):
        return not view.startswith(cx.took_after, end)
    if start <= floor or view[start - 1] != cx.period_opening:
        return False
    before = tagged(view[max(floor, start - 4) : start])
    return not before[-1][0].endswith(cx.ahead_of_time)


def _a_target(view: str, floor: int, start: int, end: int, cx) -> bool:
    """Whether an amount bounded by 以上 is a target for the noun after it (安排|10亿元以上|资金): a verb stands right
    before it and no count of the things follows in its clause (实施亿元以上项目2000个 bounds a class)."""
    if not view.endswith(cx.threshold_at_least, start, end):
        return False
    before = tagged(view[max(floor, start - 4) : start])
    if not before or not (before[-1][1][:1] == "v" or claim_words().measure_verbs.fullmatch(before[-1][0])):
        return False  # jieba tags a few such verbs otherwise (新建 as a place)
    clause_end = CLAUSE_END.search(view, end)
    return grammar().number.search(view, end, clause_end.start() if clause_end else len(view)) is None


CLAUSE_END = re.compile("[，。；！？,;]")


def _before_a_noun(view: str, pos: int, link: str) -> bool:
    """Whether a noun follows ``pos``, directly or after ``link`` (项目, 的项目): jieba's tag of the next word. A noun that
    frames the number (1200万人以上的目标) is no class it bounds."""
    words = tagged(view[pos : pos + THRESHOLD_READ])
    if words and words[0][0] == link:
        words = words[1:]
    return bool(words) and words[0][1][:1] == "n" and not words[0][0].startswith(claim_words().frame_nouns)


THRESHOLD_READ = 6  # characters read after a bound for the word that follows it


def _outlines(view: str, floor: int, s: int, words: tuple[str, ...]) -> bool:
    """Whether the outline word before ``s`` stands for the text's own parts (抓好|以下, 突出了|以下), as opposed to
    closing a threshold after a number, a measure or a level (10万元|以下3户, 乡镇以下12个站点)."""
    before = tagged(view[max(floor, s - 6) : s])
    if not before or before[-1][0] not in words:
        return False
    return len(before) == 1 or not (before[-2][1] in THRESHOLD_TAGS or before[-2][0][-1:].isdigit())


THRESHOLD_TAGS = {"m", "q", "n", "ns", "nt", "nz", "ng"}  # numerals, measure words and nouns: 万元|以下, 乡镇|以下 (jieba's
# person names are left out: it tags verbs such as 努力实现 so)


ITEM_BEFORE_YEAR = re.compile(r"\d{1,2}\.(?=(?:19|20)\d\d$)")  # 3.2025年 at a line's start: item 3, the year 2025
YEAR = "年"
YEAR_READ = 16  # characters read for the date that a list item's number opens (2026年10月15日)


FRONT = "前"


def _ranked(view: str, floor: int, s: int, cx) -> bool:
    """Whether the count at ``s`` follows 前 standing as a word of its own (城市|前|五位), 后 so after a verb of ranking
    (排名|后|三位), or either joined to a verb of ranking (数量|居前|三位), not inside another word (目前|5名, 此前|3位,
    最后|3名)."""
    if s - 1 < floor or view[s - 1] not in cx.rank_openings:
        return False
    words = tagged(view[max(floor, s - cx.rank_reach) : s])
    if not words:
        return False
    if words[-1][0][:-1] in cx.rank_verbs:
        return True  # 居前|三位, 位居前十
    alone = words[-1][0] == view[s - 1]
    return alone and (view[s - 1] == FRONT or len(words) > 1 and words[-2][0] in cx.rank_verbs)  # 城市|前|五位; 后 only after
    # a verb of ranking (排名|后|三位): 事故发生|后|3名伤者, 放学|后|3名学生 count people after an event


def _after_that(view: str, floor: int, s: int, cx) -> bool:
    """Whether 那 standing as a word of its own comes right before the length (那一年, 疫情那三年; not 巴塞罗那|两年)."""
    at = s - len(cx.demonstrative)
    return at >= floor and view.startswith(cx.demonstrative, at) and tagged(view[max(floor, at - 3) : s])[-1][0] == cx.demonstrative


def _steady(view: str, floor: int, s: int, end: int, cx) -> bool:
    """Whether the length ``view[s:end]`` is compared with itself (一年|比|一年): things grow steadily, no length."""
    length = view[s:end]
    return view.startswith(cx.steady_link + length, end) or view.endswith(length + cx.steady_link, floor, s)


PHONE_DIGITS = 5  # digits of a service number (12333, 12345, 95566) and more, written without a magnitude or point


def _in_a_set_phrase(view: str, s: int, end: int) -> bool:
    """Whether a length of time in words opens a set phrase or an idiom that jieba reads on past it (一年到头, 十年磨一剑),
    or a long time word of its dictionary (十年如一日, which it tags as a time): a way of speaking, no length of time."""
    word, tag = tagged(view[s : end + SET_PHRASE_READ])[0]
    return s + len(word) > end and (tag in SET_PHRASE_TAGS or tag == TIME_WORD_TAG and len(word) >= TIME_IDIOM_MIN)


SET_PHRASE_READ = 4  # characters read past the length for the phrase it opens (十年|磨一剑)
TIME_WORD_TAG = "t"
TIME_IDIOM_MIN = 5  # characters of a time word that is a saying (十年如一日), not a time (五年来 is 五年|来)


def _period_named(view: str, num: str, floor: int, s: int, end: int, cx) -> bool:
    """Whether a period in Chinese numerals at ``view[s:end]`` names "the year(s)" rather than measuring a length of
    time: 一 right after 的 (里程碑意义的一年), or a period that ends its clause with 的 and at most a few characters of
    modifier before it (极不平凡的五年。, 发展的关键五年。, 的第一个五年。), unless a verb sets or reaches it
    (延长至现在的五年; 提升至2025年的10.2年 is in digits). With a modifier the clause must say what the period is (是…的
    关键五年), and the modifier name no term (国债的期限三年 is a length)."""
    if num == cx.article and view.endswith(cx.article_after, floor, s):
        return True
    if not view.startswith(cx.period_ends, end):
        return False
    window = view[max(floor, s - cx.period_window) : s]
    if any(w in window for w in cx.period_not_after):
        return False
    modifier = max((window.rfind(a) for a in cx.article_after), default=-1)
    words = window[modifier + 1 :]
    if modifier < 0 or len(words) > cx.period_modifier or not all(map(_ideograph, words)):
        return False
    return not words or (not any(t in words for t in cx.period_terms) and cx.period_copula in view[floor:s])


def _ideograph(char: str) -> bool:
    """Whether ``char`` is a Han character: a name before a number is glued to it only by one."""
    return "\u4e00" <= char <= "\u9fff"


def _version(view: str, num: str, mag: str, qualifier: str, before: str, floor: int, s: int, end: int,
             value: Decimal) -> bool:
    """A one-digit whole number written with .0, no unit, glued to the name before it (数字政府2.0建设), not after a
    word that introduces a value and not a part of a ratio."""
    cx = grammar().context
    return (num.endswith(cx.version_decimal) and not mag and qualifier == "exact" and value < cx.version_below
            and _ideograph(before) and not view.endswith(cx.version_not_after, floor, s)
            and not view.startswith(cx.version_not_before, end))


def _frames_a_figure(view: str, end: int, ceil: int, cx) -> bool:
    """Whether the time frame word after a duration ending at ``end`` frames something: always, except 内 (within)
    with no other figure after it in its clause (总容量将于7年内爆满: how long until it happens), and 来 with a record
    set in its clause (5年来增幅新高: the record's window)."""
    clause_end = next((i for i in range(end, ceil) if view[i] in CLAUSE_ENDS), ceil)
    frame = next((f for f in cx.record_frames if view.startswith(f, end)), "")
    if frame:
        after = end + len(frame)
        return not _record_within(view, after, clause_end, cx)
    if not view.startswith(cx.timeframe_within, end):
        return True
    return any(c.isdigit() or c in numerals.system().characters for c in view[end + 1 : clause_end])


def _record_within(view: str, start: int, clause_end: int, cx) -> bool:
    """Whether a record word opens within ``record_reach`` characters of ``start`` in its clause (5年来|增幅新高), not after
    历史 and not opening a name or a term (最高人民法院, 最多跑一次)."""
    for word in cx.record_words:
        at = view.find(word, start, min(clause_end, start + cx.record_reach + len(word)))
        if at >= 0 and not view.endswith(cx.record_not_after, start, at) and not view.startswith(cx.not_records, at):
            return True
    return False


SPACED_PERCENT = (" %", " ％", "\u3000%", "\u3000％", "\xa0%")


def _tail(view: str, pos: int, ceil: int) -> Tail:
    """The tail grammar at ``pos``; a magnitude gives back a character a unit needs (6000万|千瓦)."""
    g = grammar()
    if view.startswith(SPACED_PERCENT, pos) and pos + 2 <= ceil:
        pos += 1  # 增长9.7 %: a space typed before a percent sign, which opens no word of its own
    t = g.tail.match(view, pos, ceil)
    inf1, mag, inf2, unit, post = t.groups("")  # the tail's five groups, in order
    if mag and not inf2:
        lead = pos + len(inf1)
        unit_end = t.end("unit") if unit else -1
        for k in range(len(mag) - 1, -1, -1):  # a unit that starts inside the magnitude run (0.13|千克, 3万|千米)
            alt = g.unit_only.match(view, lead + k, ceil)
            if alt and alt.end("unit") >= unit_end:
                return Tail(inf1, view[lead : lead + k], alt.group("inf2") or "", alt.group("unit"), alt.group("post") or "", alt.end())
    if unit and post:  # 一个多月: a measure word, a hedge, then the rest of a unit (个 + 月 = 个月)
        whole = next((u for u in g.longer_units.get(unit, ()) if view.startswith(u[len(unit):], t.end())), None)
        if whole is not None:
            end = t.end() + len(whole) - len(unit)
            after = _suffix(view, end)
            return Tail(inf1, mag, post, whole, after, end + len(after))
    return Tail(inf1, mag, inf2, unit, post, t.end())


def _percent_words(view: str, s: int, e: int, num: str, mag: str, floor: int) -> Quantity | None:
    """百分之八十 → 80 %; 千分之三 → 0.3 %."""
    value = _value(num, mag)
    if value is None:
        return None
    word, factor = next((w, f) for w, f in grammar().context.percent_words.items() if view.endswith(w, floor, s))
    value *= Decimal(str(factor))
    pstart, pqual = _prefix(view, s - len(word), floor)
    end = e + len(mag)
    post = _suffix(view, end)
    qualifier = grammar().quals["suffix"][post] if post else (pqual or "exact")
    return Quantity(pstart, end + len(post), numerals.to_float(value), unit="%", kind="percent", qualifier=qualifier, claim=True,
                    numeral_start=s, unit_end=end + len(post))


def _fraction(view: str, s: int, e: int, num: str, floor: int, ceil: int) -> Quantity | None:
    """三分之一 → 33.33 % (a share written as a fraction)."""
    m = grammar().number.match(view, e + len(grammar().context.fraction), ceil)
    den, top = numerals.parse(num), numerals.parse(m.group()) if m else None
    if not den or top is None:
        return None
    return _share(view, s, m.end(), float(top) / float(den), floor)


def _share(view: str, s: int, end: int, share: float, floor: int) -> Quantity:
    """A share written as a fraction from ``s`` to ``end`` (三分之一, 2/3) as a percent claim, with the hedge before it
    and the bound after it (超过1/3, 2/3以上)."""
    pstart, pqual = _prefix(view, s, floor)
    post = _suffix(view, end)
    qualifier = grammar().quals["suffix"][post] if post else (pqual or "exact")
    return Quantity(pstart, end + len(post), share * 100, unit="%", kind="percent", qualifier=qualifier, claim=True, numeral_start=s,
                    unit_end=end + len(post))


SLASH_DENOMINATOR = re.compile(r"/(\d{1,2})(?![\d/.])")
SLASH_MAX_DENOMINATOR = 10  # 2/3, 1/4, 3/10 are shares; 7/24 (hours a day) and 12/31 (a date) are no fractions
SHARE_FOLLOWERS = ("的", "左右", "强")  # words a share may run into (1/3的村庄)


def _slash_fraction(view: str, s: int, e: int, num: str, floor: int, ceil: int) -> Quantity | None:
    """2/3 → 66.67 %, as 三分之二: a share written with a slash, the numerator smaller than a small denominator;
    None for any other slash (7/24, 12/31)."""
    m = SLASH_DENOMINATOR.match(view, e, ceil)
    if m is None or not num.isdigit() or not 0 < int(num) < int(m.group(1)) <= SLASH_MAX_DENOMINATOR or view.endswith("/", floor, s):
        return None  # 2025/1/5: a date; 3.85/5: a score out of a scale
    after = m.end()
    if not _suffix(view, after) and after < ceil and _ideograph(view[after]) and not view.startswith(SHARE_FOLLOWERS, after):
        return None  # 1/4决赛, 2/3号线, 1/2小时: a round, a line, a unit's notation
    return _share(view, s, after, int(num) / int(m.group(1)), floor)


def _ordinal(view: str, s: int, e: int, num: str, ceil: int) -> Quantity | None:
    value = numerals.parse(num)
    if value is None:
        return None
    unit = _tail(view, e, ceil).unit
    spec = grammar().units.get(unit)
    if spec and view.startswith(tuple(spec.get("not_followed_by", ())), e + len(unit)):
        unit = ""  # 第四|市民驿站: the unit is a word's first character
    end = e + len(unit)
    return Quantity(s - 1, end, numerals.to_float(value), unit=unit, kind="ordinal", numeral_start=s, unit_end=end)


def _named_phrase(view: str, s: int, e: int, num: str, ceil: int) -> Quantity:
    """A number that names a programme (十大专项行动, 百项实践活动): runs to the next boundary."""
    m = grammar().context.name_end.match(view, e, ceil)
    end = m.end() if m else e
    value = numerals.scale(num) if _bare(num) else numerals.parse(num)
    return Quantity(s, end, numerals.to_float(value), kind="named", numeral_start=s, unit_end=end)
