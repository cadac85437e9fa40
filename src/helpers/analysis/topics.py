"""Policy coverage from the paragraph topics extraction wrote (``paragraph_topics``): CAP major topics and
国务院主题分类 classes, with shares that add up, counts per 10,000 characters, and comparisons of documents.

Every coded paragraph has exactly one primary topic, so shares by primary topic add up to 100%; a
paragraph that touches several topics is counted once, under its main one. Where a table counts every
topic a paragraph touches, its column says so.
"""

from __future__ import annotations

from contextlib import nullcontext

import numpy as np
import pandas as pd

from ..extract import topics as lexicon
from ..store.facts import Facts
from ..store.query import _identifier, _literal, relation
from . import sections

PER = 10_000  # characters: counts are normalised per this many characters of a document's coded text


def names() -> pd.DataFrame:
    """cap_major, topic (Chinese label) and topic_en of every CAP major topic in the lexicon."""
    topics = lexicon.lexicon().topics
    return pd.DataFrame([(t.cap, t.label_zh, t.label_en) for t in topics.values()], columns=["cap_major", "topic", "topic_en"])


def _coded_sql(q) -> str:
    """The paragraphs extraction codes (``topics.is_coded``: body and subheads, titles and headings that are sentences):
    doc, para, section, chars, part and role, in SQL."""
    kinds = ", ".join(_literal(k) for k in lexicon.CODED_KINDS)
    lines = ", ".join(_literal(k) for k in lexicon.LINE_KINDS)
    return (f"SELECT p.doc, p.para, p.section, length(p.text) AS chars, {sections.PART_COLUMNS} "
            f"FROM paragraphs AS p {sections.part_join(q, 'p')} WHERE (p.kind IN ({kinds}) AND length(p.text) >= {lexicon.MIN_CHARS} "
            f"OR p.kind IN ({lines}) AND length(p.text) > {lexicon.LONG_LINE})")


def _coded(q) -> str:
    """The name of the coded paragraphs (``_coded_sql``) in ``q``, read from the facts once."""
    return q.written("coded_paragraphs", _coded_sql)


def coded_text(facts: Facts) -> pd.DataFrame:
    """The paragraphs extraction codes (``topics.is_coded``) with their length, section, part and part role."""
    q = facts.query
    return q.sql(f"SELECT c.* FROM {_coded(q)} AS c JOIN {q.reading_order()} AS o USING (doc) ORDER BY o.position, c.para")


def _primary_sql(q) -> str:
    return f"""SELECT t.doc, t.para, t.cap_major, t.gov_class, n.topic, n.topic_en, c.section, c.chars, c.part, c.role
               FROM paragraph_topics AS t JOIN {q.derived('topic_names', lambda q: names())} AS n USING (cap_major)
               JOIN {_coded(q)} AS c USING (doc, para) WHERE t."primary" """


class PrimaryTopics:
    """What ``primary`` returns, kept in the store: a view in the facts query (``q``, ``name``) that the
    functions below ask in SQL, so a report on a large corpus holds topic totals, not one row per paragraph."""

    def __init__(self, facts: Facts):
        self.q = facts.query
        self.name = self.q.written("primary_topics", _primary_sql)

    def __len__(self) -> int:
        return int(self.q.sql(f"SELECT count(*) AS n FROM {self.name}")["n"].iloc[0])

    def frame(self) -> pd.DataFrame:
        return self.q.sql(f"SELECT * FROM {self.name} ORDER BY doc, para")


def primary(facts: Facts) -> pd.DataFrame:
    """One row per coded paragraph: its primary topic (code, Chinese and English label), 国务院 class, length,
    section and part."""
    return PrimaryTopics(facts).frame()


def coverage(prim, facts: Facts) -> pd.DataFrame:
    """Per topic: paragraphs and characters under it as primary topic, and their shares (each column adds up to
    100%), with the paragraphs that touch the topic at all (a paragraph may touch several). ``prim``: what
    ``primary`` returns, as a DataFrame or as ``PrimaryTopics``."""
    with relation(prim, facts.query) as (q, rel):
        out = q.sql(f"""WITH touching AS (SELECT cap_major, count(*) AS touching FROM paragraph_topics GROUP BY cap_major)
            SELECT cap_major, topic, topic_en, count(*) AS paragraphs, sum(chars)::BIGINT AS characters, touching
            FROM {rel} LEFT JOIN touching USING (cap_major) GROUP BY cap_major, topic, topic_en, touching
            ORDER BY cap_major, topic, topic_en""")
    out["share_of_paragraphs"] = out["paragraphs"] / max(1, out["paragraphs"].sum())
    out["share_of_text"] = out["characters"] / max(1, out["characters"].sum())
    cols = ["topic", "topic_en", "paragraphs", "share_of_paragraphs", "characters", "share_of_text", "touching"]
    return out.sort_values(["share_of_text", "topic"], ascending=[False, True], kind="stable")[cols].reset_index(drop=True)


