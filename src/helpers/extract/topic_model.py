"""The trained part of the paragraph topics: a linear model over a paragraph's character n-grams and the
lexicon's evidence in the paragraph and its context.

The lexicon knows what a term means; it cannot know that 营商环境 paragraphs are coded 15 even when they
say 政务服务, or how much a section heading should outweigh a paragraph's own words. Those trade-offs are
learnt from paragraphs that independent coders coded (``data/validation/gwr2026_topics``) by
``shishi train-topics``, which writes the weights to ``codebooks/topic_model.npz`` and its leave-provinces-out
accuracy to ``codebooks/topic_model.yml``. Scoring is a sparse dot product: the vocabulary's n-grams are
found by one overlapping Aho-Corasick pass (in Rust), so the model costs little beside the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import numpy as np

from ..codebook import path as codebook_path

MODEL_FILE = "topic_model.npz"


@dataclass(frozen=True)
class NgramCounter:
    """Counts the vocabulary's n-grams in a text, the longest at each position and none overlapping (经济增长率 is
    经济增长 and 率): a greedy segmentation into the vocabulary, a third of the matches that overlapping n-grams
    would give and as accurate."""

    automaton: object
    size: int

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The n-grams found (vocabulary indices) and their values: 1 + log count, scaled to unit length."""
        found = self.automaton.find_matches_as_indexes(text)
        index, counts = _distinct(np.fromiter(map(_FIRST, found), dtype=np.int64, count=len(found)))
        values = (1.0 + np.log(counts)).astype(np.float32)
        return index, values / np.linalg.norm(values) if len(values) else values


_FIRST = itemgetter(0)  # a match's vocabulary index


def _distinct(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``ids`` in ascending order and how often each occurs: ``np.unique(ids,
    return_counts=True)`` without its argument handling, which cost as much as the counting on a paragraph."""
    ids.sort()
    first = np.empty(len(ids), dtype=bool)
    first[:1] = True
    np.not_equal(ids[1:], ids[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return ids[starts], np.diff(np.append(starts, len(ids)))


def ngram_counter(vocabulary) -> NgramCounter:
    import ahocorasick_rs

    vocabulary = [str(v) for v in vocabulary]
    return NgramCounter(ahocorasick_rs.AhoCorasick(vocabulary, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), len(vocabulary))


@dataclass(frozen=True)
class Classifier:
    """The CAP major topics' weights: rows of n-gram weights, then context weights, then the topics' intercepts."""

    labels: tuple
    ngram_weights: np.ndarray  # (vocabulary, classes)
    context_weights: np.ndarray  # (context features, classes)
    intercept: np.ndarray  # (classes,)

    def scores(self, ngrams: tuple[np.ndarray, np.ndarray], context: np.ndarray) -> np.ndarray:
        index, values = ngrams
        return values @ self.ngram_weights[index] + context @ self.context_weights + self.intercept

    def probabilities(self, ngrams: tuple[np.ndarray, np.ndarray], context: np.ndarray) -> dict:
        """The classes' scores as shares that add up to one (a softmax of the margins), comparable with the
        lexicon's shares of evidence."""
        scores = self.scores(ngrams, context)
        weights = np.exp(scores - scores.max())
        return dict(zip(self.labels, (weights / weights.sum()).tolist()))


@dataclass(frozen=True)
class TopicModel:
    counter: NgramCounter
    classifier: Classifier

    def probabilities(self, text: str, context: np.ndarray) -> dict:
        """Each CAP major topic's share for a paragraph, from its text and its context features."""
        return self.classifier.probabilities(self.counter.vector(text), context)


def save(path, vocabulary: list[str], classifier: Classifier) -> None:
    """The model as arrays; weights in half precision (the file ships with the package, the choices do not change)."""
    with open(path, "wb") as handle:
        np.savez_compressed(handle, vocabulary=np.array(vocabulary, dtype=str), labels=np.array(classifier.labels, dtype=np.int64),
                            ngrams=classifier.ngram_weights.astype(np.float16), context=classifier.context_weights.astype(np.float16),
                            intercept=classifier.intercept.astype(np.float32))


@lru_cache(maxsize=1)
def model() -> TopicModel | None:
    """The shipped model, or None when none has been trained (the lexicon alone then decides)."""
    resource = codebook_path("helpers.extract", MODEL_FILE)
    return load(resource) if resource.is_file() else None


def load(source) -> TopicModel:
    """A model file that ``save`` wrote (a path or a package resource)."""
    with source.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
        classifier = Classifier(tuple(int(v) for v in data["labels"]), data["ngrams"].astype(np.float32),
                                data["context"].astype(np.float32), data["intercept"])
        return TopicModel(ngram_counter(data["vocabulary"]), classifier)
