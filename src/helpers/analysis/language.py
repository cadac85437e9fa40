"""Language: key terms, keyness, slogans, concordance, dispersion and collocations of the segmented corpus.

Every function asks the facts store (``helpers.store.terms`` over DuckDB) for the counts or the paragraphs
it needs, so a report on tens of thousands of documents holds word counts and matching paragraphs, never
the corpus's paragraphs or words. The statistics (G², PMI, TF-IDF) are computed here from those counts.
"""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ..codebook import yaml_book
from ..extract import numerals
from ..extract.tokens import user_dictionary
from ..store import terms
from ..store.query import Query
from .labels import title_lines

_WORD = re.compile(r"[\u4e00-\u9fff]")
_SLOGAN = re.compile(r"[“「]([^“”「」，。；！？]{2,12})[”」]")


@lru_cache(maxsize=1)
def tokenizer():
    """jieba with the policy user dictionary the extraction segments with, for TextRank's keywords."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word, frequency, tag in user_dictionary():
        jieba.add_word(word, frequency, tag)
    return jieba


@lru_cache(maxsize=1)
def _unit_fragment() -> re.Pattern:
    """A token that is a magnitude and a unit (万人, 亿元, 万亩, 千瓦): what is left of a number after segmentation."""
    units = [u for u in yaml_book("helpers.extract", "units.yml")["units"] if _WORD.search(str(u))]
    magnitudes = "".join(m for m in numerals.magnitudes() if len(m) == 1)
    return re.compile(f"^[{magnitudes}]+(?:{'|'.join(map(re.escape, sorted(units, key=len, reverse=True)))})?$")


def is_unit_fragment(token: str) -> bool:
    return bool(_unit_fragment().match(token))


def word_counts(q: Query) -> pd.Series:
    """Every content word's count in the corpus, most frequent first (ties in order of first appearance)."""
    return terms.word_counts(q)


def top_terms(counts: pd.Series, top_n: int = 30) -> pd.Series:
    """Content words by frequency, without the unit fragments numbers leave behind (万人, 亿元)."""
    return counts[[not is_unit_fragment(t) for t in counts.index]].head(top_n)


def key_terms(counts: pd.Series, top_k: int = 8) -> list[str]:
    """The corpus's own key terms: (1 + log count) × jieba's general-language IDF, unit fragments left out, so
    高质量发展 and 营商环境 rise above 建设 and 推进. They are the default terms of the concordance and the
    dispersion plot, which then fit any corpus."""
    idf, median = _idf()
    scored = sorted(((-(1 + math.log(n)) * idf.get(t, median), t) for t, n in counts.items() if not is_unit_fragment(t)))
    return [t for _, t in scored[:top_k]]


def occurring(q: Query, words: list[str]) -> tuple[list[str], list[str]]:
    """The terms that occur in the paragraphs, and those that do not (for a note instead of an empty chart)."""
    found = {t for t in words if t and q.sql("SELECT 1 FROM paragraphs WHERE contains(text, $t) LIMIT 1", {"t": t}).shape[0]}
    return [t for t in words if t in found], [t for t in words if t and t not in found]


TEXTRANK_GROUPS = 6  # TextRank takes about 1.5 s a report: past this many groups only TF-IDF is given


def _idf() -> tuple[dict, float]:
    import jieba.analyse

    return jieba.analyse.default_tfidf.idf_freq, jieba.analyse.default_tfidf.median_idf


def keywords(q: Query, counts: pd.Series, by: str = "section", top_k: int = 8) -> pd.DataFrame:
    """TF-IDF keywords per section or document (the segmented words weighed by jieba's IDF table), and
    TextRank's when there are few groups. ``counts`` are the corpus's word counts, whose unit fragments are
    left out; the store ranks each group's words and returns only the best ``top_k``."""
    import jieba.analyse

    idf, median = _idf()
    words = [t for t in counts.index if not is_unit_fragment(t)]
    best = terms.top_weighted(q, by, pd.DataFrame({"token": words, "weight": [idf.get(t, median) for t in words]}), top_k)
    tfidf = best.groupby(by, sort=False)["token"].agg("、".join)
    groups = terms.groups(q, by)
    out = pd.DataFrame({by: [g or "（导语 lead）" for g in groups], "tf_idf": [tfidf.get(g, "") for g in groups]})
    if len(groups) <= TEXTRANK_GROUPS:
        tokenizer()
        body = q.table("paragraphs", [by, "text"], where="kind IN (SELECT unnest($kinds))", params={"kinds": list(terms.SEGMENTED_KINDS)})
        text = body.groupby(by, sort=False)["text"].agg("\n".join)
        out["textrank"] = ["、".join(jieba.analyse.textrank(text[g], topK=top_k)) for g in groups]
    return out


G2_CRITICAL = 3.84  # G² above this: p < 0.05 with one degree of freedom


def _g2(a: pd.Series, b: pd.Series, na: int, nb: int) -> pd.Series:
    """Dunning's log-likelihood of counts ``a`` in the target (``na`` tokens) against ``b`` in the rest (``nb``)."""
    ea, eb = na * (a + b) / (na + nb), nb * (a + b) / (na + nb)
    with np.errstate(divide="ignore", invalid="ignore"):
        return 2 * (a * np.log(a / ea) + np.where(b > 0, b * np.log(b / eb), 0.0))


