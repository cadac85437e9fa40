"""The ledger built in blocks and asked in SQL answers as the ledger held in one DataFrame does."""

import pandas as pd
import pytest

from helpers.analysis import claims, ledger, methods, targets
from helpers.store import query, tables


def _unsigned(facts, folder):
    """A copy of the facts without extraction's signature: its ledger is built in the query's own folder."""
    import shutil

    shutil.copytree(facts.query.facts_dir, folder, ignore=shutil.ignore_patterns(".signature", ledger.CACHE))
    return folder


@pytest.fixture(scope="module")
def both(facts, tmp_path_factory):
    """The two-document corpus's ledger as a DataFrame, and as a Ledger streamed two claims at a time (so each
    document arrives in pieces) and written in blocks of whole documents."""
    q = query.Query(_unsigned(facts, tmp_path_factory.mktemp("unsigned") / "facts"))
    yield claims.ledger(facts), ledger.Ledger(q, block_claims=2)
    q.close()


def test_blocks_hold_whole_documents_and_make_up_the_ledger(both):
    frame, led = both
    blocks = list(led.blocks())
    docs = [set(block["doc"]) for block in blocks]
    assert len(blocks) == 2 and not docs[0] & docs[1]
    pd.testing.assert_frame_equal(pd.concat(blocks, ignore_index=True), frame)
    assert len(led) == len(frame)


def test_head_is_the_ledgers_first_rows(both):
    frame, led = both
    pd.testing.assert_frame_equal(led.head(3), frame.head(3))
    pd.testing.assert_frame_equal(led.head(len(frame) + 5), frame)


@pytest.mark.parametrize("ask", [
    lambda led: claims.headline(led, 2),
    lambda led: claims.flag_summary(led),
    lambda led: claims.by_document(led, {"a": "甲"}),
    lambda led: claims.qualifier_mix(led),
    lambda led: claims.reference_checks(led),
    lambda led: claims.derived(led),
    lambda led: claims.consistency(led),
    lambda led: claims.across_documents(led, {"b": "乙"}),
    lambda led: claims.anchor_numbers(led),
    lambda led: claims.rows(led, ["kind", "value"], where="value > $v", params={"v": 100}),
    lambda led: methods.class_table(led),
    lambda led: targets.headline_targets(led, {}, {"a": "2021", "b": "2021"}),
], ids=["headline", "flags", "by_document", "qualifiers", "reference", "derived", "consistency", "across", "anchors", "rows",
        "classes", "targets"])
def test_a_ledger_in_blocks_answers_as_the_dataframe(both, ask):
    frame, led = both
    expected, got = ask(frame), ask(led)
    for e, g in zip(*((expected, got) if isinstance(expected, tuple) else ((expected,), (got,)))):
        if isinstance(e, pd.DataFrame):
            pd.testing.assert_frame_equal(e, g)
        elif isinstance(e, pd.Series):
            pd.testing.assert_series_equal(e, g)
        else:
            assert e == g


def test_qualifiers_tie_in_order_of_first_appearance():
    led = pd.DataFrame({"qualifier": ["approx", "exact", "exact", "approx", "range"]})
    assert list(claims.qualifier_mix(led).items()) == [("approx", 2), ("exact", 2), ("range", 1)]


def test_the_page_numbers_a_ledgers_first_rows_by_the_whole_ledger(facts, both):
    frame, led = both
    first = led.head(1)
    numbers = claims.anchor_numbers(led)
    anchors = set(claims.display(first, {}, numbers)["anchor"])
    spans = {a for spans in claims.context(facts, first, {}, numbers)["spans"] for a, _, _ in spans}
    assert anchors == spans and numbers == {"a": 0, "b": 1}


def test_a_corpus_without_claims_has_an_empty_ledger(tmp_path):
    from helpers.store import corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "x.txt").write_text("标题\n没有数字的一段话。\n", encoding="utf-8")
    corpus.run([raw], tmp_path / "facts", jobs=1, quiet=True)
    with query.Query(tmp_path / "facts") as q:
        led = ledger.Ledger(q)
        assert len(led) == 0 and led.head(5).empty and list(led.frame().columns) == tables.columns("ledger")
        assert claims.headline(led, 1).startswith("文本中没有数量主张")


def test_reports_on_the_same_facts_share_one_ledger_built_once(facts, monkeypatch):
    facts_dir = facts.query.facts_dir
    with query.Query(facts_dir) as q:
        first = ledger.Ledger(q)
        assert first.path.parent == facts_dir / ledger.CACHE and first.path.exists()
    monkeypatch.setattr(ledger.Ledger, "_build", lambda *a: pytest.fail("built again"))
    with query.Query(facts_dir) as q:
        again = ledger.Ledger(q)
        assert again.path == first.path and len(again) == len(claims.ledger(facts))


def test_changed_facts_get_a_new_ledger_and_the_old_one_goes(facts, tmp_path):
    import shutil

    copy = tmp_path / "facts"
    shutil.copytree(facts.query.facts_dir, copy)
    with query.Query(copy) as q:
        old = ledger.Ledger(q).path
    (copy / ".signature").write_text("another extraction")
    with query.Query(copy) as q:
        new = ledger.Ledger(q).path
    assert new != old and new.exists() and not old.exists()


def test_facts_without_a_signature_get_a_ledger_of_their_own(facts, tmp_path):
    copy = _unsigned(facts, tmp_path / "facts")
    with query.Query(copy) as q:
        led = ledger.Ledger(q)
        assert led.path.parent == q.scratch and len(led) == len(claims.ledger(facts))
    assert not (copy / ledger.CACHE).exists()


def test_a_ledger_of_dataframes_is_the_ledger_of_their_folder(facts):
    from helpers.store import facts as F

    frames = F.Facts({table: F.read_table(facts.query.facts_dir, table) for table in tables.FACTS})
    pd.testing.assert_frame_equal(claims.ledger(frames), claims.ledger(facts))


def test_sentences_are_read_once_beside_the_claims_whatever_the_batches():
    sentences = pd.DataFrame({"doc": list("aaabbccd"), "para": [0, 0, 1, 0, 0, 0, 1, 0], "sent": [0, 1, 0, 0, 1, 0, 0, 0],
                              "start": range(8)})
    with query.Query(frames={"sentences": sentences}) as q:
        starts = ledger._SentenceStarts(q, rows=3)  # batches aaa | bbc | cd: a ends with a batch, c spans two
        got = [starts.of(pd.Series(docs))["start"].tolist() for docs in (["a"], ["c"], ["d"])]
    assert got == [[0, 1, 2], [5, 6], [7]]
