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
    assert (got["华为"].name, got["华为"].type) == ("华为技术有限公司", "company")
    assert got["腾讯"].name == "腾讯控股有限公司"


def test_a_brand_read_across_a_word_is_none():
    assert "京东" not in _found("推进南京东路、陆家嘴等重点商圈改造。")


def test_an_everyday_word_is_a_company_only_where_the_text_treats_it_as_one():
    assert "小米" not in _found("大同黄花菜、沁州黄小米等特优品牌叫响全国。")
    assert "苹果" not in _found("果农种植苹果三千亩。")
    assert _found("小米汽车旗舰店落地西宁。")["小米"].name == "小米集团"
    got = _found("苹果中国云服务、华为数据中心等项目相继落地贵州。")
    assert got["苹果"].name == "苹果公司" and "华为" in got


def test_an_everyday_word_cannot_vouch_for_another():
    assert not {"苹果", "小米"} & set(_found("市场上苹果、小米供应充足。"))


def test_every_company_has_a_source_and_a_known_guard():
    rows = list(csv_book("helpers.extract", "companies.csv"))
    assert rows and all(r["type"] == org_brands.COMPANY and r["source"] and r["guard"] in ("", org_brands.GUARDED) for r in rows)
