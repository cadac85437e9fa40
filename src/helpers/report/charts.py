"""Reusable figures in the house style: sorted bars with top-N, heatmaps, log-scale strips.

Every chart keeps labels readable at corpus scale: at most ``top_n`` bars, the rest
summed into one "others" bar and left to the interactive tables.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..analysis.labels import title_lines


def wrap(label: str, width: int = 14) -> str:
    """A label broken into lines of at most ``width`` characters: shown whole, never cut mid-word."""
    text = str(label)
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) or text


def _value_label(v: float, percent: bool) -> str:
    if percent:
        return f" {v:.1%}"
    return f" {int(v):,}" if float(v).is_integer() else f" {v:,.1f}"


def bar(values: pd.Series, title: str, xlabel: str = "", top_n: int = 20, others: bool = True, percent: bool = False):
    """Horizontal bars, largest at the top, labels whole; beyond ``top_n`` the rest become one bar (``others``).

    ``percent``: the values are shares, written as percentages."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import PercentFormatter

    values = values.sort_values(ascending=False, kind="stable")
    if len(values) > top_n:
        n_rest, rest = len(values) - top_n, values.iloc[top_n:].sum()
        values = values.iloc[:top_n]
        if others and rest:
            values = pd.concat([values, pd.Series({f"其他 others ({n_rest})": rest})])
    labels = [wrap(i, 18) for i in values.index][::-1]
    lines = sum(label.count("\n") + 1 for label in labels)
    fig, ax = plt.subplots(figsize=(8.5, max(2.5, 0.3 * lines + 0.1 * len(labels) + 1.2)))
    ax.barh(range(len(values)), values.values[::-1], color="#1f5a96")
    ax.set_yticks(range(len(values)), labels, fontsize=9)
    for y, v in enumerate(values.values[::-1]):
        ax.text(v, y, _value_label(v, percent), va="center", fontsize=8)
    if percent:
        ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel(xlabel)
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.tight_layout()
    return fig


def heatmap(frame: pd.DataFrame, title: str, top_rows: int = 15, top_cols: int = 15, fmt: str = "d", order: bool = True,
            diverging: bool = False, label: str = ""):
    """A labelled heatmap. ``order``: the largest rows and columns first (else the frame's own order, as a
    confusion matrix needs); ``diverging``: values around 0 (above and below the average) in two colours."""
    import matplotlib.pyplot as plt

    if frame.empty:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.text(0.5, 0.5, "没有数据 no data", ha="center", va="center")
        ax.set_axis_off()
        ax.set_title(title_lines(title, ax.figure.get_figwidth()))
        fig.tight_layout()
        return fig
    if order:
        size = frame.abs() if diverging else frame
        frame = frame.loc[size.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top_rows]]
        frame = frame[size.sum(axis=0).sort_values(ascending=False, kind="stable").index[:top_cols]]
    else:
        frame = frame.iloc[:top_rows, :top_cols]
    fig, ax = plt.subplots(figsize=(2.2 + 0.62 * frame.shape[1], 1.8 + 0.42 * frame.shape[0]))
    values = frame.to_numpy(dtype=float)
    if diverging:
        bound = np.nanmax(np.abs(values)) or 1
        im = ax.imshow(values, cmap="RdBu_r", vmin=-bound, vmax=bound, aspect="auto")
    else:
        im = ax.imshow(values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(frame.shape[1]), [wrap(c, 8) for c in frame.columns], rotation=90, fontsize=8)
    ax.set_yticks(range(frame.shape[0]), [wrap(r, 16) for r in frame.index], fontsize=8)
    top = np.nanmax(np.abs(values)) or 1
    for (i, j), v in np.ndenumerate(values):
        text = format(int(v), "d") if fmt == "d" else format(v, fmt)
        if v and float(text) != 0:  # a value that rounds to nothing is left blank, never "-0"
            ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if abs(v) > top / 2 else "#1d2731")
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.colorbar(im, ax=ax, shrink=0.7, label=label)
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
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.tight_layout()
    return fig


def magnitude_label(value: float, _pos=None) -> str:
    """A log-axis tick in the units Chinese readers count in (1,000, 1万, 10亿), never in scientific notation and with
    no mathtext to typeset."""
    from ..analysis.labels import in_units

    return in_units(value) if value > 0 else ""
