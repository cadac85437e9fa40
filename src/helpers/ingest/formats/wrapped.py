"""Plain text wrapped at a fixed width (a PDF or a Word file saved as text): its lines rejoined into paragraphs.

Hong Kong's policy addresses and LegCo papers, and many texts converted from PDF, reach researchers as text with a
line break every thirty characters, a blank line between paragraphs, and each page's footer and number left in
the text. Read as they stand, a name or a number broken by the wrap (醫院管理\\n局) is no name, a subject stops at
the line's end, and a paragraph that runs onto the next page is two paragraphs with a footer inside.

Their lines are joined here as the PDF reader joins a page's lines (nothing between Chinese characters or digits, a
space between Latin words), and page numbers and running footers are left out of the text read, as the PDF reader
leaves them out: page numbers run one more than the last, pages apart, and a footer beside them repeats (digits
aside) at least three times and holds a number (立法會 ─ 2013年1月16日).
A paragraph runs on across a page break when its line before the break runs to the wrap width and does not end a
sentence. The working text maps back to the file (``Source.origin``), so facts keep offsets into the file as saved.

Only a line that runs to the wrap width is joined to the next: a short line (a list item, a heading, a paragraph's
last line), a blank line and a line indented with full-width spaces all end a paragraph, and page chrome (``dropped``) is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter

from .. import structure
from .layout import PAGE_NUMBER, furniture_key, joint

LINE = re.compile(r"[^\r\n]+")
BREAK = re.compile(r"\r\n|\r|\n")
WRAP_WIDTHS = (40, 200)  # columns (a Chinese character is two) a fixed-width layout wraps at: lists and tables are
# narrower, and a text whose lines are whole paragraphs has no width its lines keep to
WIDTH_SHARE = 0.9  # the wrap width is the width that this share of the text's lines stay within
FULL_LINE = 0.85  # a line this close to the wrap width is full: it runs on into the next line
FULL_SHARE = 0.5  # in a wrapped text most lines end within WRAP_BAND of the wrap width (a news text with a paragraph
WRAP_BAND = 0.9  # a line, or a transcript of whole utterances: about a fifth)
TABLE_GAP = re.compile(r"\S(?: {2,}|\t)\S")  # columns aligned with spaces or tabs: a table's row, not a wrapped line
PAGE_LINES = 10  # lines at least between two page numbers
FOOTER_REPEATS = 3  # a running footer or header repeats at least this often beside the page numbers
FOOTER_MAX = 40  # characters of a running footer
FOOTER_REACH = 2  # lines between a running footer and its page number
INDENTS = "\u3000"  # a line opening with a full-width space starts a paragraph
SENTENCE_ENDS = "。！？!?；;：:”」』）)"  # a line ending so ends its paragraph at a page break


def rejoined(text: str, dropped: list[tuple[int, int]]) -> tuple[str, array, array, list[tuple[int, int]]] | None:
    """``(working, origin, origin_end, dropped)`` for a hard-wrapped text, ``working[i]`` coming from
    ``text[origin[i]:origin_end[i]]`` and ``dropped`` in working offsets; None for a text that is not
    hard-wrapped (its lines are its paragraphs)."""
    if not structure.hard_wrapped(text, dropped):
        return None
    lines = [(m.start(), m.end()) for m in LINE.finditer(text) if m.group().strip()]
    pages = _page_numbers(text, lines)
    furniture = pages | _footers(text, lines, pages)
    widths = sorted(_width(text[a:b].strip()) for i, (a, b) in enumerate(lines) if i not in furniture)
    if not widths:
        return None
    wrap = widths[min(len(widths) - 1, int(WIDTH_SHARE * len(widths)))]
    full = sum(WRAP_BAND * wrap <= w <= wrap for w in widths)
    if not WRAP_WIDTHS[0] <= wrap <= WRAP_WIDTHS[1] or full < FULL_SHARE * len(widths):
        return None
    cuts = _cuts(text, lines, furniture, pages, wrap, sorted(p for span in dropped for p in span))
    return _applied(text, cuts, dropped) if cuts else None


def _page_numbers(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines that are page numbers: a number alone after a blank line, one more than the page number at least
    ``PAGE_LINES`` lines before it, or one less than the one after it (a year or a table's figures on lines of their
    own are not such a run)."""
    found = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        number = re.search(r"\d+", line)
        if number and PAGE_NUMBER.match(line) and (i == 0 or _blank_between(text, lines[i - 1][1], a)):
            found.append((i, int(number.group())))
    out = set()
    for (i, n), (j, m) in zip(found, found[1:]):
        if m == n + 1 and j - i >= PAGE_LINES:
            out.update((i, j))
    return out


