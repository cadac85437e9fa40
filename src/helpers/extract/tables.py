"""Tables written as text: each figure's unit and subject from its table's unit line, column and row.

A statistics bulletin's table, as a web page gives it as text, is a run of lines ending in a cell mark (`指标 |`,
`绝对数 |`, `比上年增长(%) |`, `生产总值 |`, `414.9 |`, `7.4 |`), or of cells each followed by the mark alone on its
own line, or of rows a line with their cells between marks (`乡镇 | 新种任务(亩) | 备注 |`, `长安镇 | 2150 | |`): alone a
cell's number has neither a unit nor a subject. The header is the first row, or, one cell a line, the cells before the
first number but one (the first row's label); the line before the table that starts with 单位 gives the unit of the
figures, a header's bracketed unit gives its column's (`年末数(万人)`, `比上年增长(%)`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..codebook import yaml_book

NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
FIGURE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")  # a spaced table's figure, a percent with its sign (99.8%) too
YEAR = re.compile(r"(?:19|20)\d\d年?")  # a row's label in a table by year (2023 |), no figure
AGE_BAND = re.compile(r"\d+(?:[-~～至]\d+)?岁")  # a row of an age band (0-14岁, 65岁及以上) names a part of its total
MIN_COLUMNS = 2  # a label and a figure
PART_LABEL_MAX = 2  # a part's label as short as 城镇, 男性: a modifier of its total, not a measure of its own (工业总产值)


@dataclass(frozen=True)
class Cell:
    """A figure's cell: the unit its number is read with, and what it measures."""

    unit: str
    subject: str
    table_unit: str = ""  # the table's unit line's, read when the column's bracket names no unit (2023年(预计))


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
    index_headers: frozenset[str]
    identifier_headers: frozenset[str]


@lru_cache(maxsize=1)
def _config() -> _Config:
    c = yaml_book(__package__, "claims.yml")["table"]
    unit_line = re.compile(r"%s\s*[%s]\s*(\S+)$" % (re.escape(c["unit_line"]), re.escape(c["unit_marks"])))
    column_unit = re.compile(r"[(（]([^()（）]+)[)）]$")
    return _Config(c["cell_end"], unit_line, column_unit, tuple(c["percent_marks"]), frozenset(c["figure_headers"]),
                   tuple(c["part_marks"]), frozenset(c["index_headers"]), frozenset(c["identifier_headers"]))


def cells(view: str, paragraphs: list, dropped: list[int] | tuple = ()) -> Tables:
    """The figure cells of every table in a document's paragraphs (read in the working text ``view``, where ％ is %),
    and the spans of tables that hold no figure of their own (unit lines, headers, labels, lone cell marks).
    ``dropped``: where the working text left out a space the file has (before those positions, in order)."""
    cfg = _config()
    out = Tables()
    _spaced_tables(view, paragraphs, cfg, out, list(dropped))
    if not any(cfg.cell_end in p.text for p in paragraphs):
        return out
    lines = [view[p.start : p.end] for p in paragraphs]
    rows = [_row(p, line, cfg.cell_end) for p, line in zip(paragraphs, lines)]
    k = 0
    while k < len(paragraphs):
        end, shape = _extent(lines, rows, k, cfg.cell_end)
        if end == k:
            k += 1
            continue
        if shape == WIDE:
            header, body = _rows_of_lines(rows[k:end])
        else:
            header, body = _rows_of_cells(_cells_of_lines(paragraphs[k:end], lines[k:end], rows[k:end], shape, cfg.cell_end))
        unit, line = _unit_before(lines, paragraphs, k)
        if line is not None:
            out.wordless.setdefault(line.para, []).append((line.start, line.end))
        if header and _read(header, body, unit, cfg, out) and shape == LONE_MARKS:
            for p, text in zip(paragraphs[k:end], lines[k:end]):
                if text.strip() == cfg.cell_end:
                    out.wordless.setdefault(p.para, []).append((p.start, p.end))
        k = end
    return out


WIDE, MARK_ENDED, LONE_MARKS = "rows a line", "cells ending in the mark", "cells before a lone mark"
SPACED_ROWS_MIN = 2  # rows under a header, each with a figure: a table whose cells a page's text parted by spaces
SENTENCE_MARKS = re.compile("[，。；！？、]")  # a line that holds one is prose, not a row of cells
BLANK = re.compile(r"[ \t\u3000]")


