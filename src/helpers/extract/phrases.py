"""Words of short phrases and the noun phrases read from them.

A subject is a noun phrase, and its edges are where words start and end, not where a stop character happens to
stand (公共 is no 公 + 共). Phrases here are a clause's few dozen characters, segmented and tagged by jieba-rs with
the policy user dictionary the tokens table is segmented with (about 2 MB/s, so the cost is a small share of
extraction). jieba's dictionary tags are rough (it calls 支出 a verb and 进步 an adverb), so the rules lean on
them only where a wrong tag costs little, and say so.
"""

from __future__ import annotations

import re

from .grammar import grammar
from .lexicon import ClaimWords
from .sentence import DELIMITERS as SENTENCE_DELIMITERS, QUOTE_CLOSE, QUOTE_OPEN, Context
from .tokens import tagged

# A phrase runs across the spaces and line breaks that PDF text and hard wrapping leave inside a paragraph
# (建議預留 100億元); they are dropped from the subject.
DELIMITERS = SENTENCE_DELIMITERS - {" ", "\n"}
IDEOGRAPHIC_SPACE = "\u3000"  # a headline sets its clauses apart with it (在校生628.3万人　高等教育毛入学率达62.3%)
FORWARD_LIMIT = 12  # characters a noun after the number may run
ENCLOSED_LIMIT = 12  # characters of a quoted name or an aside crossed inside a phrase


# verbs, set phrases (超额完成) and person names (占|比达): jieba joins these to a framing word after them
GLUED_TAGS = ("v", "l", "nr")
THING_TAGS = ("n", "vn", "j", "an", "eng")  # nouns, nominal verbs, abbreviations
TIME_TAG = "t"  # 今天, 明年, and 正在, which jieba tags as one
MODIFIER_TAG = "b"  # 区别词 (总, 大型): they only modify nouns, so what follows one is a noun (总|开支, jieba: a verb)


FRAMING_LOCATIVES = ("之间", "以内", "之内", "前后", "上下", "左右")  # locatives (方位词) that frame a number or a range, as
# 在…之间 does, where the clause ends after them; not those that open a noun (东部|沿海城市, 5个|前后衔接的|工作环节)


