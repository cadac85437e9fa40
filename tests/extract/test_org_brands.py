"""Companies named by their brand alone: a word of their own, and everyday words only where a company is meant."""

import datetime as dt

from helpers import ingest
from helpers.codebook import csv_book
from helpers.extract import org_brands, organizations, places

ON = dt.date(2024, 1, 1)


def _found(text):
    doc = ingest.build("t", "t", text, "utf-8", b"")
    found, abroad = places.find_with_bodies_abroad(doc.view)
    return {o.mention: o for o in organizations.find(doc.view, 0, len(doc.view), found, ON, abroad=abroad)}


def test_a_brand_alone_is_its_company():
    got = _found("华为、腾讯等企业在贵州建设数据中心。")
    assert (got["华为"].name, got["华为"].type) == ("华为投资控股有限公司", "company")
    assert got["腾讯"].name == "腾讯控股有限公司"


def test_a_brand_read_across_a_word_is_none():
    assert "京东" not in _found("推进南京东路、陆家嘴等重点商圈改造。")


def test_an_everyday_word_is_a_company_only_where_the_text_treats_it_as_one():
    assert "小米" not in _found("大同黄花菜、沁州黄小米等特优品牌叫响全国。")
    assert "苹果" not in _found("果农种植苹果三千亩。")
    assert "苹果" not in _found("打造洛川苹果品牌。") and "京东" not in _found("京东地区发展休闲旅游。")
    assert _found("小米手机旗舰店落地西宁。")["小米"].name == "小米集团"
    got = _found("苹果中国云服务、华为数据中心等项目相继落地贵州。")
    assert got["苹果"].name == "苹果公司" and got["华为数据中心"].name.startswith("华为投资控股有限公司")  # its unit


def test_only_a_company_named_by_an_unguarded_name_vouches_for_an_everyday_word():
    assert not {"苹果", "小米"} & set(_found("市场上苹果、小米供应充足。"))
    assert "苹果" not in _found("中国农业银行向苹果种植户发放贷款。")  # a bank is no company beside it
    assert "苹果" not in _found("推进南京东路的水果店里苹果供应充足。")  # nor a brand read across a word (京东)


def test_a_full_name_of_a_company_with_a_guarded_alias_stands_alone():
    assert _found("联想集团在合肥投资。")["联想集团"].name == "联想集团有限公司"
    assert _found("三星电子在西安扩产。")["三星电子"].name == "三星集团"


def test_every_company_has_a_source_and_guards_only_its_own_names():
    rows = list(csv_book("helpers.extract", org_brands.BOOK))
    assert rows and all(r["type"] == org_brands.COMPANY and r["source"] for r in rows)
    for r in rows:
        assert set(filter(None, r["guarded"].split("|"))) <= {r["name"], *r["aliases"].split("|")}, r["name"]


def test_data_providers_that_news_cites_by_their_brands():
    assert _found("Wind数据显示，A股上涨。")["Wind"].name == "上海万得信息技术股份有限公司"
    assert _found("2021年同花顺公司发布报告。")["同花顺公司"].name == "浙江核新同花顺网络信息股份有限公司"  # not 花顺公司
    assert _found("猫眼专业版数据显示，票房破10亿。")["猫眼专业版"].name == "猫眼娱乐"
    assert not _found("门上的猫眼坏了。Windows系统更新。")  # an everyday word; a longer Latin word
    assert "数据宝" in _found("数据宝、同花顺联合发布《A股半年报业绩复苏榜》。")
    assert not _found("大数据宝库建设加快。")  # guarded: 数据宝 only beside another company or before 公司


def test_a_markets_companies_in_a_period_are_a_class():
    assert not _found("上半年A股公司累计实现总营收30.55万亿元，港股公司也增长。")


