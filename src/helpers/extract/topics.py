"""Policy topics of paragraphs: CAP major topics and the 国务院主题分类 class, from a reviewed lexicon.

Each paragraph's own evidence is the weighted terms it uses (longest term first, so 党史学习教育 is
not also 教育). Coders read a paragraph in its context, and so does this: the section's, the
document's and the neighbouring paragraphs' evidence are added, scaled to the paragraph's own, so a paragraph that only says
"费率降低减轻了企业负担" in a press release on social insurance is coded as its text is about. A
paragraph with no evidence of its own takes its context's topic; one with none at all gets no row.
The lexicon (``codebooks/topics.yml``) was written from the two schemes' definitions by a reviewer
who saw none of the texts it is measured on (a few later terms, none of which occurs in those texts, are listed
in its header).

A batch of documents is coded at once, as arrays with a row per coded paragraph and a column per CAP topic
(in code order) or 国务院 class (in the lexicon's order): the terms of all their paragraphs are found in one pass
and every sum, share and decision is an array operation. Per paragraph, the same arithmetic in Python
dicts was a quarter of the extraction time; per short article, the calls cost more than the arithmetic.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..codebook import alternation
from ..codebook import path as codebook_path
from ..codebook import yaml_book
from . import text_batch, topic_model

SECTION_WEIGHT = 1.0  # how much a section's evidence counts against the paragraph's own
DOCUMENT_WEIGHT = 0.5  # and the document's
# and the paragraphs just before and after it in its document: a news story's turns have no headings, and a quote
# that goes on (沈欣表示，…已开工131家) is about what its speaker's last paragraph was about. With whole reports held out
# the work reports' main topics agree as often (0.853 without, 0.852 with); on paragraphs none of the training saw,
# 205 of 283 of other official genres agree (203 without) and 142 of 163 of the development texts and news (140).
NEIGHBOUR_WEIGHT = 0.5
# how much the trained model's shares count against the lexicon's when they decide the main topic, measured at 1, 1.5
# and 2: work reports held out agree on 0.852, 0.863 and 0.871 of main topics, the other official genres on 205, 207
# and 208 of 283, but the development texts on 69, 70 and 67 of 82 (the model learnt work reports' conventions).
MODEL_WEIGHT = 1.5
DEFAULT_CLASS_WEIGHT = 0.3  # how much the primary topic's usual 国务院 class counts
# how much the trained model's shares of the 国务院 classes count against the lexicon's class shares (which sum to one
# per paragraph). Whole documents held out (8 folds over the training samples, a class model fitted each time) gave
# class accuracy 0.776 without the model's classes, and at 1, 3, 4, 5, 10 and the model's alone 0.794, 0.834, 0.843,
# 0.846, 0.850 and 0.844; the news genres' 0.762 without, then 0.784, 0.792, 0.792, 0.791, 0.781 and 0.765: the model's
# classes alone are worse on other genres than work reports, mixed with the lexicon's they do better on both.
CLASS_MODEL_WEIGHT = 4.0
CODED_KINDS = ("body", "subhead")
MIN_CHARS = 8  # shorter paragraphs (a dateline, a one-word subhead) are not coded
# A title or heading longer than this is a sentence with a topic of its own (陆良县民政局陆良县财政局关于提高2023年城乡
#居民最低生活保障…标准的通知): coded too, as the coders' guide codes every paragraph longer than 40 characters.
LINE_KINDS = ("title", "heading")
LONG_LINE = 40


def is_coded(kind: str, text: str) -> bool:
    """Whether a paragraph gets topics: a body paragraph or subhead, or a title or heading long enough to be a sentence."""
    return kind in CODED_KINDS and len(text) >= MIN_CHARS or kind in LINE_KINDS and len(text) > LONG_LINE


@dataclass(frozen=True)
class Topic:
    cap: int
    label_zh: str
    label_en: str
    gov: str  # the 国务院 class this topic usually falls under


@dataclass(frozen=True)
class TopicLexicon:
    """The two schemes' terms. Every array of evidence has a row per paragraph and a column per CAP topic (in code
    order) followed by a column per 国务院 class (in the lexicon's order), so that a paragraph is one row: a handful of
    array operations per document, where a short newspaper article cannot afford many."""

    topics: dict[int, Topic]
    caps: tuple[int, ...]
    gov_classes: tuple[str, ...]
    cap_matcher: TermMatcher
    gov_matcher: TermMatcher
    organizing: re.Pattern  # an item's title that is the campaign's own organization (七、加强组织保障。)
    organizing_cap: int
    usual_class: np.ndarray  # (topics, classes): a one in each topic's usual 国务院 class
    class_order: np.ndarray  # the class columns by name, so that a tie goes to the class whose name sorts first

    @property
    def width(self) -> int:
        return len(self.caps) + len(self.gov_classes)

    @property
    def blocks(self) -> list[int]:
        """Where each scheme's columns start."""
        return [0, len(self.caps)]


@dataclass(frozen=True)
class TermMatcher:
    """A lexicon's terms found left to right, the longest term at each position, none overlapping: what a
    longest-first regex alternation finds, at many times its speed on thousands of terms (Aho-Corasick in
    Rust, ``ahocorasick_rs``, over UTF-8 bytes; pyahocorasick's ``iter_long`` misses a term that starts inside a longer term's
    failed attempt, 地铁新就业 giving 地铁 without 就业), with the column and the weight of each term."""

    automaton: object
    columns: np.ndarray
    weights: np.ndarray

    def cells(self, texts: text_batch.Joined, width: int) -> tuple[np.ndarray, np.ndarray]:
        """Each match in ``texts`` as its cell in a (texts, width) array, flattened, and its weight."""
        rows, terms = text_batch.matches(self.automaton, texts)
        return rows * width + self.columns[terms], self.weights[terms]


def coding_sha256() -> str:
    """The hash of what codes the paragraphs, the lexicon and the shipped model together: a page compares the one its
    validation figures were measured with (``shishi methods``) with the installed one."""
    digest = hashlib.sha256()
    for name in ("topics.yml", topic_model.MODEL_FILE):
        resource = codebook_path(__package__, name)
        digest.update(resource.read_bytes() if resource.is_file() else b"")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def lexicon() -> TopicLexicon:
    book = yaml_book(__package__, "topics.yml")
    stop = set(book.get("stop", []))
    topics = {int(cap): Topic(int(cap), spec["label_zh"], spec["label_en"], spec["gov"]) for cap, spec in book["cap"].items()}
    caps, gov_classes = tuple(sorted(topics)), tuple(book["gov"])
    cap_terms = [(str(term), caps.index(int(cap)), weight) for cap, spec in book["cap"].items()
                 for term, weight in spec["terms"].items() if term not in stop]
    gov_terms = [(str(term), len(caps) + gov_classes.index(cls), weight) for cls, spec in book["gov"].items()
                 for term, weight in spec["terms"].items() if term not in stop]
    items = book["organizing_items"]
    return TopicLexicon(topics, caps, gov_classes, _matcher(cap_terms), _matcher(gov_terms), _organizing(items),
                        caps.index(int(items["cap"])),
                        np.eye(len(gov_classes))[[gov_classes.index(topics[cap].gov) for cap in caps]], np.argsort(gov_classes))


ITEM_NUMBER = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．])"  # 七、, （七）, 7.


