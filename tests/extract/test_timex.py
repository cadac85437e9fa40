"""Time expressions resolved against the document's date."""

import datetime as dt

from helpers.extract import timex


def test_dates_resolve_against_the_dateline():
    ref = dt.date(2021, 9, 5)
    got = {t.text: t.iso for t in timex.find("7月中旬，上半年，8月27日，2020年，今年一季度，截至2023年底", ref)}
    assert got == {"7月中旬": "2021-07-11/2021-07-20", "上半年": "2021-01-01/2021-06-30", "8月27日": "2021-08-27",
                   "2020年": "2020", "今年一季度": "2021-01-01/2021-03-31", "2023年底": "2023-12"}


def test_a_day_alone_that_closes_a_range_is_a_day_of_the_month_that_opens_it():
    got = [(t.text, t.iso) for t in timex.find("10月1日至7日，3月5日—12日；2月27日至3日；8日", dt.date(2024, 12, 9))]
    assert got == [("10月1日", "2024-10-01"), ("7日", "2024-10-07"), ("3月5日", "2024-03-05"), ("12日", "2024-03-12"),
                   ("2月27日", "2024-02-27"), ("3日", "2024-12-03"), ("8日", "2024-12-08")]  # no earlier day; alone: the dateline's
    assert [t.iso for t in timex.find("10月1日至7日", None)] == ["--10-01", "--10-07"]


def test_years_that_run_across_two_calendar_years_are_one_interval():
    got = [(t.text, t.iso) for t in timex.find("2025/26年度，2026-27至2035-36年度，2024-25学年；2025-27年度", None)]
    assert got[:3] == [("2025/26年度", "2025/2026"), ("2026-27至2035-36年度", "2026/2036"), ("2024-25学年", "2024/2025")]
    assert all(text != "2025-27年度" for text, _ in got)  # no financial year ends two years on
    assert [t.iso for t in timex.find("2025/26年度至2027/28年度", None)] == ["2025/2028"]  # the word on both ends


def test_a_text_that_writes_taiwans_calendar_has_its_three_digit_years_read_as_dates():
    view = "主計總處上修107年全年經濟成長率預測,較106年11月預測數增加,對107年預測為逐季成長。"
    assert [(t.text, t.iso) for t in timex.find(view, None)] == [("107年", "2018"), ("106年11月", "2017-11"), ("107年", "2018")]
    assert timex.find("建党100年来，成就巨大。", None) == []  # without a year's part or month after one, a length of years
    ref = dt.date(2018, 2, 13)
    lengths = "106年第4季失業率3.7%，107年全年預測上修。這家老店已有120年歷史，110年前創立，鐵路已通車135年。"
    assert [t.text for t in timex.find(lengths, ref)] == ["106年", "107年"]  # lengths of time, and no year after 2018
    assert [t.text for t in timex.find("建党100年上半年，该校建校120年来培养学生。", ref)] == ["上半年"]  # one is no calendar


def test_two_years_named_together_are_one_interval():
    got = {t.text: t.iso for t in timex.find("今明两年全球经济增速为3.2%和3.5%，明后两年为3.6%。", dt.date(2016, 4, 12))}
    assert got == {"今明两年": "2016/2017", "明后两年": "2017/2018"}
