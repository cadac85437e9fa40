"""Word counts from the tokens table, computed by DuckDB: what the language report needs, never the corpus.

Extraction stores each body paragraph's and subhead's content words (``tokens``, see
``helpers.extract.tokens``); these functions count them where they lie, so a report on a year of
articles gets frequency tables of a few thousand rows instead of segmenting or loading 30 million words.
Statistics (keyness G², PMI, TF-IDF) stay with the analysis: here are only the counts they start from.
Groups are ``doc``, ``section`` (a paragraph's section heading) or ``para``-level keys of the paragraphs table.
"""

from __future__ import annotations

import pandas as pd

from ..extract.tokens import SEGMENTED_KINDS
from .query import Query, _identifier, whole_documents

GROUPS = ("doc", "section")  # what words can be counted by, besides the whole corpus


_IN_GROUPS = "IN (SELECT unnest($groups))"


def _rows(by: str | None = None) -> tuple[str, str]:
    """The group column and the FROM clause of the tokens rows (one per paragraph) with that column."""
    if by is None:
        return "", "tokens"
    if by not in GROUPS:
        raise ValueError(f"words are counted by {' or '.join(GROUPS)}, not '{by}'")
    if by == "doc":
        return "doc", "tokens"
    return "p.section", "tokens AS t JOIN paragraphs AS p USING (doc, para)"


def _words(by: str | None = None, groups: bool = False) -> str:
    """One row per word (``token``), with the group column ``by`` when asked for; with ``groups``, only the
    words of the groups given as the ``$groups`` parameter (filtered before the paragraphs are split)."""
    key, source = _rows(by)
    where = f" WHERE {key} {_IN_GROUPS}" if groups else ""
    return f"SELECT {key + ' AS ' + _identifier(by) + ', ' if key else ''}unnest(string_split(tokens, ' ')) AS token FROM {source}{where}"


def top_terms(q: Query, top_n: int = 30):
    """The ``top_n`` most frequent content words: a Series of counts indexed by token, ties in character order."""
    frame = q.sql(f"SELECT token, count(*) AS count FROM ({_words()}) GROUP BY token ORDER BY count DESC, token LIMIT {int(top_n)}")
    return frame.set_index("token")["count"]


def vocabulary(q: Query) -> tuple[int, int]:
    """Words in the corpus and distinct words."""
    n, distinct = q.con.execute(f"SELECT count(*), count(DISTINCT token) FROM ({_words()})").fetchone()
    return n, distinct


def word_counts(q: Query):
    """Every word's count (a Series indexed by token), most frequent first, ties in order of first
    appearance, as pandas' ``value_counts`` orders the words of the corpus read from start to end."""
    frame = q.sql(f"""
        WITH lists AS (SELECT position, para, string_split(tokens, ' ') AS w FROM tokens JOIN {q.reading_order()} USING (doc)),
             words AS (SELECT w[i] AS token, (position << 40) + (para << 20) + i AS place
                       FROM (SELECT position, para, w, unnest(range(1, len(w) + 1)) AS i FROM lists))
        SELECT token, count(*) AS count, min(place) AS first FROM words GROUP BY token ORDER BY count DESC, first""")
    return frame.set_index("token")["count"]


def largest_groups(q: Query, by: str, n: int):
    """The ``n`` groups (documents or sections) with the most words: columns ``by`` and ``words``, ties in
    order of first appearance."""
    key, source = _rows(by)
    name = _identifier(by)
    return q.sql(f"SELECT {key} AS {name}, sum(len(string_split(tokens, ' ')))::BIGINT AS words FROM {source} "
                 f"JOIN {q.reading_order()} USING (doc) GROUP BY {key} ORDER BY words DESC, min([position, para]) LIMIT {int(n)}")


