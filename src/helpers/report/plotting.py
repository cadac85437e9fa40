"""One plotting style for every figure: a bundled CJK font and deterministic output.

The font ships with the ``mplfonts`` package (Noto Sans CJK SC, SIL OFL), so Chinese
labels render the same on a fresh machine with no system fonts installed.
"""

from __future__ import annotations

from .fonts import FONT_NAME, font_path

PALETTE = ["#1f5a96", "#c8553d", "#2a9d8f", "#e9c46a", "#6d597a", "#8d99ae", "#588157", "#bc4749"]


def setup() -> None:
    """Register the CJK font and fix every setting that would make figures differ between runs."""
    import matplotlib
    from matplotlib import font_manager

    if FONT_NAME not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(font_path())
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [FONT_NAME],
        "axes.unicode_minus": False,
        "svg.hashsalt": "shishi",
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "figure.figsize": (8, 4.5),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "axes.titlesize": 12,
        "axes.titleweight": "normal",  # the bundled font has one weight
    })
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        # Every chart lays itself out (tight_layout); IPython's default tight bbox would draw each figure twice.
        set_matplotlib_formats("png", metadata={"Software": None}, bbox_inches=None)
    except ImportError:  # outside IPython there is no inline backend to configure
        pass
