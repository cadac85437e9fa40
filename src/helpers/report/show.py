"""Display helpers for notebooks: findings, interactive tables, highlighted sources.

All text from the inputs is HTML-escaped here, so a document containing markup can
never inject script into a report. Analysis returns plain text; a column that marks a span
(a claim in its sentence, a term in its context) comes with its offsets, and ``marks``
turns them into ``<mark>`` here.
"""

from __future__ import annotations

import html
import numbers

from IPython.display import HTML, display


def _p(text: str, cls: str) -> str:
    return f'<p class="{cls}">{html.escape(text)}</p>'


_FINDINGS = [0]  # key findings shown so far in this kernel: each gets the next anchor (the same on every run)


def _anchored(text: str, headline: bool = False) -> None:
    _FINDINGS[0] += 1
    anchor = f"finding-{_FINDINGS[0]}"
    meta = {"finding": text, "anchor": anchor, **({"headline": text} if headline else {})}
    display(HTML(f'<p class="shishi-finding shishi-key" id="{anchor}">{html.escape(text)}</p>'), metadata={"shishi": meta})


def headline(text: str) -> None:
    """State the notebook's main finding; the index shows it as the report's one-line summary and links to it."""
    _anchored(text, headline=True)


def key_finding(text: str) -> None:
    """A finding the index's summary of the corpus may quote, linked to its place on the page."""
    _anchored(text)


def finding(text: str) -> None:
    """State what the data below show (escaped; safe with data in it)."""
    display(HTML(_p(text, "shishi-finding")))


def caption(text: str) -> None:
    """Say what the next figure or table is and how to read it (not a finding)."""
    display(HTML(_p(text, "shishi-caption")))


def note(text: str) -> None:
    display(HTML(_p(text, "shishi-note")))


def highlight(sentence: str, start: int, end: int) -> str:
    """The sentence as HTML with ``sentence[start:end]`` marked."""
    start, end = max(0, start), min(len(sentence), end)
    if start >= end:
        return html.escape(sentence)
    return html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:end]) + "</mark>" + html.escape(sentence[end:])


def _number(value) -> str:
    """A number as readers write it: thousands separators, never scientific notation."""
    from ..analysis.labels import plain

    return plain(float(value))


def _cell(value, is_html: bool, percent: bool = False) -> tuple[str, str]:
    if value is None or (isinstance(value, float) and value != value):
        return "", ""
    if isinstance(value, bool):
        return html.escape("是" if value else "否"), ""
    if isinstance(value, numbers.Number):
        text = f"{value:.1%}" if percent else _number(value)
        return html.escape(text), f' class="num" data-sort="{float(value)!r}"'
    return (str(value) if is_html else html.escape(str(value))), ""


MAX_ROWS = 2000
WIDE = ' class="wide"'


def _header(name: str) -> str:
    """A bilingual column name on two lines (中文 over English), so narrow columns stay narrow."""
    zh, _, en = name.partition(" ")
    if en and any("\u4e00" <= ch <= "\u9fff" for ch in zh) and not any("\u4e00" <= ch <= "\u9fff" for ch in en):
        return f'{html.escape(zh)}<br><span class="shishi-en">{html.escape(en)}</span>'
    return html.escape(name)


def _marked(frame, marks: dict):
    """The frame with each marked column as HTML (its span highlighted) and the offset columns dropped."""
    frame = frame.copy()
    for column, (start, end) in marks.items():
        frame[column] = [highlight(text, s, e) for text, s, e in zip(frame[column], frame[start], frame[end])]
    return frame.drop(columns=[c for pair in marks.values() for c in pair])


def _linked(frame, links: dict):
    """The frame with each linked column as a link to the anchor in its partner column, which is dropped."""
    frame = frame.copy()
    for column, target in links.items():
        frame[column] = [f'<a href="#{html.escape(str(t))}">{html.escape(str(v))}</a>' for v, t in zip(frame[column], frame[target])]
    return frame.drop(columns=list(links.values()))


