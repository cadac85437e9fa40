"""Reusable figures in the house style: sorted bars with top-N, heatmaps, log-scale strips.

Every chart keeps labels readable at corpus scale: at most ``top_n`` bars, the rest
summed into one "others" bar and left to the interactive tables.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd


def bar(values: pd.Series, title: str, xlabel: str = "", top_n: int = 20, others: bool = True):
    """Horizontal bars, largest at the top; beyond ``top_n`` the rest become one bar."""
    import matplotlib.pyplot as plt

    values = values.sort_values(ascending=False, kind="stable")
    if len(values) > top_n:
        n_rest, rest = len(values) - top_n, values.iloc[top_n:].sum()
        values = values.iloc[:top_n]
        if others and rest:
            values = pd.concat([values, pd.Series({f"其他 others ({n_rest})": rest})])
    height = max(2.5, 0.32 * len(values) + 1)
    fig, ax = plt.subplots(figsize=(8, height))
    labels = [str(i)[:28] for i in values.index][::-1]
    ax.barh(labels, values.values[::-1], color="#1f5a96")
    for y, v in enumerate(values.values[::-1]):
        ax.text(v, y, f" {v:,.3g}" if isinstance(v, float) and not float(v).is_integer() else f" {int(v):,}", va="center", fontsize=8)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def heatmap(frame: pd.DataFrame, title: str, top_rows: int = 15, top_cols: int = 15, fmt: str = "d"):
    """A labelled heatmap of the largest rows and columns of a count table."""
    import matplotlib.pyplot as plt

    if frame.empty:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.text(0.5, 0.5, "没有数据 no data", ha="center", va="center")
        ax.set_axis_off()
        ax.set_title(title)
        fig.tight_layout()
        return fig
    frame = frame.loc[frame.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top_rows]]
    frame = frame[frame.sum(axis=0).sort_values(ascending=False, kind="stable").index[:top_cols]]
    fig, ax = plt.subplots(figsize=(1.2 + 0.55 * frame.shape[1], 1.2 + 0.42 * frame.shape[0]))
    im = ax.imshow(frame.values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(frame.shape[1]), [str(c)[:18] for c in frame.columns], rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(frame.shape[0]), [str(r)[:20] for r in frame.index], fontsize=8)
    top = frame.values.max() or 1
    for (i, j), v in np.ndenumerate(frame.values):
        if v:
            ax.text(j, i, format(v, fmt), ha="center", va="center", fontsize=7, color="white" if v > top / 2 else "#1d2731")
    ax.set_title(title)
    fig.colorbar(im, ax=ax, shrink=0.7)
    fig.tight_layout()
    return fig


def log_strip(frame: pd.DataFrame, category: str, value: str, title: str, xlabel: str):
    """Values on a log scale, one row of points per category (magnitudes by kind)."""
    import matplotlib.pyplot as plt

    frame = frame[frame[value] > 0]
    cats = list(frame.groupby(category)[value].median().sort_values(ascending=False).index)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.5 * len(cats) + 1)))
    rng = np.random.default_rng(0)
    for y, cat in enumerate(cats[::-1]):
        vals = frame.loc[frame[category] == cat, value].to_numpy()
        ax.scatter(vals, y + rng.uniform(-0.15, 0.15, len(vals)), s=14, alpha=0.7, color="#1f5a96")
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(magnitude_label)
    ax.xaxis.set_minor_formatter("")
    ax.set_yticks(range(len(cats)), cats[::-1])
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    fig.tight_layout()
    return fig


_MAGNITUDES = ((12, "万亿"), (8, "亿"), (4, "万"))


def magnitude_label(value: float, _pos=None) -> str:
    """A log-axis tick in the units Chinese readers count in (1000, 1万, 10亿), with no mathtext to typeset."""
    if value <= 0:
        return ""
    exponent = math.floor(math.log10(value) + 1e-9)
    for power, unit in _MAGNITUDES:
        if exponent >= power:
            return f"{value / 10 ** power:g}{unit}"
    return f"{value:g}"