def groups(q: Query, by: str) -> list:
    """The groups (documents or sections) of the segmented paragraphs, with words or not, in reading order."""
    if by not in GROUPS:
        raise ValueError(f"words are counted by {' or '.join(GROUPS)}, not '{by}'")
    frame = q.sql(f"SELECT {_identifier(by)} AS g FROM paragraphs JOIN {q.reading_order()} USING (doc) "
                  f"WHERE kind IN (SELECT unnest($kinds)) GROUP BY g ORDER BY min([position, para])",
                  {"kinds": list(SEGMENTED_KINDS)})
    return list(frame["g"])


def top_weighted(q: Query, by: str, weights, k: int, rows: int = 65_536):
    """The ``k`` words of each group that score highest on count in the group × weight (TF-IDF's ranking):
    columns ``by`` and ``token``, best first within each group, ties in character order.

    ``weights`` is a DataFrame (``token``, ``weight``) of the words that may be chosen: a word it lacks is
    never chosen. By document, the tokens table is read once in file order and ranked a block of whole
    documents (about ``rows`` paragraphs) at a time, so memory stays at a block: counting every document's
    words at once needed more than 256 MB of DuckDB memory at 30,000 documents, and fails beyond.
    """
    key = _identifier(by)

    def ranked(source: str, weighted: str) -> str:
        return f"""
            WITH counts AS (SELECT {key}, token, count(*) AS n FROM ({source}) GROUP BY {key}, token)
            SELECT {key}, token, row_number() OVER (PARTITION BY {key} ORDER BY n * weight DESC, token) AS r
            FROM counts JOIN {weighted} USING (token) QUALIFY r <= {int(k)}"""

    with q.registered(weights[["token", "weight"]]) as weighted:
        if by != "doc":
            best = q.sql(ranked(_words(by), weighted))
        else:
            blocks = []
            for block in whole_documents(q.stream("SELECT doc, tokens FROM tokens", rows=rows)):
                with q.registered(block) as held:
                    blocks.append(q.sql(ranked(f"SELECT doc, unnest(string_split(tokens, ' ')) AS token FROM {held}", weighted)))
            best = pd.concat(blocks, ignore_index=True) if blocks else pd.DataFrame(columns=["doc", "token", "r"])
    return best.sort_values([by, "r"], kind="stable")[[by, "token"]].reset_index(drop=True)


def term_counts(q: Query, by: str, groups: list | None = None):
    """How often each word occurs in each group (columns ``by``, ``token``, ``count``), for ``groups`` or all."""
    key = _identifier(by)
    chosen = groups is not None
    return q.sql(f"SELECT {key}, token, count(*) AS count FROM ({_words(by, chosen)}) GROUP BY {key}, token "
                 f"ORDER BY {key}, count DESC, token", {"groups": list(groups)} if chosen else None)


def keyness_counts(q: Query, by: str, groups: list):
    """The contingency a keyness test needs, for each of ``groups`` against the rest of the corpus.

    One row per group and word used in it: ``target`` (its count in the group), ``reference`` (its count in
    every other group), ``target_total`` and ``reference_total`` (all words in the group and outside it).
    Only the chosen groups' words are counted by group; the rest of the corpus is read once, for the words
    the groups use.
    """
    key = _identifier(by)
    return q.sql(f"""
        WITH target AS (SELECT {key}, token, count(*) AS n FROM ({_words(by, True)}) GROUP BY {key}, token),
             corpus AS (SELECT token, count(*) AS n FROM ({_words()}) WHERE token IN (SELECT token FROM target) GROUP BY token),
             sizes AS (SELECT {key}, sum(n)::BIGINT AS n FROM target GROUP BY {key}),
             total AS (SELECT sum(len(string_split(tokens, ' ')))::BIGINT AS n FROM tokens)
        SELECT t.{key}, t.token, t.n AS target, corpus.n - t.n AS reference,
               sizes.n AS target_total, total.n - sizes.n AS reference_total
        FROM target AS t JOIN corpus USING (token) JOIN sizes USING ({key}), total
        ORDER BY t.{key}, target DESC, t.token""", {"groups": list(groups)})