def test_carmakers_and_travel_platforms_by_their_brands():
    assert _found("江淮汽车开始开拓哈萨克斯坦市场。")["江淮汽车"].name == "安徽江淮汽车集团股份有限公司"
    assert _found("奇瑞汽车、长安汽车、宇通等车企纷纷进入。")["宇通"].name == "宇通客车股份有限公司"
    assert _found("同程艺龙发布数据。")["同程艺龙"].name == "同程旅行控股有限公司"
    assert _found("一家三口同程旅行。与他同程的还有华为公司的员工。").keys() == {"华为公司"}  # everyday words
    assert not _found("宇通路小区改造完成。长安汽车客运站开通。")  # a road and a station named after brands
    assert "上汽集团" not in {o.name for o in _found("上汽通用五菱入选智能工厂名单。").values()}  # a joint venture's name


def test_the_platform_a_brand_runs_and_the_data_it_publishes_are_the_company_s():
    found = _found("同程旅行数据显示，哈尔滨排名第一，约三分之一的订单通过京东平台售出。")
    assert {"同程旅行", "京东"} <= set(found)


def test_securities_firms_and_rating_agencies_are_named_by_their_short_names():
    found = {m: o.type for m, o in _found("中信证券首席经济学家表示，中国银河证券、东方金诚和联合资信均预计增长5%左右。").items()}
    assert found == {"中信证券": "financial_soe", "中国银河证券": "financial_soe", "东方金诚": "company", "联合资信": "company"}


def test_express_companies_by_their_brands_and_not_the_everyday_word():
    from helpers.extract import extract_document

    text = ("标题\n中通快递揽收点负责人说，村里有中通、韵达、顺丰等快递网点9个。在华为工作多年的他为人圆通。"
            "中通客车今年销售客车1万辆。")
    found = {o["mention"]: o["name"] for o in extract_document(ingest.build("t", "t", text, "utf-8", b""))["organizations"]}
    assert found == {"中通快递": "中通快递(开曼)有限公司", "中通": "中通快递(开曼)有限公司", "韵达": "韵达控股股份有限公司",
                     "顺丰": "顺丰控股股份有限公司", "华为": "华为投资控股有限公司", "中通客车": "中通客车股份有限公司"}
    # not 为人圆通, an everyday word beside another company; 中通客车 is a company of its own


def test_airlines_and_retail_chains_by_their_short_names():
    found = _found("国航、东航、南方航空三家航空公司航班正常率较高，顺丰航空新增货机。苏宁易购销售额增长。东航物流营业收入增长。")
    assert found["东航"].name == "中国东方航空股份有限公司" and found["顺丰航空"].name == "顺丰航空有限公司"
    assert found["南方航空"].name == "中国南方航空股份有限公司" and found["东航物流"].name == "东方航空物流股份有限公司"
    assert not _found("南航学子在竞赛中获奖。国美学生举办毕业展。")  # 南京航空航天大学's and 中国美术学院's short names
    assert "海航" not in _found("海航某团今年完成飞行训练1200架次。")  # the navy's aviation, guarded
    assert not _found("建设国际航空枢纽。")


def test_makers_and_payment_services_by_their_short_names():
    found = _found("富士康、阿斯利康、洛阳钼业、中信重工、中国一拖参展。游客用支付宝、微信支付付款。")
    assert {m: o.name for m, o in found.items()}["中国一拖"] == "第一拖拉机股份有限公司"
    assert found["微信支付"].name == "财付通支付科技有限公司" and len(found) == 7


def test_makers_of_machinery_batteries_and_solar_cells_by_their_short_names():
    got = _found("中联重科加快布局中东市场，山河智能把小型挖掘机卖进了澳大利亚，徐工、柳工出口增长。")
    assert got["中联重科"].name == "中联重科股份有限公司" and got["山河智能"].name == "山河智能装备股份有限公司"
    assert got["柳工"].name == "广西柳工机械股份有限公司"
    assert "菜鸟" not in _found("他刚入行时还是个菜鸟。")  # an everyday word
    assert not {"万华", "海信"} & set(_found("村民张万华说，院长李海信介绍，海信广场开业。"))  # names of people and a mall
