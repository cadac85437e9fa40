"""Organizations: a dated registry, local bodies, generic nouns."""

import datetime as dt

from helpers import ingest
from helpers.extract import organizations, places


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def _orgs(text, on):
    doc = _doc(text)
    found = places.find(doc.view)
    return organizations.find(doc.view, 0, len(doc.view), found, on)


def test_registry_resolves_as_of_the_document_date():
    text = "国家乡村振兴局会同银保监会印发通知。"
    in_2021 = {o.mention: o for o in _orgs(text, dt.date(2021, 9, 5))}
    in_2024 = {o.mention: o for o in _orgs(text, dt.date(2024, 3, 1))}
    assert in_2021["国家乡村振兴局"].name == "国家乡村振兴局"
    assert in_2021["国家乡村振兴局"].type == "state_council_agency"
    assert in_2024["国家乡村振兴局"].name == "农业农村部"
    assert in_2024["国家乡村振兴局"].type == "state_council_ministry"
    assert in_2021["银保监会"].name == "中国银行保险监督管理委员会"
    assert in_2024["银保监会"].name == "国家金融监督管理总局"


def test_aliases_and_local_bodies():
    found = {o.mention: o for o in _orgs("住建部、浙江省市场监管局、当地医保局、田北村党支部和中国农业大学。", dt.date(2021, 1, 1))}
    assert found["住建部"].name == "住房和城乡建设部"
    assert found["浙江省市场监管局"].name == "浙江省市场监督管理局"
    assert found["浙江省市场监管局"].level == "provincial"
    assert found["当地医保局"].type == "local_government"
    assert found["田北村党支部"].type == "local_government"
    assert found["中国农业大学"].type == "university"


def test_departments_in_general_are_not_ministries():
    assert not _orgs("公安部门和教育部门联合行动。", dt.date(2021, 1, 1))


def test_local_bodies_chain_and_collective_prefixes():
    found = {o.mention for o in _orgs("各区人民政府：请于2月5日前报送市政府办公厅。", dt.date(2024, 1, 1))}
    assert {"各区人民政府", "市政府办公厅"} <= found