def _spaced_tables(view: str, paragraphs: list, cfg: _Config, out: Tables, dropped: list[int]) -> None:
    """Tables whose cells the page's text parts by spaces or tabs (a web page's table as its text gives it:
    `序号 省份 新开工小区数(个) 开工率`, `1 上海 329 全部开工`): a header line with no figure, then at least
    ``SPACED_ROWS_MIN`` lines of as many cells, each with a figure. Chinese prose parts no words by spaces."""
    rows = [row for line in _lines(view, paragraphs) for row in [_line_row(view, line, dropped)]]
    k = 0
    while k < len(rows):
        end = k + 1
        while end < len(rows) and len(rows[k]) >= MIN_COLUMNS and len(rows[end]) == len(rows[k]):
            end += 1
        body = rows[k + 1 : end]
        if (len(body) >= SPACED_ROWS_MIN and not any(FIGURE.fullmatch(t.text) for t in rows[k])
                and all(any(FIGURE.fullmatch(t.text) for t in row) for row in body)):
            _read(rows[k], body, "", cfg, out, FIGURE)
            k = end
        else:
            k += 1


def _lines(view: str, paragraphs: list) -> list[list]:
    """The paragraphs grouped by the line they stand on: runs of full-width spaces part paragraphs within a line (the
    coding guide's unit, and ingest's), which a table's row is (全体居民人均可支配收入　　63830　　5.7)."""
    lines: list[list] = []
    for p in paragraphs:
        if lines and "\n" not in view[lines[-1][-1].end : p.start]:
            lines[-1].append(p)
        else:
            lines.append([p])
    return lines


def _line_row(view: str, line: list, dropped: list[int]) -> list[_Text]:
    """A line's cells: each paragraph's own cells, or the paragraph whole where spaces part it no further; none when the
    line is prose or one cell."""
    if len(line) == 1:
        return _spaced_row(view, line[0], dropped)
    if any(SENTENCE_MARKS.search(view, p.start, p.end) for p in line):
        return []
    cells = [c for p in line for c in (_spaced_row(view, p, dropped) or [_Text(p.para, p.start, p.end, view[p.start : p.end])])]
    return cells if len(cells) >= MIN_COLUMNS else []


def _spaced_row(view: str, p, dropped: list[int]) -> list[_Text]:
    """A line's cells parted by spaces as written (the working text leaves out a space between a digit and a Chinese
    character, 1 上海 329 → 1上海329: ``dropped`` holds where, in order); none when the line is prose or one cell."""
    lo, hi = bisect.bisect_right(dropped, p.start), bisect.bisect_left(dropped, p.end)
    if SENTENCE_MARKS.search(view, p.start, p.end) or (lo == hi and not BLANK.search(view, p.start, p.end)):
        return []
    cuts = set(dropped[lo:hi])
    out, start = [], None
    for i in range(p.start, p.end + 1):
        blank = i == p.end or view[i].isspace()
        if start is not None and (blank or i in cuts):
            out.append(_Text(p.para, start, i, view[start:i]))
            start = None
        if not blank and start is None:
            start = i
    return out if len(out) >= MIN_COLUMNS else []


def _row(p, line: str, mark: str) -> list[_Text]:
    """A line's cells: those between its marks (`长安镇 | 2150 | |`, `| 生产总值 | 414.9 |`), the line before its mark
    (`生产总值 |`), or none."""
    if mark not in line or line.strip() == mark:
        return []
    out, at = [], p.start
    parts = line.split(mark)
    if not parts[-1].strip():
        parts.pop()  # after the last mark
    if len(parts) > 1 and not parts[0].strip():
        at += len(parts.pop(0)) + len(mark)  # before the first mark of a row written between marks
    for part in parts:
        lead = len(part) - len(part.lstrip())
        out.append(_Text(p.para, at + lead, at + len(part.rstrip()), part.strip()))
        at += len(part) + len(mark)
    return out


def _extent(lines: list[str], rows: list, k: int, mark: str) -> tuple[int, str]:
    """Where the table starting at line ``k`` ends, and its shape: rows of cells a line (a line of one cell, a section's
    label, goes on in it), one cell a line ending in the mark (a mark alone there is an empty cell), or one cell a line
    the mark alone follows."""
    n = len(lines)
    if len(rows[k]) >= MIN_COLUMNS:
        end = k
        while end < n and rows[end]:
            end += 1
        return end, WIDE
    if len(rows[k]) == 1:
        end = k
        while end < n and (len(rows[end]) == 1 or lines[end].strip() == mark):
            end += 1
        return end, MARK_ENDED
    if lines[k].strip() and lines[k].strip() != mark and k + 1 < n and lines[k + 1].strip() == mark:
        end = k
        while end < n and (lines[end].strip() == mark or end + 1 < n and lines[end + 1].strip() == mark):
            end += 1
        return end, LONE_MARKS
    return k, ""


def _cells_of_lines(paragraphs: list, lines: list[str], rows: list, shape: str, mark: str) -> list[_Text]:
    """The cells of a table of one cell a line, in order: a mark alone is an empty cell where cells end in the mark,
    and closes the line before it where it follows them."""
    out = []
    for p, line, row in zip(paragraphs, lines, rows):
        if line.strip() != mark:
            lead = len(line) - len(line.lstrip())
            out += row or [_Text(p.para, p.start + lead, p.start + len(line.rstrip()), line.strip())]
        elif shape == MARK_ENDED:
            out.append(_Text(p.para, p.start, p.start, ""))
    return out


