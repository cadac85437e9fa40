"""Companies named by their trade name and trade (盘珂实业, 全乐制药, 隆通管业, 珍宝岛药业).

A company's registered name is 行政区划 + 字号 + 行业 + 组织形式 (企业名称登记管理规定, 2020), and work reports and news
name one by its 字号 and 行业 alone, often inside a project's name (启动隆通管业装备制造等重点项目). The trade words
that name a company's business and no sector of the economy are listed in ``org_names.yml: trade_names``; before one,
a coined word (``org_lists.coined_word``: no frequent word of jieba's dictionary nor of the policy vocabulary, no
verb or function word) of two or three characters that opens a clause or a list's item and is no place names the
company. Everyday or policy words before a trade word do not (中药制药), nor does a trade word that runs on into a
sector's noun (实业园区).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..codebook import yaml_book
from .occurrences import Occurrences
from .org_lists import coined_word
from .tokens import word_bounds


ITEM_OPENINGS = "，。；：、！？,;:!?“”‘’（）()《》 \n"  # a trade name opens a clause or a list's item (、盘珂实业, ；全乐制药)


@dataclass(frozen=True)
class Trades:
    words: Occurrences
    not_before: tuple[str, ...]  # a sector's nouns after a trade word (医药产业, 科技企业)
    name_lengths: tuple[int, ...]  # characters of a trade name, longest first


@lru_cache(maxsize=1)
def trades() -> Trades:
    book = yaml_book(__package__, "org_names.yml")["trade_names"]
    return Trades(Occurrences({w: w for w in book["words"]}), tuple(book["not_before"]),
                  tuple(range(book["name_max"], book["name_min"] - 1, -1)))


def find(view: str, start: int, end: int, places: list) -> list[tuple[int, int]]:
    """Spans of the companies named by a trade name and a trade word in ``view[start:end]``; ``places`` are the
    places found there, which name no company (云南|医药 is a province's sector)."""
    t = trades()
    chunk = view[start:end]
    hits = t.words.find(chunk)
    if not hits:
        return []
    in_place = {i for p in places for i in range(p.start, p.end)}
    out = []
    for s, e, _ in hits:
        s, e = s + start, e + start
        if view.startswith(t.not_before, e):
            continue
        for n in t.name_lengths:
            at = s - n
            name = view[at:s]
            if at < start or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(i in in_place for i in range(at, s)):
                continue
            bounds = word_bounds(view, at, e)
            if at in bounds and s in bounds and (at == start or view[at - 1] in ITEM_OPENINGS) and coined_word(name):
                out.append((at, e))
                break
    return out
