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


def headline(text: str) -> None:
    """State the notebook's main finding; the index shows it as the report's one-line summary."""
    display(HTML(_p(text, "shishi-finding")), metadata={"shishi": {"headline": text}})


def finding(text: str) -> None:
    """State what the next figure or table shows (escaped; safe with data in it)."""
    display(HTML(_p(text, "shishi-finding")))


def note(text: str) -> None:
    display(HTML(_p(text, "shishi-note")))


def highlight(sentence: str, start: int, end: int) -> str:
    """The sentence as HTML with ``sentence[start:end]`` marked."""
    start, end = max(0, start), min(len(sentence), end)
    if start >= end:
        return html.escape(sentence)
    return html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:end]) + "</mark>" + html.escape(sentence[end:])


def _cell(value, is_html: bool) -> tuple[str, str]:
    if value is None or (isinstance(value, float) and value != value):
        return "", ""
    if isinstance(value, bool):
        return html.escape("是" if value else "否"), ""
    if isinstance(value, numbers.Number):
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
        return html.escape(text), f' class="num" data-sort="{float(value)!r}"'
    return (str(value) if is_html else html.escape(str(value))), ""


MAX_ROWS = 2000


def _marked(frame, marks: dict):
    """The frame with each marked column as HTML (its span highlighted) and the offset columns dropped."""
    frame = frame.copy()
    for column, (start, end) in marks.items():
        frame[column] = [highlight(text, s, e) for text, s, e in zip(frame[column], frame[start], frame[end])]
    return frame.drop(columns=[c for pair in marks.values() for c in pair])


def table_html(frame, html_columns: tuple = (), caption: str = "", filterable: bool = True, max_rows: int = MAX_ROWS,
               marks: dict | None = None) -> str:
    """An interactive (sortable, filterable) HTML table.

    ``marks`` maps a text column to the columns holding the start and end of the span to mark in it
    (``{"source": ("mark_start", "mark_end")}``); ``html_columns`` hold HTML built in this layer.

    Past ``max_rows`` the page keeps the first rows and says so: a reviewer's browser cannot
    hold a corpus-sized ledger, and the full table is in data/facts.
    """
    if len(frame) > max_rows:
        caption = (caption + " · " if caption else "") + f"first {max_rows:,} of {len(frame):,} rows; all rows are in the facts tables"
        frame = frame.head(max_rows)
    if marks:
        frame = _marked(frame, marks)
        html_columns = tuple(html_columns) + tuple(marks)
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False, name=None):
        cells = []
        for col, value in zip(frame.columns, record):
            text, attrs = _cell(value, col in html_columns)
            if col in html_columns:
                attrs += ' class="src"'
            cells.append(f"<td{attrs}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    tools = ""
    if filterable:
        tools = ('<div class="shishi-table-tools"><input class="shishi-filter" type="search" '
                 'placeholder="筛选 filter…" aria-label="filter rows"> <span class="shishi-count"></span>'
                 + (f" · {html.escape(caption)}" if caption else "") + "</div>")
    elif caption:
        tools = f'<div class="shishi-table-tools">{html.escape(caption)}</div>'
    return (f'<div class="shishi-table-wrap">{tools}<div class="shishi-scroll" tabindex="0"><table class="shishi-table">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></div>")


def table(frame, html_columns: tuple = (), caption: str = "", filterable: bool = True, max_rows: int = MAX_ROWS,
          marks: dict | None = None) -> None:
    display(HTML(table_html(frame, html_columns, caption, filterable, max_rows, marks)))


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
