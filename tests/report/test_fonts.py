"""Chinese labels must render with the bundled font, never as missing-glyph boxes."""

import warnings

import matplotlib

matplotlib.use("Agg")


def test_chinese_labels_render_without_missing_glyphs(tmp_path):
    from helpers.report import plotting

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


def test_pages_cut_from_the_prepared_font_are_the_same_bytes(tmp_path, monkeypatch):
    """The prepared font is only a speed cache: a page embeds the same bytes with or without it."""
    from helpers.report import webfont

    page = "<p>各地党组织把“我为群众办实事”作为重要抓手，覆盖18.8万个基层党组织。</p>"
    monkeypatch.setattr(webfont, "PREPARED_BLOCKS", ((0x20, 0x7F), (0x3000, 0x3040), (0x4E00, 0x4E30), (0xFF00, 0xFFF0)))
    webfont._prepared_path.cache_clear()
    try:
        monkeypatch.setattr(webfont, "CACHE", tmp_path / "plain")
        plain = webfont.font_face(page)
        assert not list((tmp_path / "plain").glob("prepared-*"))
        monkeypatch.setattr(webfont, "CACHE", tmp_path / "prepared")
        webfont._prepared_path.cache_clear()
        prepared = webfont.prepare()
        assert prepared.exists() and not {ord(c) for c in page} <= webfont._prepared_chars()  # 党, 覆 … are outside
        assert webfont.font_face(page) == plain  # outside the prepared blocks: cut from the full font
        short = "<p>一万个。</p>"
        monkeypatch.setattr(webfont, "CACHE", tmp_path / "plain2")
        expected = webfont.font_face(short)
        (tmp_path / "plain2").rename(tmp_path / "unused")
        monkeypatch.setattr(webfont, "CACHE", tmp_path / "prepared")
        assert {ord(c) for c in short if ord(c) > 127} <= webfont._prepared_chars()
        assert webfont.font_face(short) == expected  # inside: cut from the prepared font, same bytes
        assert "data:font/woff;base64," in expected
    finally:
        webfont._prepared_path.cache_clear()


def test_cut_fonts_are_cached_per_cutter(tmp_path, monkeypatch):
    """A new fontTools or new cut options must not be served a font cut the old way."""
    from helpers.report import webfont

    monkeypatch.setattr(webfont, "CACHE", tmp_path)
    names = []
    for cut in ("one way", "another way"):
        monkeypatch.setattr(webfont, "CUT", cut)
        webfont._cutter.cache_clear()
        webfont.font_face("<p>一万个。</p>")
        names.append({p.name for p in tmp_path.glob("*.css")})
    webfont._cutter.cache_clear()
    assert len(names[0]) == 1 and len(names[1]) == 2
