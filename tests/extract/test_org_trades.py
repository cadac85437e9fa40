"""Companies by their trade name and trade (盘珂实业, 迪晟健医药)."""

import pytest

from helpers import ingest
from helpers.extract import org_trades, places


def _found(text):
    doc = ingest.build("t", "t", text, "utf-8", b"")
    return [doc.text[s:e] for s, e in org_trades.find(doc.view, 0, len(doc.view), places.find(doc.view))]


def test_a_coined_trade_name_and_its_trade_at_an_items_start_name_a_company():
    report = "签约中沄通达储能柜组装、盘珂实业跨境冷链产业园等项目；启动迎林局掺混肥、隆通管业装备制造等重点项目。全乐制药与域内企业互补。"
    assert _found(report) == ["盘珂实业", "隆通管业", "全乐制药"]


@pytest.mark.parametrize("text", [
    "中药制药企业。",                  # an everyday word before the trade: a sector
    "全年规上工业增加值增长7%，规上电子信息制造业增加值增长12%。",  # sector words: no trade of a company's
    "域内物流成本下降5%。发展特医食品、氯碱化工。推进中医药（壮瑶医药）传承创新发展。",
    "东方实业、和实业。",              # a function word inside the name
    "盘珂实业园区建成。",              # the trade runs on into a sector's noun
])
def test_sectors_are_no_companies(text):
    assert _found(text) == []


def test_a_place_is_no_trade_name():
    doc = ingest.build("t", "t", "、鸡西实业发展。", "utf-8", b"")
    assert org_trades.find(doc.view, 0, len(doc.view), []) == [(1, 5)]  # with no places known, 鸡西 reads as coined
    assert _found("、鸡西实业发展。") == []
