"""The tiny two-document corpus the analysis tests share, with answers worked out by hand."""

from __future__ import annotations

import pytest

from helpers.store import corpus, facts as F


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
