"""Metadata from datelines, signatures and file numbers."""

from support import FIXTURES
from helpers import ingest


def test_seed_meta_from_dateline(seed_doc, gold):
    meta = seed_doc.meta
    assert meta["publisher"] == "新华社"
    assert meta["place"] == "北京"
    assert meta["date"] == "2021-09-05"
    assert meta["reporters"].split("、") == gold["meta"]["reporters"]
    assert len(meta["reporters"].split("、")) == 13
    assert meta["title"] == gold["meta"]["title"]


def test_dateline_at_start_of_body():
    text = "标题\n新华社北京3月5日电（记者 张三 李四）2024年政府工作报告提出，今年发展主要预期目标是……\n2024年经济增长5%左右。"
    doc = ingest.build("d", "d", text, "utf-8", b"")
    assert doc.meta["publisher"] == "新华社"
    assert doc.meta["date"] == "2024-03-05"
    assert doc.meta["reporters"] == "张三、李四"


def test_a_joint_dispatch_names_each_place_it_was_filed_in():
    text = "标题\n新华社万象/金边11月18日电（记者 孙一 陈二）中老铁路累计发送旅客4300万人次。"
    doc = ingest.build("d", "d", text, "utf-8", b"")
    assert (doc.meta["publisher"], doc.meta["place"], doc.meta["reporters"]) == ("新华社", "万象/金边", "孙一、陈二")


def test_a_dateline_with_the_papers_app_and_no_place():
    text = "标题\n湖南日报·新湖南客户端12月17日讯(通讯员 胡小清) 12月16日晚，社员们结束了6天5晚的旅游行程。"
    doc = ingest.build("d", "d", text, "utf-8", b"")
    assert (doc.meta["publisher"], doc.meta["place"]) == ("湖南日报", "")
    assert doc.view[slice(*doc.meta["dateline_span"])].startswith("湖南日报·新湖南客户端12月17日讯")


def test_a_papers_credit_without_a_date_opens_the_lead_and_names_the_paper():
    doc = ingest.build("d", "d", "标题\n湖北日报讯（记者 张三）武汉理工大学今年共有毕业生13603人。", "utf-8", b"")
    assert (doc.meta["publisher"], doc.meta["place"], doc.meta["date"]) == ("湖北日报", "", "")
    assert doc.view[slice(*doc.meta["dateline_span"])] == "湖北日报讯（记者 张三）"
    doc = ingest.build("d", "d", "标题\n本报讯　武汉理工大学今年共有毕业生13603人。", "utf-8", b"")
    assert doc.meta["publisher"] == "" and doc.view[slice(*doc.meta["dateline_span"])].startswith("本报讯")
    doc = ingest.build("d", "d", "标题\n通讯员讯息传递更快。", "utf-8", b"")
    assert "dateline_span" not in doc.meta  # 讯 of another word


def test_official_documents_give_their_file_number_signature_and_date():
    """A 通知/意见 has no dateline: its file number heads it, its issuer and date sign it (GB/T 9704)."""
    text = (FIXTURES / "notice.txt").read_text(encoding="utf-8")
    doc = ingest.build("n", "n", text, "utf-8", b"")
    assert doc.meta["doc_number"] == "国办发〔2022〕30号"
    assert (doc.meta["publisher"], doc.meta["date"]) == ("国务院办公厅", "2022-09-07")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[1] == "byline" and kinds[-2:] == ["byline", "byline"] and kinds.count("byline") == 3
    assert doc.paragraphs[-3].kind == "body"  # the last body paragraph is not taken for a signature


def test_a_dateline_outranks_a_signature():
    doc = ingest.build("d", "d", "标题\n新华社北京3月5日电 正文一句。\n国务院办公厅\n2024年3月1日", "utf-8", b"")
    assert doc.meta["date"] == "2024-03-05" and doc.meta["publisher"] == "新华社"


ISSUING_NOTICE = """某某省人民政府关于印发2024年重点任务分工方案的通知
某府〔2024〕5号
各市人民政府，省政府各部门：
《2024年重点任务分工方案》已经省政府常务会议审议通过，现印发给你们，请认真贯彻执行。
某某省人民政府
2024年2月20日
（此件公开发布）
2024年重点任务分工方案
一、主要预期目标
1.地区生产总值增长5%以上。
部门分工：省发展改革委牵头，各地、各部门配合。
"""


