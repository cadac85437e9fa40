"""Speakers by role, organizations with their topics, co-mentions, and ties."""

import pandas as pd

from helpers.analysis import actors, topics


def test_speaker_classes():
    assert actors.role_class("匠心艺品全运村店负责人", "王春莉") == "business"
    assert actors.role_class("田北村党支部书记", "王雄伟") == "official"
    assert actors.role_class("", "") == "unattributed"


def test_resident_speaker_in_the_corpus(facts):
    assert actors.speakers(facts).set_index("speaker").loc["王大妈", "role_class"] == "resident"


def test_organizations_meet_the_topics_of_their_paragraphs(facts):
    prim = topics.primary(facts)
    edges = actors.co_mentions(facts, prim)
    finance = edges[(edges["source"] == "财政部") & (edges["kind"] == "org-topic")]
    assert set(finance["target"]) <= set(topics.names()["topic"]) and len(finance) == 1


def test_a_tie_names_every_leader():
    assert actors.leaders(pd.Series({"甲": 1, "乙": 1, "丙": 0})) == (["乙", "甲"], 1)
    assert actors.leaders(pd.Series(dtype=int)) == ([], 0)


def test_quotations_without_a_speaker_are_counted_apart():
    voices = pd.DataFrame({"role_class": ["official", "unattributed", "unattributed"]})
    text = actors.voices_finding(voices)
    assert text.startswith("1 quotation(s) name their speaker: 官员 official 1.") and "2 more passage(s)" in text