def _organizing(items: dict) -> re.Pattern:
    """The title of a numbered item about the campaign's own organization (``topics.yml``: ``organizing_items``): its
    words within a few characters of the item's number, or right after the number and a verb, or right after the
    number alone; the title runs to its 。, ： or ； with no comma. Or a paragraph that opens on that aspect of a
    campaign, as a release summing up a notice does (在组织实施方面，商务部将会同…)."""
    after = f"[^。：；，,]{{0,{items['after_max']}}}[。：；]"
    anywhere = f"[^。：；，,]{{0,{items['before_max']}}}(?:{alternation(items['words'])}){after}"
    verbed = f"(?:{alternation(items['verbs'])})(?:{alternation(items['after_verb_only'])}){after}"
    bare = f"(?:{alternation(items['after_number_only'])})"
    aspect = f"在(?:{alternation(items['words'] + items['after_verb_only'])})方面[，,]"  # 在组织实施方面，…: a release's turn to it
    return re.compile(rf"\s*(?:{ITEM_NUMBER}(?:{verbed}|{anywhere}|{bare})|{aspect})")


def _matcher(entries: list[tuple[str, int, int]]) -> TermMatcher:
    """A matcher over (term, column, weight) entries; a term codes one topic or class of its scheme."""
    import ahocorasick_rs

    terms, columns, weights = zip(*entries) if entries else ((), (), ())
    twice = sorted({t for t in terms if terms.count(t) > 1})
    if twice:
        raise ValueError(f"topics.yml: {twice[:5]} listed under two topics or classes of one scheme")
    return TermMatcher(ahocorasick_rs.BytesAhoCorasick([t.encode("utf-8") for t in terms], matchkind=ahocorasick_rs.MatchKind.LeftmostLongest),
                       np.array(columns, dtype=np.int64), np.array(weights, dtype=float))


