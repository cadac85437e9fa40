"""Tokens: the content words of every body paragraph and subhead, segmented once, at extraction.

The language report counts words over the whole corpus; segmenting it in a notebook kernel on every
run took minutes for a year of articles. Here each paragraph is segmented in the worker that extracts
its document and cached with its facts, so a rerun segments only what changed.

Segmentation is jieba's (its dictionary and HMM, with the policy user dictionary
``codebooks/policy_terms.txt`` so that 办实事, 乡村振兴 and 放管服 stay whole), run by jieba-rs through
``rjieba`` at about ten times the speed of the Python jieba. On the words kept here the two agree:
they differ only in how runs of Latin letters, digits and hyphens split (5G-A, 2014-2015), which are
never content words. Content words have two or more characters, at least one of them Han, and are
not in jionlp's Chinese stopword list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from ..codebook import text_book

SEGMENTED_KINDS = ("body", "subhead")  # titles, headings and bylines name things; they are not running text
SEPARATOR = " "  # between the words of a paragraph in the tokens table (no word holds a space)
_HAN = re.compile(r"[\u4e00-\u9fff]")
MEMO_WORDS = 200_000  # distinct words whose content-word decision is remembered


@lru_cache(maxsize=1)
def user_dictionary() -> tuple[tuple[str, int | None, str | None], ...]:
    """The policy user dictionary, ``codebooks/policy_terms.txt``: (word, frequency, part of speech) per entry, as
    ``word [frequency] [POS]`` lines give them."""
    entries = []
    for line in text_book(__package__, "policy_terms.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            word, *rest = line.split()
            entries.append((word, int(rest[0]) if rest else None, rest[1] if len(rest) > 1 else None))
    return tuple(entries)


@lru_cache(maxsize=1)
def segmenter():
    """jieba-rs with the policy user dictionary."""
    import rjieba

    for word, frequency, tag in user_dictionary():
        rjieba.add_word(word, frequency, tag)
    return rjieba


@lru_cache(maxsize=8192)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """Words and part-of-speech tags of a short phrase: jieba's segmentation and dictionary tags (jieba-rs, with the
    policy user dictionary the tokens table is segmented with, whose tags win), so that a word ends only where a word
    ends. Cached: subjects and place names ask about the same few dozen characters again and again."""
    retagged = user_tags()
    return tuple((word, retagged.get(word, flag)) for word, flag in segmenter().tag(text, True))


@lru_cache(maxsize=1)
def user_tags() -> dict[str, str]:
    """The part of speech the policy user dictionary gives each of its words: jieba-rs keeps its own dictionary's tag
    for a word it already holds (湿地 z, 本科 r), so the entry's tag is applied here."""
    return {word: tag for word, _, tag in user_dictionary() if tag}


WORD_WINDOW = 4  # characters on each side of a span that segmentation reads with it
SET_PHRASE_TAGS = ("l", "i")  # jieba's set phrases and idioms, whatever part of speech they play (一年到头, 十年磨一剑)


@lru_cache(maxsize=8192)
def in_dictionary(text: str) -> bool:
    """Whether jieba's dictionaries hold ``text`` as one word (汽车站, 银行业): segmented without the HMM, which joins
    unknown characters into words (汽车销) that no dictionary holds."""
    return len(segmenter().tag(text, False)) == 1


def word_bounds(view: str, s: int, e: int) -> frozenset[int]:
    """Where jieba starts and ends words over ``view[s:e]`` read with a few characters on each side (offsets in
    ``view``): whether a name or a word there stands as a word of its own (南京东路: 京东 does not)."""
    at = max(0, s - WORD_WINDOW)
    bounds = [at]
    for word, _ in tagged(view[at : e + WORD_WINDOW]):
        at += len(word)
        bounds.append(at)
    return frozenset(bounds)


def stands_apart(view: str, s: int, e: int) -> bool:
    """Whether jieba starts a word at ``s`` and ends one at ``e`` (王强, not 王强军; 台|经院 too)."""
    bounds = word_bounds(view, s, e)
    return s in bounds and e in bounds


def one_word(view: str, s: int, e: int) -> bool:
    """Whether jieba reads ``view[s:e]`` as one word of its own, with a few characters around it (首都, not 元首|都)."""
    bounds = word_bounds(view, s, e)
    return s in bounds and e in bounds and not any(s < b < e for b in bounds)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """jionlp's Chinese stopword list (its ``dictionary/stopwords.txt``)."""
    spec = find_spec("jionlp")
    path = Path(spec.submodule_search_locations[0]) / "dictionary" / "stopwords.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())


def content_words(text: str) -> list[str]:
    """The content words of ``text`` in reading order."""
    return list(filter(_content_word_memo().__getitem__, segmenter().cut(text, True)))


class _ContentWordMemo(dict):
    """Whether a word is a content word, decided once per distinct word: texts repeat their words, and deciding
    for every occurrence cost a third as much as segmenting."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= MEMO_WORDS:  # a long batch's vocabulary would grow without bound
            self.clear()
        content = self[word] = len(word) > 1 and word not in stopwords() and _HAN.search(word) is not None
        return content


@lru_cache(maxsize=1)
def _content_word_memo() -> _ContentWordMemo:
    return _ContentWordMemo()


def words(paragraphs: list) -> dict[int, list[str]]:
    """The content words of every segmented paragraph, by paragraph number (the topic model reads them too)."""
    return {p.para: content_words(p.text) for p in paragraphs if p.kind in SEGMENTED_KINDS}


def rows(doc: str, words: dict[int, list[str]]) -> list[dict]:
    """One row per segmented paragraph of the document ``doc`` that has content words: its number and its words
    joined by SEPARATOR."""
    return [{"doc": doc, "para": para, "tokens": SEPARATOR.join(found)} for para, found in words.items() if found]
