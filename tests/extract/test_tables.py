"""Tables written one cell a line: each figure's unit and subject."""

from helpers import extract, ingest
from helpers.extract import tables

TABLE = ("表1 2023年全县生产总值及其增长速度\n单位:亿元\n指 标 |\n绝对数 |\n比上年增长(%) |\n生产总值 |\n414.9 |\n7.4 |\n"
         "第一产业 |\n60.8 |\n3.9 |\n")


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def test_a_figure_takes_its_tables_unit_or_its_columns_and_its_row_and_column_as_subject():
    claims = [(q["text"], q["value"], q["unit"], q["kind"], q["subject"])
              for q in extract.extract_document(_doc("全县经济平稳。\n" + TABLE))["quantities"] if q["claim"]]
    assert claims == [("414.9", 41_490_000_000, "元", "money", "生产总值"), ("7.4", 7.4, "%", "percent", "生产总值比上年增长"),
                      ("60.8", 6_080_000_000, "元", "money", "第一产业"), ("3.9", 3.9, "%", "percent", "第一产业比上年增长")]


def test_a_unit_line_is_no_figure_and_lines_without_cell_marks_are_no_table():
    found, unit_lines = tables.cells(_doc(TABLE).paragraphs)
    assert len(found) == 4 and len(unit_lines) == 1
    assert tables.cells(_doc("单位:亿元\n生产总值\n414.9\n").paragraphs) == ({}, set())


def test_a_table_by_year_labels_its_rows_with_the_years():
    text = "单位:万吨\n年份 |\n产量 |\n比上年增长(%) |\n2022 |\n120.5 |\n3.1 |\n2023 |\n130.2 |\n8.0 |\n"
    found, _ = tables.cells(_doc(text).paragraphs)
    assert sorted(c.subject for c in found.values()) == ["2022产量", "2022比上年增长", "2023产量", "2023比上年增长"]
