"""Bodies and places named again by 该 and the word their name ends with."""

from helpers.extract import organizations, places, pointers


def _pointed(view: str):
    found = places.find(view)
    return pointers.find(view, organizations.find(view, 0, len(view), found, None), found)


def test_a_pointer_names_the_last_body_or_place_before_it_whose_name_ends_with_its_word():
    view = "天门市人社局推动返乡创业。湖北省财政厅拨付资金。该局联动市场监管部门。陇县东南镇召开观摩会。该镇实施项目86个。"
    orgs, found = _pointed(view)
    assert [(view[o.start : o.end], o.name) for o in orgs] == [("该局", "天门市人力资源和社会保障局")]  # not the 厅
    assert [(view[p.start : p.end], p.full_name) for p in found] == [("该镇", "陇县东南镇")]


def test_no_pointer_without_a_body_before_it_or_where_a_bodys_name_opens_with_gai():
    assert _pointed("该局联动市场监管部门。天门市人社局推动返乡创业。") == ([], [])
    view = "天门市财政局拨付资金。该市财政局安排资金。"
    assert _pointed(view) == ([], [])  # 该市财政局 is a body of its own: its 该市 points at no place


def test_no_pointer_where_the_word_runs_on_or_the_body_is_far_back_or_before_a_heading():
    for view in ["杭州市召开会议。该市场今年交易额达到50亿元。", "市委宣传部召开会议。该部分资金共计3000万元。",
                 "天门市公安局召开会议。该局面下发案数下降20%。", "杭州市召开会议。该中心城区人口达到120万人。"]:
        assert _pointed(view) == ([], []), view
    far = "天门市人社局推动返乡创业。" + "会议强调要做好各项工作。" * 200 + "该局发放补贴500万元。"
    assert _pointed(far)[0] == []
    view = "天门市人社局推动返乡创业。一、就业工作。该局发放补贴500万元。"
    found = places.find(view)
    orgs = organizations.find(view, 0, len(view), found, None)
    assert pointers.find(view, orgs, found, [view.index("一、")])[0] == []  # a heading starts a new matter
    assert len(pointers.find(view, orgs, found)[0]) == 1
