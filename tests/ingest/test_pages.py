"""Scraped pages and real dates: chrome is dropped but accounted for, a report is titled, dated, placed and
attributed from its subtitle, and a document's date is never one its body only mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import extract, ingest
from helpers.ingest import dates
from helpers.store import corpus, facts as store

# A provincial report as a scraper copies its page: toolbar, breadcrumb, banner repeated, publication details,
# a photo caption, the report, then share buttons and related links.
PAGE = """下载
打印
【字号：
加大
还原
减小
】
您的位置:
首页
>
要闻
要闻
2025年某某省政府工作报告
来源：
某某日报
时间：2025-02-09
殷某某同志作政府工作报告。本报记者 王某摄
——2025年1月20日在江南省第十四届人民代表大会第三次会议上
江南省省长 殷某某
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全省地区生产总值增长5.2%，城镇新增就业68万人。
各位代表！让我们团结奋斗。
分享到：
微信
相关报道：
江南省两会开幕 代表热议12项民生实事
"""


def _build(text: str, name: str = "page", manifest_row: dict | None = None):
    return ingest.build(name, name, text, "utf-8", text.encode(), manifest_row)


def test_a_scraped_report_page_is_titled_dated_placed_and_attributed():
    doc = _build(PAGE)
    assert doc.meta["title"] == "2025年某某省政府工作报告"
    assert doc.meta["date"] == "2025-01-20"  # the meeting, not the page's 2025-02-09
    assert doc.meta["place"] == "江南省" and doc.meta["publisher"] == "江南省人民政府"
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "2025年某某省政府工作报告" and doc.paragraphs[0].kind == "title"
    for chrome in ("下载", "要闻", "某某日报", "时间：2025-02-09", "殷某某同志作政府工作报告。本报记者 王某摄", "分享到：", "相关报道："):
        assert chrome not in texts
    assert texts[-1] == "各位代表！让我们团结奋斗。"


def test_dropped_chrome_is_accounted_for_and_holds_no_facts():
    doc = _build(PAGE)
    rows = extract.extract_document(doc)
    corpus.reconcile(doc, rows)  # every character is in a paragraph or a dropped span
    dropped = "".join(doc.text[s:e] for s, e in doc.dropped)
    assert "相关报道" in dropped and "12项民生实事" in dropped
    assert {q["text"] for q in rows["quantities"]} >= {"5.2%", "68万人"}
    assert "12项" not in {q["text"] for q in rows["quantities"]}
    doc.dropped = doc.dropped[1:]
    with pytest.raises(corpus.ReconciliationError, match="in no paragraph and was not dropped"):
        corpus.reconcile(doc, rows)


def test_the_pages_stamp_dates_a_page_without_a_subtitle():
    page = PAGE.replace("——2025年1月20日在江南省第十四届人民代表大会第三次会议上\n", "")
    assert _build(page).meta["date"] == "2025-02-09"


def test_subtitles_of_speeches_and_national_reports():
    speech = "在庆祝大会上的讲话\n（二〇二一年七月一日）\n同志们，朋友们：\n今天，我们在这里隆重集会。"
    assert _build(speech).meta["date"] == "2021-07-01"
    national = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。"
    meta = _build(national).meta
    assert (meta["date"], meta["place"], meta["publisher"]) == ("2024-03-05", "", "国务院")


def test_a_text_without_page_furniture_keeps_its_head():
    text = "大\n中\n小\n三种规格的产品今年共售出12万件。"  # short lines, but no toolbar, label or stamp: no page
    assert [p.text for p in _build(text).paragraphs][:3] == ["大", "中", "小"]


@pytest.mark.parametrize("name,date", [
    ("20191002-04-03", "2019-10-02"), ("2026-01-25_报告", "2026-01-25"), ("要闻_20240301", "2024-03-01"),
    ("000_db82e49265a602f1", ""), ("2026_北京市_政府工作报告", ""), ("20241301", ""),
])
def test_dates_in_file_names(name, date):
    assert dates.from_file_name(name) == date


def test_a_folder_named_by_date_gets_those_dates_not_the_bodys(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "标题\n1998年，这里还是一片荒地。2035年，这里将建成新城，全市常住人口达到500万人。"
    for name in ("19980101-01-01", "20191002-04-03", "20240301"):
        (raw / f"{name}.txt").write_text(body, encoding="utf-8")
    (raw / "undated.txt").write_text(body, encoding="utf-8")
    (raw / "19480101.txt").write_text(body, encoding="utf-8")
    corpus.run([raw], tmp_path / "facts", jobs=1, quiet=True)
    docs = store.read_table(tmp_path / "facts", "documents").set_index("doc")
    assert docs["date"].to_dict() == {"19480101": "", "19980101-01-01": "1998-01-01", "20191002-04-03": "2019-10-02",
                                      "20240301": "2024-03-01", "undated": ""}
    assert docs.loc["19480101", "status"] == "warning" and "1948-01-01 from the file name is implausible" in docs.loc["19480101", "error"]
    assert all(dates.plausible(d) for d in docs["date"] if d)


def test_implausible_dates_are_warnings_and_the_next_source_is_used():
    text = "标题\n新华社北京2099年9月5日电 记者王某报道。\n正文一句。"
    doc = _build(text, "20210905")
    assert doc.meta["date"] == "2021-09-05"
    assert any("2099-09-05 from the dateline is implausible" in w for w in doc.warnings)
    doc = _build("标题\n正文一句。", "x", {"date": "1900-01-01"})
    assert doc.meta["date"] == "" and any("from the manifest is implausible" in w for w in doc.warnings)
    assert dates.plausible(dt.date.today().isoformat()) and not dates.plausible("1949-09-30")


def test_a_yearless_dateline_takes_its_year_from_the_file_name():
    text = "标题\n新华社北京12月30日电 记者王某报道。\n2019年、2019年、2019年的情况都很好。"
    assert _build(text, "20210102-01-01").meta["date"] == "2020-12-30"  # the dateline's day, the year before the paper's
    assert _build(text, "plain").meta["date"] == "2019-12-30"  # no date outside the text: the year it mentions most


@pytest.mark.parametrize("text,publisher", [
    ("标题\n据新华社北京9月5日电 正文一句。\n2021年。", "新华社"),
    ("标题\n据红网长沙9月5日电 正文一句。\n2021年。", "红网"),
    ("中华人民共和国主席令\n第一号\n正文一句。\n中华人民共和国主席 习近平\n2023年3月1日", "中华人民共和国主席"),
    ("通知\n正文一句。\n国务院办公厅 国家发展改革委\n2023年3月1日", "国务院办公厅、国家发展改革委"),
])
def test_a_publisher_is_a_name_never_a_sentence_fragment(text, publisher):
    assert _build(text).meta["publisher"] == publisher


def test_a_line_of_several_publication_details_dates_the_page_and_credits_its_source():
    # a city portal sets its details on one line: the source, then the date, then a widget's word
    text = "2022年1-5月某某市经济运行简析\n来源:市统计局 发布日期:2022-06-22 10:02:24 字体\n今年以来,全市上下认真贯彻落实决策部署,经济运行稳中有进。\n1-5月,全市规模以上工业增加值同比增长7.0%。"
    doc = _build(text)
    assert (doc.meta["publisher"], doc.meta["date"]) == ("市统计局", "2022-06-22")
    assert all("来源" not in p.text for p in doc.paragraphs if p.kind != "byline")  # the credit alone is the byline
    assert [p.text for p in doc.paragraphs if p.kind == "byline"] == ["来源:市统计局"]  # kept: the bureau is named there
    rows = extract.extract_document(doc)["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"市统计局"}  # the credited bureau reports the figures


def test_a_toolbar_on_the_line_of_the_source_label_is_no_part_of_the_credit():
    text = ("2025年安徽省教育事业发展统计公报\n发布时间：2026-04-08 09:30\u3000来源：安徽省教育厅\u3000【字体：大 中 小】\n"
            "全省共有各级各类学校2.43万所，比上年减少862所。")
    doc = _build(text)
    assert (doc.meta["publisher"], doc.meta["date"]) == ("安徽省教育厅", "2026-04-08")
    assert {q["actor"] for q in extract.extract_document(doc)["quantities"] if q["claim"]} == {"安徽省教育厅"}


def test_a_credit_ends_at_the_gap_a_template_sets_before_the_next_field():
    text = ("2024年1—10月全市经济运行简况\n发布日期：2024-11-20\u3000\u3000信息来源：芜湖市统计局\u3000\u3000字体：【大 中 小】\n"
            "今年以来，全市规模以上工业增加值同比增长8.2%。")
    doc = _build(text)
    assert (doc.meta["publisher"], doc.meta["date"]) == ("芜湖市统计局", "2024-11-20")
    assert [(p.kind, p.text) for p in doc.paragraphs[1:]] == [("byline", "信息来源：芜湖市统计局"),
                                                             ("body", "今年以来，全市规模以上工业增加值同比增长8.2%。")]


def test_a_credit_of_two_publishers_credits_the_first_and_its_statistics_are_theirs():
    text = ("江西省2024年国民经济和社会发展统计公报\n来源：江西省统计局\u3000国家统计局江西调查总队\u3000\u3000发布时间：2025-03-21\n"
            "初步核算，全年全省地区生产总值34202.5亿元，比上年增长5.1%。")
    doc = _build(text)
    assert (doc.meta["publisher"], doc.meta["date"]) == ("江西省统计局", "2025-03-21")
    assert doc.paragraphs[1].kind == "byline"
    assert {q["actor"] for q in extract.extract_document(doc)["quantities"] if q["claim"]} == {"江西省统计局"}


def test_an_organ_s_name_over_the_date_alone_credits_the_organ_and_its_release_s_figures_are_its():
    text = ("前三季度湖南经济运行稳中有进\n湖南省统计局\u30002025-10-24\n"
            "根据地区生产总值统一核算结果，前三季度全省地区生产总值39865.27亿元，同比增长5.6%。")
    doc = _build(text)
    assert (doc.meta["publisher"], doc.meta["date"]) == ("湖南省统计局", "2025-10-24")
    assert {q["actor"] for q in extract.extract_document(doc)["quantities"] if q["claim"]} == {"湖南省统计局"}
    for line in ("国内新闻", "经济部", "城市新闻部", "湖南日报社经济部", "湘潭县人民政府", "湖南省工业和信息化厅"):
        assert _build(f"要闻\n{line}\u30002024-11-02 09:15:00\n全省规上工业增加值增长6.5%。").meta["publisher"] == ""  # no
        # statistics organ: a channel, a desk, a portal, an organ whose site carries others' news
    text = "前三季度全省经济运行情况\n湖南省统计局\u30002025-10-25\n来源：湖南日报\n前三季度全省地区生产总值增长5.6%。"
    assert _build(text).meta["publisher"] == "湖南日报"  # the page's source label names who published it
    text = "前三季度全省经济运行情况\n湖南省统计局\u30002025-10-25\n前三季度全省地区生产总值增长5.6%。\n来源：湖南日报"
    assert _build(text).meta["publisher"] == "湖南日报"  # at its foot too


@pytest.mark.parametrize("credit", ["来源：国家统计局\u3000湖南调查总队", "来源：本报记者 王晓东", "来源：通讯员 周强"])
def test_two_words_with_a_space_credit_nobody_unless_the_second_opens_a_national_body(credit):
    doc = _build("全省规上工业增加值增长6.5%\n" + credit + "\n全年全省规模以上工业增加值比上年增长6.5%。")
    assert doc.meta["publisher"] == ""  # one body written with a space; a reporter


def test_a_stamp_barred_from_its_source_label_dates_the_page_and_the_site_is_credited_without_its_channel():
    text = ("春运前24天全社会跨区域人员流动量超48亿人次\n铁路日均发送旅客1150万人次 民航国际航班量同比增长31.7%\n"
            "2025年02月07日17:26 | 来源：人民网－经济·科技频道\n"
            "\u3000\u3000人民网北京2月7日电 （记者常钰涵）2月7日，交通运输部举行2月份例行新闻发布会，通报春运前半程运行情况。"
            "春运前24天全社会跨区域人员流动量累计48.65亿人次。")
    doc = _build(text)
    assert (doc.meta["date"], doc.meta["publisher"]) == ("2025-02-07", "人民网")
    assert all("来源" not in p.text for p in doc.paragraphs if p.kind != "byline")  # the credit alone is the byline
    rows = extract.extract_document(doc)["quantities"]
    assert next(q["actor"] for q in rows if q["text"] == "48.65亿人次") == "交通运输部"  # the lead's body, past the stamp


def test_a_stamp_before_the_source_label_dates_the_page_and_its_dateline_places_it():
    # a news site's line: the stamp, then 来源 (2020-01-14 12:06:41　来源：新华社), before the dateline's paragraph
    text = ("2019年我国外贸进出口总值31.54万亿元\n2020-01-14 12:06:41\u3000来源：新华社\n"
            "\u3000\u3000新华社北京1月14日电（记者于佳欣）海关总署14日发布数据，2019年我国货物贸易进出口总值31.54万亿元。\n"
            "\u3000\u3000以美元计价，2019年我国进出口总值4.58万亿美元，下降1%。")
    doc = _build(text)
    assert (doc.meta["date"], doc.meta["publisher"], doc.meta["place"]) == ("2020-01-14", "新华社", "北京")
    assert all("来源" not in p.text for p in doc.paragraphs if p.kind != "byline")  # the credit alone is the byline
    rows = extract.extract_document(doc)["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"海关总署"}  # the lead's body reports the later figures too


def test_a_sites_name_before_its_stamp_and_labels_is_no_body_paragraph():
    # a financial site's line: its name, the stamp, then 来源 and 作者, before the paper's own credit (…e公司讯，)
    text = ("西安银行2024年归母净利润增长6.82%\n证券时报网\u30002025-03-29 08:47\u3000来源：证券时报·e公司\u3000作者：孙宁\n"
            "证券时报e公司讯，西安银行（600928）3月28日晚间披露2024年年度报告。2024年，该行实现营业收入72.18亿元。\n"
            "截至报告期末，西安银行不良贷款率1.32%。关注类贷款占比2.87%。")
    doc = _build(text)
    assert doc.meta["date"] == "2025-03-29" and [p.kind for p in doc.paragraphs][:3] == ["title", "byline", "body"]
    rows = extract.extract_document(doc)
    assert {q["actor"] for q in rows["quantities"] if q["claim"]} == {"西安银行"}  # the company the article is about
    assert {o["mention"]: o["type"] for o in rows["organizations"]}["证券时报e公司"] == "media"  # its credit


def test_a_headline_of_two_clauses_leaves_the_stamp_line_under_it_in_the_pages_head():
    # a financial site's headline runs to two clauses; under it the site's name, its stamp, the author and the editor
    text = ("安徽前三季度新增专项债发行超2000亿元，“自审自发”项目占比近三成\n"
            "第一财经\u30002025-10-14 19:46:12\u3000作者：钱立新\u3000责编：刘晓芳\n"
            "前三季度，安徽新增专项债券资金已支出1638亿元，支出进度79.7%。\n")
    doc = _build(text)
    assert doc.meta["date"] == "2025-10-14" and doc.meta["publisher"] == "第一财经"  # the site publishes it
    assert [p.kind for p in doc.paragraphs] == ["title", "body"]  # the stamp line is the page's, no paragraph
    assert [q["text"] for q in extract.extract_document(doc)["quantities"]][:1] == ["前三季度"]
    channel = _build(text.replace("第一财经", "要闻"))
    assert channel.meta["date"] == "2025-10-14" and channel.meta["publisher"] == ""  # a channel's label publishes nothing
    channel = _build(text.replace("第一财经", "国内新闻").replace("\u3000作者：钱立新\u3000责编：刘晓芳", ""))
    assert (channel.meta["date"], channel.meta["publisher"]) == ("2025-10-14", "")  # its stamp still dates the page
    assert [p.kind for p in channel.paragraphs] == ["title", "body"]
    unlabelled = _build(text.replace("\u3000作者：钱立新\u3000责编：刘晓芳", "").replace("第一财经", "浙江日报"))
    assert (unlabelled.meta["date"], unlabelled.meta["publisher"]) == ("2025-10-14", "浙江日报")  # a paper's name and stamp
    assert [p.kind for p in unlabelled.paragraphs] == ["title", "body"]


def test_a_rule_of_symbols_under_a_releases_headline_is_no_paragraph():
    text = ("《長遠房屋策略》2025年周年進度報告\n＊＊＊＊＊＊＊＊＊＊＊＊\n"
            "房屋局今日公布《長策》2025年周年進度報告。十年期總房屋供應目標維持為440 000個單位。\n"
            "將軍澳、東涌和元朗的公營房屋供應目標為308 000個單位。\n房屋局局長表示，政府會與發展局、房屋署加快興建。\n")
    doc = _build(text)
    assert [p.kind for p in doc.paragraphs] == ["title", "body", "body", "body"]
    rows = {q["text"]: q["actor"] for q in extract.extract_document(doc)["quantities"] if q["claim"]}
    assert rows["308 000個"] == "房屋局"  # the lead's body (Hong Kong's, 將軍澳's region) reports the release's figures


def test_a_newspapers_print_edition_line_dates_and_credits_the_article_and_stays_its_byline():
    text = ("小山村的“云上”果园（乡村行·看振兴）\n本报记者　许晗　温瑞\n《 人民日报 》（ 2024年07月16日　 第 07 版）\n"
            "盛夏时节，江西省赣州市寻乌县项山乡福和村的百香果园里，藤蔓爬满架子，紫红色的果子挂满枝头。")
    doc = _build(text)
    assert (doc.meta["date"], doc.meta["publisher"]) == ("2024-07-16", "人民日报")
    assert [p.kind for p in doc.paragraphs] == ["title", "byline", "byline", "body"]


def test_a_reposts_original_title_line_is_chrome_and_its_lead_still_leads():
    text = ("节能减排方案出炉 部署十大重点工程\n原标题：节能减排方案出炉 部署十大重点工程\n本报记者 包兴安\n"
            "1月24日，国务院发布《节能减排综合工作方案》（以下简称《方案》）。\n"
            "据介绍，《方案》提出到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%。")
    doc = _build(text)
    assert all("原标题" not in p.text for p in doc.paragraphs)
    rows = extract.extract_document(doc)["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"国务院"}  # the lead's issuer reports its plan's targets


def test_a_credit_without_a_name_credits_nobody():
    text = "某某项目进展顺利\n发布日期:2024-07-04 21:16 来源: 分享到:\n微信\n为壮大村集体经济,带动村民就业增收,我市组织30个村委会投入资金。"
    doc = _build(text)
    assert (doc.meta["publisher"], doc.meta["date"]) == ("", "2024-07-04")


@pytest.mark.parametrize("credit", ["来源：原创", "来源：本网"])
def test_a_credit_that_names_only_the_site_credits_nobody(credit):
    doc = _build(f"某某简析\n{credit} 发布时间：2024-01-02\n今年以来,全市经济运行稳中有进,规模以上工业增加值增长5%。")
    assert (doc.meta["publisher"], doc.meta["date"]) == ("", "2024-01-02")


def test_a_credit_on_a_releases_last_line_names_the_body_whose_website_it_names():
    text = ("2023年1—9月全国新开工改造城镇老旧小区5.13万个\n1—9月份，全国新开工改造城镇老旧小区5.13万个，惠及居民851万户。\n"
            "来源:住房和城乡建设部网站\n")
    doc = _build(text)
    assert doc.meta["publisher"] == "住房和城乡建设部"
    assert all("来源" not in p.text for p in doc.paragraphs if p.kind != "byline")  # the credit alone is the byline
    rows = extract.extract_document(doc)["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"住房和城乡建设部"}


@pytest.mark.parametrize("tail, publisher", [("责任编辑：张三\n来源:住房和城乡建设部网站\n", "住房和城乡建设部"),
                                             ("相关链接\n来源:人民日报\n", "")])
def test_a_credit_after_the_editors_line_names_the_publisher_but_not_one_among_related_links(tail, publisher):
    doc = _build("关于老旧小区改造进展的通报\n1—9月份，全国新开工改造城镇老旧小区5.13万个。\n" + tail)
    assert doc.meta["publisher"] == publisher


def test_details_run_together_are_still_apart():
    doc = _build("某某简析\n来源：市统计局发布时间：2024-01-02\n今年以来,全市经济运行稳中有进,规模以上工业增加值增长5%。")
    assert (doc.meta["publisher"], doc.meta["date"]) == ("市统计局", "2024-01-02")


def test_the_issuer_a_title_names_goes_before_the_pages_credit():
    text = "陆良县民政局陆良县财政局关于提高城乡低保标准的通知\n来源：中国政府网 发布时间：2024-01-02\n各乡镇：城乡低保标准提高到每人每月700元，请遵照执行。"
    rows = extract.extract_document(_build(text))["quantities"]
    assert [q["actor"] for q in rows if q["claim"]] == ["陆良县民政局"]


def test_a_county_portals_details_in_lenticular_brackets_are_chrome_and_date_the_page():
    text = ("县农业农村局召开全体干部职工大会\n【信息来源:【信息时间:2022-02-15 15:10  阅读次数: 】\n"
            "县农业农村局召开全体干部职工大会，部署2022年重点工作。新建高标准农田2.5万亩。\n")
    doc = _build(text)
    assert doc.meta["date"] == "2022-02-15" and doc.meta["publisher"] == ""  # an empty credit credits nobody
    assert [p.kind for p in doc.paragraphs] == ["title", "body"]
    credited = _build("某镇新闻\n【信息来源:舒城县干汊河镇】【信息时间:2020-06-19】\n干汊河镇培育带头人15个。\n")
    assert (credited.meta["date"], credited.meta["credited"]) == ("2020-06-19", "舒城县干汊河镇")



def test_a_credit_above_the_headline_leaves_the_headline_first_and_a_dash_of_a_name_stays():
    doc = _build("来源：新华社\u3000\u30002024-03-05 10:12\n全国春耕备耕有序推进\n新华社北京3月5日电（记者王立彬）全国春播粮食面积超过9亿亩。")
    assert doc.meta["title"] == "全国春耕备耕有序推进" and doc.paragraphs[0].kind == "title"
    doc = _build("中国—东盟贸易额持续增长\n来源：中国-东盟博览会秘书处\n今年前8个月，中国与东盟贸易总值4.6万亿元。")
    assert doc.meta["publisher"] == "中国-东盟博览会秘书处"  # no site and channel
    doc = _build("我市消费品市场平稳增长\n2024-10-25 | 来源：市商务局 | 作者：市商务局\n前三季度，全市社会消费品零售总额326.5亿元。")
    assert (doc.meta["publisher"], doc.meta["date"]) == ("市商务局", "2024-10-25")


def test_a_subtitle_under_the_credit_stays_a_title_line_and_the_lead_s_reporter_is_read():
    doc = _build("全省粮食生产再获丰收\n来源：新华社\n——秋粮总产量创新高\n新华社郑州10月10日电（记者王五） 今年河南省秋粮总产量达到3200万吨。")
    assert [p.kind for p in doc.paragraphs[:3]] == ["title", "byline", "title"]
    doc = _build("我市召开会议部署安全生产工作\n来源：市应急管理局\n编者按：安全生产事关人民群众生命财产安全。\n"
                 "本报讯（记者 王五）5月31日，全市安全生产工作会议召开，检查企业1260家。")
    assert doc.meta["reporters"] == "王五"
