"""A same-length "matching view" of a text, so extractors see one spelling of each fact.

Full-width digits, traditional characters and non-breaking spaces are mapped one
character to one character; offsets in the view are offsets in the text, and the
facts keep the original surface form.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Full-width ASCII variants that matter for numbers and units; Chinese punctuation
# (，：；（）) is deliberately left alone because the grammar relies on it.
_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH.update({"％": "%", "．": ".", "＋": "+", "－": "-", "／": "/", "\u00a0": " ", "\u2030": "‰"})


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    """Character-level traditional→simplified map from OpenCC's reviewed dictionary."""
    table: dict[str, str] = {}
    ref = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    for line in ref.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split(" ")[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[trad] = simp
    return table


HAN = (0x4E00, 0x9FFF)  # the unified ideographs, the characters whose share is counted
_WIDTH_RE = re.compile("[" + re.escape("".join(_WIDTH)) + "]")


@lru_cache(maxsize=1)
def _traditional():
    """A lookup array over code points: true for a character with a distinct simplified form."""
    import numpy

    codes = [ord(c) for c in _t2s()]
    mask = numpy.zeros(max(codes) + 1, dtype=bool)
    mask[codes] = True
    return mask


def traditional_share(text: str, sample: int = 4000) -> float:
    """Share of Han characters with a distinct simplified form, in the text's opening characters.

    Both counts are taken over the code points as an array: a set of the characters cost more than the rest of
    reading a news article's structure.
    """
    import numpy

    codes = numpy.frombuffer(text[:sample].encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    n_han = int(numpy.count_nonzero((codes >= HAN[0]) & (codes <= HAN[1])))
    if not n_han:
        return 0.0
    mask = _traditional()
    codes = codes[codes < len(mask)]
    return int(numpy.count_nonzero(mask[codes])) / n_han


def is_traditional(text: str) -> bool:
    """Simplified text has almost no convertible characters; traditional text has many."""
    return traditional_share(text) > 0.05


def _narrow(wide: re.Match) -> str:
    return _WIDTH[wide.group()]


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    """Full-width characters narrowed and traditional ones simplified, for ``str.translate``."""
    return str.maketrans({**_WIDTH, **_t2s()})


def matching_view(text: str, traditional: bool | None = None) -> str:
    """Return the text with one-to-one character substitutions for matching."""
    if traditional is None:
        traditional = is_traditional(text)
    if not traditional:  # only the few full-width characters change: replaced where they stand, not looked up for
        return _WIDTH_RE.sub(_narrow, text)  # every character (the text itself when there are none)
    view = text.translate(_traditional_table())
    assert len(view) == len(text)
    return view


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """The view with dropped spans (page chrome) blanked, so extractors never find a fact in them."""
    if not spans:
        return text
    parts, pos = [], 0
    for s, e in sorted(spans):
        parts += [text[pos:s], re.sub(r"[^\r\n]", " ", text[s:e])]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
