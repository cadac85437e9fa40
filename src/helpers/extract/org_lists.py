"""Companies named by their short names in a list the text calls companies (以和元生物、微电生理等为代表的一批生物医药
企业; 还有开隆、菜富源两个合作社; 支持赛力斯、长城等车企).

No registry holds the short names of the country's companies. A company's short name is the 字号 of its registered name
(行政区划 + 字号 + 行业 + 组织形式), a coined word that neither jieba's dictionary (as a frequent word) nor the policy
vocabulary holds, with or without its trade (盟科|药业). A list of kinds of company is made of everyday words
(钢铁、石化等企业; 新材料、新能源等企业), so a list names companies only when at least half of its items hold a coined
word (``org_patterns.yml: listed_companies``). Only the list's own mentions are taken: elsewhere a short name may be a
product or a place's (海光DCU芯片, 海光MALL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, yaml_book
from .org_names import is_generic, trim
from .places import common_words
from .tokens import tagged, user_dictionary

LIST_MARK = "、"
CLAUSE_BREAKS = "，。；：！？,;:!?“”（）()《》\n"
NOT_IN_ITEMS = "，。；：！？,;:!?“”‘’（）()《》「」 　\n\t"
FUNCTION_TAGS = ("v", "p", "d", "c", "u", "r")  # words before the first item that act on or introduce it (支持, 与, 了, 本地)
VERB, NOMINAL_VERB = "v", "vn"


@dataclass(frozen=True)
class Lists:
    pattern: re.Pattern  # a list of two or more items, its end (等 or a count), what lies between and the company word
    company_words: re.Pattern
    first_item_reach: int
    not_company_after: tuple[str, ...]
    list_reach: int  # characters before a company word that its list may span
    openers: tuple[str, ...]
    single_openers: frozenset[str]
    frame: tuple[str, str]
    item_min: int
    item_max: int
    proper_tags: frozenset[str]
    loose_tags: frozenset[str]
    kinds: re.Pattern  # 专精特新, 独角兽: a kind of company, no company's name
    brands: tuple[str, ...]  # state-owned groups' short names (org_names.yml: soe_brands)
    company_endings: tuple[str, ...]  # the endings of companies' names (org_names.yml: endings, company)
    place_kinds: tuple[str, ...]  # 等地: the items are places
    sector_endings: tuple[str, ...]  # 等先进制造业: the items are industries


@lru_cache(maxsize=1)
def lists() -> Lists:
    c = yaml_book(__package__, "org_patterns.yml")["listed_companies"]
    names = yaml_book(__package__, "org_names.yml")
    item = f"[^{re.escape(NOT_IN_ITEMS + LIST_MARK)}0-9]"
    gap = f"[^{re.escape(NOT_IN_ITEMS + LIST_MARK)}]"
    count = f"[0-9两三四五六七八九十]+(?:{alternation(c['count_words'])})"
    pattern = re.compile(
        rf"({item}{{1,{c['first_item_reach']}}}(?:{LIST_MARK}{item}{{{c['item_min']},{c['item_max']}}}?)+)"
        rf"(?:{re.escape(c['list_end'])}|(?={count}))({gap}{{0,{c['reach']}}}?)"
        rf"(?:{alternation(c['company_words'])})(?!{alternation(c['not_company_after'])})")
    return Lists(pattern, re.compile(alternation(c["company_words"])), c["first_item_reach"], tuple(c["not_company_after"]), c["list_reach"],
                 tuple(c["openers"]), frozenset(c["single_openers"]), tuple(c["frame"]),
                 c["item_min"], c["item_max"], frozenset(c["proper_tags"]), frozenset(c["loose_tags"]),
                 re.compile(alternation(c["company_kinds"])), tuple(names["soe_brands"]), tuple(names["endings"]["company"]),
                 tuple(c["place_kinds"]), tuple(c["sector_endings"]))


@lru_cache(maxsize=1)
def policy_words() -> frozenset[str]:
    """The policy vocabulary: the topic lexicon's terms and the segmentation dictionary's words (新能源, 专精特新,
    生物医药), everyday words of policy texts that jieba's dictionary holds as rare or not at all."""
    book = yaml_book(__package__, "topics.yml")
    terms = {str(t) for scheme in ("cap", "gov") for spec in book[scheme].values() for t in spec["terms"]}
    return frozenset(terms | {word for word, _, _ in user_dictionary()})


