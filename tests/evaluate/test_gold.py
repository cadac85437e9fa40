"""Extraction quality against hand-annotated gold files: the seed and texts written for these tests."""

import shutil

import pytest

from support import FIXTURES, SEED
from helpers.evaluate import gold as evaluate
from helpers.store import corpus


@pytest.fixture(scope="module")
def facts_dir(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SEED, raw / SEED.name)
    for f in (FIXTURES / "texts").iterdir():
        shutil.copy(f, raw / f.name)
    with open(raw / "manifest.csv", "a", encoding="utf-8") as fh:
        fh.write(f"{SEED.name},,,,,,\n")
    out = tmp_path_factory.mktemp("facts")
    summary = corpus.run([raw], out, jobs=1, quiet=True)
    assert summary.n_errors == 0, summary.messages
    return out


def test_seed_meets_the_issue_targets(facts_dir):
    r = evaluate.score(FIXTURES / "gold" / "seed.json", facts_dir)
    assert r["claims"].recall == 1.0
    assert r["claims"].precision >= 0.95
    assert r["traps"].tp == 0, r["traps"].notes
    kind, qual, value, place, actor, subject = r["accuracy"]
    assert kind.rate == 1.0 and qual.rate == 1.0, kind.misses + qual.misses
    assert value.rate == 1.0, value.misses
    assert place.rate >= 0.9 and actor.rate >= 0.9, place.misses + actor.misses
    assert subject.rate >= 0.8, subject.misses
    assert r["organizations"].recall >= 0.95, r["organizations"].notes
    assert r["organization_type"].rate >= 0.9, r["organization_type"].misses
    assert r["place_accuracy"][0].rate >= 0.95, r["place_accuracy"][0].misses
    assert r["speakers"].recall == 1.0 and r["speakers"].tp == 5
    assert r["structure"].rate == 1.0, r["structure"].misses


@pytest.mark.parametrize("name", ["gwr_excerpt", "ministry_release", "local_news", "press_conference", "economy_release"])
def test_other_genres(facts_dir, name):
    r = evaluate.score(FIXTURES / "gold" / f"{name}.json", facts_dir)
    assert r["claims"].recall == 1.0 and r["claims"].precision == 1.0, r["claims"].notes  # every genre fixture is at 1.0: a fall is a regression
    assert r["quantities"].recall >= 0.9, r["quantities"].notes
    kind, qual, value, place, actor, subject = r["accuracy"]
    assert kind.rate >= 0.95 and qual.rate >= 0.95 and value.rate >= 0.95, kind.misses + qual.misses + value.misses
    assert place.rate >= 0.9 and actor.rate >= 0.9, place.misses + actor.misses
    assert subject.rate >= 0.6, subject.misses
    assert r["organizations"].recall >= 0.9, r["organizations"].notes
    assert r["speakers"].recall == 1.0, r["speakers"].notes
    assert r["structure"].rate == 1.0, r["structure"].misses