def _key_table(a_counts: pd.Series, b_counts: pd.Series, na: int, nb: int, top_n: int, min_count: int) -> pd.DataFrame:
    """Log-likelihood (G²) keyness of words counted ``a_counts`` in the target (``na`` words) against
    ``b_counts`` in the rest (``nb`` words) (Dunning 1993): only words over-represented in the target and
    significant at p < 0.05 (G² > 3.84)."""
    na, nb = max(1, int(na)), max(1, int(nb))
    a = a_counts[a_counts >= min_count]
    b = b_counts.reindex(a.index, fill_value=0)
    g2 = pd.Series(_g2(a.astype(float), b.astype(float), na, nb), index=a.index)
    keep = (a / na > b / nb) & (g2 > G2_CRITICAL) & ~a.index.map(is_unit_fragment).to_numpy(dtype=bool)
    out = pd.DataFrame({"token": a.index[keep], "target": a[keep].to_numpy(), "reference": b[keep].to_numpy(),
                        "g2": g2[keep].round(2).to_numpy()})
    return out.sort_values(["g2", "token"], ascending=[False, True], kind="stable").head(top_n).reset_index(drop=True)


def keyness_by(q: Query, unit: str, top_n: int = 8, max_groups: int = 20) -> pd.DataFrame:
    """The most distinctive words of each section (or document) against all the others.

    Only the ``max_groups`` largest groups are compared: keyness of ten thousand documents is unreadable.
    """
    groups = list(terms.largest_groups(q, unit, max_groups)[unit])
    counts = terms.keyness_counts(q, unit, groups) if groups else pd.DataFrame(columns=[unit, "token", "target", "reference"])
    tables = []
    for group in groups:
        mine = counts[counts[unit] == group].set_index("token")
        k = _key_table(mine["target"], mine["reference"], mine["target_total"].iloc[0], mine["reference_total"].iloc[0], top_n, 2)
        if len(k):
            tables.append(k.assign(**{unit: group or "（导语 lead）"})[[unit, "token", "target", "reference", "g2"]])
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=[unit, "token", "target", "reference", "g2"])


def slogans(q: Query) -> pd.DataFrame:
    """Short phrases in quotation marks (“一键申报”, “三长”): coined terms and slogans, with counts."""
    found = terms.phrase_counts(q, _SLOGAN.pattern)
    return found.sort_values(["count", "phrase"], ascending=[False, True], kind="stable").reset_index(drop=True)


KWIC_COLUMNS = ["doc", "para", "section", "context", "mark_start", "mark_end"]


def kwic(q: Query, term: str, width: int = 18, limit: int | None = None) -> pd.DataFrame:
    """Keyword in context: every occurrence (the first ``limit``, all a page shows) with its left and right
    context and its paragraph; ``terms.occurrences`` counts them all.

    The term sits at ``context[mark_start:mark_end]``; the report marks it there. Only the paragraphs that
    hold the term are read, and with a limit only as many as give that many lines.
    """
    rows = []
    if not term:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    paragraphs = terms.paragraphs_containing(q, term, limit=limit)
    for doc, para, section, text in zip(paragraphs["doc"], paragraphs["para"], paragraphs["section"], paragraphs["text"]):
        for m in re.finditer(re.escape(term), text):
            left, right = text[max(0, m.start() - width) : m.start()], text[m.end() : m.end() + width]
            rows.append((doc, para, section, left + m.group() + right, len(left), len(left) + len(term)))
    return pd.DataFrame(rows[:limit], columns=KWIC_COLUMNS)


def dispersion_figure(q: Query, words: list[str], title: str):
    """Where each term occurs: relative position (0 = start, 1 = end) of paragraphs that use it."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 0.6 * max(1, len(words)) + 1.5))
    n_by_doc = q.sql("SELECT doc, max(para) AS n FROM paragraphs GROUP BY doc").set_index("doc")["n"].clip(lower=1)
    held = terms.paragraphs_holding(q, words)
    for y, term in enumerate(words):
        hits = held[held[term]]
        if hits.empty:
            continue
        pos = hits["para"].to_numpy() / hits["doc"].map(n_by_doc).to_numpy(dtype=float)
        ax.scatter(pos, [y] * len(pos), marker="|", s=300, color="#1f5a96")
    if len(n_by_doc) == 1:  # section boundaries mean something only within one document
        heads = q.table("paragraphs", ["doc", "para"], where="kind = 'heading'")
        for p, d in zip(heads["para"], heads["doc"]):
            ax.axvline(p / n_by_doc[d], color="#c8553d", lw=0.8, ls="--")
    ax.set_yticks(range(len(words)), words)
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("位置 position in document (dashed: section headings)")
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.tight_layout()
    return fig


def collocations(q: Query, min_count: int = 2, top_n: int = 20) -> pd.DataFrame:
    """Adjacent word pairs within a paragraph, by frequency and pointwise mutual information."""
    pairs = terms.pair_counts(q, min_count, top_n)
    columns = (pairs[c].tolist() for c in ("first", "second", "count", "first_count", "second_count", "total"))
    rows = [(f"{a} {b}", n, round(math.log2(n * total / (na * nb)), 2)) for a, b, n, na, nb, total in zip(*columns)]
    out = pd.DataFrame(rows, columns=["pair", "count", "pmi"])
    return out.sort_values(["count", "pmi", "pair"], ascending=[False, False, True], kind="stable").head(top_n).reset_index(drop=True)
