"""Tables written one cell a line: each figure's unit and subject."""

import pytest

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


def test_a_unit_line_a_header_and_labels_are_no_figures_and_lines_without_cell_marks_are_no_table():
    doc = _doc(TABLE)
    found = tables.cells(doc.view, doc.paragraphs)
    assert sum(map(len, found.figures.values())) == 4
    assert sorted(doc.view[s:e] for spans in found.wordless.values() for s, e in spans) == sorted(
        ["单位：亿元", "指 标", "绝对数", "比上年增长（%）", "生产总值", "第一产业"])
    plain = _doc("单位:亿元\n生产总值\n414.9\n")
    assert not tables.cells(plain.view, plain.paragraphs).paragraphs


def test_a_table_by_year_labels_its_rows_with_the_years():
    text = "单位:万吨\n年份 |\n产量 |\n比上年增长(%) |\n2022 |\n120.5 |\n3.1 |\n2023 |\n130.2 |\n8.0 |\n"
    doc = _doc(text)
    found = tables.cells(doc.view, doc.paragraphs)
    assert sorted(c.subject for cs in found.figures.values() for *_, c in cs) == [
        "2022产量", "2022比上年增长", "2023产量", "2023比上年增长"]


# 统计公报 table as a web page gives it: each cell on its line, the cell mark alone on the next; the column's unit in
# its header; rows marked 其中 and the short rows after them parts of the total above them
PARTS = ("表1 2022年年末常住人口数及其构成\n指 标\n|\n年末数(万人)\n|\n比重(%)\n|\n常住人口\n|\n265.1\n|\n100.0\n|\n"
         "其中:城镇\n|\n161.29\n|\n60.84\n|\n乡村\n|\n103.81\n|\n39.16\n|\n其中:0-14岁\n|\n43.5\n|\n16.41\n|\n"
         "65岁及以上\n|\n42.2\n|\n15.92\n|\n全年城镇新增就业1.61万人。\n")


def test_cells_followed_by_the_mark_alone_read_their_columns_unit_and_parts_name_their_total():
    rows = extract.extract_document(_doc("年末常住人口265.1万人。\n" + PARTS))["quantities"]
    claims = [(q["text"], q["value"], q["unit"], q["subject"]) for q in rows if q["claim"]]
    assert claims == [("265.1万人", 2_651_000, "人", "常住人口"),
                      ("265.1", 2_651_000, "人", "常住人口"), ("100.0", 100.0, "%", "常住人口比重"),
                      ("161.29", 1_612_900, "人", "城镇常住人口"), ("60.84", 60.84, "%", "城镇常住人口比重"),
                      ("103.81", 1_038_100, "人", "乡村常住人口"), ("39.16", 39.16, "%", "乡村常住人口比重"),
                      ("43.5", 435_000, "人", "0-14岁常住人口"), ("16.41", 16.41, "%", "0-14岁常住人口比重"),
                      ("42.2", 422_000, "人", "65岁及以上常住人口"), ("15.92", 15.92, "%", "65岁及以上常住人口比重"),
                      ("1.61万人", 16_100, "人", "城镇新增就业")]
    assert not [q for q in rows if q["kind"] == "age" and q["claim"]]  # a row's age band is its label, no claim


def test_a_part_with_a_head_of_its_own_is_not_its_totals_modifier():
    text = "单位:亿元\n指标 |\n绝对数 |\n第二产业 |\n784.9 |\n其中:工业 |\n600.2 |\n第三产业 |\n1065.5 |\n"
    doc = _doc(text)
    found = tables.cells(doc.view, doc.paragraphs)
    assert [c.subject for _, cs in sorted(found.figures.items()) for *_, c in cs] == ["第二产业", "工业", "第三产业"]


def test_a_table_of_rows_a_line_reads_each_figure_and_leaves_a_remark_to_be_read_as_prose():
    text = ("全县金桔新种任务如下。\n乡镇 | 新种任务(亩) | 备注 |\n全县合计 | 7000 | |\n"
            "长安镇 | 2150 | 其中县农业投资有限公司新种任务1500亩。 |\n潭头乡 | 300 |\n")
    rows = extract.extract_document(_doc(text))["quantities"]
    claims = [(q["text"], q["value"], q["unit"], q["subject"]) for q in rows if q["claim"]]
    assert claims[:2] == [("7000", 7000, "亩", "全县合计新种任务"), ("2150", 2150, "亩", "长安镇新种任务")]
    assert claims[2][:3] == ("1500亩", 1500, "亩") and claims[2][3].endswith("新种任务面积")  # prose: its unit's measure
    assert claims[3] == ("300", 300, "亩", "潭头乡新种任务")
    assert {q["actor"] for q in rows if q["text"] in ("2150", "300")} == {""}  # a row's label (a township) does not act