def table_html(frame, html_columns: tuple = (), caption: str = "", filterable: bool = True, max_rows: int = MAX_ROWS,
               marks: dict | None = None, name: str = "table", links: dict | None = None, sort_keys: dict | None = None,
               percent: tuple = (), wide: tuple = (), total: int | None = None) -> str:
    """An interactive table: sortable, filterable, downloadable as CSV (built in the browser from the table itself).

    ``marks`` maps a text column to the columns holding the start and end of the span to mark in it
    (``{"source": ("mark_start", "mark_end")}``); ``links`` a column to the column holding the page anchor it
    links to; ``sort_keys`` a column to the numeric column it sorts (and downloads) by; ``percent`` columns of
    shares shown as percentages; ``wide`` the columns that get the width (marked columns always do).
    ``html_columns`` hold HTML built in this layer; ``name`` names the CSV file.

    Past ``max_rows`` the page keeps the first rows and says so: a reviewer's browser cannot
    hold a corpus-sized ledger, and the full table is in data/facts. ``total``: the rows of the whole table
    when ``frame`` holds only its first ones (a table too large to build whole for a page).
    """
    total = len(frame) if total is None else total
    if total > max_rows:
        caption = (caption + " · " if caption else "") + f"first {max_rows:,} of {total:,} rows; all rows are in the facts tables"
        frame = frame.head(max_rows)
    sort_keys = dict(sort_keys or {})
    keys = {c: list(frame[k]) for c, k in sort_keys.items()}
    frame = frame.drop(columns=list(sort_keys.values()))
    if marks:
        frame = _marked(frame, marks)
        html_columns = tuple(html_columns) + tuple(marks)
    if links:
        frame = _linked(frame, links)
        html_columns = tuple(html_columns) + tuple(links)
    wide = set(wide) | set(marks or ())
    from ..analysis.labels import column

    shown = {c: column(str(c), name) for c in frame.columns}
    head = "".join(f'<th data-label="{html.escape(shown[c])}"{WIDE if c in wide else ""}>{_header(shown[c])}</th>' for c in frame.columns)
    rows = []
    for i, record in enumerate(frame.itertuples(index=False, name=None)):
        cells = []
        for col, value in zip(frame.columns, record):
            text, attrs = _cell(value, col in html_columns, col in percent)
            if col in wide:
                attrs += WIDE
            if col in keys and keys[col][i] == keys[col][i]:
                attrs += f' data-sort="{float(keys[col][i])!r}"'
            cells.append(f"<td{attrs}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    tools = ('<div class="shishi-table-tools">'
             + ('<input class="shishi-filter" type="search" placeholder="筛选 filter…" aria-label="filter rows"> '
                '<span class="shishi-count"></span> ' if filterable else "")
             + (f"{html.escape(caption)}" if caption else "") + "</div>")
    return (f'<div class="shishi-table-wrap" data-name="{html.escape(name)}">{tools}<div class="shishi-scroll" tabindex="0">'
            f'<table class="shishi-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></div>')


def table(frame, html_columns: tuple = (), caption: str = "", filterable: bool = True, max_rows: int = MAX_ROWS,
          marks: dict | None = None, name: str = "table", links: dict | None = None, sort_keys: dict | None = None,
          percent: tuple = (), wide: tuple = (), total: int | None = None) -> None:
    display(HTML(table_html(frame, html_columns, caption, filterable, max_rows, marks, name, links, sort_keys, percent, wide,
                            total)))


def contexts(frame) -> None:
    """The paragraphs behind a table's rows (``claims.context``), folded away; each marked sentence carries the
    anchor a row links to, and following a link opens the fold and lights the sentence."""
    parts = []
    for document, para, text, spans in zip(frame["document"], frame["para"], frame["text"], frame["spans"]):
        pos, out = 0, []
        for anchor, start, end in spans:
            if start < pos:
                continue
            out.append(html.escape(text[pos:start]) + f'<span class="shishi-sentence" id="{html.escape(anchor)}">'
                       + html.escape(text[start:end]) + "</span>")
            pos = end
        out.append(html.escape(text[pos:]))
        parts.append(f'<p><span class="shishi-where">{html.escape(str(document))} ¶{para}</span> {"".join(out)}</p>')
    display(HTML(f'<details class="shishi-context"><summary>原文段落 The sentences in their paragraphs ({len(frame):,})</summary>'
                 f'{"".join(parts)}</details>'))


def methods(rows) -> None:
    """The page's "how this was made": what each method is, how it was measured, on which sample."""
    items = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows)
    display(HTML(f'<dl class="shishi-methods">{items}</dl>'))


def figure(fig) -> None:
    """Show a matplotlib figure once and release it; its title becomes the image's alt text."""
    import matplotlib.pyplot as plt

    display(fig, metadata={"image/png": {"alt": figure_title(fig)}})
    plt.close(fig)


def figure_title(fig) -> str:
    """The figure's suptitle, else its axes' titles: what a screen reader should say for it."""
    if fig.get_suptitle():
        return fig.get_suptitle()
    return " / ".join(t for t in (ax.get_title() for ax in fig.axes) if t) or "图 figure"
