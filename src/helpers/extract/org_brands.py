"""Companies named by their brand alone (华为, 腾讯, 苹果): the reviewed list in ``companies.csv``.

A brand is a company where jieba reads it as a word of its own (北京|东路 holds no 京东). The aliases that are
everyday words or phrases (苹果, 小米, 联想, 京东 east of Beijing, 大众汽车 the public's cars; the ``guarded``
column) name the company only where the text treats them as one: right before a word that only a company takes
(苹果公司, 小米手机) or in a sentence that names another company by an unguarded name (苹果中国云服务、华为数据中心).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..codebook import csv_book, yaml_book
from .tokens import word_bounds

COMPANY = "company"
BOOK = "companies.csv"


@dataclass(frozen=True)
class Brands:
    guarded: frozenset[str]  # aliases that are everyday words
    after: tuple[str, ...]  # words right after a guarded alias that make it a company (公司, 手机)
    not_before: tuple[str, ...]  # words right after a brand that make it a road's or a station's name (宇通路)
    sentence_ends: str


@lru_cache(maxsize=1)
def brands() -> Brands:
    pats = yaml_book(__package__, "org_patterns.yml")["brands"]
    guarded = frozenset(a for row in csv_book(__package__, BOOK) for a in row["guarded"].split("|") if a)
    return Brands(guarded, tuple(pats["company_after"]), tuple(pats["not_before"]), pats["sentence_ends"])


def a_word(view: str, s: int, e: int) -> bool:
    """Whether jieba starts a word where the brand starts (北京|东路: no 京东) and ends one where it ends, unless a
    company's word runs on from it (小米手机); not a road or a station named after it (宇通路, 长安汽车客运站)."""
    if view.startswith(brands().not_before, e):
        return False
    bounds = word_bounds(view, s, e)
    return s in bounds and (e in bounds or view.startswith(brands().after, e))


def vouched(view: str, orgs: list) -> list:
    """``orgs`` without the guarded aliases that nothing vouches for: no company's word right after them and no
    company named by an unguarded name in their sentence (果农销售苹果、小米: no company; a bank beside them is none)."""
    b = brands()

    def guarded(o) -> bool:
        return o.type == COMPANY and o.mention in b.guarded

    sure = [o for o in orgs if o.type == COMPANY and not guarded(o)]
    return [o for o in orgs if not guarded(o) or view.startswith(b.after, o.end) or any(
        _sentence(view, o.start, b.sentence_ends) == _sentence(view, c.start, b.sentence_ends) for c in sure)]


def _sentence(view: str, at: int, ends: str) -> int:
    """Where the sentence holding ``at`` starts."""
    return max(view.rfind(ch, 0, at) for ch in ends) + 1
