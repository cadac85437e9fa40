"""Companies named by their brand alone (华为, 腾讯, 苹果): the reviewed list in ``companies.csv``.

A brand is a company where jieba reads it as a word of its own (北京|东路 holds no 京东). Brands that are
everyday words (苹果, 小米, 联想, 吉利) are guarded: a company only where the text treats them as one, right
before a word that only a company takes (苹果公司, 小米手机, 苹果中国) or in a sentence that names another
company (苹果中国云服务、华为数据中心).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..codebook import yaml_book
from .tokens import tagged

COMPANY = "company"
GUARDED = "context"
WORD_WINDOW = 4  # characters on each side of a brand that segmentation reads with it


@dataclass(frozen=True)
class BrandContext:
    after: tuple[str, ...]  # words right after a guarded brand that make it a company (公司, 手机, 中国)
    sentence_ends: str


@lru_cache(maxsize=1)
def context() -> BrandContext:
    pats = yaml_book(__package__, "org_patterns.yml")["brands"]
    return BrandContext(tuple(pats["company_after"]), pats["sentence_ends"])


def stands(view: str, s: int, e: int, guard: str, companies: list[tuple[int, int, bool]]) -> bool:
    """Whether the brand at ``view[s:e]`` names its company. ``companies``: (start, end, guarded) of every company and
    state-owned enterprise of the registries that the text names, so a guarded brand can lean on another in its
    sentence."""
    ctx = context()
    if not _a_word(view, s, e, ctx):
        return False
    if guard != GUARDED or view.startswith(ctx.after, e):
        return True
    lo = max(view.rfind(ch, 0, s) for ch in ctx.sentence_ends) + 1
    ends = [i for i in (view.find(ch, e) for ch in ctx.sentence_ends) if i >= 0]
    hi = min(ends, default=len(view))
    return any(lo <= cs and ce <= hi and not guarded for cs, ce, guarded in companies)


def _a_word(view: str, s: int, e: int, ctx: BrandContext) -> bool:
    """Whether jieba starts a word where the brand starts (北京|东路: no 京东) and ends one where it ends, unless a
    company's word runs on from it (小米手机)."""
    at = max(0, s - WORD_WINDOW)
    bounds = {at}
    for word, _ in tagged(view[at : e + WORD_WINDOW]):
        at += len(word)
        bounds.add(at)
    return s in bounds and (e in bounds or view.startswith(ctx.after, e))
