"""Training the topic model on a coded sample: the record of its held-out accuracy, and a model that extraction loads."""

import json

import numpy as np
import pytest

from helpers.evaluate import topic_training
from helpers import ingest
from helpers.extract import tokens, topic_model, topics

JOBS = "城镇新增就业{n}万人，就业形势稳定，农民工返乡创业，稳岗补贴发放到位。"
SCHOOLS = "义务教育学校新建{n}所，学前教育普惠，高校毕业生培养质量提高，教师队伍建设加强。"


@pytest.fixture
def sample(tmp_path, monkeypatch):
    monkeypatch.setattr(topic_training, "MIN_DOCUMENTS", 2)
    monkeypatch.setattr(topic_training, "FOLDS", 2)
    corpus, codes = tmp_path / "texts", tmp_path / "codes"
    corpus.mkdir()
    codes.mkdir()
    for d in range(4):
        paragraphs = [JOBS.format(n=100 + d), SCHOOLS.format(n=20 + d)]
        (corpus / f"doc{d}.txt").write_text("报告\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")
        lines = [dict(doc=f"doc{d}.txt", para_starts=text[:15], cap_major=cap, cap_secondary=None, gov_class=gov, no_policy=False)
                 for text, cap, gov in zip(paragraphs, (5, 6), ("劳动、人事、监察", "科技、教育"))]
        (codes / f"doc{d}.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    return corpus, codes


def test_training_records_its_accuracy_with_documents_held_out(sample, tmp_path):
    record = topic_training.train([sample], out=tmp_path / "model.npz")
    assert record["training"]["paragraphs"] == 8 and record["cross_validated"]["cap_accuracy"] == 1.0
    assert (tmp_path / "model.yml").is_file()


def test_the_trained_model_loads_and_codes_a_paragraph(sample, tmp_path):
    topic_training.train([sample], out=tmp_path / "model.npz")
    model = topic_model.load(tmp_path / "model.npz")
    context = topics.read([ingest.build("t", "t", "报告\n今年城镇新增就业稳定，农民工创业。", "utf-8", b"").paragraphs]).features
    shares, classes = model.both_probabilities([tokens.content_words("今年城镇新增就业稳定，农民工创业。")], context)
    assert model.classifier.labels[int(np.argmax(shares[0]))] == 5
    jobs = model.leaning.shares[model.leaning.caps.index(5)]
    assert model.leaning.classes[int(np.argmax(jobs))] == "劳动、人事、监察" and np.isclose(jobs.sum(), 1.0)
    assert model.class_classifier.labels[int(np.argmax(classes[0]))] == "劳动、人事、监察"


def test_a_coded_document_without_its_text_is_named(sample):
    corpus, codes = sample
    (corpus / "doc0.txt").unlink()
    with pytest.raises(FileNotFoundError, match="doc0"):
        topic_training.training_set([(corpus, codes)])


def test_samples_are_scored_each_and_a_document_in_two_samples_is_named(sample, tmp_path):
    corpus, codes = sample
    other_corpus, other_codes = tmp_path / "other_texts", tmp_path / "other_codes"
    other_corpus.mkdir()
    other_codes.mkdir()
    for d in range(2):
        text = SCHOOLS.format(n=40 + d)
        (other_corpus / f"news{d}.txt").write_text(f"新闻\n{text}\n", encoding="utf-8")
        line = dict(doc=f"news{d}.txt", para_starts=text[:15], cap_major=6, cap_secondary=None, gov_class="科技、教育", no_policy=False)
        (other_codes / f"news{d}.jsonl").write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    record = topic_training.train([sample, (other_corpus, other_codes)], out=tmp_path / "model.npz")
    assert record["training"]["paragraphs"] == 10
    assert record["cross_validated"]["samples"]["other_codes"]["paragraphs"] == 2
    assert set(record["cross_validated"]["samples"]) == {"codes", "other_codes"}
    with pytest.raises(ValueError, match="doc0"):
        topic_training.training_set([sample, sample])