def find(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the companies that lists in ``view[start:end]`` name."""
    lw = lists()
    spans: set[tuple[int, int]] = set()
    for s, e in _company_words(view, start, end, lw):  # a list is sought only before a company word: fast
        first = view.find(LIST_MARK, max(start, s - lw.list_reach), s)
        if first < 0:
            continue
        lo = max(start, first - lw.first_item_reach)  # a break further back than the reach changes nothing: not sought
        at = max([lo] + [view.rfind(ch, lo, first) + 1 for ch in CLAUSE_BREAKS])
        for m in lw.pattern.finditer(view, at, e):
            if m.end() == e:  # a list an earlier company word closed was read there
                spans.update(_named(m, lw))
    return sorted(spans)


def _company_words(view: str, start: int, end: int, lw: Lists) -> list[tuple[int, int]]:
    """Spans of the company words in ``view[start:end]`` that are words here: not 企业家 or 企业负责人, and 医药企业
    gives 企业, not 药企."""
    out = []
    for m in lw.company_words.finditer(view, start, end):
        s, e = m.span()
        if view.startswith(lw.not_company_after, e):
            m = lw.company_words.match(view, s + 1, end)  # 药企|业: the word that starts inside
            if m is None or view.startswith(lw.not_company_after, m.end()):
                continue
            s, e = m.span()
        out.append((s, e))
    return out


def _named(m: re.Match, lw: Lists) -> list[tuple[int, int]]:
    """Spans of a list's items when they name companies: nothing but modifiers between the list and the company word
    (为代表的一批重点, 国内一线; not 同志深入), items of a name's length and no kind of company, at least half of them
    coined."""
    if any(flag.startswith(VERB) and flag != NOMINAL_VERB for _, flag in tagged(m.group(2))):
        return []
    items = m.group(1).split(LIST_MARK)
    items[0] = _first_item(items[0], lw, lw.frame[1] in m.group(2))
    if _of_another_kind(m.group(2), items, lw):
        return []
    if not all(lw.item_min <= len(i) <= lw.item_max and not lw.kinds.search(i) for i in items) or 2 * sum(map(_coined, items)) < len(items):
        return []  # a list that holds a kind of company (单项冠军、瞪羚、独角兽等) is a list of kinds
    spans, at = [], m.end(1)
    for item in reversed(items):  # each item ends where the next one's mark is
        spans.append((at - len(item), at))
        at -= len(item) + len(LIST_MARK)
    return spans


def _of_another_kind(between: str, items: list[str], lw: Lists) -> bool:
    """Whether the words between 等 and the company word say the items are places (蓬莱、龙口等|地的海洋食品加工|企业),
    or industries where no more than half the items are coined names (集成电路、工业母机等|先进制造业|企业): the companies are the
    industry's, the items its branches."""
    words = tagged(between)
    if words and words[0][0] in lw.place_kinds and (len(words) == 1 or words[1][0] == ATTRIBUTIVE):
        return True  # 等地|的, 等城市|企业 (not 等地区|总部企业, 等地产企业, 等地方龙头企业: kinds of company)
    return bool(words) and words[-1][0].endswith(lw.sector_endings) and 2 * sum(map(_coined, items)) <= len(items)  # (not
    # 一批行业领军|企业, leading companies of their trade; nor 海尔、美的、格力等家电行业企业, most of them coined names)


ATTRIBUTIVE = "的"


def _first_item(chunk: str, lw: Lists, framed: bool) -> str:
    """The first item of a list, without what leads up to it: after the last opener or company word (还有|开隆,
    包括|以和元生物, 本地龙头企业|开隆), then after the last word jieba reads as a frequent word of two or more characters
    that is a verb, preposition, adverb, conjunction, particle or pronoun, or as a single-character opener or function
    word (支持|赛力斯, 培育了|超聚变, 与|安踏: not 超|聚变, whose 超 opens the name), then after 以 of a list that 为代表
    closes (以和元生物, which jieba reads 以和元|生物)."""
    chunk = chunk[max([chunk.rfind(o) + len(o) for o in lw.openers if o in chunk]
                      + [e for _, e in _company_words(chunk, 0, len(chunk), lw)], default=0) :]  # 本地龙头企业|开隆
    pos, cut, common = 0, 0, common_words()
    for word, flag in tagged(chunk):
        pos += len(word)
        if len(chunk) - pos < lw.item_min:
            break
        if word in lw.single_openers or (flag.startswith(FUNCTION_TAGS) and flag != NOMINAL_VERB
                                          and (word in common if len(word) > 1 else flag[0] != VERB)):
            cut = pos  # a verb jieba guesses for a coined word (翱捷科技: 翱捷/v) is none
    chunk = chunk[cut:]
    return chunk[len(lw.frame[0]) :] if framed and chunk.startswith(lw.frame[0]) and len(chunk) > lw.item_min else chunk


def coined_word(name: str) -> bool:
    """Whether a short name is a coined word as a whole: no frequent word of jieba's dictionary nor of the policy
    vocabulary (生物, 中药, 精细), and coined by the tests of ``_coined`` (盘|珂, 迪晟健, 隆通)."""
    common, policy = common_words(), policy_words()
    return name not in common and name not in policy and _coined(name) and not any(
        len(w) > 1 and (w in common or w in policy) or tag.startswith(NOT_NAME_TAGS) for w, tag in tagged(name))


NOT_NAME_TAGS = ("v", "a", "p", "t", "c", "d", "u", "r")  # verbs, adjectives, times and function words (做强, 筑牢, 在|市)


ORGANIZATION_TAGS = ("nt", "nz")  # jieba's names of organizations and other proper names (燕京啤酒, 东方电子)


def _of_common_words(word: str, common: frozenset[str]) -> bool:
    """Whether a word no frequent word itself is two frequent words joined (包装|材料): a compound of everyday words, no
    coined name, unless jieba's dictionary holds it as a proper name (``ORGANIZATION_TAGS``)."""
    return any(word[:k] in common and word[k:] in common for k in range(2, len(word) - 1))


def _coined(item: str) -> bool:
    """Whether an item holds a coined word: a word of two or more characters that neither jieba's dictionary (as a
    frequent word) nor the policy vocabulary holds (盟科, 特步) and that is no compound of frequent words (包装材料), a single character among the words it is cut into that
    is no everyday adjective or place (和|元|生物; not 大|数据), or a whole word tagged as a name (华为); or whether it
    names a company as plainly: a state-owned group's short name opens it (中建|市政, 中铁|置业) or a company's ending
    closes it (庞大集团)."""
    lw, words = lists(), tagged(item)
    if item in policy_words():
        return False  # 新能源, 专精特新 (which jieba cuts 专精|特新)
    if any(item.startswith(b) and len(item) > len(b) for b in lw.brands):
        return True  # 中建|市政, not the sector 航天科技 (a brand alone)
    ending = next((e for e in lw.company_endings if item.endswith(e)), None)
    if ending and len(item) > len(ending) and not is_generic(trim(item[: -len(ending)])) and item[: -len(ending)] not in policy_words():
        return True  # 庞大集团; not 投资公司, 专业合作社
    if len(words) == 1 and words[0][1] in lw.proper_tags:
        return True
    common, policy = common_words(), policy_words()
    if any(len(w) >= 2 and w not in common and w not in policy and (tag in ORGANIZATION_TAGS or not _of_common_words(w, common))
           for w, tag in words):
        return True
    return len(words) > 1 and any(len(w) == 1 and flag not in lw.loose_tags for w, flag in words)
