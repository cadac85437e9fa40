"""Time expressions resolved against the document's date."""

import datetime as dt

from helpers.extract import timex


def test_dates_resolve_against_the_dateline():
    ref = dt.date(2021, 9, 5)
    got = {t.text: t.iso for t in timex.find("7月中旬，上半年，8月27日，2020年，今年一季度，截至2023年底", ref)}
    assert got == {"7月中旬": "2021-07-11/2021-07-20", "上半年": "2021-01-01/2021-06-30", "8月27日": "2021-08-27",
                   "2020年": "2020", "今年一季度": "2021-01-01/2021-03-31", "2023年底": "2023-12"}
