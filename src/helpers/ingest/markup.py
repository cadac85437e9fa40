"""Text pasted from web pages: strip markup but remember where every character came from.

Facts must point into the file the researcher has, so cleaning returns, next to the
clean text, the offset in the original of each clean character.
"""

from __future__ import annotations

import html
import re
from array import array

_HTML_HINT = re.compile(r"<(?:html|body|p|div|br|span|script|style|meta|head|title|h[1-6]|li|table|td|tr|a)\b[^>]*>|&(?:nbsp|ldquo|rdquo|amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);", re.I)
_TOKEN = re.compile(
    r"(?P<drop><(?P<dropname>script|style|head|noscript|template)\b[^>]*>.*?</(?P=dropname)\s*>|<!--.*?-->|<!DOCTYPE[^>]*>)"
    r"|(?P<block></?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|title|hr|dd|dt|header|footer)\b[^>]*>)"
    r"|(?P<tag></?[a-zA-Z][^>]*>)"
    r"|(?P<entity>&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);)",
    re.I | re.S,
)


def looks_like_html(text: str) -> bool:
    """True when the text carries enough markup that it must be cleaned first."""
    head = text[:200000]
    if "<" not in head and "&" not in head:
        return False  # every hint opens with one of them: most texts are read past at the speed of a plain search
    return len(_HTML_HINT.findall(head)) >= 2


def strip_markup(text: str) -> tuple[str, array, array]:
    """Return ``(clean, starts, ends)``: ``clean[i]`` came from ``text[starts[i]:ends[i]]``.

    Block-level tags become paragraph breaks; an entity becomes its character(s), each
    mapped to the whole entity, so a span ending on &rdquo; ends after the entity.
    """
    out: list[str] = []
    starts, ends = array("q"), array("q")
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            out.append(text[pos : m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        if m.group("block"):
            out.append("\n")
            starts.append(m.start())
            ends.append(m.end())
        elif m.group("entity"):
            ch = html.unescape(m.group("entity"))
            out.append(ch)
            starts.extend([m.start()] * len(ch))
            ends.extend([m.end()] * len(ch))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends
