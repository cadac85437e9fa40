"""Companies named by their short names in a list the text calls companies (以和元生物、微电生理等为代表的一批生物医药
企业; 还有开隆、菜富源两个合作社; 支持赛力斯、长城等车企).

No registry holds the short names of the country's companies. A company's short name is the 字号 of its registered name
(行政区划 + 字号 + 行业 + 组织形式), a coined word that jieba's dictionary does not hold or holds as rare, with or
without its trade (盟科|药业). A list of kinds of company is made of everyday words (钢铁、石化等企业), so a list names
companies only when at least half of its items hold a coined word (``org_patterns.yml: listed_companies``). Only the
list's own mentions are taken: elsewhere a short name may be a product or a place's (海光DCU芯片, 海光MALL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, yaml_book
from .places import common_words
from .tokens import tagged

LIST_MARK = "、"
NOT_IN_ITEMS = "，。；：！？“”‘’（）()《》「」 　\n\t0123456789"
MAX_ITEMS = 10  # items a list may have after its first
FUNCTION_TAGS = ("v", "p", "d", "c", "u")  # words before the first item that act on or introduce the list (支持, 与, 了)


@dataclass(frozen=True)
class Lists:
    pattern: re.Pattern  # a list of two or more items, its end (等 or a count) and the company word
    company_words: re.Pattern
    window: int  # characters before a company word that a list ending at it may span
    openers: tuple[str, ...]
    item_min: int
    item_max: int
    proper_tags: frozenset[str]


@lru_cache(maxsize=1)
def lists() -> Lists:
    c = yaml_book(__package__, "org_patterns.yml")["listed_companies"]
    item, gap = f"[^{re.escape(NOT_IN_ITEMS + LIST_MARK)}]", f"[^{re.escape(NOT_IN_ITEMS.strip('0123456789') + LIST_MARK)}]"
    count = f"[0-9两三四五六七八九十]+(?:{alternation(c['count_words'])})"
    pattern = re.compile(
        rf"({item}{{1,{c['first_item_reach']}}}(?:{LIST_MARK}{item}{{{c['item_min']},{c['item_max']}}}?)+)"
        rf"(?:{re.escape(c['list_end'])}{gap}{{0,{c['reach']}}}?|(?={count}){gap}{{0,{c['reach']}}}?)"
        rf"(?:{alternation(c['company_words'])})")
    window = c["first_item_reach"] + MAX_ITEMS * (c["item_max"] + 1) + c["reach"] + len(c["list_end"])
    return Lists(pattern, re.compile(alternation(c["company_words"])), window, tuple(sorted(c["openers"], key=len, reverse=True)), c["item_min"], c["item_max"],
                 frozenset(c["proper_tags"]))


def find(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the companies that lists in ``view[start:end]`` name."""
    lw = lists()
    spans: set[tuple[int, int]] = set()
    for word in lw.company_words.finditer(view, start, end):  # a list is sought only before a company word: fast
        at = max(start, word.start() - lw.window)
        if LIST_MARK not in view[at : word.start()]:
            continue
        for m in lw.pattern.finditer(view, at, word.end()):
            spans.update(_named(m, lw))
    return sorted(spans)


def _named(m: re.Match, lw: Lists) -> list[tuple[int, int]]:
    """Spans of a list's items when they name companies: items of a name's length, at least half of them coined."""
    items = m.group(1).split(LIST_MARK)
    items[0] = _first_item(items[0], lw)
    if not all(lw.item_min <= len(i) <= lw.item_max for i in items) or 2 * sum(map(_coined, items)) < len(items):
        return []
    spans, at = [], m.end(1)
    for item in reversed(items):  # each item ends where the next one's mark is
        spans.append((at - len(item), at))
        at -= len(item) + len(LIST_MARK)
    return spans


def _first_item(chunk: str, lw: Lists) -> str:
    """The first item of a list, without what leads up to it: after the last opener (与安踏, 以和元生物), else after
    the last verb, preposition, adverb, conjunction or particle by jieba (支持|赛力斯, 培育了|超聚变; a verb of one
    character may open a coined name: 超|聚变)."""
    at = max((chunk.rfind(o) + len(o) for o in lw.openers if o in chunk[:-lw.item_min]), default=-1)
    if at >= 0:
        return chunk[at:]
    pos, cut = 0, 0
    for word, flag in tagged(chunk):
        pos += len(word)
        if flag.startswith(FUNCTION_TAGS) and flag != "vn" and (len(word) > 1 or flag[0] != "v") and len(chunk) - pos >= lw.item_min:
            cut = pos
    return chunk[cut:]


def _coined(item: str) -> bool:
    """Whether an item holds a coined word: a word of two or more characters that jieba's dictionary does not hold as
    frequent (盟科, 特步), a single character among the words it is cut into (和|元|生物: no parse of everyday words), or a
    whole word tagged as a name (华为)."""
    words = tagged(item)
    common = common_words()
    if len(words) == 1 and words[0][1] in lists().proper_tags:
        return True
    return any(len(w) >= 2 and w not in common for w, _ in words) or (len(words) > 1 and any(len(w) == 1 for w, _ in words))

