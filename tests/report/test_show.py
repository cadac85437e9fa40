"""Tables as readers see them."""

import pandas as pd


def test_tables_show_stored_column_names_as_readers_headers():
    from helpers.report.show import table_html

    page = table_html(pd.DataFrame({"doc": ["a"], "n_chars": [3]}), name="documents")
    assert 'data-label="文档 document"' in page and 'data-label="字数 characters"' in page and "n_chars" not in page


def test_a_tables_first_rows_say_how_many_the_whole_table_has():
    from helpers.report.show import table_html

    page = table_html(pd.DataFrame({"doc": ["a", "b"]}), max_rows=2, total=5)
    assert "first 2 of 5 rows" in page and table_html(pd.DataFrame({"doc": ["a"]}), max_rows=2).count("first") == 0
