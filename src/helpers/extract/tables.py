"""Tables written one cell a line: each figure's unit and subject from its table's unit line, column and row.

A statistics bulletin's table, as a web page gives it as text, is a run of lines ending in a cell mark (`指标 |`,
`绝对数 |`, `比上年增长(%) |`, `生产总值 |`, `414.9 |`, `7.4 |`), or of cells each followed by the mark alone on its
own line: alone a cell's number has neither a unit nor a subject. The header is the cells before the first number but
one (the first row's label); the line before the table that starts with 单位 gives the unit of the figures, a header's
bracketed unit gives its column's (`年末数(万人)`, `比上年增长(%)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import yaml_book

NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
YEAR = re.compile(r"(?:19|20)\d\d年?")  # a row's label in a table by year (2023 |), no figure
AGE_BAND = re.compile(r"\d+(?:[-~～至]\d+)?岁")  # a row of an age band (0-14岁, 65岁及以上) names a part of its total
MIN_COLUMNS = 2  # a label and a figure
PART_LABEL_MAX = 2  # a part's label as short as 城镇, 男性: a modifier of its total, not a measure of its own (工业总产值)


@dataclass(frozen=True)
class Cell:
    """A figure's cell: the unit its number is read with, and what it measures."""

    unit: str
    subject: str


@dataclass(frozen=True)
class _Config:
    cell_end: str
    unit_line: re.Pattern
    column_unit: re.Pattern
    percent_marks: tuple[str, ...]
    figure_headers: frozenset[str]
    part_marks: tuple[str, ...]


@lru_cache(maxsize=1)
def _config() -> _Config:
    c = yaml_book(__package__, "claims.yml")["table"]
    unit_line = re.compile(r"%s\s*[%s]\s*(\S+)$" % (re.escape(c["unit_line"]), re.escape(c["unit_marks"])))
    column_unit = re.compile(r"[(（]([^()（）]+)[)）]$")
    return _Config(c["cell_end"], unit_line, column_unit, tuple(c["percent_marks"]), frozenset(c["figure_headers"]),
                   tuple(c["part_marks"]))


def cells(paragraphs: list) -> tuple[dict[int, Cell], set[int]]:
    """The figure cells of every table in a document's paragraphs, by paragraph number, and the paragraphs of tables
    that hold no figure of their own (unit lines, labels, headers, lone cell marks)."""
    cfg = _config()
    if not any(p.text.rstrip().endswith(cfg.cell_end) for p in paragraphs):
        return {}, set()
    found: dict[int, Cell] = {}
    wordless: set[int] = set()
    lines = _cell_lines(paragraphs, cfg.cell_end)
    k = 0
    while k < len(paragraphs):
        if k not in lines:
            k += 1
            continue
        end = k
        while end < len(paragraphs) and (end in lines or paragraphs[end].text.strip() == cfg.cell_end):
            end += 1
        unit, line = _unit_before(paragraphs, k)
        block = [(paragraphs[i].para, lines[i]) for i in range(k, end) if i in lines]
        figures = _figures(block, unit, cfg)
        found.update(figures)
        if figures:
            wordless |= {paragraphs[i].para for i in range(k, end)} - figures.keys()
        if line is not None:
            wordless.add(line)
        k = end
    return found, wordless


def _cell_lines(paragraphs: list, mark: str) -> dict[int, str]:
    """Each line that is a table's cell, by its index, with the cell's text: a line ending in the mark, or a line
    the mark alone follows."""
    out = {}
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if text == mark:
            continue
        if text.endswith(mark):
            out[i] = text[: -len(mark)].strip()
        elif i + 1 < len(paragraphs) and paragraphs[i + 1].text.strip() == mark:
            out[i] = text
    return out


UNIT_LINE_REACH = 2  # lines before a table where its unit line may stand (the caption may come between)


def _unit_before(paragraphs: list, k: int) -> tuple[str, int | None]:
    """The unit a line just before the table gives (单位:亿元), and that line's paragraph number."""
    for j in range(k - 1, max(-1, k - 1 - UNIT_LINE_REACH), -1):
        m = _config().unit_line.match(paragraphs[j].text.strip())
        if m:
            return m.group(1), paragraphs[j].para
    return "", None


def _figures(block: list[tuple[int, str]], unit: str, cfg: _Config) -> dict[int, Cell]:
    """The figure cells of one table: the header's cells one a column, then rows of a label and a figure a column."""
    texts = [t for _, t in block]
    first = next((i for i, t in enumerate(texts) if NUMBER.fullmatch(t) and not YEAR.fullmatch(t)), None)
    if first is None or first - 1 < MIN_COLUMNS:
        return {}
    columns = first - 1
    header = [re.sub(r"\s+", "", t) for t in texts[:columns]]
    out = {}
    total, in_parts = "", False
    for row in range(columns, len(texts) - columns + 1, columns):
        label = re.sub(r"\s+", "", texts[row])
        part = next((label[len(m):] for m in cfg.part_marks if label.startswith(m)), None)
        if part is not None or (in_parts and _names_a_part(label, total)):
            label, in_parts = _part_of(part if part is not None else label, total), True
        else:
            total, in_parts = label, False
        for j in range(1, columns):
            if NUMBER.fullmatch(texts[row + j]):
                out[block[row + j][0]] = _cell(label, header[j], unit, cfg)
    return out


def _names_a_part(label: str, total: str) -> bool:
    """Whether a row's label is a modifier of its table's total (城镇 of 常住人口, 0-14岁), not a measure of its own
    (第三产业 after 第二产业's parts: the same head)."""
    return bool(total) and (len(label) <= PART_LABEL_MAX or AGE_BAND.match(label) is not None) and label[-1] != total[-1]


def _part_of(label: str, total: str) -> str:
    """A part's subject: its label before its total's when the label only modifies it (城镇常住人口), else its own
    (其中:工业 under 第二产业)."""
    return label + total if _names_a_part(label, total) else label


def _cell(label: str, heading: str, unit: str, cfg: _Config) -> Cell:
    bracket = cfg.column_unit.search(heading)
    column = heading[: bracket.start()] if bracket else heading
    percent = any(m in heading for m in cfg.percent_marks)
    subject = label if column in cfg.figure_headers else label + column
    return Cell("%" if percent else bracket.group(1) if bracket else unit, subject)
