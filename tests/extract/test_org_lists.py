"""Companies named by their short names in a list the text calls companies."""

import datetime as dt

import pytest

from helpers import ingest
from helpers.extract import org_lists, organizations, places

ON = dt.date(2024, 1, 1)


def _listed(text: str) -> list[str]:
    return [text[s:e] for s, e in org_lists.find(text, 0, len(text))]


def _found(text: str) -> dict:
    doc = ingest.build("t", "t", text, "utf-8", b"")
    found, abroad = places.find_with_bodies_abroad(doc.view)
    return {o.mention: o.type for o in organizations.find(doc.view, 0, len(doc.view), found, ON, abroad=abroad)}


@pytest.mark.parametrize("text, names", [
    ("包括以和元生物、微电生理、益方生物、盟科药业等为代表的一批重点生物医药企业。", ["和元生物", "微电生理", "益方生物", "盟科药业"]),
    ("在钱家窑村，还有开隆、菜富源两个合作社。", ["开隆", "菜富源"]),  # a count closes the list
    ("支持赛力斯、长城等车企提质放量。", ["赛力斯", "长城"]),  # half the items coined: the list names companies
    ("培育了超聚变、中创智领等一批行业领军企业。", ["超聚变", "中创智领"]),  # 超 of the name is no verb before it
    ("同仁堂、片仔癀等中药企业。", ["同仁堂", "片仔癀"]),  # 同 opens the name: jieba reads 同仁堂 whole
    ("以岭药业、华润三九等药企。", ["以岭药业", "华润三九"]),
    ("燕京啤酒、拉萨啤酒等企业。", ["燕京啤酒", "拉萨啤酒"]),  # jieba's names of bodies, though made of frequent words
    ("本地龙头企业开隆、菜富源等合作社。", ["开隆", "菜富源"]),  # after a company word in the lead
    ("其中,以和元生物、微电生理等为代表的一批生物医药企业和以翱捷科技、思特威等为代表的一批信息技术企业。",
     ["和元生物", "微电生理", "翱捷科技", "思特威"]),  # two lists in a clause, half-width commas, 药企 inside 医药企业
])
def test_a_list_of_coined_short_names_before_a_company_word_names_companies(text, names):
    assert _listed(text) == names


@pytest.mark.parametrize("text", [
    "推动钢铁、石化、建材等企业节能降碳。",
    "组建能源发展、数据、城市更新等一批主业企业。",
    "持续提升计量、标准、检测、认证等服务企业能力。",
    "做强绿铝、绿铜、绿硅、绿氢等品牌。",  # brands are products and events in work reports
    "和元生物、微电生理已在科创板上市。",  # no company word closes the list
    "新材料、新能源、高端装备等战略性新兴产业企业。",  # the policy vocabulary's words
    "单项冠军、瞪羚、独角兽等一批企业。",  # kinds of company
    "张三、李四等企业家代表参加。",  # 企业家
    "张国清、刘国中等同志深入企业调研。",  # a verb between the list and the company word
    "全村有包装材料、物流仓储、摄影美工、直播培训等配套企业40多家。",  # 包装|材料: a rare word made of frequent ones
])
def test_kinds_of_company_and_lists_without_a_company_word_name_none(text):
    assert _listed(text) == []


def test_listed_names_are_companies_among_the_organizations():
    got = _found("以翱捷科技、思特威、伟测科技等为代表的一批重点新一代信息技术企业。")
    assert {name: got.get(name) for name in ("翱捷科技", "思特威", "伟测科技")} == dict.fromkeys(("翱捷科技", "思特威", "伟测科技"), "company")


def test_a_registered_company_in_a_list_keeps_its_registry_name():
    doc = ingest.build("t", "t", "华为、腾讯等企业在贵州建设数据中心。", "utf-8", b"")
    found = organizations.find(doc.view, 0, len(doc.view), [], ON)
    assert [o.name for o in found if o.mention == "华为"] == ["华为投资控股有限公司"]


def test_short_names_of_state_owned_groups_and_names_with_a_company_ending_count_as_names_in_a_list():
    text = "与中国融通、中建市政、中铁置业、庞大集团、伊藤忠纤维、恩力动力、江南信安等14家企业进行了签约。"
    assert _listed(text) == ["中国融通", "中建市政", "中铁置业", "庞大集团", "伊藤忠纤维", "恩力动力", "江南信安"]


def test_you_before_a_list_of_companies_opens_it():
    assert _listed("其中，央企类项目有中国融通、中建市政、中铁置业3家企业。") == ["中国融通", "中建市政", "中铁置业"]


@pytest.mark.parametrize("text", ["航天科技、生物医药等企业。", "投资公司、专业合作社、旅行社等企业。"])
def test_a_sector_or_a_kind_of_company_with_its_ending_names_no_company(text):
    assert _listed(text) == []


def test_shi_inside_a_name_opens_no_list():
    assert _listed("支持是德科技、罗德与施瓦茨等企业。")[0] == "是德科技"


@pytest.mark.parametrize("text", [
    "片区还带动蓬莱、龙口等地的海洋食品加工企业借船出海。",  # 等地: the items are places
    "集成电路、工业母机等先进制造业企业累计享受加计抵减。",  # the companies are an industry's, the items its branches
])
def test_a_list_of_places_or_industries_before_companies_names_none(text):
    assert _listed(text) == []


@pytest.mark.parametrize("text, names", [
    ("霍尼韦尔、西门子、博世等地区总部企业落户。", ["霍尼韦尔", "西门子", "博世"]),  # 地区总部: a kind of company, no places
    ("雅戈尔、太平鸟、博洋等地方龙头企业加快转型。", ["雅戈尔", "太平鸟", "博洋"]),
    ("天合光能、晶科能源、阿特斯等光伏行业企业扩产。", ["天合光能", "晶科能源", "阿特斯"]),  # an industry's companies, most
    ("海尔、美的、格力等家电行业企业追加投资。", ["海尔", "美的", "格力"]),  # of them coined names
])
def test_companies_listed_before_a_kind_of_company_or_their_industry_are_companies(text, names):
    assert _listed(text) == names
