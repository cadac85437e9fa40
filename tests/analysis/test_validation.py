"""The recorded validation, a user's coded sample, and two coders' agreement."""

import pandas as pd
import pytest

from support import ROOT
from helpers.analysis import methods, validation


def test_the_record_discloses_sample_coders_accuracy_and_matrix():
    gwr = validation.recorded()["topics"]["samples"]["gwr2026"]
    matrix = gwr["confusion_cap"]
    assert gwr["paragraphs"] > 0 and 0 < gwr["cap_accuracy"] <= 1 and len(matrix["labels"]) == len(matrix["counts"]) == len(matrix["counts"][0])
    assert sum(map(sum, matrix["counts"])) == gwr["paragraphs"]
    readable = validation.confusion(matrix, "cap")
    assert list(readable.index) == list(readable.columns) and "1" not in readable.index  # CAP codes become names


def test_every_methods_section_says_what_and_how_well():
    for title, text in (methods.extraction(), methods.topics(), methods.classes()):
        assert title and any(ch.isdigit() for ch in text)
    assert "independent" in methods.topics()[1]


def test_two_coders_agreement_and_alpha():
    a = pd.DataFrame({"doc": ["d"] * 4, "key": list("abcd"), "cap": [1, 1, 3, 3], "gov": ["x", "y", "x", "y"]})
    same = validation.between(a, a).set_index("field")
    assert same.loc["CAP major topic", "agreement"] == 1 and same.loc["CAP major topic", "alpha"] == pytest.approx(1)
    half = validation.between(a, a.assign(cap=[1, 3, 1, 3])).set_index("field")
    assert half.loc["CAP major topic", "agreement"] == 0.5 and half.loc["CAP major topic", "reading"] == "unreliable"


def test_a_coded_sample_csv_reads_as_codes(tmp_path):
    path = tmp_path / "coded.csv"
    pd.DataFrame({"doc": ["d", "d", "d"], "para": [1, 2, 3], "section": "", "text": ["推进乡村振兴工作的段落", "序言", "第三段落文字"],
                  "cap_major": ["4", "", "x"], "gov_class": ["农业、林业、水利", "", ""], "no_policy": ["", "yes", ""], "coder": "甲"}
                 ).iloc[:2].to_csv(path, index=False)
    codes = validation.read_sample(path)
    assert codes.to_dict("records") == [{"doc": "d", "key": "推进乡村振兴工作的段落", "cap": 4, "gov": "农业、林业、水利"}]


def test_a_bad_code_names_the_file_and_row(tmp_path):
    path = tmp_path / "coded.csv"
    pd.DataFrame({"doc": ["d"], "text": ["段落"], "cap_major": ["农业"], "gov_class": [""]}).to_csv(path, index=False)
    with pytest.raises(ValueError, match=r"coded.csv: row 2: cap_major"):
        validation.read_sample(path)


def _record(model: bool, dev: bool) -> dict:
    gwr = {"paragraphs": 2000, "documents": 31, "coders_n": 5, "coded_by": "model coders", "cap_accuracy": 0.95, "gov_accuracy": 0.85}
    record = {"topics": {"samples": {"gwr2026": gwr}}}
    if model:
        record["topics"]["model"] = {"cross_validated": {"folds": 8, "cap_accuracy": 0.87, "gov_accuracy": 0.8}}
    if dev:
        record["topics"]["samples"]["dev"] = {"title": "development set", "texts": ["a", "b"], "paragraphs": 80,
                                              "coded_by": "human coders", "cap_accuracy": 0.85, "gov_accuracy": 0.81}
    return record


def test_held_out_figures_lead_when_the_model_learnt_from_the_sample():
    first = validation.recorded_findings(_record(model=True, dev=False))[0]
    assert first.index("87.0%") < first.index("95.0%") and "training figures" in first


def test_without_a_model_the_sample_figures_are_the_validation():
    (only,) = validation.recorded_findings(_record(model=False, dev=False))
    assert "95.0%" in only and "training" not in only


def test_the_methods_section_leads_with_the_held_out_figure_too():
    text = methods.topics()[1]
    cv = validation.recorded()["topics"]["model"]["cross_validated"]
    cv = cv.get("samples", {}).get(validation.GWR_CODES, cv)  # the work reports' own, where the model learnt from more
    gwr = validation.recorded()["topics"]["samples"]["gwr2026"]
    assert text.index(f"{cv['cap_accuracy']:.1%}") < text.index(f"{gwr['cap_accuracy']:.1%}")


def test_a_model_trained_on_more_samples_leads_with_the_work_reports_own_held_out_figure_and_names_the_others():
    record = _record(model=True, dev=False)
    record["topics"]["model"]["cross_validated"]["samples"] = {
        "gwr2026_topics": {"paragraphs": 2000, "cap_accuracy": 0.86, "gov_accuracy": 0.79},
        "news_genres_topics": {"paragraphs": 500, "cap_accuracy": 0.78, "gov_accuracy": 0.76}}
    record["topics"]["samples"]["held_out"] = {"paragraphs": 175, "documents": 20, "title": "news", "written_by": "two writers",
                                               "coded_by": "two coders", "cap_accuracy": 0.794, "gov_accuracy": 0.771}
    first, held = validation.recorded_findings(record)
    assert "86.0%" in first and "87.0%" not in first and "500 paragraphs of news genres" in first
    assert "175 paragraphs of 20 texts" in held and "79.4%" in held and "held out of the model's training" in held


def test_the_human_coded_development_set_is_disclosed_when_recorded():
    findings = validation.recorded_findings(_record(model=True, dev=True))
    assert len(findings) == 2 and "80 paragraphs" in findings[1] and "human coders" in findings[1] and "85.0%" in findings[1]


def test_the_record_holds_the_held_out_news_genre_texts_figures():
    held = validation.recorded()["topics"]["samples"]["held_out"]
    texts = len(list((ROOT / "data" / "validation" / "news_genres_heldout").glob("*.txt")))
    assert held["documents"] == texts and held["paragraphs"] > 0 and 0 < held["cap_accuracy"] <= 1
    assert "held out of the model's training" in " ".join(validation.recorded_findings(validation.recorded()))
