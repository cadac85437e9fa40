"""Policy topics of paragraphs: CAP major topics and the 国务院主题分类 class, from a reviewed lexicon.

Each paragraph's own evidence is the weighted terms it uses (longest term first, so 党史学习教育 is
not also 教育). Coders read a paragraph in its context, and so does this: the section's and the
document's evidence are added, scaled to the paragraph's own, so a paragraph that only says
"费率降低减轻了企业负担" in a press release on social insurance is coded as its text is about. A
paragraph with no evidence of its own takes its context's topic; one with none at all gets no row.
The lexicon (``codebooks/topics.yml``) was written from the two schemes' definitions by a reviewer
who saw none of the texts it is measured on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..codebook import yaml_book
from . import topic_model

SECTION_WEIGHT = 1.0  # how much a section's evidence counts against the paragraph's own
DOCUMENT_WEIGHT = 0.5  # and the document's
DEFAULT_CLASS_WEIGHT = 0.3  # how much the primary topic's usual 国务院 class counts
CODED_KINDS = ("body", "subhead")
MIN_CHARS = 8  # shorter paragraphs (a dateline, a one-word subhead) are not coded


@dataclass(frozen=True)
class Topic:
    cap: int
    label_zh: str
    label_en: str
    gov: str  # the 国务院 class this topic usually falls under


@dataclass(frozen=True)
class TopicLexicon:
    topics: dict[int, Topic]
    cap_terms: dict[str, tuple[int, int]]  # term -> (CAP topic, weight)
    cap_matcher: TermMatcher
    gov_terms: dict[str, tuple[tuple[str, int], ...]]  # term -> ((class, weight), …)
    gov_matcher: TermMatcher
    gov_classes: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> TopicLexicon:
    book = yaml_book(__package__, "topics.yml")
    stop = set(book.get("stop", []))
    topics, cap_terms = {}, {}
    for cap, spec in book["cap"].items():
        topics[int(cap)] = Topic(int(cap), spec["label_zh"], spec["label_en"], spec["gov"])
        for term, weight in spec["terms"].items():
            if term not in stop:
                cap_terms[str(term)] = (int(cap), int(weight))
    gov_terms: dict[str, list] = {}
    for cls, spec in book["gov"].items():
        for term, weight in spec["terms"].items():
            if term not in stop:
                gov_terms.setdefault(str(term), []).append((cls, int(weight)))
    gov_entries = {t: tuple(v) for t, v in gov_terms.items()}
    return TopicLexicon(topics, cap_terms, _matcher(cap_terms), gov_entries, _matcher(gov_entries), tuple(book["gov"]))


@dataclass(frozen=True)
class TermMatcher:
    """A lexicon's terms found left to right, the longest term at each position, none overlapping: what a
    longest-first regex alternation finds, at many times its speed on thousands of terms (Aho-Corasick in
    Rust, ``ahocorasick_rs``; pyahocorasick's ``iter_long`` misses a term that starts inside a longer term's
    failed attempt, 地铁新就业 giving 地铁 without 就业)."""

    automaton: object
    entries: tuple  # the lexicon entry of each term, in the automaton's order

    def find(self, text: str) -> list:
        """The entries of the terms found in ``text``, in reading order."""
        return [self.entries[i] for i, _, _ in self.automaton.find_matches_as_indexes(text)]


def _matcher(terms: dict) -> TermMatcher:
    import ahocorasick_rs

    return TermMatcher(ahocorasick_rs.AhoCorasick(list(terms), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest),
                       tuple(terms.values()))


def evidence(text: str) -> tuple[dict, dict]:
    """Weighted term counts per CAP topic and per 国务院 class in ``text``. Counts here and below are plain
    dicts, not Counters: a Counter's hooks (a missing key, a Mapping check per update) are Python calls, and
    they were a tenth of the coding time."""
    lex = lexicon()
    cap, gov = {}, {}
    for topic, weight in lex.cap_matcher.find(text):
        cap[topic] = cap.get(topic, 0) + weight
    for classes in lex.gov_matcher.find(text):
        for cls, weight in classes:
            gov[cls] = gov.get(cls, 0) + weight
    return cap, gov


def _add(total: dict, counts: dict) -> None:
    for key, value in counts.items():
        total[key] = value + total.get(key, 0)


def _shares(evidence: dict) -> dict:
    """Evidence as shares of its total (a context's weight does not grow with its length)."""
    total = sum(evidence.values())
    return {key: value / total for key, value in evidence.items()} if total else {}


def _with_context(own: dict, contexts: list[tuple[dict, float]]) -> dict:
    """The paragraph's evidence plus each context's shares, scaled to the paragraph's own total."""
    out = dict(own)
    scale = max(1, sum(own.values()))
    for shares, weight in contexts:
        scaled = weight * scale
        for key, share in shares.items():
            out[key] = out.get(key, 0) + scaled * share
    return out


@dataclass(frozen=True)
class Reading:
    """A coded paragraph as the lexicon reads it: its own evidence, that evidence with its section's and
    document's added, and the same as the model's context features."""

    para: object  # the paragraph (para, kind, section, text)
    cap: dict
    cap_total: dict
    gov_total: dict
    features: np.ndarray


def _vector(shares: tuple[dict, dict]) -> list[float]:
    """CAP topic shares in topic order, then 国务院 class shares in class order."""
    lex = lexicon()
    cap, gov = shares
    return [cap.get(key, 0.0) for key in sorted(lex.topics)] + [gov.get(key, 0.0) for key in lex.gov_classes]


def context_features(kind: str, own: tuple[dict, dict], section: tuple[dict, dict], document: tuple[dict, dict]) -> np.ndarray:
    """The model's context features: the shares of each CAP topic and 国务院 class in the paragraph's own
    evidence, its section's and its document's, how much evidence of its own it has, and whether it is a subhead."""
    return _features(kind, own, _vector(section) + _vector(document))


def _features(kind: str, own: tuple[dict, dict], context: list[float]) -> np.ndarray:
    """``context_features`` with the section's and document's shares as vectors already, made once per section."""
    out = _vector((_shares(own[0]), _shares(own[1]))) + context
    out += [math.log1p(sum(own[0].values())), math.log1p(sum(own[1].values())), float(kind == "subhead")]
    return np.array(out, dtype=np.float32)


def read(paragraphs: list) -> list[Reading]:
    """The coded paragraphs of one document (objects with para, kind, section, text), each read in its context."""
    coded = [p for p in paragraphs if p.kind in CODED_KINDS and len(p.text) >= MIN_CHARS]
    own = {p.para: evidence(p.text) for p in coded}
    doc_cap, doc_gov = {}, {}
    sections: dict[str, tuple[dict, dict]] = {}
    for p in paragraphs:  # a heading names its section's topic: its terms count as much as a paragraph's
        if p.kind == "heading":
            sections[p.text] = evidence(p.text)
    for p in coded:
        cap, gov = own[p.para]
        _add(doc_cap, cap)
        _add(doc_gov, gov)
        sec = sections.setdefault(p.section, ({}, {}))
        _add(sec[0], cap)
        _add(sec[1], gov)
    doc_shares = (_shares(doc_cap), _shares(doc_gov))
    section_shares = {name: (_shares(c), _shares(g)) for name, (c, g) in sections.items() if name}
    doc_vector = _vector(doc_shares)
    contexts = {name: _vector(shares) + doc_vector for name, shares in section_shares.items()}
    no_section = _vector(({}, {})) + doc_vector
    readings = []
    for p in coded:
        cap, gov = own[p.para]
        sec_shares = section_shares.get(p.section, ({}, {}))
        readings.append(Reading(p, cap, _with_context(cap, [(sec_shares[0], SECTION_WEIGHT), (doc_shares[0], DOCUMENT_WEIGHT)]),
                                _with_context(gov, [(sec_shares[1], SECTION_WEIGHT), (doc_shares[1], DOCUMENT_WEIGHT)]),
                                _features(p.kind, own[p.para], contexts.get(p.section, no_section))))
    return readings


def decide(reading: Reading, learnt: dict | None = None) -> tuple[int, str]:
    """The paragraph's primary CAP topic and its 国务院 class.

    The topic is the strongest in the lexicon's shares of evidence in context plus, when a trained model is
    shipped, the model's shares (each counts as much as the other): the model knows the coders' conventions in
    work reports, the lexicon's document context keeps a press conference on jobs about jobs. The class is the
    lexicon's, leaning to the topic's usual class (a learnt class did better on work reports held out but worse
    on the other kinds of text)."""
    cap_total = _shares(reading.cap_total)
    _add(cap_total, learnt or {})
    primary = max(sorted(cap_total), key=cap_total.__getitem__)
    gov_total = _shares(reading.gov_total)
    leaning = lexicon().topics[primary].gov
    gov_total[leaning] = gov_total.get(leaning, 0) + DEFAULT_CLASS_WEIGHT * max(1, sum(gov_total.values()))
    return primary, max(sorted(gov_total), key=gov_total.__getitem__)


def code(paragraphs: list) -> list[dict]:
    """Topic rows for the coded paragraphs of one document (objects with para, kind, section, text).

    One row per CAP topic with evidence in the paragraph, and the primary row (``primary`` true) for the
    topic the paragraph is mainly about (``decide``), which also carries the paragraph's 国务院 class.
    """
    trained = topic_model.model()
    topics = lexicon().topics
    rows = []
    for reading in read(paragraphs):
        if not reading.cap_total:
            continue
        primary, gov_class = decide(reading, trained.probabilities(reading.para.text, reading.features) if trained else None)
        for topic in sorted(set(reading.cap) | {primary}):
            t = topics[topic]
            rows.append(dict(para=reading.para.para, theme=t.label_zh, cap_major=topic,
                             gov_class=gov_class if topic == primary else t.gov,
                             score=round(reading.cap_total.get(topic, 0.0), 3), primary=topic == primary))
    return rows