def evidence(texts: list[str]) -> np.ndarray:
    """Weighted term counts per CAP topic and 国务院 class (the lexicon's columns), a row per text."""
    lex = lexicon()
    joined = text_batch.join(texts)
    cap_cells, cap_weights = lex.cap_matcher.cells(joined, lex.width)
    gov_cells, gov_weights = lex.gov_matcher.cells(joined, lex.width)
    counts = np.bincount(np.concatenate([cap_cells, gov_cells]), np.concatenate([cap_weights, gov_weights]),
                         minlength=len(texts) * lex.width)
    return counts.reshape(len(texts), lex.width)


def _totals(evidence: np.ndarray) -> np.ndarray:
    """Each row's total evidence per scheme, repeated over the scheme's columns."""
    lex = lexicon()
    totals = np.add.reduceat(evidence, lex.blocks, axis=1) if evidence.size else np.zeros((len(evidence), 2))
    return np.repeat(totals, [len(lex.caps), len(lex.gov_classes)], axis=1)


def shares(evidence: np.ndarray) -> np.ndarray:
    """Each row's evidence as shares of its scheme's total (a context's weight does not grow with its length); a
    scheme without evidence stays zero."""
    totals = _totals(evidence)
    totals[totals == 0] = 1
    return evidence / totals


def with_context(own: np.ndarray, section: np.ndarray, document: np.ndarray, neighbours: np.ndarray) -> np.ndarray:
    """The paragraphs' evidence plus their section's, the document's and their neighbours' shares, scaled to each
    paragraph's own total (at least one)."""
    scale = np.maximum(1, _totals(own))
    return own + scale * (SECTION_WEIGHT * section + DOCUMENT_WEIGHT * document + NEIGHBOUR_WEIGHT * neighbours)


def neighbours_of(own: np.ndarray, document: np.ndarray) -> np.ndarray:
    """The shares of the evidence of each coded paragraph's neighbours, the coded paragraphs just before and after it in
    the same document (rows in document order; ``document``: each row's document)."""
    out = np.zeros_like(own)
    if len(own) > 1:
        same = document[1:] == document[:-1]
        out[1:][same] += own[:-1][same]
        out[:-1][same] += own[1:][same]
    return shares(out)


@dataclass(frozen=True)
class Readings:
    """The coded paragraphs of a batch of documents as the lexicon reads them, a row each: their own evidence, that
    evidence with their section's, document's and neighbours' added, and their section's and document's as the model's
    context features."""

    paragraphs: list  # the coded paragraphs (para, kind, section, text)
    document: np.ndarray  # each coded paragraph's document, as its index in the batch
    own: np.ndarray
    total: np.ndarray
    features: np.ndarray  # float32, (paragraphs, context features)


