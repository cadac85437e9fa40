"""What readers see: labels instead of ids, names instead of file stems, numbers without scientific notation,
the parts of a report, and headline targets."""

import pandas as pd
import pytest

from helpers.analysis import labels, sections, targets
from helpers.store import tables


@pytest.mark.parametrize("field, values", [("org_type", tables.ORG_TYPES), ("kind", tables.KINDS), ("qualifier", tables.QUALIFIERS),
                                           ("level", tables.PLACE_LEVELS)])
def test_every_stored_value_has_a_chinese_label(field, values):
    assert all(labels.label(field, v) != v for v in values)


@pytest.mark.parametrize("value, shown", [(3e6, "300万"), (5.5e12, "5.5万亿"), (1.334e9, "13.34亿"), (9999, "9,999"), (2.5101e11, "2,510.1亿")])
def test_numbers_in_the_units_readers_count_in(value, shown):
    assert labels.in_units(value) == shown


def test_plain_numbers_never_use_scientific_notation():
    assert [labels.plain(v) for v in (3e6, 0.00001234, 1 / 3)] == ["3,000,000", "0.00001234", "0.333333"]


def test_documents_are_named_by_place_when_each_has_its_own():
    docs = pd.DataFrame({"doc": ["2026_a", "2026_b"], "place": ["上海市", "北京市"], "title": ["报告", "报告"], "date": ["", ""],
                         "status": ["ok", "ok"]})
    assert labels.document_names(docs) == {"2026_a": "上海市", "2026_b": "北京市"}
    assert labels.document_names(docs.assign(place="")) == {"2026_a": "报告 (2026_a)", "2026_b": "报告 (2026_b)"}


def test_parts_of_a_report_from_its_headings():
    paras = pd.DataFrame({"doc": ["r"] * 7, "para": range(7), "kind": ["heading", "body", "heading", "body", "heading", "heading", "body"],
                          "text": ["一、2025年工作回顾", "x", "（一）稳增长", "x", "二、2026年工作安排", "（一）扩内需", "x"]})
    parts = sections.parts(paras, pd.DataFrame({"doc": ["r"], "date": ["2026-01-25"]}))
    assert parts["role"].tolist() == ["review"] * 4 + ["plan"] * 3
    assert parts.loc[6, "part"] == "二、2026年工作安排"


def test_headline_targets_come_from_the_part_about_the_texts_year():
    sentence_old, sentence_new = "“十五五”时期地区生产总值年均增长5%左右。", "主要预期目标是：地区生产总值增长4.5%左右，城镇新增就业60万人以上。"
    led = pd.DataFrame({"doc": ["r"] * 3, "para": [1, 5, 5], "sent": [0, 0, 0], "start": [0, 0, 1],
                        "text": ["5%左右", "4.5%左右", "60万人以上"], "unit": ["%", "%", "人"], "value": [5.0, 4.5, 600000.0],
                        "claim_class": ["target or plan"] * 3, "part": ["二、“十五五”时期目标", "三、2026年工作安排", "三、2026年工作安排"],
                        "time": [""] * 3,
                        "source": [sentence_old, sentence_new, sentence_new],
                        "mark_start": [sentence_old.index("5%"), sentence_new.index("4.5%"), sentence_new.index("60万")]})
    led["mark_end"] = led["mark_start"] + led["text"].str.len()
    found = targets.headline_targets(led, {"r": "某省"}, {"r": "2026"})
    side = targets.side_by_side(found, {"r": "某省"}).set_index("文档 document")
    assert side.loc["某省"].tolist() == ["4.5%左右", "60万人以上", "—", "—"]
    assert "4.5%" in targets.spread_finding(found, led)


def _grain_target(sentence: str, figure: str, part: str = "", time: str = "") -> pd.DataFrame:
    """A ledger of one grain target, set in ``sentence`` under ``part``."""
    start = sentence.index(figure)
    return pd.DataFrame({"doc": ["r"], "para": [3], "sent": [0], "start": [0], "text": [figure], "unit": ["斤"],
                         "value": [float(figure.rstrip("亿斤")) * 1e8], "claim_class": ["target or plan"], "part": [part],
                         "time": [time], "source": [sentence], "mark_start": [start], "mark_end": [start + len(figure)]})


def _set(led: pd.DataFrame) -> int:
    return len(targets.headline_targets(led, {"r": "某省"}, {"r": "2026"}))


def test_a_target_dated_to_another_year_is_not_the_years_target():
    led = _grain_target("粮食综合生产能力2030年达到305亿斤。", "305亿斤", time="2030")
    assert (_set(led), _set(led.assign(time="")), _set(led.assign(time="2025"))) == (0, 1, 1)


def test_a_plan_periods_target_is_not_the_years_target():
    led = _grain_target("粮食产量稳定在1400亿斤。", "1400亿斤", part="二、“十五五”时期主要目标任务")
    assert (_set(led), _set(led.assign(part="二、“十五五”时期目标任务和2026年工作安排"))) == (0, 1)


def test_stored_column_names_get_readers_headers():
    from helpers.analysis.labels import column

    assert column("n_chars") == "字数 characters"
    assert column("target", "keyness") == "本组频次 count in the group"
    assert column("target", "co_mentions") == "另一方 the other"
    assert column("文档 document") == "文档 document"


def test_grain_targets_in_jin_are_also_shown_in_tonnes():
    grain = next(i for i in targets.indicators() if i.id == "grain")
    assert grain.in_common_unit(3.05e10, "斤") == "1,525万吨"
    assert grain.in_common_unit(1.2e7, "吨") == ""


def test_a_chart_title_too_wide_for_its_figure_is_broken_into_lines():
    title = "文档 × 主题 Documents × topics (paragraphs per 10,000 characters)"
    assert labels.title_lines(title, 12) == title
    lines = labels.title_lines(title, 4).split("\n")
    assert lines[0] == "文档 × 主题" and all(len(line) <= 40 for line in lines) and "".join(lines[1:]).replace(" ", "") == \
        "Documents×topics(paragraphsper10,000characters)"


def test_a_paragraph_takes_the_part_of_the_last_heading_before_it_in_its_document():
    headings = pd.DataFrame({"doc": ["r", "r", "s"], "para": [2, 0, 1], "text": ["二、2026年工作安排", "一、2025年工作回顾", "（一）稳增长"]})
    parts = sections.heading_parts(headings, {"r": "2026", "s": "2026"})
    assert parts.values.tolist() == [["r", 0, "一、2025年工作回顾", "review"], ["r", 2, "二、2026年工作安排", "plan"],
                                     ["s", 1, "", "other"]]