def classes(prim) -> pd.DataFrame:
    """Per 国务院主题分类 class: paragraphs and their share (adds up to 100%)."""
    with relation(prim) as (q, rel):
        out = q.sql(f"SELECT gov_class, count(*) AS paragraphs, sum(chars)::BIGINT AS characters FROM {rel} "
                    "GROUP BY gov_class ORDER BY gov_class")
    out["share_of_text"] = out["characters"] / max(1, out["characters"].sum())
    return out.sort_values(["share_of_text", "gov_class"], ascending=[False, True], kind="stable").reset_index(drop=True)


def uncoded(facts: Facts, prim) -> tuple[int, int]:
    """Coded paragraphs (``topics.is_coded``) without a topic (no policy content), and all of them."""
    q = facts.query
    total = int(q.sql(f"SELECT count(*) AS n FROM {_coded(q)}")["n"].iloc[0])
    return total - len(prim), total


def _shares(q, rel: str, by: str) -> pd.DataFrame:
    """Share of each ``by`` group's coded text under each primary topic (rows add up to 1), from the rows ``rel``."""
    key = _identifier(by)
    long = q.sql(f"SELECT {key}, topic, sum(chars)::BIGINT AS chars FROM {rel} GROUP BY {key}, topic")
    if long.empty:
        return pd.DataFrame()
    table = long.pivot_table(index=by, columns="topic", values="chars", aggfunc="sum", fill_value=0)
    return table.div(table.sum(axis=1), axis=0)


def shares(prim, by: str) -> pd.DataFrame:
    """Share of each row's coded text (``by``: doc, role, section …) under each primary topic; rows add up to 1."""
    with relation(prim) as (q, rel):
        return _shares(q, rel, by)


def section_order(prim) -> list[str]:
    """The sections of the coded paragraphs in reading order (of one document: by paragraph)."""
    with relation(prim) as (q, rel):
        return list(q.sql(f"SELECT section FROM {rel} GROUP BY section ORDER BY min(para)")["section"])


def per_10k(prim, facts: Facts) -> pd.DataFrame:
    """Paragraphs under each primary topic per 10,000 characters of each document's coded text."""
    with relation(prim, facts.query) as (q, rel):
        counts = q.sql(f"SELECT doc, topic, count(*) AS n FROM {rel} GROUP BY doc, topic")
        length = q.sql(f"SELECT doc, sum(chars)::BIGINT AS chars FROM {_coded(q)} GROUP BY doc").set_index("doc")["chars"]
    if counts.empty:
        return pd.DataFrame()
    counts = counts.pivot_table(index="doc", columns="topic", values="n", aggfunc="sum", fill_value=0)
    return counts.div(length.reindex(counts.index), axis=0) * PER


