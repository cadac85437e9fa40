"""Training the topic model (``helpers.extract.topic_model``) on paragraphs that independent coders coded.

The training samples are folders of the coding guide's JSONL beside the texts they code
(``data/validation/gwr2026_topics`` for ``data/examples/gwr2026``, and ``data/validation/news_genres``: news reports,
press conferences, notices, inspection reports and speeches, which work reports do not teach). Its accuracy is measured leaving whole
documents out (each fold holds out a group of provinces, vocabulary included), because that is what predicts
a text the model has never seen; a paragraph-level split would let a province's wording leak across folds.
``shishi train-topics`` fits on the whole sample and writes the model with that accuracy beside it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from scipy import sparse

from .. import ingest
from ..codebook import path as codebook_path
from ..extract import tokens, topic_model, topics
from . import topics as agreement

MIN_DOCUMENTS = 5  # a word in fewer training documents is one province's wording, not evidence of a topic
# inverse regularisation strength of the linear support vector machine. Work reports held out favour a weaker one
# (cap accuracy 0.851 at 0.1, 0.862 at 0.3, 0.874 at 1), but texts of other genres a stronger one, which leaves more to
# the lexicon: trained on the work reports and 60 news-genre texts, 20 more (te1, te2, in the sample since) agreed on CAP
# 0.794 at 0.05, 0.783 at 0.1 and 0.789 at 0.2 (classes 0.771, 0.766, 0.771), and the development texts on 0.854, 0.829,
# 0.817
C = 0.05
# The inverse regularisation strength of the second machine, which learns the 国务院 classes (``topics.CLASS_MODEL_WEIGHT``
# weighs its shares): with whole documents held out, class accuracy 0.834, 0.843 and 0.849 at 0.2, 0.5 and 1 (the news
# genres' 0.789, 0.792 and 0.791), at that weight. Chosen on the same folds that report it, so the recorded figure is the
# best of a small grid; the held-out sample's is the one to quote.
CLASS_C = 0.5
FOLDS = 8
CLASS_PRIOR = 1.0  # paragraphs' worth of the lexicon's usual class added to each topic's coded classes
TEXT_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")


def _source(corpus: Path, doc: str) -> Path:
    for suffix in TEXT_SUFFIXES:
        if (corpus / f"{doc}{suffix}").is_file():
            return corpus / f"{doc}{suffix}"
    raise FileNotFoundError(f"{corpus}: no text for the coded document {doc}")


def training_set(samples: list[tuple[Path, Path]]) -> pd.DataFrame:
    """One row per coded policy paragraph found in its text, over samples of (texts, their codes): doc, its sample (the
    codes' folder name), its content words, the lexicon's evidence in context and context features (as extraction
    reads them), cap, gov. A document's name identifies it across samples (cross-validation holds documents out)."""
    frames = [_sample_rows(corpus, codes) for corpus, codes in samples]
    named = Counter(doc for frame in frames for doc in frame["doc"].unique()) if frames else Counter()
    twice = sorted(doc for doc, n in named.items() if n > 1)
    if twice:
        raise ValueError(f"documents coded in two samples: {twice[:5]}")
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _sample_rows(corpus: Path, codes: Path) -> pd.DataFrame:
    coded = agreement.read_codes([codes])
    rows = []
    for doc, group in coded.groupby("doc", sort=True):
        document = ingest.load(_source(corpus, doc))
        paragraphs = document.paragraphs_as_read()  # as extraction reads them; the codes quote the text as written
        words, readings = tokens.words(paragraphs), topics.read([paragraphs])
        written = {p.para: p.text for p in document.paragraphs}
        at = {written[p.para].strip()[:agreement.KEY_CHARS]: i for i, p in enumerate(readings.paragraphs)}
        for code in group.itertuples(index=False):
            i = at.get(code.key)
            if i is not None:
                rows.append(dict(doc=doc, sample=Path(codes).name, words=words.get(readings.paragraphs[i].para, []), total=readings.total[i],
                                 features=readings.features[i], cap=code.cap, gov=code.gov))
    return pd.DataFrame(rows, columns=["doc", "sample", "words", "total", "features", "cap", "gov"])


def vocabulary(frame: pd.DataFrame) -> list[str]:
    """The content words that occur in at least ``MIN_DOCUMENTS`` of the sample's documents."""
    in_documents: Counter = Counter()
    for _, paragraphs in frame.groupby("doc")["words"]:
        in_documents.update({w for words in paragraphs for w in words})
    return sorted(w for w, n in in_documents.items() if n >= MIN_DOCUMENTS)


def design(frame: pd.DataFrame, counter: topic_model.WordCounter) -> sparse.csr_matrix:
    """The model's inputs: word values as the extraction computes them, then the context features."""
    found = counter.features(list(frame["words"]))
    words = sparse.csr_matrix((found.values, (found.rows, found.index)), shape=(len(frame), counter.size))
    return sparse.hstack([words, sparse.csr_matrix(np.vstack(frame["features"]))], format="csr")


@dataclass
class Fitted:
    vocabulary: list[str]
    classifier: topic_model.Classifier
    leaning: topic_model.ClassLeaning
    class_classifier: topic_model.Classifier | None = None

    def predict(self, frame: pd.DataFrame) -> list[tuple[int, str]]:
        """What extraction would code each paragraph with this model: the model and the lexicon together."""
        model = topic_model.TopicModel(topic_model.word_counter(self.vocabulary), self.classifier, self.leaning,
                                       self.class_classifier)
        lex = topics.lexicon()
        learnt = np.zeros((len(frame), len(lex.caps)))
        found, classes = model.both_probabilities(list(frame["words"]), np.vstack(frame["features"]))
        learnt[:, [lex.caps.index(label) for label in self.classifier.labels]] = found
        classes = topics.class_columns(classes, self.class_classifier.labels) if classes is not None else None
        primary, gov_class = topics.decide(np.vstack(frame["total"]), learnt, topics.class_leaning(model), classes)
        return [(lex.caps[c], lex.gov_classes[g]) for c, g in zip(primary, gov_class)]


def class_leaning(frame: pd.DataFrame) -> topic_model.ClassLeaning:
    """How the sample's 国务院 classes fall within each CAP major topic, as shares per topic, with ``CLASS_PRIOR``
    paragraphs of the lexicon's usual class added, so that a topic coded a few times leans to that class. Leaving
    provinces out, these shares got 0.786 of the classes right where the usual class alone got 0.748."""
    lex = topics.lexicon()
    counts = CLASS_PRIOR * lex.usual_class
    for cap, gov in zip(frame["cap"], frame["gov"]):
        if cap in lex.caps and gov in lex.gov_classes:
            counts[lex.caps.index(cap), lex.gov_classes.index(gov)] += 1
    return topic_model.ClassLeaning(lex.caps, lex.gov_classes, counts / counts.sum(axis=1, keepdims=True))


def fit(frame: pd.DataFrame) -> Fitted:
    """Linear support vector machines (one topic, or one 国务院 class, against the rest) on the sample's words and
    context features: liblinear fits them in seconds where a multinomial logistic regression takes minutes."""
    words = vocabulary(frame)
    counter = topic_model.word_counter(words)
    x = design(frame, counter)
    known = frame["gov"].isin(topics.lexicon().gov_classes).to_numpy()
    return Fitted(words, _svm(x, frame["cap"].to_numpy(), C, counter.size, int), class_leaning(frame),
                  _svm(x[known], frame["gov"].to_numpy()[known], CLASS_C, counter.size, str))


def _svm(x, labels: np.ndarray, c: float, vocabulary_size: int, label_type) -> topic_model.Classifier:
    """A one-against-the-rest linear SVM on the design matrix ``x`` (the first ``vocabulary_size`` columns words, the
    rest context), as the weights extraction reads; ``label_type`` (int for CAP codes, str for class names) types the
    labels numpy gives back."""
    from sklearn.svm import LinearSVC

    clf = LinearSVC(C=c, max_iter=5000, random_state=0).fit(x, labels)
    coef, intercept = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # one margin for two labels: the first label's score is its negative
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    coef = coef.T.astype(np.float32)
    return topic_model.Classifier(tuple(label_type(c) for c in clf.classes_), coef[:vocabulary_size], coef[vocabulary_size:],
                                  intercept.astype(np.float32))


def cross_validate(frame: pd.DataFrame) -> dict:
    """Accuracy of the coding extraction would give (model and lexicon), CAP major topic and 国务院 class, with
    whole documents held out (``FOLDS`` groups of documents, fewer in a smaller sample), fitting afresh each time;
    with several samples, also per sample (a genre's figure, not hidden in the larger sample's)."""
    from sklearn.model_selection import GroupKFold

    folds = min(FOLDS, frame["doc"].nunique())
    predicted = [None] * len(frame)
    for train, test in GroupKFold(n_splits=folds).split(frame, groups=frame["doc"]):
        for i, decided in zip(test, fit(frame.iloc[train]).predict(frame.iloc[test])):
            predicted[i] = decided
    out = {"folds": folds, **_accuracy(predicted, frame)}
    if frame["sample"].nunique() > 1:
        out["samples"] = {name: {"paragraphs": int(len(rows)), **_accuracy([predicted[i] for i in rows], frame.loc[rows])}
                          for name, rows in frame.groupby("sample", sort=True).groups.items()}
    return out


def _accuracy(predicted: list[tuple[int, str]], frame: pd.DataFrame) -> dict:
    return {"cap_accuracy": round(float(np.mean([p[0] == c for p, c in zip(predicted, frame["cap"])])), 3),
            "gov_accuracy": round(float(np.mean([p[1] == g for p, g in zip(predicted, frame["gov"])])), 3)}


def train(samples: list[tuple[Path, Path]], out: Path | None = None) -> dict:
    """Fit on the whole of the samples (texts, their codes), write the model and the record of how it was made and how
    well it does."""
    frame = training_set(samples)
    scores = cross_validate(frame)
    fitted = fit(frame)
    out = Path(out) if out else Path(str(codebook_path("helpers.extract", topic_model.MODEL_FILE)))
    topic_model.save(out, fitted.vocabulary, fitted.classifier, fitted.leaning, fitted.class_classifier)
    sources = "; ".join(f"{codes} (texts in {corpus})" for corpus, codes in samples)
    record = {"source": f"trained by `shishi train-topics` on {dt.date.today().isoformat()} from {sources}",
              "training": {"documents": int(frame["doc"].nunique()), "paragraphs": len(frame), "vocabulary": len(fitted.vocabulary),
                           "features": "content words (tokens.content_words) and the lexicon's context", "min_documents": MIN_DOCUMENTS, "C": C,
                           "class_C": CLASS_C, "class_model_weight": topics.CLASS_MODEL_WEIGHT,
                           "classes": f"each topic's coded 国务院 classes, plus {CLASS_PRIOR:g} of the lexicon's usual class, and a "
                                      "class model on the same inputs"},
              "cross_validated": {"grouped_by": "document (whole documents held out)", **scores}}
    out.with_suffix(".yml").write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return record