def noun_after(view: str, pos: int, ctx: Context, w: ClaimWords, verbal: bool = False) -> str:
    """The noun phrase after the number, word by word: up to a stop word (a whole word), a delimiter, a digit or a
    function word (an adverb, preposition, conjunction or pronoun); a verb stays, as what the counted things do
    (9部精品力作获国家级文艺大奖) belongs to the annotation's subject. A quoted name is one word
    (10个“云岭名方”); a modifier with 的 is crossed unless it is a noun of its own (两名风尘仆仆的“北京干部”, but
    15个职业|的排位). After a verbal classifier (16次调度推进重大产业项目) the phrase is the event counted,
    verbs and all."""
    end = window_end(view, pos, ctx)
    words = _whole_words(view, pos, end, ctx)
    kept, nouns_only, quoted, joined = [], True, 0, False
    for k, (word, flag) in enumerate(words):
        if IDEOGRAPHIC_SPACE in word or not kept and word.isspace() and headline_space(view, pos, ctx.headline):
            break  # 在校生628.3万人|　高等教育毛入学率, 突破500万户| 民营经济…: a headline's space closes the noun after a number
        if word.isspace():  # a line break of print inside the phrase (none before it)
            kept += [word] if kept else []
            continue
        if quoted:
            quoted -= word in QUOTE_CLOSE
            kept.append(word)
            continue
        if word in QUOTE_OPEN:
            quoted = 1
            kept.append(word)
            continue
        if word in w.noun_coordinators and kept and nouns_only and any(f.startswith(THING_TAGS) for _, f in words[k + 1 : k + 2]):
            kept.append(word)  # 21个国家|和|地区: nouns counted together
            joined = True
            continue
        if word in w.noun_coordinators and kept and words[k + 1 : k + 2] and words[k + 1][0] in LEVEL_BOUNDS \
                and any(f.startswith(THING_TAGS + ("ns",)) for _, f in words[k + 2 : k + 3]):
            kept += [word, words[k + 1][0], words[k + 2][0]]  # 339个地级|及以上|城市, 12家三级|及以上|医院: a level and those
            break  # above it, one class of things, named by the noun after it (…城市|平均优良天数比例为: its measure)
        if joined and not flag.startswith(NOUN_TAGS):
            break  # 180个国家和地区|投资: what nouns joined together do is left out (the list is the subject)
        if word == w.attributive and kept and not nouns_only:
            kept.append(word)  # 风尘仆仆的|“北京干部”: a modifier, crossed
            continue
        if kept and word in w.forward_stops and not verbal or ends_the_noun(flag, words[k + 1 : k + 3]):
            break
        if not kept and word in FRAMING_LOCATIVES and (k + 1 == len(words) or words[k + 1][0] in DELIMITERS):
            break  # 在7000万至7500万人次|之间, 63岁|前后: a locative frames the number, no noun follows (3个|东部沿海城市 does)
        if kept and nouns_only and flag == TIME_TAG and not any(f.startswith(THING_TAGS) for _, f in words[k + 1 : k + 2]):
            break  # 六七名村民|正在翻晒, 10件民生实事|如期兑现: a time word after the noun opens what the counted things
            # do; one before a noun modifies it (4个国家现代流通…城市)
        nouns_only = nouns_only and flag.startswith(NOUN_TAGS)
        kept.append(word)
    while kept and kept[-1] == w.attributive:
        kept.pop()  # 3年的|先导计划 ends the window with nothing after 的
    while len(kept) > 1 and tagged(kept[-1])[0][1] == ADVERB_TAG:
        kept.pop()  # 6处湿地正|进行…: an adverb before a stop opens the predicate
    if not verbal and len(kept) == len(words) > 1 and end < ctx.end and view[end].isdigit() and is_verb(kept[-1]):
        kept.pop()  # 114.8万户企业稳岗|返还551.7亿元: a verb before the next number is that number's predicate
    forward = "".join(kept)
    if kept and all(tagged(word)[0][1].startswith("v") for word in kept) and _to_a_level(view, pos, pos + len(forward), w):
        return ""  # 由42种|恢复|至61种, 从2家|发展|到23家: the verb takes the thing to its next level; nothing is counted
    if len(forward) > 2:
        forward = forward.rstrip(w.trailing_prepositions)  # 受访群众对“办实事”…: the preposition opens the next phrase
    if len(forward) == 1 and forward in w.admin_nouns and view.startswith(("（", "("), pos + 1):
        forward = view[pos : view.find("）", pos + 1) + 1] or forward  # 31个省（区、市）: a phrase, whose aside goes later
    return forward


def _to_a_level(view: str, pos: int, end: int, w: ClaimWords) -> bool:
    """Whether a resultative (到, 至) stands at ``end`` with a number right after it, hedged or not, in the unit of the
    count that ends at ``pos`` (42种|恢复至|61种; not 其中200名|下沉至|86个村, the villages it went to)."""
    if view[end : end + 1] not in w.resultatives:
        return False
    unit = UNIT_BEFORE.search(view, max(0, pos - UNIT_MAX - 1), pos)
    after = end + 1
    hedge = next((h for h in range(HEDGE_MAX, 0, -1) if view[after : after + h] in grammar().prefixes), 0)
    number = NUMERAL_RUN.match(view, after + hedge)
    return unit is not None and number is not None and view.startswith(unit.group(1), number.end())


DIGITS_AND_NUMERALS = "\\d０-９零〇一二两三四五六七八九十百千半"  # a number's characters, in figures or in words
NUMERAL_OPENS = re.compile(f"[{DIGITS_AND_NUMERALS}]")  # what opens a number
NUMERAL_RUN = re.compile(f"[{DIGITS_AND_NUMERALS}万亿.．]+[多余]?")  # a number, 万 and 亿 too (1.2万)
UNIT_MAX = 3  # characters of a count's unit (种, 家, 人次)
UNIT_BEFORE = re.compile(f"[{DIGITS_AND_NUMERALS}万亿多余]([^{DIGITS_AND_NUMERALS}万亿多余]{{1,{UNIT_MAX}}})$")
HEDGE_MAX = 3  # characters of a hedge before a number (qualifiers.yml prefixes; grammar asserts it)


