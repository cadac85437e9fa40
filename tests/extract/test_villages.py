"""Villages a text about one county or one prefecture names alone."""

import pytest

from helpers import extract, ingest
from helpers.extract import divisions, villages

YANGGU = next(u for u in divisions.load().units if u.name == "阳谷县")
WUHAN = next(u for u in divisions.load().units if u.name == "武汉市")


@pytest.mark.parametrize("text, village", [
    ("记者来到张街村，看到新房。", "张街村"),  # one word with 村
    ("在马楼村党支部的带领下", "马楼村"),  # a name, then 村
    ("刘家湾村的村民", "刘家湾村"),
    ("秋日的菖蒲塘村产业园里", "菖蒲塘村"),  # a noun, then a name jieba glued to 村 (菖蒲|塘村)
    ("吸引青年人才1500余名；鲁家村入选全国乡村旅游重点村。", "鲁家村"),  # a surname, then 家 glued to 村 (鲁|家村)
])
def test_a_name_before_cun_is_a_village_of_the_county(text, village):
    found = villages.find(text, [], YANGGU)
    assert [(p.mention, p.county, p.level) for p in found] == [(village, "阳谷县", "village")]


@pytest.mark.parametrize("text", ["推进新农村建设", "帮扶后进村发展", "全县贫困村全部出列", "村委会换届", "驻村工作队进村入户",
                                  "王村长说", "建设示范村", "在塘村建成大棚", "全村有86户",
                                  "全力打造美丽塘村", "今年新建李村文化广场", "光伏项目覆盖全镇王村", "党员张村说",
                                  "推进城中村改造", "带动全家村民增收", "大家村里见"])
def test_kinds_of_village_and_words_that_open_with_cun_are_no_village(text):
    assert villages.find(text, [], YANGGU) == []


def test_only_a_text_about_one_county_names_villages_alone():
    assert villages.find("记者来到张街村。", [], None) == []
    text = "阳谷县十五里园镇组织活动\n\n阳谷县十五里园镇马楼村成立合作社。阳谷县推进振兴。阳谷的张街村也加入了。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"]
    assert ("张街村", "阳谷县") in {(p["mention"], p["county"]) for p in rows}


def test_a_text_about_one_prefecture_names_villages_of_that_prefecture_alone():
    found = villages.find("在谢园村，蓝莓基地新大棚已有1万平方米。", [], WUHAN)
    assert [(p.mention, p.province, p.city, p.county) for p in found] == [("谢园村", "湖北省", "武汉市", "")]
    text = "武汉国企联村见闻\n\n武汉市推进国企联村。武汉市属国企与村结对。在谢园村，蓝莓基地新大棚已有1万平方米。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"]
    assert ("谢园村", "武汉市") in {(p["mention"], p["city"]) for p in rows}
    kinds = "武汉市乡村振兴工作会议召开\n\n今年，武汉市创建美丽宜居村20个，建成乡村振兴村15个，建设红色美丽村庄。"
    rows = extract.extract_document(ingest.build("t", "t", kinds, "utf-8", b""))["places"]
    assert not [p["mention"] for p in rows if p["mention"].endswith("村")]  # kinds, and 村 opening 村庄


def test_a_village_name_may_open_with_a_word_of_position_and_a_list_keeps_its_kind():
    found = villages.find("和他一起的还有大西港村、利厚村的112名社员", [], YANGGU)
    assert [p.mention for p in found] == ["大西港村", "利厚村"]  # 利厚 alone reads as an adjective
    assert villages.find("全县贫困村、后进村全部出列", [], YANGGU) == []  # a kind after a kind


def test_a_locative_after_a_verb_or_a_time_opens_no_village_name():
    assert [p.mention for p in villages.find("在他的带动下西港村发生了巨变。", [], YANGGU)] == ["西港村"]
    assert [p.mention for p in villages.find("三年前西港村还很穷。", [], YANGGU)] == ["西港村"]


@pytest.mark.parametrize("text, listed", [
    ("阳谷县十五里园镇马楼村和草滩村的村民", ["草滩村"]),  # a noun before 村, after a village of the list
    ("阳谷县十五里园镇马楼村、利厚村和张庄村的村民", ["利厚村", "张庄村"]),
    ("阳谷县十五里园镇马楼村和村民一起", []),  # 村民 is no village
    ("阳谷县十五里园镇马楼村和重点村结对", []),  # a kind of village
    ("阳谷县十五里园镇马楼村与城中村", []),
])
def test_villages_listed_after_a_village_lie_where_it_lies(text, listed):
    from helpers.extract import places

    found = places.find(text)
    after = villages.listed_after(text, found)
    assert [p.mention for p in after] == listed
    assert {(p.province, p.county) for p in after} <= {(f.province, f.county) for f in found}


