"""A same-length "matching view" of a text, so extractors see one spelling of each fact.

Full-width digits, traditional characters, Hong Kong characters kept as private-use code
points, non-breaking spaces and the ASCII punctuation of Chinese text typed on a Western
keyboard are mapped one character to one character; offsets in the view are offsets in the
text, and the facts keep the original surface form.
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


VARIANT_DICTIONARIES = ("HKVariantsRev.txt", "TWVariantsRev.txt")  # OpenCC's hk2s and tw2s read them before TSCharacters


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Hong Kong and Taiwan standard forms that OpenCC's character table does not simplify (衞 of 衞生署 and
    食物及衞生局, 敍, 枱), simplified as OpenCC's hk2s and tw2s do: through the traditional form they stand for (衞 →
    衛 → 卫). Only where that form has a simplified one: 么, 抬 and 著 are simplified characters too."""
    t2s = _t2s()
    table = {}
    for name in VARIANT_DICTIONARIES:
        for line in (resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8").splitlines():
            variant, _, standard = line.partition("\t")
            standard = standard.split(" ")[0]
            if len(variant) == 1 and variant not in t2s and standard in t2s and t2s[standard] != variant:
                table[variant] = t2s[standard]
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


# Where Microsoft's Big5 software put the user-defined area, which Hong Kong's HKSCS characters occupy: private-use
# code points from ``start`` on, lead bytes from ``lead`` on, 157 characters per lead byte (trail bytes 40-7E, A1-FE)
BIG5_PRIVATE_BLOCKS = ((0xE000, 0xFA, 5), (0xE311, 0x8E, 19), (0xEEB8, 0x81, 13))  # (start, lead, lead bytes)
BIG5_ROW = 157
BIG5_LOW_TRAILS = 63  # trail bytes 0x40-0x7E; the rest run from 0xA1


@lru_cache(maxsize=1)
def _hong_kong_private_use() -> dict[str, str]:
    """Hong Kong characters that pages converted from Big5 keep as private-use code points (世界\ue40c生組織 for
    世界衞生組織, 公共屋\ue473 for 公共屋邨), each mapped to its character: its Big5 bytes in Microsoft's layout of
    the user-defined area, decoded by Python's ``big5hkscs`` codec (HKSCS-2008). About 4,500 characters."""
    table = {}
    for start, lead, rows in BIG5_PRIVATE_BLOCKS:
        for offset in range(rows * BIG5_ROW):
            row, col = divmod(offset, BIG5_ROW)
            trail = 0x40 + col if col < BIG5_LOW_TRAILS else 0xA1 + col - BIG5_LOW_TRAILS
            try:
                char = bytes([lead + row, trail]).decode("big5hkscs")
            except UnicodeDecodeError:  # a code the standard leaves unassigned
                continue
            if len(char) == 1:  # a few codes stand for a letter with a combining mark: two characters, not one
                table[chr(start + offset)] = char
    return table


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    """Full-width characters narrowed, Hong Kong's private-use characters restored and traditional characters (and
    Hong Kong's and Taiwan's forms of them) simplified, for ``str.translate``. Only a traditional text is read so: a
    simplified one's private-use code points come from other encodings (GB18030's), where the same code point is
    another character."""
    simplified = {**_t2s(), **_variants()}
    restored = {pua: simplified.get(char, char) for pua, char in _hong_kong_private_use().items()}
    return str.maketrans({**_WIDTH, **simplified, **restored})


def matching_view(text: str, traditional: bool | None = None) -> str:
    """Return the text with one-to-one character substitutions for matching."""
    if traditional is None:
        traditional = is_traditional(text)
    if not traditional:  # only the few full-width characters change: replaced where they stand, not looked up for
        view = _WIDTH_RE.sub(_narrow, text)  # every character (the text itself when there are none)
    else:
        view = text.translate(_traditional_table())
    if any(c in view for c in CIRCLES):
        view = _CIRCLE_ZERO.sub("〇", view)
    if any(c in view for c in ROMAN):
        view = _ROMAN_CLASS.sub(_roman_numeral, view)
    view = chinese_punctuation(view)
    assert len(view) == len(text)
    return view


# Roman numerals a class is written with (地表水Ⅱ类, Ⅲ类及以上; only before 类: GB 3838-2002 地表水环境质量标准 names its
# classes Ⅰ to Ⅴ; Ⅳ级响应, 生物安全Ⅲ级实验室 and 国Ⅵ标准 are names, read as written). A class that ends its phrase, past
# its bound and the words of quality a class reached is named with (水质保持Ⅰ类，; Ⅱ类及以上。; 稳定保持Ⅱ类水质，;
# 改善至Ⅳ类水平，; 达到Ⅲ类水质要求，; 类别为Ⅱ类（优），), is what something is: a figure, read as a digit. One that
# anything else follows names a category the clause goes on about (Ⅲ类医疗器械, Ⅲ类及以上水质断面比例为84.6%, Ⅱ类断面
# 15个), and 劣Ⅴ类 (worse than the last class) is no value: read as written, no figure.
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ"
CLASS_BOUNDS = "及以上|及以下|以上|以下"
QUALITY_WORDS = "(?:优秀)?(?:水质|水体|水平|水)?(?:标准|要求|目标)?(?:进出)?"  # what a class reached may name before its
# phrase ends (保持Ⅱ类进出，, 优于Ⅱ类标准，, 稳定在Ⅱ类水质目标以上，), then a bound and a gloss in brackets (（优）)
WORSE_THAN = "劣"
_ROMAN_CLASS = re.compile(f"(?P<range>(?<=[{ROMAN}][～~—\\-至到]))?(?<!{WORSE_THAN})[{ROMAN}]"
                          f"(?=类(?P<after>(?:{CLASS_BOUNDS})?{QUALITY_WORDS}(?:{CLASS_BOUNDS})?(?:（[^（）]{{1,4}}）)?"
                          f"(?:[，。；、）)\n]|$)|或)?)")
GLOSS_CLOSE = "）)"  # the end of a range of classes in brackets or before a noun (水质优良（Ⅰ～Ⅲ类）, Ⅰ～Ⅲ类水质断面) names the
# category the classes define: read as written, no figure; one that ends its phrase (保持在Ⅱ～Ⅲ类。) is what a thing is


def _roman_numeral(m: re.Match) -> str:
    r, after = m.group(), m.group("after")
    if after is None or m.group("range") is not None and after in GLOSS_CLOSE:
        return r
    return str(ROMAN.index(r) + 1)
CIRCLES = "○◯"  # circles typed for the numeral zero 〇 (二○二三年, in Hong Kong and Taiwan print above all)
_CIRCLE_ZERO = re.compile(rf"(?<=[一二三四五六七八九〇{CIRCLES}])[{CIRCLES}]|[{CIRCLES}](?=[一二三四五六七八九〇{CIRCLES}])")


_CJK = "\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2026\u2014"  # Han, CJK and full-width marks
_FULL = str.maketrans(",:;?!()", "，：；？！（）")
_ASCII_MARK = re.compile(f"(?<=[{_CJK}])[,:;?!]|[,:;?!](?=[{_CJK}])")
_ASCII_ASIDE = re.compile(r"\(([^()\n]{1,60})\)")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def chinese_punctuation(view: str) -> str:
    """ASCII commas, colons, semicolons, question and exclamation marks and brackets in Chinese text as the full-width
    marks the grammar reads (分管省领导:林克庆, 增长6%以上,各地配合, 今日(六月九日)下午): many web pages and PDFs are
    typed so. A mark is Chinese when a Chinese character or mark stands next to it, a pair of brackets when one does
    or its aside holds one; 1,000, 10:30 and (a) stay as they are."""
    if not any(c in view for c in ",:;?!()"):
        return view
    view = _ASCII_ASIDE.sub(_aside, view)
    return _ASCII_MARK.sub(lambda m: m.group().translate(_FULL), view)


def _aside(m: re.Match) -> str:
    s, e = m.span()
    text = m.string
    chinese = _CJK_CHAR.search(m.group(1)) or (s and _CJK_CHAR.match(text[s - 1])) or (e < len(text) and _CJK_CHAR.match(text[e]))
    return m.group().translate(_FULL) if chinese else m.group()


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
