"""Actors, places and voices: who appears, what they do, where, who speaks, and who appears with whom."""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from ..codebook import yaml_book
from ..store.facts import Facts


def organizations_by_type(facts: Facts) -> pd.DataFrame:
    """Mentions and distinct organizations per type and level."""
    orgs = facts.organizations
    out = orgs.groupby(["type", "level"]).agg(mentions=("name", "size"), organizations=("name", "nunique")).reset_index()
    return out.sort_values(["mentions", "type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def mentions_by_type(by_type: pd.DataFrame) -> pd.Series:
    """Mentions per organization type over all levels, most mentioned first (from ``organizations_by_type``)."""
    return by_type.groupby("type")["mentions"].sum().sort_values(ascending=False)


def by_document(facts: Facts, top_n: int = 20) -> pd.DataFrame:
    """Organization mentions per type in each document (the largest documents first), for side-by-side reading."""
    orgs = facts.organizations
    if orgs.empty:
        return pd.DataFrame()
    table = orgs.pivot_table(index="doc", columns="type", values="name", aggfunc="size", fill_value=0)
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top_n]]


def top_organizations(facts: Facts, coded: pd.DataFrame, top_n: int = 30) -> pd.DataFrame:
    """The most mentioned organizations with what they do: themes of their paragraphs, claims attributed."""
    orgs = facts.organizations
    if orgs.empty:
        return pd.DataFrame(columns=["name", "type", "level", "mentions", "documents", "claims", "themes"])
    base = orgs.groupby(["name", "type", "level"]).agg(mentions=("mention", "size"), documents=("doc", "nunique")).reset_index()
    claims = facts.quantities[facts.quantities["claim"]].groupby("actor").size()
    base["claims"] = base["name"].map(claims).fillna(0).astype(int)
    paras = orgs[["doc", "para", "name"]].drop_duplicates().merge(coded[["doc", "para", "theme"]], on=["doc", "para"])
    top_themes = paras.groupby("name")["theme"].agg(lambda s: "、".join(s.value_counts().head(3).index))
    base["themes"] = base["name"].map(top_themes).fillna("")
    return base.sort_values(["mentions", "claims", "name"], ascending=[False, False, True], kind="stable").head(top_n).reset_index(drop=True)


def places_by_level(facts: Facts) -> pd.DataFrame:
    places = facts.places
    out = places.groupby("level").agg(mentions=("mention", "size"), places=("code", "nunique")).reset_index()
    order = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4}
    return out.sort_values("level", key=lambda s: s.map(order)).reset_index(drop=True)


def province_mentions(facts: Facts) -> pd.DataFrame:
    """Place mentions rolled up to their province: code (GB/T 2260, 6 digits), province, mentions; most first."""
    places = facts.places[facts.places["province"] != ""]
    if places.empty:
        return pd.DataFrame(columns=["code", "province", "mentions"])
    rolled = places.assign(code=places["code"].str.slice(0, 2) + "0000")
    out = rolled.groupby("code").agg(province=("province", "first"), mentions=("mention", "size")).reset_index()
    return out.sort_values(["mentions", "code"], ascending=[False, True], kind="stable").reset_index(drop=True)


def top_places(facts: Facts, top_n: int = 30) -> pd.DataFrame:
    places = facts.places
    if places.empty:
        return pd.DataFrame(columns=["place", "level", "code", "mentions", "documents"])
    name = places["county"].where(places["county"] != "", places["city"].where(places["city"] != "", places["province"]))
    out = places.assign(place=name).groupby(["place", "level", "code"]).agg(mentions=("mention", "size"), documents=("doc", "nunique"))
    return out.reset_index().sort_values(["mentions", "place"], ascending=[False, True], kind="stable").head(top_n).reset_index(drop=True)


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


def co_mentions(facts: Facts, coded: pd.DataFrame, min_weight: int = 1) -> pd.DataFrame:
    """Edges between organizations and themes (and organization pairs) that share a paragraph."""
    orgs = facts.organizations[facts.organizations["type"] != "group"][["doc", "para", "name"]].drop_duplicates()
    edges: dict[tuple[str, str, str], int] = {}
    for (doc, para), grp in orgs.groupby(["doc", "para"]):
        for a, b in combinations(sorted(grp["name"]), 2):
            edges[(a, b, "org-org")] = edges.get((a, b, "org-org"), 0) + 1
    pairs = orgs.merge(coded[["doc", "para", "theme"]], on=["doc", "para"])
    for name, theme in zip(pairs["name"], pairs["theme"]):
        edges[(name, theme, "org-theme")] = edges.get((name, theme, "org-theme"), 0) + 1
    out = pd.DataFrame([(a, b, k, w) for (a, b, k), w in edges.items() if w >= min_weight], columns=["source", "target", "kind", "weight"])
    return out.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def network_figure(edges: pd.DataFrame, title: str, top_n: int = 25):
    """The co-mention network of the best-connected nodes (seeded layout, so the figure is stable)."""
    import matplotlib.pyplot as plt
    import networkx as nx

    graph = nx.Graph()
    for s, t, k, w in edges.itertuples(index=False):
        graph.add_edge(s, t, weight=w, kind=k)
    fig, ax = plt.subplots(figsize=(9, 7))
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "没有共现 no co-mentions", ha="center", va="center")
        ax.set_axis_off()
        return fig
    strength = dict(graph.degree(weight="weight"))
    keep = sorted(strength, key=lambda n: (-strength[n], n))[:top_n]
    sub = graph.subgraph(keep)
    pos = nx.spring_layout(sub, seed=7, k=1.2 / max(1, len(sub)) ** 0.5)
    themes = set(edges.loc[edges["kind"] == "org-theme", "target"])
    colors = ["#c8553d" if n in themes else "#1f5a96" for n in sub.nodes]
    widths = [0.5 + d["weight"] for _, _, d in sub.edges(data=True)]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, alpha=0.35)
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_color=colors, node_size=[80 + 40 * strength[n] for n in sub.nodes], alpha=0.85)
    nx.draw_networkx_labels(sub, pos, ax=ax, labels={n: n[:10] for n in sub.nodes}, font_size=8, font_family="Noto Sans CJK SC")
    ax.set_title(title)
    ax.set_axis_off()
    fig.tight_layout()
    return fig
