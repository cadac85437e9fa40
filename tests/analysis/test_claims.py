"""The claims ledger and its checks, with answers worked out by hand."""

import pandas as pd

from helpers.analysis import claims


def test_claims_ledger_flags_and_classes(facts):
    led = claims.ledger(facts)
    row = led[led["text"] == "约300亿元"].iloc[0]
    assert row["actor"] == "财政部" and row["vague_qualifier"] and row["no_time"]
    pct = led[led["text"] == "5%"].iloc[0]
    assert pct["checkability"] == "comparison" and pct["comparison"] == "比上年" and not pct["no_comparison"]
    assert row["source"][row["mark_start"]:row["mark_end"]] == "约300亿元"
    shown = claims.display(led)
    assert "source" in shown and "missing" in shown
    assert shown.loc[led["text"] == "约300亿元", "missing"].iloc[0] == "period、exact value"


def test_headline_names_the_missing_context(facts):
    led = claims.ledger(facts)
    text = claims.headline(led, 2)
    assert text.startswith(f"{len(led)} quantitative claims in 2 document(s);") and "state no period" in text


def test_reference_check_against_divisions(facts):
    ref = claims.reference_checks(claims.ledger(facts))
    row = ref[ref["claim"] == "13个"].iloc[0]
    assert row["place"] == "黑龙江省" and row["reference"] == 13 and bool(row["agrees"])


def test_derived_members_per_organization(facts):
    der = claims.derived(claims.ledger(facts))
    assert der["ratio"].tolist() == [20.0]
    assert "党员 per 个基层党组织" in der["reading"].iloc[0]


def test_parts_exceeding_the_whole(facts):
    issues = claims.consistency(facts, claims.ledger(facts))
    assert "parts exceed the whole" in set(issues["issue"])


def test_claims_across_documents(facts):
    repeats, disagree = claims.across_documents(claims.ledger(facts))
    assert repeats.iloc[0]["documents"] == 2 and repeats.iloc[0]["value"] == 188000


def test_reference_checks_honour_hedges():
    led = pd.DataFrame({"doc": ["d"] * 3, "para": [0] * 3, "text": ["不到20个", "13个以上", "10至15个"], "kind": ["count"] * 3,
                        "subject": ["地市"] * 3, "place": ["黑龙江省"] * 3, "value": [20.0, 13.0, 10.0],
                        "value_max": [float("nan"), float("nan"), 15.0], "qualifier": ["less_than", "at_least", "range"],
                        "source": [""] * 3, "mark_start": [0] * 3, "mark_end": [0] * 3})
    assert claims.reference_checks(led)["agrees"].tolist() == [True, True, True]
