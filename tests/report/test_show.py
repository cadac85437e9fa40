"""Tables as readers see them."""

import pandas as pd


def test_tables_show_stored_column_names_as_readers_headers():
    from helpers.report.show import table_html

    page = table_html(pd.DataFrame({"doc": ["a"], "n_chars": [3]}), name="documents")
    assert 'data-label="文档 document"' in page and 'data-label="字数 characters"' in page and "n_chars" not in page
