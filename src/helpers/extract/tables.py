"""Tables written as text: each figure's unit and subject from its table's unit line, column and row.

A statistics bulletin's table, as a web page gives it as text, is a run of lines ending in a cell mark (`指标 |`,
`绝对数 |`, `比上年增长(%) |`, `生产总值 |`, `414.9 |`, `7.4 |`), or of cells each followed by the mark alone on its
own line, or of rows a line with their cells between marks (`乡镇 | 新种任务(亩) | 备注 |`, `长安镇 | 2150 | |`): alone a
cell's number has neither a unit nor a subject. The header is the first row, or, one cell a line, the cells before the
first number but one (the first row's label); the line before the table that starts with 单位 gives the unit of the
figures, a header's bracketed unit gives its column's (`年末数(万人)`, `比上年增长(%)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
class _Text:
    """A cell's text and where it stands: its paragraph and its span in the document's working text."""

    para: int
    start: int
    end: int
    text: str


@dataclass
class Tables:
    """The tables of a document: their figures' cells and the spans that hold no figure (a unit line, a header, a
    row's label), by paragraph."""

    figures: dict[int, list[tuple[int, int, Cell]]] = field(default_factory=dict)
    wordless: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def paragraphs(self) -> set[int]:
        return self.figures.keys() | self.wordless.keys()

    def figure_at(self, para: int, pos: int) -> Cell | None:
        return next((c for s, e, c in self.figures.get(para, ()) if s <= pos < e), None)

    def wordless_at(self, para: int, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.wordless.get(para, ()))


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


def cells(paragraphs: list) -> Tables:
    """The figure cells of every table in a document's paragraphs, and the spans of tables that hold no figure of
    their own (unit lines, headers, labels, lone cell marks)."""
    cfg = _config()
    out = Tables()
    if not any(cfg.cell_end in p.text for p in paragraphs):
        return out
    rows = [_row(p, cfg.cell_end) for p in paragraphs]
    k = 0
    while k < len(paragraphs):
        wide = len(rows[k]) >= MIN_COLUMNS
        end = k
        while end < len(paragraphs) and _continues(paragraphs, rows, end, wide, cfg.cell_end):
            end += 1
        if end == k:
            k += 1
            continue
        header, body = _rows_of_lines(rows[k:end]) if wide else _rows_of_cells([c for r in rows[k:end] for c in r])
        unit, line = _unit_before(paragraphs, k)
        if line is not None:
            out.wordless.setdefault(line.para, []).append((line.start, line.end))
        if header:
            _read(header, body, unit, cfg, out)
            for p in paragraphs[k:end]:
                if p.text.strip() == cfg.cell_end:
                    out.wordless.setdefault(p.para, []).append((p.start, p.end))
        k = end
    return out


def _row(p, mark: str) -> list[_Text]:
    """A line's cells: those between its marks (`长安镇 | 2150 | |`), the line before its mark (`生产总值 |`), or none."""
    if mark not in p.text or p.text.strip() == mark:
        return []
    out, at = [], p.start
    parts = p.text.split(mark)
    if not parts[-1].strip():
        parts.pop()  # after the last mark
    for part in parts:
        lead = len(part) - len(part.lstrip())
        out.append(_Text(p.para, at + lead, at + len(part.rstrip()), part.strip()))
        at += len(part) + len(mark)
    return out


def _continues(paragraphs: list, rows: list, i: int, wide: bool, mark: str) -> bool:
    """Whether line ``i`` belongs to the table: a row of cells in a table of rows; a cell, a lone mark, or a line
    the lone mark follows in a table of one cell a line."""
    if wide:
        return len(rows[i]) >= MIN_COLUMNS
    if paragraphs[i].text.strip() == mark:
        return True
    if len(rows[i]) == 1:
        return True
    if i + 1 < len(paragraphs) and paragraphs[i + 1].text.strip() == mark and paragraphs[i].text.strip():
        p = paragraphs[i]
        lead = len(p.text) - len(p.text.lstrip())
        rows[i] = [_Text(p.para, p.start + lead, p.start + len(p.text.rstrip()), p.text.strip())]
        return True
    return False


def _rows_of_lines(lines: list[list[_Text]]) -> tuple[list[_Text], list[list[_Text]]]:
    """A table of rows a line: its first row the header."""
    return (lines[0], lines[1:]) if len(lines) > 1 else ([], [])


def _rows_of_cells(texts: list[_Text]) -> tuple[list[_Text], list[list[_Text]]]:
    """A table of one cell a line: the header's cells one a column, then rows of a label and a figure a column."""
    first = next((i for i, t in enumerate(texts) if NUMBER.fullmatch(t.text) and not YEAR.fullmatch(t.text)), None)
    if first is None or first - 1 < MIN_COLUMNS:
        return [], []
    columns = first - 1
    return texts[:columns], [texts[row : row + columns] for row in range(columns, len(texts) - columns + 1, columns)]


UNIT_LINE_REACH = 2  # lines before a table where its unit line may stand (the caption may come between)


def _unit_before(paragraphs: list, k: int):
    """The unit a line just before the table gives (单位:亿元), and that line's paragraph."""
    for j in range(k - 1, max(-1, k - 1 - UNIT_LINE_REACH), -1):
        m = _config().unit_line.match(paragraphs[j].text.strip())
        if m:
            return m.group(1), paragraphs[j]
    return "", None


def _read(header: list[_Text], rows: list[list[_Text]], unit: str, cfg: _Config, out: Tables) -> None:
    """Each figure's cell, by its row's label and its column's header; the header and the labels hold none."""
    headings = [re.sub(r"\s+", "", t.text) for t in header]
    texts = list(header)
    total, in_parts = "", False
    for row in rows:
        if not row:
            continue
        texts.append(row[0])
        label = re.sub(r"\s+", "", row[0].text)
        part = next((label[len(m):] for m in cfg.part_marks if label.startswith(m)), None)
        if part is not None or (in_parts and _names_a_part(label, total)):
            label, in_parts = _part_of(part if part is not None else label, total), True
        else:
            total, in_parts = label, False
        for j, cell in enumerate(row[1 : len(headings)], start=1):
            if NUMBER.fullmatch(cell.text):
                out.figures.setdefault(cell.para, []).append((cell.start, cell.end, _cell(label, headings[j], unit, cfg)))
    for t in texts:
        out.wordless.setdefault(t.para, []).append((t.start, t.end))


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
