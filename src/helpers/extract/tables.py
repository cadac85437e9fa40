"""Tables written one cell a line: each figure's unit and subject from its table's unit line, column and row.

A statistics bulletin's table, as a web page gives it as text, is a run of lines ending in a cell mark (`指标 |`,
`绝对数 |`, `比上年增长(%) |`, `生产总值 |`, `414.9 |`, `7.4 |`): alone a cell's number has neither a unit nor a subject.
The header is the cells before the first number but one (the first row's label); the line before the table that
starts with 单位 gives the unit of the figures, a header's percent mark gives its column's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import yaml_book

NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
YEAR = re.compile(r"(?:19|20)\d\d年?")  # a row's label in a table by year (2023 |), no figure
MIN_COLUMNS = 2  # a label and a figure


@dataclass(frozen=True)
class Cell:
    """A figure's cell: the unit its number is read with, and what it measures."""

    unit: str
    subject: str


@dataclass(frozen=True)
class _Config:
    cell_end: str
    unit_line: re.Pattern
    percent_marks: tuple[str, ...]
    figure_headers: frozenset[str]


@lru_cache(maxsize=1)
def _config() -> _Config:
    c = yaml_book(__package__, "claims.yml")["table"]
    unit_line = re.compile(r"%s\s*[%s]\s*(\S+)$" % (re.escape(c["unit_line"]), re.escape(c["unit_marks"])))
    return _Config(c["cell_end"], unit_line, tuple(c["percent_marks"]), frozenset(c["figure_headers"]))


def cells(paragraphs: list) -> tuple[dict[int, Cell], set[int]]:
    """The figure cells of every table in a document's paragraphs, by paragraph number, and the paragraphs that are
    tables' unit lines (no figures of their own)."""
    cfg = _config()
    if not any(p.text.rstrip().endswith(cfg.cell_end) for p in paragraphs):
        return {}, set()
    found: dict[int, Cell] = {}
    unit_lines: set[int] = set()
    k = 0
    while k < len(paragraphs):
        if not paragraphs[k].text.rstrip().endswith(cfg.cell_end):
            k += 1
            continue
        end = k
        while end < len(paragraphs) and paragraphs[end].text.rstrip().endswith(cfg.cell_end):
            end += 1
        unit, line = _unit_before(paragraphs, k)
        if line is not None:
            unit_lines.add(line)
        found.update(_figures(paragraphs[k:end], unit, cfg))
        k = end
    return found, unit_lines


UNIT_LINE_REACH = 2  # lines before a table where its unit line may stand (the caption may come between)


def _unit_before(paragraphs: list, k: int) -> tuple[str, int | None]:
    """The unit a line just before the table gives (单位:亿元), and that line's paragraph number."""
    for j in range(k - 1, max(-1, k - 1 - UNIT_LINE_REACH), -1):
        m = _config().unit_line.match(paragraphs[j].text.strip())
        if m:
            return m.group(1), paragraphs[j].para
    return "", None


def _figures(block: list, unit: str, cfg: _Config) -> dict[int, Cell]:
    """The figure cells of one table: the header's cells one a column, then rows of a label and a figure a column."""
    texts = [p.text.rstrip()[: -len(cfg.cell_end)].strip() for p in block]
    first = next((i for i, t in enumerate(texts) if NUMBER.fullmatch(t) and not YEAR.fullmatch(t)), None)
    if first is None or first - 1 < MIN_COLUMNS:
        return {}
    columns = first - 1
    header = [re.sub(r"\s+", "", t) for t in texts[:columns]]
    out = {}
    for row in range(columns, len(texts) - columns + 1, columns):
        label = re.sub(r"\s+", "", texts[row])
        for j in range(1, columns):
            if NUMBER.fullmatch(texts[row + j]):
                out[block[row + j].para] = _cell(label, header[j], unit, cfg)
    return out


def _cell(label: str, heading: str, unit: str, cfg: _Config) -> Cell:
    percent = next((m for m in cfg.percent_marks if m in heading), "")
    column = heading.replace(percent, "") if percent else heading
    subject = label if column in cfg.figure_headers else label + column
    return Cell("%" if percent else unit, subject)
