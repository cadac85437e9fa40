"""The claims ledger and its checks, with answers worked out by hand."""

import pandas as pd
import pytest

from helpers.analysis import claims


def test_claims_ledger_flags(facts):
    led = claims.ledger(facts)
    row = led[led["text"] == "约300亿元"].iloc[0]
    assert row["actor"] == "财政部" and row["vague_qualifier"] and row["no_time"]
    pct = led[led["text"] == "5%"].iloc[0]
    assert pct["comparison"] == "比上年" and not pct["no_comparison"] and pct["claim_class"] == "achieved result"
    assert row["source"][row["mark_start"]:row["mark_end"]] == "约300亿元"


def test_display_shows_readable_values_and_what_is_missing(facts):
    led = claims.ledger(facts)
    shown = claims.display(led, {"b": "乙市"}).set_index("原文 as written")
    assert shown.loc["约300亿元", "数值 value"] == "300亿元" and shown.loc["约300亿元", "文档 document"] == "乙市"
    assert shown.loc["约300亿元", "缺少 missing"] == "时间、确数"
    assert not shown["数值 value"].str.contains("e+", regex=False).any()


def test_context_marks_each_claims_sentence_in_its_paragraph(facts):
    led = claims.ledger(facts)
    ctx = claims.context(facts, led, {})
    row = ctx[ctx["text"].str.contains("约300亿元")].iloc[0]
    anchor, start, end = row["spans"][0]
    assert "约300亿元" in row["text"][start:end] and anchor in set(claims.display(led, {})["anchor"])


@pytest.mark.parametrize("sentence, number, role, expected", [
    ("居民人均可支配收入达到3.9万元左右，增长7.6%。", "3.9万元左右", "review", "achieved result"),
    ("粮食总产量稳定在700亿斤以上。", "700亿斤以上", "review", "achieved result"),
    ("据统计，全国基本医疗保险参保人数达13.34亿人。", "13.34亿人", "other", "achieved result"),
    ("全区已建成社区食堂35家。", "35家", "plan", "achieved result"),
    ("城镇新增就业100万人以上。", "100万人以上", "plan", "target or plan"),
    ("主要预期目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右。", "2%左右", "other", "target or plan"),
    ("办理时限压缩至5至10个工作日。", "5至10个工作日", "review", "rule or standard"),
    ("补贴期限不超过3年。", "不超过3年", "other", "rule or standard"),
    ("建设高标准农田2556万亩。", "2556万亩", "review", "achieved result"),
    ("72岁的刘大爷一家搬进了新居。", "72岁", "other", "anecdote"),
    ("这是关键的一年。", "一年", "other", "other"),
])
def test_claim_classes_from_the_clause_and_the_part(sentence, number, role, expected):
    start = sentence.index(number)
    kind = "duration" if number.endswith(("年", "工作日")) else "age" if number.endswith("岁") else "count"
    qualifier = "at_most" if number.startswith("不超过") else "exact"
    assert claims.claim_class(sentence, start, start + len(number), kind, qualifier, "", "2026", role) == expected


def test_a_later_year_than_the_text_is_a_target():
    sentence = "全省新能源装机容量达到6000万千瓦。"
    start = sentence.index("6000万千瓦")
    assert claims.claim_class(sentence, start, start + 8, "measure", "exact", "2030", "2026", "other") == "target or plan"
    assert claims.claim_class(sentence, start, start + 8, "measure", "exact", "2024", "2026", "other") == "achieved result"


def test_class_accuracy_finds_the_sampled_claims(facts):
    led = claims.ledger(facts)
    row = led[led["text"] == "约300亿元"].iloc[0]
    sample = pd.DataFrame({"doc": [row["doc"]], "sentence": [row["source"]], "claim": ["约300亿元"], "at": [str(row["mark_start"])],
                           "class": ["achieved result"]})
    pairs = claims.class_accuracy(led, sample)
    assert pairs[["coded", "predicted"]].values.tolist() == [["achieved result", row["claim_class"]]]


def test_headline_names_the_classes_and_the_missing_context(facts):
    led = claims.ledger(facts)
    text = claims.headline(led, 2)
    assert text.startswith(f"2篇文档共有{len(led)}项数量主张") and "achieved results" in text


