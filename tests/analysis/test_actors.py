"""Speakers by role and co-mentions."""

from helpers.analysis import actors, coverage as themes


def test_speaker_classes_and_comentions(facts):
    voices = actors.speakers(facts)
    assert voices.set_index("speaker").loc["王大妈", "role_class"] == "resident"
    assert actors.role_class("匠心艺品全运村店负责人", "王春莉") == "business"
    assert actors.role_class("田北村党支部书记", "王雄伟") == "official"
    assert actors.role_class("", "") == "unattributed"
    coded = themes.code_paragraphs(facts.paragraphs)
    edges = actors.co_mentions(facts, coded)
    assert ((edges["source"] == "财政部") & (edges["target"] == "public_finance")).any()
