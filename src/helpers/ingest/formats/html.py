"""Web pages: the article without the site around it, every character still mapped to the file.

trafilatura (a maintained boilerplate remover) decides what the article is; its output has no
offsets, so its lines are found again, in order, in the page's text with markup stripped
(``markup.strip_markup`` keeps the origin of every character). Lines it left out are dropped
spans: they stay in the file and belong to no paragraph. A fragment of markup (a pasted
paragraph with entities) is not a page: its markup is stripped and nothing else is dropped.
"""

from __future__ import annotations

import re

from .. import chrome, markup
from . import Source

_PAGE = re.compile(r"<(?:html|body)\b", re.I)
_LINE = re.compile(r"[^\r\n]+")
_NOISE = re.compile(r"[\s|]+")  # whitespace and the | trafilatura puts between table cells


def read(text: str, encoding: str) -> Source:
    working, origin, origin_end = markup.strip_markup(text)
    source = Source(text=text, format="txt", encoding=encoding, working=working, origin=origin, origin_end=origin_end,
                    markup=True)
    if _PAGE.search(text[:200000]):
        source.format = "html"
        _remove_boilerplate(text, source)
    found = chrome.scan(working, source.dropped)
    source.dropped = sorted(source.dropped + found.dropped)
    source.published = source.published or found.published
    source.credited = found.credited
    return source


def _remove_boilerplate(page: str, source: Source) -> None:
    import trafilatura

    result = trafilatura.bare_extraction(
        page, with_metadata=True, include_tables=True, include_comments=False, favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},  # dates from markup, not the body
    )
    if result is None or not (result.text or "").strip():
        source.warnings.append("the boilerplate remover found no article in the page; all of its text was kept")
        return
    source.title = (result.title or "").strip()
    source.published = result.date or ""
    source.dropped = _unmatched_lines(source.working, result.text, source.title)


def _unmatched_lines(working: str, article: str, title: str) -> list[tuple[int, int]]:
    """Spans of the working text's lines that are not part of the article (nor its title)."""
    lines, stream, owner = [], [], []
    for m in _LINE.finditer(working):
        key = _NOISE.sub("", m.group())
        if key:
            s = m.start() + len(m.group()) - len(m.group().lstrip())
            lines.append((s, m.start() + len(m.group().rstrip()), key))
            stream.append(key)
            owner.extend([len(lines) - 1] * len(key))
    joined = "".join(stream)
    covered = [0] * len(lines)
    pos = 0
    for piece in article.splitlines():
        key = _NOISE.sub("", piece)
        at = joined.find(key, pos) if key else -1
        if at < 0:  # rewritten by the extractor; the lines around it decide
            continue
        for i in range(at, at + len(key)):
            covered[owner[i]] += 1
        pos = at + len(key)
    title_key = _NOISE.sub("", title)
    first_kept = next((i for i, (_, _, key) in enumerate(lines) if 2 * covered[i] >= len(key)), len(lines))
    title_line = next((i for i, (_, _, key) in enumerate(lines[:first_kept]) if title_key and key == title_key), None)
    return [(s, e) for i, (s, e, key) in enumerate(lines) if 2 * covered[i] < len(key) and i != title_line]
