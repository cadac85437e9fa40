"""The development-set run: what it says when the set, or its scoring script, is missing or fails."""

from helpers.evaluate import dev


def _set(tmp_path, scorer: str | None):
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("标题\n全年城镇新增就业1352万人。\n", encoding="utf-8")
    (tmp_path / "gold" / "a.json").write_text("{}", encoding="utf-8")
    if scorer is not None:
        (tmp_path / "score_facts.py").write_text(scorer, encoding="utf-8")
    return tmp_path


def test_a_missing_set_is_skipped(tmp_path, capsys):
    assert dev.main(tmp_path / "nowhere", tmp_path / "out") == 0
    assert "skipped" in capsys.readouterr().out


def test_a_set_without_its_scoring_script_is_named_as_such(tmp_path, capsys):
    assert dev.main(_set(tmp_path, None), tmp_path / "out") == 2
    assert "score_facts.py not found" in capsys.readouterr().err


def test_a_scoring_script_that_fails_is_named_with_its_message(tmp_path, capsys):
    failing = "import sys\nsys.exit('gold/a.json: no quantities')\n"
    assert dev.main(_set(tmp_path, failing), tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert "score_facts.py failed (exit 1)" in err and "gold/a.json: no quantities" in err


def test_a_scoring_script_that_prints_no_figures_is_named(tmp_path, capsys):
    assert dev.main(_set(tmp_path, "print('scored')\n"), tmp_path / "out") == 2
    assert "printed no figures as JSON" in capsys.readouterr().err

