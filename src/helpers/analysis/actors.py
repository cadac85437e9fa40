"""Actors, places and voices: who appears, what they do, where, who speaks, and who appears with whom."""

from __future__ import annotations

import pandas as pd

from ..codebook import yaml_book
from ..store.facts import Facts
from ..store.query import relation
from .labels import label, title_lines


def organizations_by_type(facts: Facts) -> pd.DataFrame:
    """Mentions and distinct organizations per type and level."""
    out = facts.query.sql("SELECT type, level, count(*) AS mentions, count(DISTINCT name) AS organizations FROM organizations "
                          "GROUP BY type, level ORDER BY type, level")
    return out.sort_values(["mentions", "type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def mentions_by_type(by_type: pd.DataFrame) -> pd.Series:
    """Mentions per organization type over all levels, most mentioned first (from ``organizations_by_type``)."""
    return by_type.groupby("type")["mentions"].sum().sort_values(ascending=False)


def per_10k(facts: Facts) -> pd.DataFrame:
    """Organization mentions per type per 10,000 characters of each document, so long documents do not dominate."""
    counts = facts.query.sql("SELECT doc, type, count(*) AS n FROM organizations GROUP BY doc, type")
    if counts.empty:
        return pd.DataFrame()
    table = counts.pivot_table(index="doc", columns="type", values="n", aggfunc="sum", fill_value=0)
    length = facts.ok_documents.set_index("doc")["n_chars"].clip(lower=1)
    return table.div(length.reindex(table.index), axis=0) * 10_000


def type_finding(facts: Facts, mentions: pd.Series) -> str:
    """How many organizations are named and which kind of body is mentioned most (every kind that ties)."""
    if mentions.empty:
        return "No organization is named."
    kinds, top = leaders(mentions)
    named = facts.query.sql("SELECT count(DISTINCT name) AS n FROM organizations")["n"].iloc[0]
    return (f"{named:,} organizations are named; " + "、".join(kinds)
            + (f" are mentioned most ({top:,} of {mentions.sum():,} mentions)." if len(kinds) == 1
               else f" tie for the most mentions ({top:,} each of {mentions.sum():,})."))


def claims_finding(top: pd.DataFrame) -> str:
    """Which organization has the most claims attributed to it; a tie is reported as one, and a single claim is no lead."""
    counts = top.set_index("name")["claims"]
    names, most = leaders(counts[counts > 0])
    if not names:
        return "No claim is attributed to a named organization."
    if len(names) > 1:
        return f"{len(names)} organizations tie with {most} attributed claim(s) each: " + "、".join(names[:6]) + ("…" if len(names) > 6 else "") + "."
    return f"{names[0]} has the most claims attributed to it ({most} of {int(counts.sum())})."


def top_organizations(facts: Facts, prim, top_n: int = 30) -> pd.DataFrame:
    """The most mentioned organizations with what they do: the main topics of the paragraphs that name them
    (``prim``: ``topics.primary`` or ``topics.PrimaryTopics``; ties in order of first mention) and the claims
    attributed to them."""
    with relation(prim, facts.query) as (q, rel):
        base = q.sql("SELECT name, type, level, count(*) AS mentions, count(DISTINCT doc) AS documents FROM organizations "
                     "GROUP BY name, type, level ORDER BY name, type, level")
        if base.empty:
            return pd.DataFrame(columns=["name", "type", "level", "mentions", "documents", "claims", "topics"])
        claims = q.sql("SELECT actor, count(*) AS n FROM quantities WHERE claim GROUP BY actor").set_index("actor")["n"]
        top_topics = q.sql(f"""
            WITH named AS (SELECT DISTINCT doc, para, name FROM organizations),
                 counted AS (SELECT n.name, p.topic, count(*) AS n, min([o.position, n.para]) AS first
                             FROM named AS n JOIN {rel} AS p USING (doc, para) JOIN {q.reading_order()} AS o USING (doc)
                             GROUP BY n.name, p.topic),
                 ranked AS (SELECT name, topic, row_number() OVER (PARTITION BY name ORDER BY n DESC, first) AS rank FROM counted)
            SELECT name, string_agg(topic, '、' ORDER BY rank) AS topics FROM ranked WHERE rank <= 3 GROUP BY name""")
    base["claims"] = base["name"].map(claims).fillna(0).astype(int)
    base["topics"] = base["name"].map(top_topics.set_index("name")["topics"]).fillna("")
    return base.sort_values(["mentions", "claims", "name"], ascending=[False, False, True], kind="stable").head(top_n).reset_index(drop=True)


def leaders(values: pd.Series) -> tuple[list[str], object]:
    """The names that share the top value of ``values`` (a tie is not a winner) and that value."""
    if values.empty:
        return [], 0
    top = values.max()
    return sorted(values[values == top].index), top


def places_by_level(facts: Facts) -> pd.DataFrame:
    out = facts.query.sql("SELECT level, count(*) AS mentions, count(DISTINCT code) AS places FROM places GROUP BY level ORDER BY level")
    order = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4, "city": 5, "country": 6, "region": 7}  # home, then abroad
    return out.sort_values("level", key=lambda s: s.map(order)).reset_index(drop=True)


def province_mentions(facts: Facts) -> pd.DataFrame:
    """Place mentions rolled up to their province: code (GB/T 2260, 6 digits), province (as first written), mentions;
    most first."""
    q = facts.query
    out = q.sql(f"SELECT substr(p.code, 1, 2) || '0000' AS code, first(p.province ORDER BY o.position, p.para, p.start) AS province, "
                f"count(*) AS mentions FROM places AS p JOIN {q.reading_order()} AS o USING (doc) WHERE p.province <> '' "
                "GROUP BY 1 ORDER BY code")
    return out.sort_values(["mentions", "code"], ascending=[False, True], kind="stable").reset_index(drop=True)


def province_finding(provinces: pd.DataFrame) -> str:
    """How many provinces are mentioned and which most (every one that ties)."""
    if provinces.empty:
        return "No province is mentioned."
    names, top = leaders(provinces.set_index("province")["mentions"])
    return (f"{len(provinces)} province-level units are mentioned; " + "、".join(names)
            + (f" most often ({top:,} mentions)." if len(names) == 1 else f" tie for the most ({top:,} mentions each)."))


def top_places(facts: Facts, top_n: int = 30) -> pd.DataFrame:
    """The most mentioned places, each by its most specific unit (county, else city, else province; abroad, the country
    or the region of the world)."""
    out = facts.query.sql("SELECT CASE WHEN county <> '' THEN county WHEN city <> '' THEN city WHEN province <> '' THEN province "
                          "ELSE country END AS place, level, "
                          "code, count(*) AS mentions, count(DISTINCT doc) AS documents FROM places GROUP BY place, level, code "
                          "ORDER BY place, level, code")
    return out.sort_values(["mentions", "place"], ascending=[False, True], kind="stable").head(top_n).reset_index(drop=True)


def role_class(role: str, speaker: str) -> str:
    """official, business, expert, media, resident or unattributed, from words in the role (and the name's title)."""
    if not speaker:
        return "unattributed"
    text = f"{role}{speaker}"
    for cls, words in yaml_book("helpers.extract", "people.yml")["role_classes"].items():
        if any(w in text for w in words):
            return cls
    return "other"


def speakers(facts: Facts) -> pd.DataFrame:
    q = facts.quotes
    return q.assign(role_class=[role_class(r, s) for r, s in zip(q["role"], q["speaker"])])[
        ["doc", "para", "speaker", "role", "role_class", "quote"]]


def voices_finding(voices: pd.DataFrame) -> str:
    """How many quotations name their speaker, by kind of speaker; the rest said apart, because quotation marks in
    official texts mostly set off slogans and terms (“这么近，那么美”), not speech."""
    if voices.empty:
        return "Nobody is quoted."
    said = voices[voices["role_class"] != "unattributed"]
    mix = said["role_class"].value_counts().rename(index=lambda r: label("role_class", r, True))
    text = (f"{len(said):,} quotation(s) name their speaker: " + ", ".join(f"{k} {v:,}" for k, v in mix.items()) + "."
            if len(said) else "No quotation names its speaker.")
    rest = len(voices) - len(said)
    return text + (f" {rest:,} more passage(s) in quotation marks name no speaker (slogans, terms and titles as often as speech)"
                   " and are left out of the table." if rest else "")


def co_mentions(facts: Facts, prim, min_weight: int = 1) -> pd.DataFrame:
    """Edges between organizations and the main topics of the paragraphs that name them (org-topic), and
    between organizations named in one paragraph (org-org), weighted by paragraphs."""
    with relation(prim, facts.query) as (q, rel):
        out = q.sql(f"""
            WITH named AS (SELECT DISTINCT doc, para, name FROM organizations WHERE type <> 'group')
            SELECT * FROM (
                SELECT a.name AS source, b.name AS target, 'org-org' AS kind, count(*) AS weight
                FROM named AS a JOIN named AS b ON a.doc = b.doc AND a.para = b.para AND a.name < b.name GROUP BY a.name, b.name
                UNION ALL
                SELECT n.name, p.topic, 'org-topic', count(*) FROM named AS n JOIN {rel} AS p USING (doc, para) GROUP BY n.name, p.topic)
            WHERE weight >= $min ORDER BY kind, source, target""", {"min": min_weight})
    return out.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def network_figure(edges: pd.DataFrame, title: str, top_n: int = 20):
    """Organizations (left, most connected first) linked to the topics of their paragraphs (right), line width by
    paragraphs: two labelled columns, so no label covers another however dense the network."""
    import matplotlib.pyplot as plt

    links = edges[edges["kind"] == "org-topic"]
    fig, ax = plt.subplots(figsize=(9, 0.32 * max(8, min(top_n, links["source"].nunique())) + 1.5))
    if links.empty:
        ax.text(0.5, 0.5, "没有机构与主题共现 no organization appears with a topic", ha="center", va="center")
        ax.set_axis_off()
        return fig
    strength = links.groupby("source")["weight"].sum()
    orgs = sorted(strength.index, key=lambda n: (-strength[n], n))[:top_n]
    shown = links[links["source"].isin(orgs)]
    weight_of = shown.groupby("target")["weight"].sum()
    topics = sorted(weight_of.index, key=lambda t: (-weight_of[t], t))
    y_org = {n: 1 - i / max(1, len(orgs) - 1) for i, n in enumerate(orgs)}
    y_top = {t: 1 - i / max(1, len(topics) - 1) for i, t in enumerate(topics)}
    top = shown["weight"].max()
    for source, target, weight in zip(shown["source"], shown["target"], shown["weight"]):
        ax.plot([0, 1], [y_org[source], y_top[target]], color="#1f5a96", alpha=0.15 + 0.6 * weight / top, lw=0.5 + 3 * weight / top)
    for name, y in y_org.items():
        ax.text(-0.02, y, f"{name}（{strength[name]}）", ha="right", va="center", fontsize=8)
    for topic, y in y_top.items():
        ax.text(1.02, y, topic, ha="left", va="center", fontsize=8, color="#c8553d")
    ax.set_xlim(-0.9, 1.6)
    ax.set_ylim(-0.05, 1.05)
    ax.set_axis_off()
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.tight_layout()
    return fig