def pair_counts(q: Query, min_count: int = 2, top_n: int | None = None):
    """Adjacent word pairs within a paragraph seen at least ``min_count`` times, with what PMI needs.

    Columns ``first``, ``second``, ``count``, ``first_count``, ``second_count`` (each word's own count)
    and ``total`` (words in the corpus). With ``top_n``, only pairs at least as frequent as the
    ``top_n``-th most frequent pair come back (all of a tie), so ranking them by count and then by any
    measure of association loses none of the first ``top_n``.
    """
    pairs = ("SELECT first, second, count(*) AS count FROM (SELECT unnest(w[1:-2]) AS first, unnest(w[2:]) AS second "
             "FROM (SELECT string_split(tokens, ' ') AS w FROM tokens)) GROUP BY first, second")
    cutoff = int(min_count)
    if top_n:  # asked apart: DuckDB spills one large grouping at a time, not two side by side
        cutoff = max(cutoff, int(q.sql(f"SELECT coalesce(min(count), 0) AS c FROM (SELECT count FROM ({pairs}) "
                                       f"ORDER BY count DESC LIMIT {int(top_n)})")["c"].iloc[0]))
    unigrams = q.sql(f"SELECT token, count(*) AS n FROM ({_words()}) GROUP BY token")
    with q.registered(unigrams) as counted:
        return q.sql(f"""
            SELECT p.first, p.second, p.count, a.n AS first_count, b.n AS second_count, {int(unigrams["n"].sum())}::BIGINT AS total
            FROM ({pairs}) AS p JOIN {counted} AS a ON a.token = p.first JOIN {counted} AS b ON b.token = p.second
            WHERE p.count >= {cutoff}
            ORDER BY p.count DESC, p.first, p.second""")


def paragraphs_containing(q: Query, term: str, columns: tuple[str, ...] = ("doc", "para", "section", "text"),
                          limit: int | None = None):
    """Paragraphs whose text contains ``term`` (a concordance's or a dispersion plot's rows), in file order; the
    first ``limit`` of them when given."""
    return q.table("paragraphs", list(columns), where="contains(text, $term)" + (f" LIMIT {int(limit)}" if limit is not None else ""),
                   params={"term": term})


def occurrences(q: Query, term: str) -> int:
    """How often ``term`` occurs in the paragraphs (occurrences that do not overlap, as a concordance counts them)."""
    return int(q.sql("SELECT coalesce(sum((length(text) - length(replace(text, $term, ''))) // length($term)), 0)::BIGINT AS n "
                     "FROM paragraphs WHERE contains(text, $term)", {"term": term})["n"].iloc[0])


def paragraphs_holding(q: Query, words: list[str]):
    """The paragraphs that hold any of ``words`` (columns ``doc`` and ``para``, in file order), with one
    boolean column per word saying whether it holds that one: a dispersion plot's rows, in one scan."""
    words = list(dict.fromkeys(words))
    if not words:
        return q.table("paragraphs", ["doc", "para"], where="false")
    held = [f"contains(text, ${i})" for i in range(1, len(words) + 1)]
    flags = ", ".join(f"{h} AS {_identifier(w)}" for h, w in zip(held, words))
    return q.sql(f"SELECT doc, para, {flags} FROM paragraphs WHERE {' OR '.join(held)}", words)


def phrase_counts(q: Query, pattern: str):
    """Every text span that group 1 of ``pattern`` (an RE2 regular expression) captures in the paragraphs,
    with how often it occurs (``count``) and in how many documents (``documents``), most frequent first."""
    return q.sql("""
        SELECT phrase, count(*) AS count, count(DISTINCT doc) AS documents
        FROM (SELECT doc, unnest(regexp_extract_all(text, $pattern, 1)) AS phrase FROM paragraphs)
        GROUP BY phrase ORDER BY count DESC, phrase""", {"pattern": pattern})
