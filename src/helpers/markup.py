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
    return len(_HTML_HINT.findall(text[:200000])) >= 2


def strip_markup(text: str) -> tuple[str, array]:
    """Return ``(clean, origin)``: ``origin[i]`` is the offset in ``text`` of ``clean[i]``.

    Block-level tags become paragraph breaks; entities become their characters,
    mapped to the ``&`` that starts them.
    """
    out: list[str] = []
    origin = array("q")
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            out.append(text[pos : m.start()])
            origin.extend(range(pos, m.start()))
        if m.group("block"):
            out.append("\n")
            origin.append(m.start())
        elif m.group("entity"):
            ch = html.unescape(m.group("entity"))
            out.append(ch)
            origin.extend([m.start()] * len(ch))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
        origin.extend(range(pos, len(text)))
    return "".join(out), origin
