"""Plain text wrapped at a fixed width (a PDF or a Word file saved as text): its lines rejoined into paragraphs.

Hong Kong's policy addresses and LegCo papers, and many texts converted from PDF, reach researchers as text with a
line break every thirty characters and a blank line between paragraphs. Read as they stand, a name or a number
broken by the wrap (醫院管理\\n局, 殘疾人士日間訓練和住宿照顧服\\n務名額) is no name, and a subject stops at the line's end.
Their lines are joined here as the PDF reader joins a page's lines (nothing between Chinese characters or digits, a
space between Latin words), and the working text maps back to the file (``Source.origin``), so facts keep offsets
into the file as saved. Only a line that runs to the wrap width is joined to the next: a short line (a list item,
a heading, a paragraph's last line), a blank line and a line indented with full-width spaces all end a paragraph,
and page chrome (``dropped``) is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right

from .. import structure

LINE_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")  # a line break with the spaces around it
LINE = re.compile(r"[^\r\n]+")
LATIN = re.compile(r"[A-Za-z0-9]")
MIN_WIDTH = 32  # columns (a Chinese character is two): narrower "wraps" are lists of short lines, not wrapped text
WIDTH_SHARE = 0.9  # the wrap width is the width that this share of the text's lines stay within
FULL_LINE = 0.8  # a line this close to the wrap width runs on into the next line


def rejoined(text: str, dropped: list[tuple[int, int]]) -> tuple[str, array, array, list[tuple[int, int]]] | None:
    """``(working, origin, origin_end, dropped)`` for a hard-wrapped text, ``working[i]`` coming from
    ``text[origin[i]:origin_end[i]]`` and ``dropped`` in working offsets; None for a text that is not
    hard-wrapped (its lines are its paragraphs)."""
    if not structure.hard_wrapped(text, dropped):
        return None
    widths = sorted(_width(m.group().strip()) for m in LINE.finditer(text) if m.group().strip())
    wrap = widths[min(len(widths) - 1, int(WIDTH_SHARE * len(widths)))]
    if wrap < MIN_WIDTH:
        return None
    edges = sorted(p for span in dropped for p in span)
    out: list[str] = []
    origin, origin_end = array("q"), array("q")
    removed_at, removed = [], []  # where each joint ends in the file, and the characters removed up to there
    pos = total = 0
    for m in LINE_BREAK.finditer(text):
        s, e = m.span()
        near = bisect_left(edges, s)
        if (s == 0 or e >= len(text) or text[s - 1].isspace() or text[e].isspace() or near < len(edges) and edges[near] <= e
                or _width(text[text.rfind("\n", 0, s) + 1 : s].strip()) < FULL_LINE * wrap):
            continue  # a blank line, an indented or short line, the edge of page chrome: a paragraph's or chrome's end
        out.append(text[pos:s])
        origin.extend(range(pos, s))
        origin_end.extend(range(pos + 1, s + 1))
        joint = _joint(text[s - 1], text[e])
        if joint:
            out.append(joint)
            origin.append(s)
            origin_end.append(e)
        total += e - s - len(joint)
        removed_at.append(e)
        removed.append(total)
        pos = e
    if not removed_at:
        return None
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin_end.extend(range(pos + 1, len(text) + 1))

    def working(p: int) -> int:
        i = bisect_right(removed_at, p) - 1
        return p - (removed[i] if i >= 0 else 0)

    return "".join(out), origin, origin_end, [(working(s), working(e)) for s, e in dropped]


def _joint(before: str, after: str) -> str:
    """A space between Latin words; nothing between Chinese characters, or digits of one number."""
    return " " if LATIN.match(before) and LATIN.match(after) and not (before.isdigit() and after.isdigit()) else ""


def _width(line: str) -> int:
    """Columns a line takes: two for a Chinese (wide or full-width) character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