def _claims(text):
    return [(q["text"], q["value"], q["unit"], q["subject"]) for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]


def test_a_cell_is_found_where_the_file_has_it_when_spacing_was_closed_before_the_table():
    claims = _claims("全年生产总值 414.9 亿元，增长 7.4 %。\n" + TABLE)
    assert claims[-4:] == [("414.9", 41_490_000_000, "元", "生产总值"), ("7.4", 7.4, "%", "生产总值比上年增长"),
                           ("60.8", 6_080_000_000, "元", "第一产业"), ("3.9", 3.9, "%", "第一产业比上年增长")]


def test_a_mark_alone_among_cells_ending_in_it_is_an_empty_cell():
    text = "单位:亿元\n指标 |\n绝对数 |\n比上年增长(％) |\n生产总值 |\n414.9 |\n |\n第一产业 |\n60.8 |\n3.9 |\n"
    assert _claims(text) == [("414.9", 41_490_000_000, "元", "生产总值"), ("60.8", 6_080_000_000, "元", "第一产业"),
                             ("3.9", 3.9, "%", "第一产业比上年增长")]


@pytest.mark.parametrize("text, claims", [("基本情况\n地区生产总值 | 414.9亿元 |\n增长 | 7.4% |\n", 2),
                                          ("通知\n全县完成造林1.2万亩 | 义务植树50万株\n新种金桔7000亩 | 完成5000亩\n", 4)])
def test_lines_with_marks_but_no_figure_cells_are_prose(text, claims):
    assert len(_claims(text)) == claims


def test_a_section_row_a_row_number_column_and_a_bracket_that_names_no_unit_keep_the_table():
    text = ("单位:亿元\n序号 | 指标 | 2023年(预计) | 增长(%) |\n一、农业 |\n1 | 农业总产值 | 120.5 | 3.1 |\n二、工业 |\n"
            "2 | 工业增加值 | 300.2 | 5.0 |\n")
    assert _claims(text) == [("120.5", 12_050_000_000, "元", "农业总产值2023年"), ("3.1", 3.1, "%", "农业总产值增长"),
                             ("300.2", 30_020_000_000, "元", "工业增加值2023年"), ("5.0", 5.0, "%", "工业增加值增长")]


SPACED = ("各省进展\n序号 省份 新开工小区数(个) 开工率\n1 上海 329 全部开工\n2 江苏 1595 全部开工\n3 河南 3349 99.8%\n"
          "来源:住房和城乡建设部网站\n")


def test_a_table_whose_cells_the_page_parts_by_spaces_reads_each_figure_by_its_row_and_column():
    claims = {q["text"]: (q["unit"], q["subject"]) for q in extract.extract_document(_doc(SPACED))["quantities"] if q["claim"]}
    assert claims == {"329": ("个", "上海新开工小区数"), "1595": ("个", "江苏新开工小区数"), "3349": ("个", "河南新开工小区数"),
                      "99.8%": ("%", "河南开工率")}


@pytest.mark.parametrize("text", [
    "新华社记者 王朋 摄\n新华社记者 范培珅 摄\n新华社记者 崔翔龙 摄\n",  # credits, no figures
    "一、总体要求 目标 任务\n到2025年，全省 新建 300个。\n到2030年，全省 新建 500个。\n",  # prose, parted by spaces
])
def test_lines_parted_by_spaces_without_a_header_and_figures_in_every_row_are_no_table(text):
    doc = _doc(text)
    assert not tables.cells(doc.view, doc.paragraphs).figures


def test_a_spaced_tables_identifiers_and_long_digit_runs_are_no_figures():
    text = "通知\n联系人 电话\n王某 13800000000\n李某 13900000000\n单位 邮编 人数\n县财政局 450000 12\n县教育局 450001 30\n"
    claims = {q["text"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert claims == {"12", "30"}


def test_a_row_whose_cells_full_width_spaces_part_is_one_line_though_they_part_paragraphs():
    text = ("全市居民收入稳步增长。\n附表：2023年居民人均可支配收入\n　　指标　　绝对量（元）　　比上年增长（%）\n"
            "　　全体居民人均可支配收入　　63830　　5.7\n　　　　工资性收入　　36231　　5.9\n")
    claims = [(q["text"], q["unit"], q["subject"]) for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert claims == [("63830", "元", "全体居民人均可支配收入绝对量"), ("5.7", "%", "全体居民人均可支配收入比上年增长"),
                      ("36231", "元", "工资性收入绝对量"), ("5.9", "%", "工资性收入比上年增长")]
