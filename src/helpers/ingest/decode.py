"""Decoding of the byte encodings researchers actually collect texts in.

A wrong guess produces mojibake that then flows silently into every fact, so the
decoder prefers a loud error over a doubtful decode.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = ("gb18030", "big5")


class DecodeError(ValueError):
    """Raised when a file is not text in an encoding we can trust."""


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:65536]


_BAD_CATEGORIES = ("Cc", "Co", "Cs", "Cn")  # control, private use, surrogate, unassigned
# Code point ranges with none of those categories (printable ASCII, Latin-1, general punctuation up to U+2064, CJK
# punctuation, the unified ideographs of Unicode 1.1, full-width forms); a later Unicode only assigns more.
ORDINARY = ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x2064), (0x3000, 0x303F), (0x4E00, 0x9FA5), (0xFF01, 0xFF5E))
# Any other character; tab to carriage return (\t\n\v\f\r) are controls a text may hold. One character, not a run:
# a pattern that opens with a repeat is tried at every character, one that opens with a class skips to its matches.
_UNUSUAL = re.compile("[^\\t-\\r" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ORDINARY) + "]")


def _control_share(text: str) -> float:
    """Share of control, private-use, surrogate and unassigned characters in the text's opening characters.

    Only the characters outside the ordinary ranges are looked up, each distinct one once: a set of every
    character cost more than the rest of reading a text's bytes."""
    if not text:
        return 0.0
    sample = text[:20000]
    unusual = set(_UNUSUAL.findall(sample))
    bad = [ch for ch in unusual if unicodedata.category(ch) in _BAD_CATEGORIES]
    return sum(map(sample.count, bad)) / len(sample)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of one file.

    BOMs are trusted first, then strict UTF-8, then the legacy Chinese code pages
    ranked by charset-normalizer.  The BOM itself is not part of the text, so
    character offsets count from the first real character.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{name}: starts with a {enc} byte-order mark but does not decode: {exc}") from exc
            return text, enc
    if _looks_binary(data):
        raise DecodeError(f"{name}: binary data (NUL bytes) - not a text file")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
        if best is None:
            raise DecodeError(f"{name}: not UTF-8, GB18030/GBK, Big5 or UTF-16 with BOM") from None
        encoding = best.encoding
        text = data.decode(encoding)
    if _control_share(text) > 0.01:
        raise DecodeError(f"{name}: decodes as {encoding} but is mostly control characters - binary or unknown encoding")
    return text, encoding


def read_text(path: str | Path) -> tuple[str, str, bytes]:
    """Read one file and return ``(text, encoding, raw_bytes)``."""
    path = Path(path)
    data = path.read_bytes()
    text, encoding = decode_bytes(data, str(path))
    return text, encoding, data