def test_a_village_found_alone_is_not_listed_again():
    from helpers.extract import places

    text = "阳谷县新闻。\n阳谷县十五里园镇马楼村、利厚村和张庄村的村民"
    found = places.find(text)
    alone = villages.find(text, found, YANGGU)
    listed = villages.listed_after(text, found, alone)
    assert sorted(p.mention for p in alone + listed) == sorted(set(p.mention for p in alone + listed))


def _located(text):
    from helpers.extract import places

    return [(p.mention, p.county, p.level) for p in villages.located(text, places.find(text))]


def test_a_village_located_by_a_verb_before_its_divisions_is_of_that_county_in_every_mention():
    text = "走进周家村，景象喜人。周家村位于浙江省象山县黄避岙乡，靠山靠海。"
    assert _located(text) == [("周家村", "象山县", "village")] * 2  # jieba reads 周家 as a noun
    assert _located("纳翁村隶属于贵州省册亨县。") == [("纳翁村", "册亨县", "village")]
    assert _located("全村位于浙江省象山县黄避岙乡。") == []  # a kind of village, no name
    assert _located("淘宝村位于浙江省义乌市后宅街道。全国淘宝村数量达到7780个。") == []
    assert _located("周家村在浙江省象山县。") == []  # no verb that locates it


def test_a_village_named_as_a_countys_is_of_that_county_in_every_mention():
    text = "在国家扶贫开发工作重点县右玉县的黄家窑村，村民算账。黄家窑村位于山西与内蒙古交界地带。"
    assert _located(text) == [("黄家窑村", "右玉县", "village")] * 2  # jieba glues the name's 窑 to 村 (黄家|窑村)
    assert _located("右玉县的贫困村减少了。右玉县的村民增收。右玉县的传统村落有12个。") == []  # kinds, and 村落


def test_a_village_named_right_after_its_county_is_of_that_county_in_every_mention():
    text = "黑龙江桦川县双兴村的稻田里，稻穗饱满。双兴村农民魏少胜说，今年收成好。"
    assert _located(text) == [("双兴村", "桦川县", "village")] * 2  # no township between them
    assert _located("桦川县农村改革见成效。桦川县新农村建设提速。桦川县贫困村全部出列。桦川县村民增收。") == []


def test_a_prefecture_with_no_counties_names_its_townships_alone():
    text = "东莞市发布劳动关系白皮书\n\n东莞市人社局发布白皮书。塘厦镇一家电子企业与工会签订集体合同。东莞全市企业2.1万家。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"]
    assert ("塘厦镇", "广东省", "东莞市", "township") in {(p["mention"], p["province"], p["city"], p["level"]) for p in rows}
    assert villages.towns_holder(divisions.load().by_code["441900"]) is not None
    assert villages.towns_holder(divisions.load().by_code["420100"]) is None  # 武汉市: its towns lie in its districts
    text = "中山市经济运行情况\n中山市发布经济数据。中山市东区、西区两个园区产值增长，小榄、古镇等镇增长5%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"]
    assert {p["mention"] for p in rows if p["level"] == "township"} == {"小榄", "古镇"}  # 东区, 西区: any town's parts


def test_a_county_township_named_with_its_former_suffix_is_that_township():
    found = villages.towns("当时，魏庄镇几名农民背着工具包外出。", [], [], next(u for u in divisions.load().units if u.name == "长垣市"))
    assert [(p.mention, p.county, p.level) for p in found] == [("魏庄镇", "长垣市", "township")]  # the list's 魏庄街道


def test_a_village_after_a_surnames_village_in_a_list_is_one_too():
    found = villages.find("鲁家村、高家堂村入选全国乡村旅游重点村。", [], YANGGU)
    assert [p.mention for p in found] == ["鲁家村", "高家堂村"]  # (高家|堂村: a clan's name, then a noun with 村)


def test_a_village_named_right_after_a_township_found_is_that_townships_though_jieba_reads_a_common_noun():
    text = "雷山茶旅\n新华社贵阳电 贵州省雷山县的茶产业发展迅速。谷雨刚过，望丰乡脚尧村的茶山上，采茶女背着竹篓。脚尧村是全县茶园面积最大的村。"
    doc = ingest.build("t", "t", text, "utf-8", b"")
    got = [(p["mention"], p["county"]) for p in extract.extract_document(doc)["places"] if p["level"] == "village"]
    assert got == [("脚尧村", "雷山县"), ("脚尧村", "雷山县")]
