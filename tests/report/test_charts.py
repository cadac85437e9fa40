"""Figures in the house style."""

import pandas as pd


def test_log_axis_ticks_count_in_chinese_units():
    from helpers.report.charts import magnitude_label

    assert [magnitude_label(v) for v in (0.1, 1, 1000, 1e4, 1e5, 1e8, 3e10, 1e12, 1e19, 0)] == \
        ["0.1", "1", "1,000", "1万", "10万", "1亿", "300亿", "1万亿", "10,000,000万亿", ""]


def test_figures_carry_their_title_for_alt_text():
    import matplotlib

    matplotlib.use("agg")
    from helpers.report import charts, plotting, show

    plotting.setup()
    fig = charts.bar(pd.Series({"甲": 3, "乙": 1}), "各主题 Themes")
    assert show.figure_title(fig) == "各主题 Themes"
    fig.suptitle("总标题")
    assert show.figure_title(fig) == "总标题"

