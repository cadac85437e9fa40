"""Corpus overview on the tiny corpus of conftest."""

from helpers.analysis import overview


def test_overview_counts(facts):
    docs = overview.documents_table(facts)
    assert list(docs["doc"]) == ["b", "a"]  # newest first
    assert "doc_number" not in docs.columns  # news carries no file number; the column appears only when one does
    assert overview.reporters(facts).set_index("reporter")["documents"].to_dict() == {"李四": 2, "张三": 1}
    assert overview.sources(facts)["documents"].sum() == 2


def test_documents_by_name_and_dates_by_month(facts):
    named = overview.named(overview.documents_table(facts), {"a": "甲", "b": "乙"})
    assert list(named["文档 document"]) == ["乙", "甲"]
    assert overview.dates(facts).to_dict("records") == [{"month": "2021-09", "documents": 2}]
    assert overview.dates_finding(overview.dates(facts)).startswith("The documents are dated 2021-09")


def test_a_tie_between_publishers_is_reported_as_one(facts):
    text = overview.sources_finding(overview.sources(facts))
    assert text.startswith("2 publishers contribute 1 document(s) each")
