"""Speakers by role, organizations with their topics, co-mentions, and ties."""

import pandas as pd

from helpers.analysis import actors, topics
from helpers.store import facts as F


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


def test_organizations_and_their_edges_answer_alike_from_the_store(facts):
    kept, frame = topics.PrimaryTopics(facts), topics.primary(facts)
    pd.testing.assert_frame_equal(actors.top_organizations(facts, kept), actors.top_organizations(facts, frame))
    pd.testing.assert_frame_equal(actors.co_mentions(facts, kept), actors.co_mentions(facts, frame))


def test_an_organizations_topics_are_its_paragraphs_most_frequent_ties_first_met():
    names = topics.names().set_index("cap_major")["topic"]
    later, earlier, rare = sorted([names[1], names[2]], reverse=True) + [names[3]]  # the tie's first met sorts last
    caps = {later: 1 if later == names[1] else 2, earlier: 2 if later == names[1] else 1, rare: 3}
    paras = [("d", 0, later), ("d", 1, earlier), ("d", 2, earlier), ("e", 0, rare), ("e", 1, later)]
    facts = F.Facts({
        "documents": pd.DataFrame({"doc": ["d", "e"], "date": ["", ""], "status": "ok"}),
        "paragraphs": pd.DataFrame([(d, p, "body", "", "字" * 20) for d, p, _ in paras], columns=["doc", "para", "kind", "section", "text"]),
        "paragraph_topics": pd.DataFrame([(d, p, caps[t], "其他", True) for d, p, t in paras],
                                         columns=["doc", "para", "cap_major", "gov_class", "primary"]),
        "organizations": pd.DataFrame([(d, p, "甲局", "甲局", "other", "") for d, p, _ in paras],
                                      columns=["doc", "para", "mention", "name", "type", "level"]),
        "quantities": pd.DataFrame({"claim": [True], "actor": ["甲局"]}),
    })
    top = actors.top_organizations(facts, topics.PrimaryTopics(facts)).set_index("name")
    assert top.loc["甲局", "topics"] == f"{later}、{earlier}、{rare}" and top.loc["甲局", "documents"] == 2
    assert top.loc["甲局", "claims"] == 1


def test_places_roll_up_to_their_province(facts):
    provinces = actors.province_mentions(facts).set_index("province")
    assert provinces.loc["河南省", "mentions"] == 2 and provinces.loc["河南省", "code"] == "410000"


def test_places_abroad_are_named_by_their_country_or_region_and_ranked_after_home(tmp_path):
    from helpers.store import corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("外贸\n云南对柬埔寨出口增长12%，对非洲出口增长5%，柬埔寨和非洲市场持续扩大。\n", encoding="utf-8")
    corpus.run([raw], tmp_path / "facts", jobs=1, quiet=True)
    facts = F.load(tmp_path / "facts")
    named = actors.top_places(facts).set_index("place")
    assert (named.loc["柬埔寨", "level"], named.loc["非洲", "level"]) == ("country", "region")
    assert list(actors.places_by_level(facts)["level"]) == ["province", "country", "region"]
