"""Spaces between Chinese characters and digits: closed in the working text, as the file's offsets are kept.

Many web pages and PDF typesetters put a space between a Chinese character and a Latin digit (达 99.1 万亿元,
2019 年 12 月 31 日, 增长 6.1%). Read as they stand, a number is cut from its unit and a date from its 年: on six
provincial work reports spaced that way, claims fell from 1,330 to 822 and dates from 75 to 20. The working text
leaves out one space (or no-break space) with a Chinese character on one side and a digit or percent sign on the
other; ``origin``/``origin_end`` map every character of the working text back to the file as before, so facts
keep offsets into the file as saved, and dropped spans and the format's paragraph blocks move with the text.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import replace

from .formats import Source

GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9])|(?<=[0-9%])[ \u00a0](?=[\u4e00-\u9fff])")


def closed(source: Source) -> Source:
    """``source`` with the gaps between Chinese characters and digits left out of its working text (itself when
    there are none)."""
    working = source.working if source.working is not None else source.text
    gaps = [m.start() for m in GAP.finditer(working)]
    if not gaps:
        return source
    origin = source.origin if source.origin is not None else array("q", range(len(working)))
    origin_end = source.origin_end if source.origin_end is not None else array("q", range(1, len(working) + 1))
    keep, pieces, start = [], [], 0
    for gap in gaps + [len(working)]:
        pieces.append(working[start:gap])
        keep.extend(range(start, gap))
        start = gap + 1
    moved = lambda pos: pos - bisect_left(gaps, pos)  # noqa: E731  gaps before a working offset
    blocks = None if source.blocks is None else [replace(b, start=moved(b.start), end=moved(b.end)) for b in source.blocks]
    return replace(source, working="".join(pieces), origin=array("q", (origin[i] for i in keep)),
                   origin_end=array("q", (origin_end[i] for i in keep)),
                   dropped=[(moved(a), moved(b)) for a, b in source.dropped], blocks=blocks)
