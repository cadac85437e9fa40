"""Segmentation, slogans, concordance, keyness and collocations."""

import math

import pandas as pd
import pytest

from helpers.analysis import language


def test_language_tools():
    paras = pd.DataFrame({"doc": ["d"] * 3, "para": [0, 1, 2], "kind": ["body"] * 3, "section": ["一", "一", "二"],
                          "text": ["我为群众办实事，推进乡村振兴。", "乡村振兴要办实事，落实“一键申报”。", "深化放管服改革，优化营商环境。"]})
    toks = language.tokens(paras)
    assert {"办实事", "乡村振兴", "放管服"} <= set(toks["token"])
    assert language.slogans(paras).iloc[0]["phrase"] == "一键申报"
    lines = language.kwic(paras, "办实事")
    first = lines.iloc[0]
    assert len(lines) == 2 and first["context"][first["mark_start"]:first["mark_end"]] == "办实事"
    key = language.keyness(toks, toks["section"] == "一", min_count=2)
    row = key.set_index("token").loc["乡村振兴"]
    a, b = row["target"], row["reference"]
    na, nb = (toks["section"] == "一").sum(), (toks["section"] != "一").sum()
    ea = na * (a + b) / (na + nb)
    assert row["g2"] == pytest.approx(2 * a * math.log(a / ea), abs=0.01)
    assert "乡村振兴 办实事" in set(language.collocations(toks, min_count=1, top_n=50)["pair"])
