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
    "生物医药产业加快发展。",          # an everyday word before the trade: a sector
    "中药制药企业。",
    "发展数字科技、智慧物流、绿色食品。",
    "文化和科技融合。",                # a function word inside the name
    "做强生物医药。筑牢食品安全防线。",  # verbs
    "抢抓新一轮科技革命。",            # the trade runs on into a sector's noun
    "迪晟健医药产业园建成。",
    "云南医药工业增长。",              # a place is no trade name
])
def test_sectors_are_no_companies(text):
    assert _found(text) == []
