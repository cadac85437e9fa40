"""Chinese labels must render with the bundled font, never as missing-glyph boxes."""

import warnings

import matplotlib

matplotlib.use("Agg")


def test_chinese_labels_render_without_missing_glyphs(tmp_path):
    from helpers import plotting

    plotting.setup()
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" is a UserWarning
        fig, ax = plt.subplots()
        ax.barh(["基层党组织", "国家乡村振兴局", "河南省"], [3, -2, 1])
        ax.set_title("覆盖全省13个地市 −0.5个百分点")
        ax.set_xlabel("数量（万）")
        fig.savefig(tmp_path / "zh.png")
        plt.close(fig)
    assert (tmp_path / "zh.png").stat().st_size > 1000
    assert matplotlib.rcParams["font.sans-serif"][0] == plotting.FONT_NAME