def context_features(kind: list[str], own: np.ndarray, section: np.ndarray, document: np.ndarray) -> np.ndarray:
    """The model's context features, a row per paragraph: the shares of each CAP topic and 国务院 class in the
    paragraph's own evidence, its section's and its document's, how much evidence of its own it has per scheme
    (log), and whether it is a subhead."""
    own_totals = np.add.reduceat(own, lexicon().blocks, axis=1) if own.size else np.zeros((len(own), 2))
    subhead = np.array([k == "subhead" for k in kind], dtype=float).reshape(-1, 1)
    return np.hstack([shares(own), section, document, np.log1p(own_totals), subhead]).astype(np.float32)


def read(documents: list[list]) -> Readings:
    """The coded paragraphs of a batch of documents (each a list of objects with para, kind, section, text), each
    read in its context. A section's evidence is its heading's (a heading names its section's topic: its terms count
    as much as a paragraph's) and its coded paragraphs'; a document's is its coded paragraphs'; a paragraph's
    neighbours' is theirs. A batch is read at
    once: a short article's few paragraphs cost less in arithmetic than in the calls that do it."""
    coded, of_document, headings = [], [], {}
    for d, paragraphs in enumerate(documents):
        for p in paragraphs:
            if is_coded(p.kind, p.text):
                coded.append(p)
                of_document.append(d)
            if p.kind == "heading":
                headings.setdefault((d, p.text), len(headings))
    found = evidence([p.text for p in coded] + [text for _, text in headings])
    n = len(coded)
    own = found[:n]
    names: dict = {}  # (document, section) -> row; paragraphs outside any section share the last row
    section_of = np.array([names.setdefault((d, p.section), len(names)) if p.section else -1
                           for d, p in zip(of_document, coded)], dtype=np.int64)
    section_of[section_of < 0] = len(names)
    by_section = np.zeros((len(names) + 1, found.shape[1]))
    np.add.at(by_section, section_of, own)
    named = [(row, n + headings[key]) for key, row in names.items() if key in headings]
    if named:
        sections, rows = zip(*named)
        by_section[list(sections)] += found[list(rows)]
    by_section[-1] = 0
    section = shares(by_section)[section_of]
    of_document = np.array(of_document, dtype=np.int64)
    by_document = np.zeros((len(documents), found.shape[1]))
    np.add.at(by_document, of_document, own)
    document = shares(by_document)[of_document]
    return Readings(coded, of_document, own, with_context(own, section, document, neighbours_of(own, of_document)),
                    context_features([p.kind for p in coded], own, section, document))