def test_reference_check_against_divisions(facts):
    ref = claims.reference_checks(claims.ledger(facts))
    row = ref[ref["claim"] == "13个"].iloc[0]
    assert row["place"] == "黑龙江省" and row["reference"] == 13 and bool(row["agrees"])


def test_derived_members_per_organization(facts):
    der = claims.derived(claims.ledger(facts))
    assert der["ratio"].tolist() == [20.0]
    assert "参与防汛救灾的党员 per 个参与防汛救灾的基层党组织" in der["reading"].iloc[0]


def test_parts_exceeding_the_whole(facts):
    issues = claims.consistency(claims.ledger(facts))
    assert "parts exceed the whole" in set(issues["issue"])


def test_claims_across_documents(facts):
    repeats, disagree = claims.across_documents(claims.ledger(facts))
    assert repeats.iloc[0]["documents"] == 2 and repeats.iloc[0]["value"] == 188000


def test_reference_checks_honour_hedges():
    led = pd.DataFrame({"doc": ["d"] * 3, "para": [0] * 3, "text": ["不到20个", "13个以上", "10至15个"], "kind": ["count"] * 3,
                        "subject": ["地市"] * 3, "place": ["黑龙江省"] * 3, "value": [20.0, 13.0, 10.0],
                        "value_max": [float("nan"), float("nan"), 15.0], "qualifier": ["less_than", "at_least", "range"],
                        "source": ["全省不到20个", "全省13个以上", "全省10至15个"], "mark_start": [2] * 3, "mark_end": [0] * 3})
    assert claims.reference_checks(led)["agrees"].tolist() == [True, True, True]


def test_a_count_of_some_units_is_not_checked_against_all():
    led = pd.DataFrame({"doc": ["d"] * 2, "para": [0] * 2, "text": ["11个", "13个"], "kind": ["count"] * 2,
                        "subject": ["县（市、区）", "地市"], "place": ["黑龙江省"] * 2, "value": [11.0, 13.0],
                        "value_max": [float("nan")] * 2, "qualifier": ["exact"] * 2,
                        "source": ["新增学位16万个，11个县（市、区）通过评估", "覆盖全省13个地市"], "mark_start": [9, 4], "mark_end": [0, 0]})
    assert claims.reference_checks(led)["claim"].tolist() == ["13个"]


def test_disagreeing_values_are_shown_in_readable_units():
    led = pd.DataFrame({"doc": ["a", "b"], "subject": ["投资", "投资"], "place": ["", ""], "time": ["2025", "2025"], "unit": ["元", "元"],
                        "value": [1.5e10, 3e12], "text": ["150亿元", "3万亿元"]})
    _, disagree = claims.across_documents(led, {"a": "甲", "b": "乙"})
    assert disagree.iloc[0]["values"] == "150亿、3万亿" and disagree.iloc[0]["docs"] == "乙、甲"


def test_no_ratio_between_two_kinds_of_things_or_across_clauses():
    sentence = "建成城市公园12座、口袋公园254个，接待游客300万人。"
    led = pd.DataFrame({"doc": ["d"] * 3, "para": [0] * 3, "sent": [0] * 3, "place": [""] * 3, "time": [""] * 3,
                        "kind": ["count"] * 3, "text": ["12座", "254个", "300万人"], "value": [12.0, 254.0, 3e6],
                        "unit": ["座", "个", "人"], "subject": ["城市公园", "口袋公园", "游客"], "source": [sentence] * 3})
    led["mark_start"] = [sentence.index(t) for t in led["text"]]
    led["mark_end"] = led["mark_start"] + led["text"].str.len()
    assert claims.derived(led).empty


def test_a_claim_in_many_documents_names_the_first_and_counts_them_all():
    led = pd.DataFrame({"doc": list("dcba"), "subject": ["投资"] * 4, "place": [""] * 4, "time": ["2025"] * 4, "unit": ["元"] * 4,
                        "value": [1e8, 1e8, 2e8, 2e8], "text": ["1亿元", "1亿元", "2亿元", "2亿元"]})
    repeats, disagree = claims.across_documents(led, listed=3)
    assert disagree.iloc[0]["docs"] == "a、b、c…（共4篇）" and repeats["docs"].tolist() == ["c、d", "a、b"]
    assert claims.across_documents(led)[1].iloc[0]["docs"] == "a、b、c、d"
