"""Thorough mode: the LAC tagger's organizations, added where the patterns found none and kept only when they end like
a body."""

from helpers import ingest
from helpers.extract import org_model, organizations, places
from helpers.store import corpus


def _orgs(text, thorough):
    doc = ingest.build("t", "t", text, "utf-8", b"")
    return {o.mention: o for o in organizations.find(doc.view, 0, len(doc.view), places.find(doc.view), None, thorough)}


def test_thorough_mode_adds_a_body_the_patterns_miss():
    text = "崂山实验室加快建设。"
    assert not _orgs(text, thorough=False)
    assert _orgs(text, thorough=True)["崂山实验室"].type == "other"


def test_a_tagged_span_without_a_body_ending_is_dropped():
    assert not _orgs("实施新时代立德树人工程，推动川渝通办。", thorough=True)


def test_only_sentences_with_an_office_character_are_tagged():
    view = "今年经济稳中向好。崂山实验室加快建设。"
    assert [text for _, text in org_model.sentences(view, 0, len(view))] == ["崂山实验室加快建设。"]


def test_a_long_sentence_is_cut_at_a_comma():
    view = "，".join(["省委推动高质量发展"] * 40) + "。"
    cut = org_model.sentences(view, 0, len(view))
    assert len(cut) > 1 and all(len(text) <= org_model.LONGEST for _, text in cut)
    assert cut[1][0] == cut[0][0] + len(cut[0][1])


def test_thorough_extraction_is_cached_apart(tmp_path):
    (tmp_path / "a.txt").write_text("崂山实验室加快建设。", encoding="utf-8")
    default, _, _ = corpus.plan([tmp_path])
    thorough, _, _ = corpus.plan([tmp_path], thorough=True)
    assert default[0].key != thorough[0].key
