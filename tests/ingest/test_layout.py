"""What a page's layout adds to a text: the joint between two lines of a paragraph, and page furniture."""

from helpers.ingest.formats import layout


def test_lines_join_with_a_space_only_between_latin_words():
    assert layout.joint("l", "A") == " " and layout.joint("局", "院") == "" and layout.joint("3", "4") == ""


def test_running_furniture_is_keyed_without_its_numbers():
    assert layout.furniture_key("立法會  ─  2013年 1月 16日") == layout.furniture_key("立法會 ─ 2013年1月17日")
    assert layout.PAGE_NUMBER.match("3422") and layout.PAGE_NUMBER.match("第 12 页") and not layout.PAGE_NUMBER.match("2021年")