def _rows_of_lines(lines: list[list[_Text]]) -> tuple[list[_Text], list[list[_Text]]]:
    """A table of rows a line: its first row the header, which holds no figure."""
    if len(lines) < 2 or any(NUMBER.fullmatch(t.text) and not YEAR.fullmatch(t.text) for t in lines[0]):
        return [], []
    return lines[0], lines[1:]


def _rows_of_cells(texts: list[_Text]) -> tuple[list[_Text], list[list[_Text]]]:
    """A table of one cell a line: the header's cells one a column, then rows of a label and a figure a column."""
    first = next((i for i, t in enumerate(texts) if NUMBER.fullmatch(t.text) and not YEAR.fullmatch(t.text)), None)
    if first is None or first - 1 < MIN_COLUMNS:
        return [], []
    columns = first - 1
    return texts[:columns], [texts[row : row + columns] for row in range(columns, len(texts) - columns + 1, columns)]


UNIT_LINE_REACH = 2  # lines before a table where its unit line may stand (the caption may come between)


def _unit_before(lines: list[str], paragraphs: list, k: int):
    """The unit a line just before the table gives (单位:亿元), and that line's paragraph."""
    for j in range(k - 1, max(-1, k - 1 - UNIT_LINE_REACH), -1):
        m = _config().unit_line.match(lines[j].strip())
        if m:
            return m.group(1), paragraphs[j]
    return "", None


def _read(header: list[_Text], rows: list[list[_Text]], unit: str, cfg: _Config, out: Tables, figure: re.Pattern = NUMBER) -> bool:
    """Each figure's cell, by its row's label and its column's header; the header and the labels hold none. A first
    column of row numbers (序号) labels no row. Whether the table holds a figure."""
    skip = 1 if re.sub(r"\s+", "", header[0].text) in cfg.index_headers else 0
    headings = [re.sub(r"\s+", "", t.text) for t in header[skip:]]
    texts = list(header)
    found: dict[int, list] = {}
    total, in_parts = "", False
    for row in rows:
        if len(row) <= skip:
            continue
        texts += row[: skip + 1]
        label = re.sub(r"\s+", "", row[skip].text)
        part = next((label[len(m):] for m in cfg.part_marks if label.startswith(m)), None)
        if part is not None or (in_parts and _names_a_part(label, total)):
            label, in_parts = _part_of(part if part is not None else label, total), True
        else:
            total, in_parts = label, False
        for j, cell in enumerate(row[skip + 1 : skip + len(headings)], start=1):
            if figure.fullmatch(cell.text) and not (figure is FIGURE and _identifier(headings[j], cell.text, cfg)):
                found.setdefault(cell.para, []).append((cell.start, cell.end, _cell(label, headings[j], unit, cfg)))
    if not found:
        return False
    for para, cs in found.items():
        out.figures.setdefault(para, []).extend(cs)
    for t in texts:
        out.wordless.setdefault(t.para, []).append((t.start, t.end))
    return True


def _identifier(heading: str, cell: str, cfg: _Config) -> bool:
    """Whether a spaced table's cell identifies rather than measures: its column's header is an identifier or a date
    (电话, 邮编, 出生年月), or it is a long run of digits (13800000000)."""
    column = cfg.column_unit.sub("", heading)
    return column.endswith(tuple(cfg.identifier_headers)) or cell.isdigit() and len(cell) >= IDENTIFIER_DIGITS


IDENTIFIER_DIGITS = 7  # digits of a telephone number or a code, more than a table's counts run to without a separator


def _names_a_part(label: str, total: str) -> bool:
    """Whether a row's label is a modifier of its table's total (城镇 of 常住人口, 0-14岁), not a measure of its own
    (第三产业 after 第二产业's parts: the same head)."""
    return bool(total) and (len(label) <= PART_LABEL_MAX or AGE_BAND.match(label) is not None) and label[-1] != total[-1]


def _part_of(label: str, total: str) -> str:
    """A part's subject: its label before its total's when the label only modifies it (城镇常住人口), else its own
    (其中:工业 under 第二产业)."""
    return label + total if _names_a_part(label, total) else label


def _cell(label: str, heading: str, unit: str, cfg: _Config) -> Cell:
    """A figure's unit, its column's bracketed one (年末数(万人)) or the table's, and its subject."""
    bracket = cfg.column_unit.search(heading)
    column = heading[: bracket.start()] if bracket else heading
    percent = any(m in heading for m in cfg.percent_marks)
    subject = label if column in cfg.figure_headers else label + column
    return Cell("%" if percent else bracket.group(1) if bracket else unit, subject, unit)