def emphasis(doc_shares: pd.DataFrame) -> pd.DataFrame:
    """Each document's share of each topic against the average document's: doc, topic, share, average and the
    difference in percentage points (positive: the document stresses the topic more than the average one)."""
    if doc_shares.empty:
        return pd.DataFrame(columns=["doc", "topic", "share", "average", "difference"])
    average = doc_shares.mean(axis=0)
    long = doc_shares.stack().rename("share").reset_index()
    long.columns = ["doc", "topic", "share"]
    long["average"] = long["topic"].map(average)
    long["difference"] = (long["share"] - long["average"]) * 100
    return long.sort_values(["doc", "difference", "topic"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


def stressed(emph: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` topics each document stresses most relative to the average document, as one readable row each."""
    top = emph[emph["difference"] > 0].groupby("doc", sort=False).head(n)
    said = pd.Series([f"{t} +{d:.1f}个百分点（{s:.1%}，平均{a:.1%}）"
                      for t, d, s, a in zip(top["topic"], top["difference"], top["share"], top["average"])], index=top.index)
    joined = said.groupby(top["doc"]).agg("；".join)
    docs = sorted(emph["doc"].unique())
    return pd.DataFrame({"doc": docs, "stresses": joined.reindex(docs, fill_value="").tolist()})


BLOCK = 2048  # documents compared at once: up to this many, the whole similarity matrix is one product
CELLS = 2 ** 24  # similarities held at once beyond that (128 MiB), so memory stays flat as documents grow


def _profiles(doc_shares: pd.DataFrame, centred: bool) -> np.ndarray:
    """Each document's topic profile scaled to length 1 (less the average document's when ``centred``)."""
    values = doc_shares.to_numpy(dtype=float)
    if centred:
        values = values - values.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(values, axis=1, keepdims=True)
    return np.divide(values, norms, out=np.zeros_like(values), where=norms > 0)


DECIMALS = 3  # similarities are compared as shown, to three decimals
MARGIN = 1.5 * 10 ** -DECIMALS  # a similarity this far below a rounded one cannot round up to it


def _blocks(unit: np.ndarray, rounded: bool = True):
    """(first row, similarities of a block of documents with every document), block by block: the similarity
    matrix without ever holding it when there are many documents. Not ``rounded``: as computed, for a caller
    that rounds only the few it keeps (rounding every similarity costs as much as computing it)."""
    n = len(unit)
    size = n if n <= BLOCK else max(1, CELLS // n)
    for start in range(0, n, size):
        block = unit[start : start + size] @ unit.T
        yield start, block.round(DECIMALS) if rounded else block


def similarity(doc_shares: pd.DataFrame, centred: bool = False, docs: list | None = None) -> pd.DataFrame:
    """Cosine similarity of the documents' topic profiles (shares of text by primary topic): 1 = the same mix.
    ``centred``: of each profile less the average document's, i.e. the correlation of what they stress.
    ``docs``: only among these documents (a figure's), never the whole matrix of a large corpus."""
    unit = _profiles(doc_shares, centred)
    if docs is None or len(unit) <= BLOCK:
        sim = pd.DataFrame(np.vstack([b for _, b in _blocks(unit)]), index=doc_shares.index, columns=doc_shares.index)
        return sim if docs is None else sim.loc[docs, docs]
    chosen = unit[doc_shares.index.get_indexer(docs)]
    return pd.DataFrame((chosen @ chosen.T).round(3), index=docs, columns=docs)


def _nth_largest(values: np.ndarray, n: int) -> float:
    """The ``n``-th largest of ``values`` (-inf when there are fewer)."""
    return values[np.argpartition(values, values.size - n)[values.size - n]] if values.size >= n else -np.inf


class _MostAlike:
    """The ``n`` most alike pairs of documents, read block by block (``_blocks``, not rounded) after ``_Nearest``.

    The pairs (a document with a later one) at least as alike as the ``n``-th most alike pair found so far are
    kept (ties kept), so every pair of the overall first ``n`` is kept while a block is chosen from by one
    comparison; the first block sets the bar from its own ``n``-th most alike pair."""

    def __init__(self, n: int):
        self.n, self.bar = n, -np.inf
        self.rows, self.cols, self.values = np.empty(0, int), np.empty(0, int), np.empty(0)

    def add(self, start: int, raw: np.ndarray, top: np.ndarray) -> None:
        """A block and its rows' largest similarities (``_Nearest.add``): only rows that reach the bar are searched."""
        if self.bar == -np.inf:
            self.bar = _nth_largest(raw[~np.tri(*raw.shape, k=start, dtype=bool)].round(DECIMALS), self.n)
        reaching = np.flatnonzero(top >= self.bar - MARGIN)
        i, j = np.nonzero(raw[reaching] >= self.bar - MARGIN)
        i = reaching[i]
        later = j > i + start  # each pair once: a document with a later one
        i, j = i[later], j[later]
        rows, cols = np.concatenate([self.rows, i + start]), np.concatenate([self.cols, j])
        values = np.concatenate([self.values, raw[i, j].round(DECIMALS)])
        self.bar = _nth_largest(values, self.n)
        kept = values >= self.bar
        self.rows, self.cols, self.values = rows[kept], cols[kept], values[kept]

    def result(self, docs: list) -> pd.DataFrame:
        out = pd.DataFrame({"doc": [docs[i] for i in self.rows], "other": [docs[j] for j in self.cols], "similarity": self.values})
        return out.sort_values(["similarity", "doc", "other"], ascending=[False, True, True], kind="stable").head(self.n).reset_index(drop=True)


class _Nearest:
    """Each document's most alike other document (the first of several equally alike), read block by block."""

    def __init__(self):
        self.best, self.value = [], []

    def add(self, start: int, raw: np.ndarray) -> np.ndarray:
        """Read a block, its own diagonal set aside in place; returns each row's largest similarity with another
        document, as computed."""
        rows = np.arange(len(raw))
        raw[rows, rows + start] = -np.inf
        largest = raw.max(axis=1)
        top = largest.round(DECIMALS)
        i, j = np.nonzero(raw >= (top - MARGIN)[:, None])
        tied = raw[i, j].round(DECIMALS) == top[i]  # row by row, in column order: the first is the one shown
        i, j = i[tied], j[tied]
        self.best.extend(j[np.unique(i, return_index=True)[1]])
        self.value.extend(top)
        return largest

    def result(self, docs: pd.Index) -> pd.DataFrame:
        return pd.DataFrame({"doc": docs, "most_alike": docs[self.best].to_numpy(), "similarity": self.value})


def alike(doc_shares: pd.DataFrame, centred: bool = True, n: int = 10) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most alike pairs of documents (most alike first), and each document's most alike other document,
    from one pass over the similarities: at 100,000 documents a pass compares ten billion pairs (37 to 40 s), and
    the pairs and the nearest documents each took one of their own."""
    pairs, near = _MostAlike(n), _Nearest()
    if len(doc_shares) < 2:  # one document has no other to be like
        return pairs.result([]), near.result(doc_shares.index[:0])
    for start, raw in _blocks(_profiles(doc_shares, centred), rounded=False):
        pairs.add(start, raw, near.add(start, raw))
    return pairs.result(list(doc_shares.index)), near.result(doc_shares.index)


def cluster_order(doc_shares: pd.DataFrame, centred: bool = False) -> list[str]:
    """Documents ordered so that alike ones sit together: by the Fiedler vector of the similarity graph's
    Laplacian (spectral seriation), its sign fixed so the order is the same on every run.

    Beyond ``BLOCK`` documents the Laplacian (documents squared, its eigenvectors documents cubed) is out of
    reach, and the documents are ordered along the axis on which their profiles differ most (the first
    principal component of the centred profiles), which needs only the topics squared.
    """
    index = doc_shares.index
    if len(index) < 3:
        return list(index)
    if len(index) <= BLOCK:
        weights = similarity(doc_shares, centred).to_numpy(dtype=float).copy()
        np.fill_diagonal(weights, 0)
        laplacian = np.diag(weights.sum(axis=1)) - weights
        axis = np.linalg.eigh(laplacian)[1][:, 1]
    else:
        profiles = _profiles(doc_shares, centred)
        profiles = profiles - profiles.mean(axis=0, keepdims=True)
        axis = profiles @ np.linalg.svd(profiles, full_matrices=False)[2][0]
    axis = axis * (1 if axis[np.argmax(np.abs(axis))] > 0 else -1)
    return [index[i] for i in np.lexsort((np.arange(len(index)), axis.round(12)))]


MIN_PERIODS = 3  # attention over time needs at least this many months (or years) with documents


def period(dates: pd.Series) -> tuple[str, pd.Series]:
    """The grain documents span ('year', 'month' or '' when too few periods) and each date's period."""
    known = dates[dates.str.len() >= 7]
    if known.str.slice(0, 4).nunique() >= MIN_PERIODS:
        return "year", dates.str.slice(0, 4)
    if known.str.slice(0, 7).nunique() >= MIN_PERIODS:
        return "month", dates.str.slice(0, 7)
    return "", dates.str.slice(0, 7)


def over_time(prim, facts: Facts) -> tuple[str, pd.DataFrame]:
    """Shares of text by topic per year or month when the documents span enough of them (else an empty table)."""
    docs = facts.ok_documents
    grain, periods = period(docs["date"].fillna(""))
    if not grain:
        return "", pd.DataFrame()
    dated = pd.DataFrame({"doc": docs["doc"], "period": periods})
    with relation(prim, facts.query) as (q, rel), q.registered(dated[dated["period"].str.len() >= 4]) as periods:
        return grain, _shares(q, f"(SELECT p.*, d.period FROM {rel} AS p JOIN {periods} AS d USING (doc))", "period").sort_index()


def by_entity(prim, entities, column: str) -> pd.DataFrame:
    """Paragraphs per primary topic by an entity attribute (organization type, province) of the paragraphs
    that mention it; a paragraph naming two provinces counts for both. ``entities``: a DataFrame, or the name
    of a facts table in the query ``prim`` is kept in."""
    key = _identifier(column)
    with relation(prim) as (q, rel), (nullcontext(entities) if isinstance(entities, str)
                                      else q.registered(entities[["doc", "para", column]])) as ents:
        counts = q.sql(f"SELECT e.{key}, p.topic, count(*) AS n FROM (SELECT DISTINCT doc, para, {key} FROM {ents} "
                       f"WHERE {key} <> '') AS e JOIN {rel} AS p USING (doc, para) GROUP BY e.{key}, p.topic")
    if counts.empty:
        return pd.DataFrame()
    return counts.pivot_table(index=column, columns="topic", values="n", aggfunc="sum", fill_value=0)


def _leaders(table: pd.DataFrame, label: str, value: str) -> tuple[list[str], float]:
    top = table[value].max()
    return list(table.loc[table[value] == top, label]), top


def lead_finding(cov: pd.DataFrame, n_docs: int) -> str:
    """The topic that takes the largest share of the coded text (every topic that ties, when several do)."""
    if cov.empty:
        return "没有段落编码到政策主题。No paragraph was coded with a policy topic."
    leaders, share = _leaders(cov, "topic", "share_of_text")
    second = cov[~cov["topic"].isin(leaders)]["share_of_text"].max() if len(cov) > len(leaders) else 0
    who = "、".join(leaders)
    return (f"{who}占正文的比重最大（{share:.1%}），其次为{cov[~cov['topic'].isin(leaders)].iloc[0]['topic']}（{second:.1%}）。"
            if len(cov) > len(leaders) else f"{who}占全部正文。") + (
        f" {'; '.join(cov.loc[cov['topic'].isin(leaders), 'topic_en'])} takes the largest share of the coded text "
        f"of {n_docs:,} document(s), {share:.1%}; shares by main topic add up to 100%.")


def class_finding(gov: pd.DataFrame) -> str:
    if gov.empty:
        return "No paragraph has a 国务院 class."
    leaders, share = _leaders(gov, "gov_class", "share_of_text")
    return f"按国务院主题分类，{'、'.join(leaders)}占比最大（{share:.1%} of the coded text）。"


def role_finding(by_role: pd.DataFrame) -> str:
    """The topic whose share differs most between the parts of the reports (review against plans)."""
    spread = (by_role.max(axis=0) - by_role.min(axis=0)).sort_values(ascending=False, kind="stable")
    topic = spread.index[0]
    high, low = by_role[topic].idxmax(), by_role[topic].idxmin()
    return (f"{topic} differs most between the parts: {by_role.loc[high, topic]:.1%} of the text in {high}, "
            f"{by_role.loc[low, topic]:.1%} in {low}.")


def emphasis_finding(emph: pd.DataFrame, names: dict[str, str]) -> str:
    """The largest departure of any document from the average document's attention to a topic."""
    if emph.empty:
        return "No paragraph was coded with a topic, so the documents' emphases cannot be compared."
    top = emph.sort_values(["difference", "doc"], ascending=[False, True], kind="stable").iloc[0]
    return (f"{names.get(top['doc'], top['doc'])}最突出的是{top['topic']}：占其正文{top['share']:.1%}，平均文档为{top['average']:.1%}"
            f"（高{top['difference']:.1f}个百分点），是所有文档中偏离平均最多的主题。 The largest departure from the average document.")


def alike_finding(pairs: pd.DataFrame, names: dict[str, str]) -> str:
    """The most alike pair, naming every pair that ties."""
    top = pairs[pairs["similarity"] == pairs["similarity"].max()]
    who = "；".join(f"{names.get(a, a)}与{names.get(b, b)}" for a, b in zip(top["doc"], top["other"]))
    return f"{who}的侧重最相似（相关 {top['similarity'].iloc[0]:.2f}）。 The most alike pair by what they stress."


def user_sample(codes: str) -> str:
    """The user's coded sample, or '' when none is configured; a configured path that does not exist is an error."""
    if not codes:
        return ""
    from pathlib import Path

    if not Path(codes).exists():
        raise FileNotFoundError(f"codes: {codes} does not exist (give the coded CSV from `shishi sample`, or a folder of JSONL, "
                                "relative to the notebooks folder)")
    return codes
