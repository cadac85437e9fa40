"""Agreement of paragraph topics with coders' JSONL files."""

import json

import pandas as pd

import pytest

from helpers.evaluate import topics
from helpers.store import corpus


@pytest.fixture(scope="module")
def facts_dir(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "a.txt").write_text("标题\n全年城镇新增就业1352万人，城镇调查失业率5.2%。\n义务教育学校新建120所，学前教育毛入园率达到90%。\n"
                               "交汇点讯 19日上午，扬州为10座新建院士工作站授牌，推动科技成果转化。\n",
                               encoding="utf-8")
    out = tmp_path_factory.mktemp("facts")
    corpus.run([raw], out, jobs=1, quiet=True)
    return out


def _codes(tmp_path, lines):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    return topics.read_codes([tmp_path])


def test_accuracy_and_a_square_confusion_matrix(facts_dir, tmp_path):
    codes = _codes(tmp_path, [
        {"doc": "a.txt", "para_starts": "全年城镇新增就业1352万人", "cap_major": 5, "gov_class": "劳动、人事、监察", "no_policy": False},
        {"doc": "a.txt", "para_starts": "义务教育学校新建120所，学", "cap_major": 13, "gov_class": "科技、教育", "no_policy": False},
        {"doc": "a.txt", "para_starts": "标题", "cap_major": 20, "gov_class": "综合政务", "no_policy": True},
    ])
    result = topics.agreement(facts_dir, codes)
    assert len(result.pairs) == 2 and result.cap_accuracy == 0.5 and result.gov_accuracy == 1.0
    matrix = result.confusion("cap")
    assert list(matrix.index) == list(matrix.columns) == ["5", "6", "13"]
    assert matrix.loc["13", "6"] == 1 and matrix.loc["5", "5"] == 1


def test_a_coded_paragraph_is_found_however_spacing_set_its_characters_apart(facts_dir, tmp_path):
    codes = _codes(tmp_path, [{"doc": "a.txt", "para_starts": "交汇点讯 19日上午，扬州为10", "cap_major": 17,
                               "gov_class": "科技、教育", "no_policy": False},
                              {"doc": "a.txt", "para_starts": "交汇点讯  19  日", "cap_major": 17,  # fewer characters left
                               "gov_class": "科技、教育", "no_policy": False}])
    assert topics.agreement(facts_dir, codes).missing == []


def test_a_paragraph_that_opens_exactly_as_coded_is_taken_before_a_longer_one(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("标题\n专家解读：政策将带动就业增长，城镇新增就业1352万人。\n专家解读\n", encoding="utf-8")
    out = tmp_path / "facts"
    corpus.run([raw], out, jobs=1, quiet=True)
    codes = tmp_path / "codes"
    codes.mkdir()
    (codes / "b.jsonl").write_text(json.dumps({"doc": "b.txt", "para_starts": "专家解读", "cap_major": 5,
                                               "gov_class": "劳动、人事、监察", "no_policy": False}, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    paragraphs = pd.read_csv(out / "paragraphs.csv")
    exact = int(paragraphs[paragraphs["text"] == "专家解读"]["para"].iloc[0])
    result = topics.agreement(out, topics.read_codes([codes]))
    assert result.missing == [] and list(result.pairs["para"]) == [exact]


def test_a_coded_paragraph_missing_from_the_facts_counts_as_a_miss(facts_dir, tmp_path):
    codes = _codes(tmp_path, [{"doc": "a.txt", "para_starts": "这一段并不存在于文本之中", "cap_major": 5, "gov_class": "劳动、人事、监察",
                               "no_policy": False}])
    result = topics.agreement(facts_dir, codes)
    assert result.missing and result.cap_accuracy == 0.0


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl line 1"):
        topics.read_codes([tmp_path])
