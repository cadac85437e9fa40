"""Language: segmentation with a policy dictionary, key terms, keyness, slogans, concordance, collocations."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from ..codebook import text_book, yaml_book
from ..extract.tokens import SEPARATOR, content_words
from ..extract import numerals
from .labels import title_lines

_WORD = re.compile(r"[\u4e00-\u9fff]")
_SLOGAN = re.compile(r"[“「]([^“”「」，。；！？]{2,12})[”」]")


@lru_cache(maxsize=1)
def tokenizer():
    """jieba with the policy user dictionary the extraction segments with, for TextRank's keywords."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for line in text_book("helpers.extract", "policy_terms.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split()
            jieba.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)
    return jieba


def sample_paragraphs(paragraphs: pd.DataFrame, max_paragraphs: int, seed: int = 0) -> pd.DataFrame:
    """At most ``max_paragraphs`` body paragraphs, drawn at random but reproducibly, in reading order.

    Segmenting a corpus of thousands of documents takes minutes; word frequencies settle long before.
    """
    body = paragraphs[paragraphs["kind"].isin(["body", "subhead"])]
    if len(body) <= max_paragraphs:
        return body
    return body.sample(n=max_paragraphs, random_state=seed).sort_index()


def tokens(paragraphs: pd.DataFrame, segmented: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per content word of the body paragraphs: doc, para, section, token.

    ``segmented`` is the facts' tokens table (each paragraph's words, segmented once at extraction): read, not
    segmented again. Without it (a table made by hand) the paragraphs are segmented the extraction's way.
    """
    body = paragraphs[paragraphs["kind"].isin(["body", "subhead"])][["doc", "para", "section", "text"]]
    if segmented is None:
        words = [SEPARATOR.join(content_words(t)) for t in body["text"]]
        segmented = body[["doc", "para"]].assign(tokens=words)
    rows = body[["doc", "para", "section"]].merge(segmented[["doc", "para", "tokens"]], on=["doc", "para"])
    rows = rows.assign(token=rows["tokens"].str.split(SEPARATOR)).explode("token")
    return rows[rows["token"].fillna("") != ""][["doc", "para", "section", "token"]].reset_index(drop=True)


@lru_cache(maxsize=1)
def _unit_fragment() -> re.Pattern:
    """A token that is a magnitude and a unit (万人, 亿元, 万亩, 千瓦): what is left of a number after segmentation."""
    units = [u for u in yaml_book("helpers.extract", "units.yml")["units"] if _WORD.search(str(u))]
    magnitudes = "".join(m for m in numerals.magnitudes() if len(m) == 1)
    return re.compile(f"^[{magnitudes}]+(?:{'|'.join(map(re.escape, sorted(units, key=len, reverse=True)))})?$")


def is_unit_fragment(token: str) -> bool:
    return bool(_unit_fragment().match(token))


def top_terms(toks: pd.DataFrame, top_n: int = 30) -> pd.Series:
    """Content words by frequency, without the unit fragments numbers leave behind (万人, 亿元)."""
    counts = toks["token"].value_counts()
    return counts[[not is_unit_fragment(t) for t in counts.index]].head(top_n)


def key_terms(toks: pd.DataFrame, top_k: int = 8) -> list[str]:
    """The corpus's own key terms: (1 + log count) × jieba's general-language IDF, unit fragments left out, so
    高质量发展 and 营商环境 rise above 建设 and 推进. They are the default terms of the concordance and the
    dispersion plot, which then fit any corpus."""
    import jieba.analyse

    tokenizer()
    idf = jieba.analyse.default_tfidf.idf_freq
    median = jieba.analyse.default_tfidf.median_idf
    counts = toks["token"].value_counts()
    scored = sorted(((-(1 + math.log(n)) * idf.get(t, median), t) for t, n in counts.items() if not is_unit_fragment(t)))
    return [t for _, t in scored[:top_k]]


def occurring(paragraphs: pd.DataFrame, terms: list[str]) -> tuple[list[str], list[str]]:
    """The terms that occur in the paragraphs, and those that do not (for a note instead of an empty chart)."""
    text = "\n".join(paragraphs["text"])
    return [t for t in terms if t and t in text], [t for t in terms if t and t not in text]


TEXTRANK_GROUPS = 6  # TextRank takes about 1.5 s a report: past this many groups only TF-IDF is given


def _idf() -> tuple[dict, float]:
    import jieba.analyse

    tokenizer()
    return jieba.analyse.default_tfidf.idf_freq, jieba.analyse.default_tfidf.median_idf


def keywords(paragraphs: pd.DataFrame, toks: pd.DataFrame, by: str = "section", top_k: int = 8) -> pd.DataFrame:
    """TF-IDF keywords per section or document (the segmented tokens weighed by jieba's IDF table), and
    TextRank's when there are few groups."""
    import jieba.analyse

    idf, median = _idf()
    counts = toks.groupby([by, "token"], sort=False).size().rename("n").reset_index()
    counts["score"] = counts["n"] * counts["token"].map(lambda t: idf.get(t, median))
    counts = counts[~np.array([is_unit_fragment(t) for t in counts["token"]], dtype=bool)]
    best = counts.sort_values([by, "score", "token"], ascending=[True, False, True], kind="stable").groupby(by, sort=False).head(top_k)
    tfidf = best.groupby(by, sort=False)["token"].agg("、".join)
    body = paragraphs[paragraphs["kind"].isin(["body", "subhead"])]
    groups = list(dict.fromkeys(body[by]))
    out = pd.DataFrame({by: [g or "（导语 lead）" for g in groups], "tf_idf": [tfidf.get(g, "") for g in groups]})
    if len(groups) <= TEXTRANK_GROUPS:
        text = body.groupby(by, sort=False)["text"].agg("\n".join)
        out["textrank"] = ["、".join(jieba.analyse.textrank(text[g], topK=top_k)) for g in groups]
    return out


G2_CRITICAL = 3.84  # G² above this: p < 0.05 with one degree of freedom


def _g2(a: pd.Series, b: pd.Series, na: int, nb: int) -> pd.Series:
    """Dunning's log-likelihood of counts ``a`` in the target (``na`` tokens) against ``b`` in the rest (``nb``)."""
    ea, eb = na * (a + b) / (na + nb), nb * (a + b) / (na + nb)
    with np.errstate(divide="ignore", invalid="ignore"):
        return 2 * (a * np.log(a / ea) + np.where(b > 0, b * np.log(b / eb), 0.0))


def keyness(toks: pd.DataFrame, target: pd.Series, top_n: int = 20, min_count: int = 2) -> pd.DataFrame:
    """Log-likelihood (G²) keyness of words in the target rows against the rest (Dunning 1993): only words
    over-represented in the target and significant at p < 0.05 (G² > 3.84)."""
    a_counts = toks.loc[target, "token"].value_counts()
    b_counts = toks.loc[~target, "token"].value_counts()
    return _key_table(a_counts, b_counts, top_n, min_count)


def _key_table(a_counts: pd.Series, b_counts: pd.Series, top_n: int, min_count: int) -> pd.DataFrame:
    na, nb = max(1, int(a_counts.sum())), max(1, int(b_counts.sum()))
    a = a_counts[a_counts >= min_count]
    b = b_counts.reindex(a.index, fill_value=0)
    g2 = pd.Series(_g2(a.astype(float), b.astype(float), na, nb), index=a.index)
    keep = (a / na > b / nb) & (g2 > G2_CRITICAL) & ~a.index.map(is_unit_fragment).to_numpy(dtype=bool)
    out = pd.DataFrame({"token": a.index[keep], "target": a[keep].to_numpy(), "reference": b[keep].to_numpy(),
                        "g2": g2[keep].round(2).to_numpy()})
    return out.sort_values(["g2", "token"], ascending=[False, True], kind="stable").head(top_n).reset_index(drop=True)


def keyness_by(toks: pd.DataFrame, unit: str, top_n: int = 8, max_groups: int = 20) -> pd.DataFrame:
    """The most distinctive words of each section (or document) against all the others.

    Only the ``max_groups`` largest groups are compared: keyness of ten thousand documents is unreadable.
    """
    total = toks["token"].value_counts()
    by_group = toks.groupby(unit)["token"].value_counts()
    tables = []
    for group in toks[unit].value_counts().head(max_groups).index:
        mine = by_group.loc[group]
        rest = (total - mine.reindex(total.index, fill_value=0))
        k = _key_table(mine, rest[rest > 0], top_n, 2)
        if len(k):
            tables.append(k.assign(**{unit: group or "（导语 lead）"})[[unit, "token", "target", "reference", "g2"]])
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=[unit, "token", "target", "reference", "g2"])


