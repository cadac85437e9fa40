"""The methods sections: a page warns when the topic coding changed after its figures were measured."""

import copy

from helpers.analysis import methods, validation
from helpers.extract import topics


def with_recorded_hash(monkeypatch, digest: str) -> None:
    record = copy.deepcopy(validation.recorded())
    record["topics"]["coding_sha256"] = digest
    monkeypatch.setattr(validation, "recorded", lambda: record)


def test_no_warning_while_the_coding_is_the_one_measured(monkeypatch):
    with_recorded_hash(monkeypatch, topics.coding_sha256())
    assert "changed" not in methods.topics()[1]


def test_a_changed_lexicon_or_model_is_named_on_the_page(monkeypatch):
    with_recorded_hash(monkeypatch, "0" * 64)
    assert "lexicon or model has changed" in methods.topics()[1]
