"""Theme coding, coverage shares, validation and coder agreement."""

import pandas as pd

from helpers.analysis import coverage as themes
from helpers.store import facts as F


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


def test_perfect_agreement_is_all_diagonal():
    coded = pd.DataFrame({"doc": ["d", "d"], "para": [0, 0], "theme": ["education", "housing"]})
    gold = pd.DataFrame({"doc": ["d"], "para": [0], "themes": ["education|housing"]})
    _, matrix = themes.validate(coded, gold)
    assert matrix.loc["education", "education"] == 1 and matrix.loc["housing", "housing"] == 1
    assert matrix.to_numpy().sum() == 2


def test_sample_depends_on_the_seed_across_many_documents():
    paras = pd.DataFrame({"doc": [f"d{i:03d}" for i in range(200)], "para": [1] * 200, "kind": ["body"] * 200,
                          "section": [""] * 200, "text": ["某段落"] * 200, "start": [0] * 200, "end": [3] * 200})
    fake = F.Facts({"paragraphs": paras})
    a, b = themes.sample(fake, 20, seed=1), themes.sample(fake, 20, seed=2)
    assert len(a) == 20 and set(a["doc"]) != set(b["doc"]) and set(a["doc"]) != {f"d{i:03d}" for i in range(20)}
