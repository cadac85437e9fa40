"""The trained part of the paragraph topics: a linear model over a paragraph's content words and the lexicon's
evidence in the paragraph and its context.

The lexicon knows what a term means; it cannot know that 营商环境 paragraphs are coded 15 even when they
say 政务服务, or how much a section heading should outweigh a paragraph's own words. Those trade-offs are
learnt from paragraphs that independent coders coded (``data/validation/gwr2026_topics``, work reports, and
``data/validation/news_genres_topics``, news reports, press conferences, notices and speeches) by
``shishi train-topics``, which writes the weights to ``codebooks/topic_model.npz`` and its
accuracy (whole documents held out) to ``codebooks/topic_model.yml``. The words are the tokens table's (``tokens.content_words``),
segmented once for both: scoring is then a dictionary lookup per word and a sparse dot product, where
finding character n-grams cost a sixth of the extraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import numpy as np

from ..codebook import path as codebook_path
from . import text_batch

MODEL_FILE = "topic_model.npz"


@dataclass(frozen=True)
class Features:
    """The vocabulary's words in a batch of paragraphs: for each (paragraph, word) found, the paragraph's row, the
    word's vocabulary index and its value, 1 + log count, scaled so that each paragraph's values have unit length."""

    rows: np.ndarray
    index: np.ndarray
    values: np.ndarray  # float32


@dataclass(frozen=True)
class WordCounter:
    """Counts the vocabulary's words in paragraphs given as their content words."""

    index: dict[str, int]

    @property
    def size(self) -> int:
        return len(self.index)

    def features(self, words: list[list[str]]) -> Features:
        """The features of each paragraph's words (a row per paragraph)."""
        found = np.fromiter(map(self.index.get, chain.from_iterable(words), repeat(-1)), dtype=np.int64)
        rows = np.repeat(np.arange(len(words)), [len(w) for w in words])
        known = found >= 0
        keys, counts = _distinct(rows[known] * max(1, self.size) + found[known])
        rows, index = np.divmod(keys, max(1, self.size))
        values = (1.0 + np.log(counts)).astype(np.float32)
        norms = np.sqrt(np.bincount(rows, values * values, minlength=len(words))).astype(np.float32)
        return Features(rows, index, values / norms[rows] if len(values) else values)


def _distinct(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``ids`` in ascending order and how often each occurs: ``np.unique(ids,
    return_counts=True)`` without its argument handling, which cost as much as the counting on a paragraph."""
    ids.sort()
    first = np.empty(len(ids), dtype=bool)
    first[:1] = True
    np.not_equal(ids[1:], ids[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return ids[starts], np.diff(np.append(starts, len(ids)))


def word_counter(vocabulary) -> WordCounter:
    return WordCounter({str(w): i for i, w in enumerate(vocabulary)})


@dataclass(frozen=True)
class Classifier:
    """The CAP major topics' weights: rows of word weights, then context weights, then the topics' intercepts."""

    labels: tuple
    word_weights: np.ndarray  # (vocabulary, classes)
    context_weights: np.ndarray  # (context features, classes)
    intercept: np.ndarray  # (classes,)

    def scores(self, words: Features, context: np.ndarray) -> np.ndarray:
        """A row of margins per paragraph (a row of ``context`` each). The product with the context weights is einsum's
        loop, not a matrix product: BLAS rounds a row differently in a batch of one than in a batch of many, and a
        paragraph's topic must not depend on which documents it was extracted with."""
        found = text_batch.row_sums(words.rows, words.values[:, None] * self.word_weights[words.index], len(context))
        return found + (np.einsum("ij,jk->ik", context, self.context_weights) + self.intercept)

    def probabilities(self, words: Features, context: np.ndarray) -> np.ndarray:
        """The classes' scores as shares that add up to one in each row (a softmax of the margins), comparable with
        the lexicon's shares of evidence; columns in the order of ``labels``."""
        scores = self.scores(words, context)
        weights = np.exp(scores - scores.max(axis=1, keepdims=True))
        return weights / weights.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class ClassLeaning:
    """How the coders' 国务院 classes fall within each CAP major topic in the training sample, a row of shares per
    topic: 防汛救灾 and 金融风险 are both topic 15, one 民政、扶贫、救灾 and the other 财政、金融、审计, where one usual
    class per topic has to pick one of them for both."""

    caps: tuple[int, ...]
    classes: tuple[str, ...]
    shares: np.ndarray  # (caps, classes), rows adding up to one


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: extraction caches what it derives from the model
class TopicModel:
    counter: WordCounter
    classifier: Classifier
    leaning: ClassLeaning | None = None  # None in a model trained before the classes were learnt
    # the 国务院 classes' weights over the same words and context (labels: the classes' names); None in an older model
    class_classifier: Classifier | None = None

    def both_probabilities(self, words: list[list[str]], context: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """Each paragraph's CAP major topic shares and its 国务院 class shares (None without a class classifier), a row per
        paragraph, from its content words and its context features; the words counted once for both."""
        found = self.counter.features(words)
        classes = self.class_classifier.probabilities(found, context) if self.class_classifier is not None else None
        return self.classifier.probabilities(found, context), classes


def save(path, vocabulary: list[str], classifier: Classifier, leaning: ClassLeaning, class_classifier: Classifier | None = None) -> None:
    """The model as arrays; weights in half precision (the file ships with the package, the choices do not change)."""
    classes = {} if class_classifier is None else dict(
        class_labels=np.array(class_classifier.labels, dtype=str), class_words=class_classifier.word_weights.astype(np.float16),
        class_context=class_classifier.context_weights.astype(np.float16), class_intercept=class_classifier.intercept.astype(np.float32))
    with open(path, "wb") as handle:
        np.savez_compressed(handle, vocabulary=np.array(vocabulary, dtype=str), labels=np.array(classifier.labels, dtype=np.int64),
                            words=classifier.word_weights.astype(np.float16), context=classifier.context_weights.astype(np.float16),
                            intercept=classifier.intercept.astype(np.float32), leaning_caps=np.array(leaning.caps, dtype=np.int64),
                            leaning_classes=np.array(leaning.classes, dtype=str), leaning=leaning.shares.astype(np.float32), **classes)


@lru_cache(maxsize=1)
def model() -> TopicModel | None:
    """The shipped model, or None when none has been trained (the lexicon alone then decides)."""
    resource = codebook_path("helpers.extract", MODEL_FILE)
    return load(resource) if resource.is_file() else None


def load(source) -> TopicModel:
    """A model file that ``save`` wrote (a path or a package resource)."""
    with source.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
        classifier = Classifier(tuple(int(v) for v in data["labels"]), data["words"].astype(np.float32),
                                data["context"].astype(np.float32), data["intercept"])
        leaning = (ClassLeaning(tuple(int(c) for c in data["leaning_caps"]), tuple(str(c) for c in data["leaning_classes"]),
                                data["leaning"]) if "leaning" in data.files else None)
        class_classifier = (Classifier(tuple(str(c) for c in data["class_labels"]), data["class_words"].astype(np.float32),
                                       data["class_context"].astype(np.float32), data["class_intercept"])
                            if "class_labels" in data.files else None)
        return TopicModel(word_counter(data["vocabulary"]), classifier, leaning, class_classifier)
