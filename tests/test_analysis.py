"""Analysis helpers on tiny corpora with answers worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import actors, claims, corpus, facts as F, language, overview, themes

TEXTS = {
    "a.txt": "甲省报告\n在黑龙江，当地开发平台，覆盖全省13个地市。\n河南全省18.8万个基层党组织、376万名党员参与防汛救灾。\n"
             "全省共有学校300所，其中小学200所、中学150所。\n“以前看病要排队，现在方便多了。”居民王大妈说。\n",
    "b.txt": "乙市通报\n河南全省18.8万个基层党组织参与防汛救灾。\n财政部安排补助资金约300亿元，比上年增长5%。\n",
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for name, text in TEXTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    (raw / "manifest.csv").write_text("file,title,publisher,date,source,place,reporters\n"
                                      "a.txt,甲,新华社,2021-09-05,,,张三、李四\nb.txt,乙,人民日报,2021-09-06,,,李四\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("facts")
    corpus.run([raw], out, jobs=1, quiet=True)
    return F.load(out)


def test_overview_counts(facts):
    docs = overview.documents_table(facts)
    assert list(docs["doc"]) == ["b", "a"]  # newest first
    assert "doc_number" not in docs.columns  # news carries no file number; the column appears only when one does
    assert overview.reporters(facts).set_index("reporter")["documents"].to_dict() == {"李四": 2, "张三": 1}
    assert overview.sources(facts)["documents"].sum() == 2


def test_theme_coding_and_shares():
    assert themes.code_text("乡村振兴和防汛救灾") == {"rural_revitalization": 1, "disaster_emergency": 2}
    paras = pd.DataFrame({"doc": ["d", "d"], "para": [0, 1], "kind": ["body", "body"], "section": ["", ""],
                          "text": ["推进乡村振兴工作", "召开会议"]})
    coded = themes.code_paragraphs(paras)
    cov = themes.coverage(coded, paras).set_index("theme")
    assert cov.loc["rural_revitalization", "share_of_paragraphs"] == 0.5
    assert cov.loc["rural_revitalization", "share_of_text"] == round(8 / 12, 4)


def test_validation_precision_recall_and_confusion():
    coded = pd.DataFrame({"doc": ["d", "d", "d"], "para": [0, 1, 1], "theme": ["education", "education", "housing"]})
    gold = pd.DataFrame({"doc": ["d", "d"], "para": [0, 1], "themes": ["education", "housing"]})
    scores, matrix = themes.validate(coded, gold)
    s = scores.set_index("theme")
    assert (s.loc["education", "precision"], s.loc["education", "recall"]) == (0.5, 1.0)
    assert (s.loc["housing", "precision"], s.loc["housing", "recall"]) == (1.0, 1.0)
    assert matrix.loc["education", "education"] == 1 and matrix.loc["housing", "housing"] == 1
    assert themes.micro_f1(scores) == round(2 * 2 / (2 * 2 + 1 + 0), 3)


def test_krippendorff_alpha():
    a = pd.DataFrame({"doc": ["d"] * 4, "para": ["0", "1", "2", "3"], "themes": ["education", "", "education", ""]})
    same = themes.alpha(a, a).set_index("theme")
    assert same.loc["education", "alpha"] == 1.0 and same.loc["education", "reading"] == "reliable"
    b = a.assign(themes=["education", "education", "", ""])
    half = themes.alpha(a, b).set_index("theme")
    assert half.loc["education", "alpha"] < 0.667 and half.loc["education", "reading"] == "unreliable"


def test_claims_ledger_flags_and_classes(facts):
    led = claims.ledger(facts)
    row = led[led["text"] == "约300亿元"].iloc[0]
    assert row["actor"] == "财政部" and row["vague_hedge"] and row["no_period"]
    pct = led[led["text"] == "5%"].iloc[0]
    assert pct["checkability"] == "comparison" and pct["baseline"] == "比上年" and not pct["no_baseline"]
    assert "<mark>约300亿元</mark>" in row["source"]
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


def test_speaker_classes_and_comentions(facts):
    voices = actors.speakers(facts)
    assert voices.set_index("speaker").loc["王大妈", "role_class"] == "resident"
    assert actors.role_class("匠心艺品全运村店负责人", "王春莉") == "business"
    assert actors.role_class("田北村党支部书记", "王雄伟") == "official"
    assert actors.role_class("", "") == "unattributed"
    coded = themes.code_paragraphs(facts.paragraphs)
    edges = actors.co_mentions(facts, coded)
    assert ((edges["source"] == "财政部") & (edges["target"] == "public_finance")).any()


def test_language_tools():
    paras = pd.DataFrame({"doc": ["d"] * 3, "para": [0, 1, 2], "kind": ["body"] * 3, "section": ["一", "一", "二"],
                          "text": ["我为群众办实事，推进乡村振兴。", "乡村振兴要办实事，落实“一键申报”。", "深化放管服改革，优化营商环境。"]})
    toks = language.tokens(paras)
    assert {"办实事", "乡村振兴", "放管服"} <= set(toks["token"])
    assert language.slogans(paras).iloc[0]["phrase"] == "一键申报"
    lines = language.kwic(paras, "办实事")
    assert len(lines) == 2 and "<mark>办实事</mark>" in lines.iloc[0]["context"]
    key = language.keyness(toks, toks["section"] == "一", min_count=2)
    row = key.set_index("token").loc["乡村振兴"]
    a, b = row["target"], row["reference"]
    na, nb = (toks["section"] == "一").sum(), (toks["section"] != "一").sum()
    ea = na * (a + b) / (na + nb)
    assert row["g2"] == pytest.approx(2 * a * math.log(a / ea), abs=0.01)
    assert "乡村振兴 办实事" in set(language.collocations(toks, min_count=1, top_n=50)["pair"])


def test_reference_checks_honour_hedges():
    led = pd.DataFrame({"doc": ["d"] * 3, "para": [0] * 3, "text": ["不到20个", "13个以上", "10至15个"], "kind": ["count"] * 3,
                        "subject": ["地市"] * 3, "place": ["黑龙江省"] * 3, "value": [20.0, 13.0, 10.0],
                        "value_max": [float("nan"), float("nan"), 15.0], "hedge": ["less_than", "at_least", "range"],
                        "source": [""] * 3})
    assert claims.reference_checks(led)["agrees"].tolist() == [True, True, True]


def test_perfect_agreement_is_all_diagonal():
    coded = pd.DataFrame({"doc": ["d", "d"], "para": [0, 0], "theme": ["education", "housing"]})
    gold = pd.DataFrame({"doc": ["d"], "para": [0], "themes": ["education|housing"]})
    _, matrix = themes.validate(coded, gold)
    assert matrix.loc["education", "education"] == 1 and matrix.loc["housing", "housing"] == 1
    assert matrix.to_numpy().sum() == 2


def test_sample_depends_on_the_seed_across_many_documents():
    paras = pd.DataFrame({"doc": [f"d{i:03d}" for i in range(200)], "para": [1] * 200, "kind": ["body"] * 200,
                          "section": [""] * 200, "text": ["某段落"] * 200, "start": [0] * 200, "end": [3] * 200})
    fake = F.Facts(*(pd.DataFrame() for _ in range(7)))
    fake.paragraphs = paras
    a, b = themes.sample(fake, 20, seed=1), themes.sample(fake, 20, seed=2)
    assert len(a) == 20 and set(a["doc"]) != set(b["doc"]) and set(a["doc"]) != {f"d{i:03d}" for i in range(20)}


def test_log_axis_ticks_count_in_chinese_units():
    from helpers.charts import magnitude_label

    assert [magnitude_label(v) for v in (0.1, 1, 1000, 1e4, 1e5, 1e8, 3e10, 1e12, 0)] == \
        ["0.1", "1", "1000", "1万", "10万", "1亿", "300亿", "1万亿", ""]


def test_figures_carry_their_title_for_alt_text():
    import matplotlib

    matplotlib.use("agg")
    from helpers import charts, plotting, show

    plotting.setup()
    fig = charts.bar(pd.Series({"甲": 3, "乙": 1}), "各主题 Themes")
    assert show.figure_title(fig) == "各主题 Themes"
    fig.suptitle("总标题")
    assert show.figure_title(fig) == "总标题"