def decide(total: np.ndarray, learnt: np.ndarray | None = None, leaning: np.ndarray | None = None,
           learnt_classes: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each paragraph's primary CAP topic and its 国务院 class (as indices into ``caps`` and ``gov_classes``), from
    its evidence in context (``Readings.total``).

    The topic is the strongest in the lexicon's shares of evidence in context plus, when a trained model is
    shipped, the model's shares (``MODEL_WEIGHT`` times): the model knows the coders' conventions in
    work reports, the lexicon's document context keeps a press conference on jobs about jobs. The class is the
    lexicon's, leaning to the classes the topic's paragraphs usually have (``leaning``, a row of shares per topic,
    as ``class_leaning`` gives it; without it, the topic's one usual class), plus, when the shipped model has learnt
    the classes, its shares of them (``learnt_classes``, in the lexicon's class columns, ``CLASS_MODEL_WEIGHT``
    times). A class learnt from words alone did better on work reports held out but worse on the other kinds of
    text; added to the lexicon's, better on both. Ties go to the lower topic code and to the class whose name sorts
    first."""
    lex = lexicon()
    both = shares(total)
    cap_shares, gov_shares = both[:, : len(lex.caps)], both[:, len(lex.caps):].copy()
    primary = np.argmax(cap_shares + MODEL_WEIGHT * learnt if learnt is not None else cap_shares, axis=1)
    rows = (lex.usual_class if leaning is None else leaning)[primary]
    gov_shares += DEFAULT_CLASS_WEIGHT * np.maximum(1, gov_shares.sum(axis=1, keepdims=True)) * rows
    if learnt_classes is not None:
        gov_shares += CLASS_MODEL_WEIGHT * learnt_classes
    return primary, lex.class_order[np.argmax(gov_shares[:, lex.class_order], axis=1)]


@lru_cache(maxsize=4)
def class_leaning(trained: topic_model.TopicModel | None) -> np.ndarray:
    """The model's shares of classes per topic in the lexicon's rows and columns (``decide``'s ``leaning``). A topic
    the model does not know keeps the lexicon's usual class, and so does every topic when the model was trained
    with other classes than the lexicon has."""
    lex = lexicon()
    out = lex.usual_class.copy()
    known = trained.leaning if trained is not None else None
    if known is not None and set(known.classes) == set(lex.gov_classes):
        columns = [known.classes.index(c) for c in lex.gov_classes]
        for i, cap in enumerate(lex.caps):
            if cap in known.caps:
                out[i] = known.shares[known.caps.index(cap)][columns]
    return out


def learnt(readings: Readings, words: list[dict[int, list[str]]],
           trained: topic_model.TopicModel | None) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The trained model's shares for each coded paragraph (from its content words, ``words`` by paragraph number for
    each document of the batch): of the CAP topics, in the lexicon's topic columns (zero for a topic the model never
    saw coded), and of the 国务院 classes, in the lexicon's class columns (None when the model has not learnt them, or
    learnt other classes than the lexicon has); (None, None) without a model."""
    if trained is None:
        return None, None
    lex = lexicon()
    topic_shares = np.zeros((len(readings.paragraphs), len(lex.caps)))
    found, classes = trained.both_probabilities(
        [words[d].get(p.para, []) for d, p in zip(readings.document.tolist(), readings.paragraphs)], readings.features)
    topic_shares[:, [lex.caps.index(label) for label in trained.classifier.labels]] = found
    return topic_shares, class_columns(classes, trained.class_classifier.labels) if classes is not None else None


def class_columns(found: np.ndarray, labels: tuple) -> np.ndarray | None:
    """A model's shares of classes (columns in the order of ``labels``) in the lexicon's class columns, or None when it
    names a class the lexicon does not have."""
    lex = lexicon()
    if not set(labels) <= set(lex.gov_classes):
        return None
    out = np.zeros((len(found), len(lex.gov_classes)))
    out[:, [lex.gov_classes.index(label) for label in labels]] = found
    return out


def code(documents: list[list], words: list[dict[int, list[str]]]) -> list[list[dict]]:
    """Topic rows for the coded paragraphs of each document of a batch (each a list of objects with para, kind,
    section, text), given the content words of its paragraphs by number (``tokens.words``).

    One row per CAP topic with evidence in the paragraph, and the primary row (``primary`` true) for the
    topic the paragraph is mainly about (``decide``), which also carries the paragraph's 国务院 class.
    """
    out: list[list[dict]] = [[] for _ in documents]
    readings = read(documents)
    if not readings.paragraphs:
        return out
    lex = lexicon()
    trained = topic_model.model()
    topic_shares, classes = learnt(readings, words, trained)
    primary, gov_class = decide(readings.total, topic_shares, class_leaning(trained), classes)
    organizing = [k for k, p in enumerate(readings.paragraphs) if lex.organizing.match(p.text)]
    primary[organizing] = lex.organizing_cap  # 七、加强组织保障。…: the campaign's organization, its class the paragraph's
    n = len(lex.caps)
    shown = readings.own[:, :n] != 0  # a row per topic with evidence of its own, and the primary one
    shown[np.arange(len(primary)), primary] = True
    shown &= readings.total[:, :n].any(axis=1, keepdims=True)  # none for a paragraph with no evidence in context
    shown[organizing, lex.organizing_cap] = True  # but an organizing item is coded by its title alone
    at, column = np.nonzero(shown)
    is_primary = column == primary[at]
    document = readings.document.tolist()
    for i, c, main, score in zip(at.tolist(), column.tolist(), is_primary.tolist(), readings.total[at, column].tolist()):
        t = lex.topics[lex.caps[c]]
        out[document[i]].append({"para": readings.paragraphs[i].para, "theme": t.label_zh, "cap_major": t.cap,
                                 "gov_class": lex.gov_classes[gov_class[i]] if main else t.gov,
                                 "score": round(score, 3), "primary": main})
    return out
