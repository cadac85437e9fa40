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


def test_sections_come_in_reading_order_and_a_page_asks_only_for_its_first_rows(facts):
    whole = overview.sections_table(facts)
    assert overview.section_count(facts) == len(whole) == 2 and set(whole["section"]) == {overview.LEAD}
    assert whole["characters"].tolist() == [facts.paragraphs.query(f"doc == '{d}' and kind == 'body'")["text"].str.len().sum()
                                            for d in whole["doc"]]
    assert overview.sections_table(facts, limit=1).equals(whole.head(1))


def test_the_documents_table_counts_each_documents_structure(facts):
    docs = overview.documents_table(facts).set_index("doc")
    assert docs.loc["a", "body_paragraphs"] == 4 and docs.loc["a", "sentences"] == 5 and docs.loc["a", "n_reporters"] == 2