def test_a_notice_that_issues_another_document_is_signed_by_its_cover_letter():
    doc = ingest.build("n", "n", ISSUING_NOTICE, "utf-8", b"")
    assert (doc.meta["publisher"], doc.meta["date"], doc.meta["doc_number"]) == ("某某省人民政府", "2024-02-20", "某府〔2024〕5号")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[4:7] == ["byline", "byline", "byline"] and kinds[7] == "heading"  # the issued document's title heads it


def test_a_date_line_in_a_text_without_a_file_number_signs_nothing():
    doc = ingest.build("d", "d", "标题\n工作回顾\n市人民政府\n2024年2月20日\n正文一句。\n正文两句。", "utf-8", b"")
    assert doc.meta["publisher"] == "" and doc.meta["date"] != "2024-02-20"


def test_a_numbered_heading_before_a_date_after_a_file_number_signs_nothing():
    text = "关于召开安全生产会议的通知\n某安委〔2024〕3号\n各市安委会：\n经研究，定于近期召开会议，有关事项通知如下。\n一、会议时间\n2024年3月1日\n二、会议地点\n省政府会议室。"
    doc = ingest.build("n", "n", text, "utf-8", b"")
    assert doc.meta["publisher"] == "" and [p.kind for p in doc.paragraphs][4] != "byline"


def test_a_dateline_of_a_site_with_a_one_character_name():
    text = "天蓝水清的株洲。\n红网时刻9月16日讯(记者 李某 通讯员 葛某)9月15日,记者从省生态环境厅获悉,7月全省空气质量好转。"
    doc = ingest.build("d", "d", text, "utf-8", b"")
    assert doc.meta["publisher"] == "红网" and doc.meta["reporters"] == "李某、葛某"


def test_a_later_paragraph_opens_with_a_dispatch_only_from_an_agency_a_paper_or_a_station():
    from types import SimpleNamespace

    from helpers.ingest.metadata import opening_dateline

    text = "新华社北京12月19日电(记者韩洁)财政部长金人庆19日说，收入增长。"
    assert opening_dateline(text, SimpleNamespace(start=0, end=len(text))) == (0, 18)
    data = "据国家电网江苏7月25日电网运行数据，全省最大负荷创新高。"
    assert opening_dateline(data, SimpleNamespace(start=0, end=len(data))) is None


def test_a_correspondents_dispatch_is_a_dateline_too():
    doc = ingest.build("d", "d", "标题\n新华社华盛顿4月12日专电(记者江宇娟)国际货币基金组织12日公布2016年报告。", "utf-8", b"")
    assert doc.meta["publisher"] == "新华社" and doc.meta["place"] == "华盛顿" and doc.meta["date"] == "2016-04-12"
    assert doc.meta["reporters"] == "江宇娟"


def test_co_issuers_signing_on_one_line_are_all_read_the_leading_body_first():
    text = ("宜昌市人力资源和社会保障局 宜昌市财政局关于做好2025年就业补贴申领工作的通知\n宜人社发〔2025〕6号\n"
            "各县市区人力资源和社会保障局、财政局：\n一、补贴标准。按每招用1人1500元的标准发放。\n"
            "政策咨询电话：12333。\n宜昌市人力资源和社会保障局　　宜昌市财政局\n2025年2月24日\n")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    assert (doc.meta["publisher"], doc.meta["date"]) == ("宜昌市人力资源和社会保障局、宜昌市财政局", "2025-02-24")


def test_a_signature_s_co_issuers_are_short_names_not_the_body_before_them_on_its_line():
    one_line = ("会泽县扶持政策\n各乡镇人民政府，县直各单位：　　经县政府同意，现将有关事项通知如下。　　今年计划支持200家。"
                "　　会泽县农业农村局　　2025年3月5日\n")
    closing = "关于做好工作的通知\n一、要求。按标准发放。\n特此通知。　　南宁市商务局　　南宁市财政局\n2025年4月8日\n"
    assert ingest.build("t", "t", one_line, "utf-8", b"").meta["publisher"] == "会泽县农业农村局"
    assert ingest.build("t", "t", closing, "utf-8", b"").meta["publisher"] == "南宁市商务局、南宁市财政局"