def _footers(text: str, lines: list[tuple[int, int]], pages: set[int]) -> set[int]:
    """Running footers and headers: a short line with a number, next to page numbers, that repeats there."""
    near = [k for i in pages for k in range(i - FOOTER_REACH, i + FOOTER_REACH + 1) if 0 <= k < len(lines) and k not in pages]
    keys = {k: furniture_key(text[slice(*lines[k])]) for k in near}
    repeats = Counter(keys.values())
    return {k for k, key in keys.items() if repeats[key] >= FOOTER_REPEATS and len(text[slice(*lines[k])].strip()) <= FOOTER_MAX
            and any(c.isdigit() for c in key + text[slice(*lines[k])])}


def _blank_between(text: str, end: int, start: int) -> bool:
    return len(BREAK.findall(text, end, start)) > 1


def _cuts(text: str, lines: list[tuple[int, int]], furniture: set[int], pages: set[int], wrap: int,
          edges: list[int]) -> list[tuple[int, int, str]]:
    """What to replace in the text, as (start, end, replacement): the breaks between lines of one paragraph (with the
    page's furniture between them, at a page break) by the joint, and other furniture lines by nothing."""
    cuts = []
    kept = [i for i in range(len(lines)) if i not in furniture]
    crossed: set[int] = set()
    for i, j in zip(kept, kept[1:]):
        a_i, b_i = lines[i]
        a_j, b_j = lines[j]
        end = a_i + len(text[a_i:b_i].rstrip())  # the last character of line i, then the first of line j
        start = a_j + (len(text[a_j:b_j]) - len(text[a_j:b_j].lstrip()))
        page_break = any(k in pages for k in range(i + 1, j))
        near = bisect_left(edges, end)
        if (_width(text[a_i:end].strip()) < FULL_LINE * wrap or text[a_j] in INDENTS  # a short line, or an indented one
                or TABLE_GAP.search(text, a_i, b_i) or TABLE_GAP.search(text, a_j, b_j)  # a table's rows
                or near < len(edges) and edges[near] <= start  # the edge of page chrome
                or (j > i + 1 and not page_break)  # furniture that is no page break
                or (not page_break and _blank_between(text, end, start))  # a blank line
                or (page_break and text[end - 1] in SENTENCE_ENDS)):
            continue
        cuts.append((end, start, joint(text[end - 1], text[start])))
        crossed.update(range(i + 1, j))
    cuts += [(*lines[k], "") for k in sorted(furniture - crossed)]
    return sorted(cuts)


def _applied(text: str, cuts: list[tuple[int, int, str]], dropped: list[tuple[int, int]]) -> tuple[str, array, array, list]:
    """The text with ``cuts`` made, each character's origin in the file, and ``dropped`` in the new offsets."""
    out: list[str] = []
    origin, origin_end = array("q"), array("q")
    removed_at, removed = [], []  # where each cut ends in the file, and the characters removed up to there
    pos = total = 0
    for s, e, joint in cuts:
        out.append(text[pos:s])
        origin.extend(range(pos, s))
        origin_end.extend(range(pos + 1, s + 1))
        if joint:
            out.append(joint)
            origin.append(s)
            origin_end.append(e)
        total += e - s - len(joint)
        removed_at.append(e)
        removed.append(total)
        pos = e
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin_end.extend(range(pos + 1, len(text) + 1))

    def working(p: int) -> int:
        i = bisect_right(removed_at, p) - 1
        return p - (removed[i] if i >= 0 else 0)

    return "".join(out), origin, origin_end, [(working(s), working(e)) for s, e in dropped]


def _width(line: str) -> int:
    """Columns a line takes: two for a Chinese (wide or full-width) character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
