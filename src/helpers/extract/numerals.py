"""Numbers written in Arabic or Chinese numerals, with 万/亿 magnitudes, to exact values.

Only spans already found by the extractor are parsed: running a converter over raw
text turns 四川 into 4川.  Values are computed with Decimal so 18.8万 is 188000, not
188000.00000000003.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from ..codebook import yaml_book


@dataclass(frozen=True)
class Numerals:
    """The Chinese numeral system of ``numerals.yml``: digit values, the decimal point, magnitudes."""

    digits: dict[str, int]
    positional: frozenset[str]  # digits written one by one in years and decimals
    point: str
    magnitudes: dict[str, int]

    @property
    def characters(self) -> str:
        """Every character a Chinese numeral may contain, in codebook order."""
        return "".join(self.digits) + "".join(self.magnitudes)


@lru_cache(maxsize=1)
def system() -> Numerals:
    book = yaml_book(__package__, "numerals.yml")
    return Numerals(dict(book["digits"]), frozenset(book["positional_digits"]), book["decimal_point"], dict(book["magnitudes"]))


def magnitudes() -> dict[str, int]:
    return system().magnitudes


@lru_cache(maxsize=16384)
def parse(numeral: str) -> Decimal | None:
    """Value of a numeral such as ``18.8``, ``1,200``, ``1 200``, ``十四``, ``两千``, ``三点五``, ``二〇二一``, ``1万6千``.

    Remembered: the same few numerals recur in every text, and cn2an takes tens of microseconds for each."""
    s = numeral.replace(",", "").replace("，", "").replace(" ", "")
    if not s:
        return None
    numerals = system()
    if s[0].isdigit() and not any(c in numerals.magnitudes for c in s):
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    if len(s) == 1 and s in numerals.digits:
        return Decimal(numerals.digits[s])
    if len(s) > 1 and all(c in numerals.positional for c in s):  # digit-by-digit: 二〇二一
        return Decimal("".join(str(numerals.digits[c]) for c in s))
    try:
        value = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return Decimal(str(value))


def scale(chars: str) -> Decimal:
    """Multiplier of a magnitude run: 万 → 10^4, 万亿 → 10^12."""
    table = magnitudes()
    out = Decimal(1)
    for c in chars:
        out *= table[c]
    return out


def to_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def leading_value(text: str) -> Decimal | None:
    """Value of the longest numeral prefix of ``text`` (十四五 → 14, 两个维护 → 2)."""
    digits = re.match(r"\d+(?:\.\d+)?", text)
    if digits:
        return Decimal(digits.group())
    chars = system().characters
    end = 0
    while end < len(text) and text[end] in chars:
        end += 1
    for stop in range(end, 0, -1):
        value = parse(text[:stop])
        if value is not None:
            return value
    return None