LEVEL_BOUNDS = ("以上", "以下")  # after 及 or 和 between a level and its noun (地级及以上城市)
NOUN_TAGS = THING_TAGS + ("x",)  # and unknown words: a noun of its own before 的 (15个职业|的排位)
# adverb, preposition, conjunction, pronoun, aspect particles 了 and 着: a verb after a counted noun stays, as the
# annotation keeps what the counted things do (9部精品力作获国家级文艺大奖), and jieba calls many nouns verbs
PHRASE_END_TAGS = ("d", "p", "c", "r", "ul", "uz")


ADVERB_TAG = "d"


def ends_the_noun(flag: str, following: list) -> bool:
    """A function word, which ends a noun phrase after a number; jieba calls some modifiers adverbs
    (民族团结|进步/d|示范社区), so an adverb with a noun in the next two words does not."""
    if flag.startswith("d"):
        return not any(f.startswith(THING_TAGS) for _, f in following)
    return flag.startswith(PHRASE_END_TAGS)


def is_verb(word: str) -> bool:
    """A word jieba tags as a verb (not a nominal one)."""
    flag = tagged(word)[0][1]
    return flag.startswith("v") and flag != "vn"


def window_end(view: str, pos: int, ctx: Context) -> int:
    """How far a phrase after a number may run: to a delimiter or a digit, across a quoted name, FORWARD_LIMIT
    characters besides the name."""
    i, extra = pos, 0
    while i < ctx.end and i - pos - extra < FORWARD_LIMIT and (not view[i].isdigit() or _in_a_code(view, pos, i)):
        if view[i] in QUOTE_OPEN:
            close = min((c for c in (view.find(q, i + 1, ctx.end) for q in QUOTE_CLOSE) if c >= 0), default=-1)
            if close < 0 or close - i > ENCLOSED_LIMIT + 1:
                break
            extra += close + 1 - i
            i = close + 1
            continue
        if view[i] in DELIMITERS:
            break
        i += 1
    return i


def _in_a_code(view: str, pos: int, i: int) -> bool:
    """Whether the digit at ``i`` goes on a name in Latin letters (PM|2.5浓度, PM|10, H7N9): part of the noun, no number."""
    k = i
    while k > pos and (view[k - 1].isdigit() or view[k - 1] == DECIMAL_POINT):
        k -= 1
    return k > pos and view[k - 1].isascii() and view[k - 1].isalpha()


DECIMAL_POINT = "."
WORD_OVERRUN = 3  # characters past a phrase window its last word may run on (建设扎实推|进)


def _whole_words(view: str, pos: int, end: int, ctx: Context) -> list:
    """The tagged words of ``view[pos:end]``, the last completed when the length limit ends the window inside it
    (23个山海协作产业园建设扎实推|进 → 推进; …重点龙头|企业), not read as a word of its own."""
    if end >= ctx.end or view[end] in DELIMITERS or view[end].isdigit():
        return tagged(view[pos:end])
    bound = min(ctx.end, end + WORD_OVERRUN)
    kept, at = [], pos
    for word, flag in tagged(view[pos:bound]):
        if at >= end:
            break
        kept.append((word, flag))
        at += len(word)
    return kept[:-1] if at == bound < ctx.end else kept  # a last word the overrun ends may be cut too


ENCLOSING = {**dict(zip(QUOTE_CLOSE, QUOTE_OPEN)), "）": "（", ")": "("}


def enclosed_start(view: str, pos: int, ctx: Context) -> int | None:
    """The start of a short quoted name or bracketed aside that closes at ``pos`` (a name or an aside, not a
    quoted sentence), or None."""
    if pos <= ctx.start or view[pos - 1] not in ENCLOSING:
        return None
    opening = view.rfind(ENCLOSING[view[pos - 1]], max(ctx.start, pos - 2 - ENCLOSED_LIMIT), pos - 1)
    if opening < 0 or any(c in DELIMITERS for c in view[opening + 1 : pos - 1]):
        return None
    return opening


