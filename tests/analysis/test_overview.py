"""Corpus overview on the tiny corpus of conftest."""

from helpers.analysis import overview


def test_overview_counts(facts):
    docs = overview.documents_table(facts)
    assert list(docs["doc"]) == ["b", "a"]  # newest first
    assert "doc_number" not in docs.columns  # news carries no file number; the column appears only when one does
    assert overview.reporters(facts).set_index("reporter")["documents"].to_dict() == {"李四": 2, "张三": 1}
    assert overview.sources(facts)["documents"].sum() == 2