def slogans(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Short phrases in quotation marks (“一键申报”, “三长”): coined terms and slogans, with counts."""
    found = Counter()
    docs: dict[str, set] = {}
    for doc, text in zip(paragraphs["doc"], paragraphs["text"]):
        for m in _SLOGAN.finditer(text):
            found[m.group(1)] += 1
            docs.setdefault(m.group(1), set()).add(doc)
    out = pd.DataFrame([(s, n, len(docs[s])) for s, n in found.items()], columns=["phrase", "count", "documents"])
    return out.sort_values(["count", "phrase"], ascending=[False, True], kind="stable").reset_index(drop=True)


KWIC_COLUMNS = ["doc", "para", "section", "context", "mark_start", "mark_end"]


def kwic(paragraphs: pd.DataFrame, term: str, width: int = 18) -> pd.DataFrame:
    """Keyword in context: every occurrence with its left and right context and its paragraph.

    The term sits at ``context[mark_start:mark_end]``; the report marks it there.
    """
    rows = []
    if not term:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    for doc, para, section, text in zip(paragraphs["doc"], paragraphs["para"], paragraphs["section"], paragraphs["text"]):
        for m in re.finditer(re.escape(term), text):
            left, right = text[max(0, m.start() - width) : m.start()], text[m.end() : m.end() + width]
            rows.append((doc, para, section, left + m.group() + right, len(left), len(left) + len(term)))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def dispersion_figure(paragraphs: pd.DataFrame, terms: list[str], title: str):
    """Where each term occurs: relative position (0 = start, 1 = end) of paragraphs that use it."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 0.6 * max(1, len(terms)) + 1.5))
    n_by_doc = paragraphs.groupby("doc")["para"].max().clip(lower=1)
    for y, term in enumerate(terms):
        hits = paragraphs[paragraphs["text"].str.contains(term, regex=False)]
        if hits.empty:
            continue
        pos = hits["para"].to_numpy() / hits["doc"].map(n_by_doc).to_numpy(dtype=float)
        ax.scatter(pos, [y] * len(pos), marker="|", s=300, color="#1f5a96")
    if paragraphs["doc"].nunique() == 1:  # section boundaries mean something only within one document
        heads = paragraphs[paragraphs["kind"] == "heading"]
        for p, d in zip(heads["para"], heads["doc"]):
            ax.axvline(p / n_by_doc[d], color="#c8553d", lw=0.8, ls="--")
    ax.set_yticks(range(len(terms)), terms)
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("位置 position in document (dashed: section headings)")
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.tight_layout()
    return fig


def collocations(toks: pd.DataFrame, min_count: int = 2, top_n: int = 20) -> pd.DataFrame:
    """Adjacent word pairs within a paragraph, by frequency and pointwise mutual information."""
    pairs, unigrams = Counter(), Counter(toks["token"])
    for _, grp in toks.groupby(["doc", "para"], sort=False):
        words = list(grp["token"])
        pairs.update(zip(words, words[1:]))
    total = max(1, sum(unigrams.values()))
    rows = [(f"{a} {b}", n, round(math.log2(n * total / (unigrams[a] * unigrams[b])), 2)) for (a, b), n in pairs.items() if n >= min_count]
    out = pd.DataFrame(rows, columns=["pair", "count", "pmi"])
    return out.sort_values(["count", "pmi", "pair"], ascending=[False, False, True], kind="stable").head(top_n).reset_index(drop=True)