def without_asides(phrase: str) -> str:
    """A phrase without its bracketed asides (中亚班列（澜湄快线）→ 中亚班列): they gloss, they do not name. Most
    phrases open no bracket, which ``in`` tells faster than the pattern."""
    return ASIDE.sub("", phrase) if "（" in phrase or "(" in phrase else phrase


ASIDE = re.compile(r"[（(][^（）()]*[）)]")


def cuttable(text: str, at: int, glued: tuple[str, ...] = GLUED_TAGS) -> bool:
    """Whether ``text`` may be cut at ``at``: a word starts there, or the word around it has one of the ``glued`` tags
    (a verb, a set phrase or a name by default), which jieba makes of a framing word and what stands before it
    (复工率|达 as 率达, 占比|达 as 比达); with no tags, only where a word starts."""
    start = 0
    for word, flag in tagged(text):
        if start == at or start < at < start + len(word) and flag.startswith(glued):
            return True
        if start > at:
            return False
        start += len(word)
    return False


def headline_break(view: str, at: int, end: int, headline: bool = False) -> bool:
    """Whether the full-width space at ``at`` sets two clauses of a headline apart, as a comma would, for a phrase read
    back from ``end``: a noun stands between it and ``end`` (在校生628.3万人|　|高等教育毛入学率达62.3%, 统计公报发布|　|
    在校生2.93亿人, 示范村86个|　|培育家庭农场1260家). Not a label set apart from its value (地区生产总值　1260.5亿元), a
    verb after it (收入　预计完成126.8亿元) or a value and its change (户籍人口　86.2万人　减少0.3万人): no noun but a
    number's unit follows the space there."""
    if at + 1 >= end or not (view[at] == IDEOGRAPHIC_SPACE or headline_space(view, at, headline)):
        return False
    previous = ""
    for word, flag in tagged(view[at + 1 : end]):
        if flag.startswith(HEADLINE_NOUN_TAGS) and flag != NOMINAL_VERB_TAG and previous != NUMERAL_TAG and not word[0].isdigit():
            return True
        previous = flag
    return False


def headline_space(view: str, at: int, headline: bool = False) -> bool:
    """Whether ``view[at]`` is a space or no-break space between two Chinese characters that sets a headline's clauses
    apart: any such space in a title or heading (聚焦民生实事| |全市新增养老床位3000张), and in body text one right after a
    clause that a figure or a predicate closes (…突破500万户| |民营经济…); a space after a noun with no figure before it
    in body text is print's (规模以上工业| |增加值, 福州市| |鼓楼区 in PDF text)."""
    if view[at] not in HEADLINE_SPACES or not 0 < at < len(view) - 1 or not (_is_han(view[at - 1]) and _is_han(view[at + 1])):
        return False
    if headline:
        return True
    before = view[max(0, at - HEADLINE_FIGURE_REACH) : at]
    before = before[max(before.rfind(c) for c in HEADLINE_CLAUSE_MARKS) + 1 :]
    return NUMERAL_OPENS.search(before) is not None or not tagged(before)[-1][1].startswith(PHRASE_NOUN_TAGS)
    # (湾区跨境流动再创新高| |去年…: a predicate closes the clause before it)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


HEADLINE_SPACES = (" ", "\u00a0")
PHRASE_NOUN_TAGS = ("n", "j", "eng")  # nouns, names and abbreviations, which a space of print may part from the rest of a phrase
HEADLINE_FIGURE_REACH = 12  # characters back from such a space to the figure that ends the clause before it
HEADLINE_CLAUSE_MARKS = "，。；：、 \u3000"
HEADLINE_NOUN_TAGS = ("n", "j", "an", "eng", "l")  # nouns, abbreviations, set phrases (高等教育) that open a headline's clause
NOMINAL_VERB_TAG = "vn"
NUMERAL_TAG = "m"
