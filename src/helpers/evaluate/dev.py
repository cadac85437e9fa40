"""Scores on the development set: real texts nobody on the project wrote, with hand-made gold facts and
human topic codes (``../shared/dev``), kept outside the repository.

The scoring scripts are the dev set's own (``score_facts.py``, ``score_topics.py``), so the figures mean
what they mean on the texts kept apart. Floors recorded in the repository (``tests/floors.yml``) make a
fall fail the run: raise them as the figures rise.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from ..store import corpus

DEFAULT = Path("../shared/dev")
FLOORS = Path("tests/floors.yml")
SEED = Path("data/raw/000_db82e49265a602f1.txt")  # the seed is coded in the dev set's topics too
# Figures where lower is better (traps taken as claims): the floor is a ceiling.
LOWER_IS_BETTER = {"traps_hit"}
SHOWN = ("claim_recall", "claim_precision", "subject_acc", "actor_acc", "place_acc", "org_recall", "org_precision",
         "place_norm_acc", "quote_speaker_recall", "traps_hit")


def _score(script: Path, facts: Path, files: list[Path], misses: bool = False) -> tuple[dict, list[str]]:
    args = [sys.executable, str(script), str(facts), *map(str, files), "--json"] + (["--misses"] if misses else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip().splitlines()
    try:
        return json.loads(out[-1]), [line.strip() for line in out[:-1] if line.strip()]
    except (IndexError, ValueError):
        raise ValueError(f"{script} printed no figures as JSON on its last line") from None


def evaluate(dev: Path, out: Path, misses: bool = False) -> dict:
    """Extract the dev texts (and the seed) and score them: overall, per text, and topics."""
    inputs = [dev / "texts"] + ([SEED] if SEED.exists() else [])
    corpus.run(inputs, out, quiet=True)
    golds = sorted((dev / "gold").glob("*.json"))
    facts_script = dev / "score_facts.py"
    result = {"facts": _score(facts_script, out, golds, misses), "texts": {}}
    for gold in golds:
        result["texts"][gold.stem] = _score(facts_script, out, [gold])[0]
    codes = sorted((dev / "themes").glob("*.jsonl"))
    if codes and (dev / "score_topics.py").exists():
        result["topics"] = _score(dev / "score_topics.py", out, codes, misses)
        result["topic_texts"] = {c.stem: _score(dev / "score_topics.py", out, [c])[0] for c in codes}
    return result


def _short(name: str) -> str:
    """01_jiceng_jianfu_zongshu → 01_jiceng: a column heading."""
    return "_".join(name.split("_")[:2])[:10]


def table(result: dict) -> str:
    """The figures per text and overall, one column each."""
    names = list(result["texts"])
    width = 12
    lines = [f"{'facts':<22}" + "".join(f"{_short(n):>{width}}" for n in names) + f"{'overall':>{width}}"]
    for key in SHOWN:
        row = [result["texts"][n].get(key) for n in names] + [result["facts"][0].get(key)]
        lines.append(f"{key:<22}" + "".join(f"{_fmt(v):>{width}}" for v in row))
    if "topics" in result:
        names = list(result["topic_texts"])
        lines += ["", f"{'topics':<22}" + "".join(f"{_short(n):>{width}}" for n in names) + f"{'overall':>{width}}"]
        for key in ("paragraphs", "cap_acc", "gov_acc"):
            row = [result["topic_texts"][n].get(key) for n in names] + [result["topics"][0].get(key)]
            lines.append(f"{key:<22}" + "".join(f"{_fmt(v):>{width}}" for v in row))
    return "\n".join(lines)


def _fmt(value) -> str:
    return "-" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def below_floors(result: dict, floors: dict) -> list[str]:
    """Every figure that fell below its floor (or rose above its ceiling), with both numbers."""
    figures = {**result["facts"][0], **{f"topics.{k}": v for k, v in result.get("topics", ({}, []))[0].items()}}
    problems = []
    for key, floor in floors.items():
        value = figures.get(key)
        if value is None:
            continue
        worse = value > floor if key in LOWER_IS_BETTER else value < floor
        if worse:
            problems.append(f"{key}: {value} {'above the ceiling' if key in LOWER_IS_BETTER else 'below the floor'} {floor}")
    return problems


def main(dev: Path = DEFAULT, out: Path = Path("build/dev-facts"), floors: Path = FLOORS, misses: bool = False) -> int:
    if not (dev / "gold").is_dir():
        print(f"eval-dev: {dev} not found; the development set lives outside the repository - skipped")
        return 0
    if not (dev / "score_facts.py").is_file():
        print(f"eval-dev: {dev / 'score_facts.py'} not found: a set scored here brings its own scoring script beside its "
              "texts/ and gold/", file=sys.stderr)
        return 2
    shutil.rmtree(out, ignore_errors=True)
    try:
        result = evaluate(dev, out, misses)
    except subprocess.CalledProcessError as exc:
        said = (exc.stderr or "").strip() or (exc.stdout or "").strip()  # a script may print its error to either
        print(f"eval-dev: {exc.cmd[1]} failed (exit {exc.returncode}): {said[-500:]}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"eval-dev: {exc}", file=sys.stderr)
        return 2
    print(table(result))
    if misses:
        print("\nmisses:\n" + "\n".join(f"  {m}" for m in result["facts"][1] + result.get("topics", ({}, []))[1]))
    problems = below_floors(result, (yaml.safe_load(floors.read_text(encoding="utf-8")) if floors.exists() else None) or {})
    for p in problems:
        print(f"eval-dev: {p}", file=sys.stderr)
    return 1 if problems else 0
