"""The figures every page's "how this was made" discloses, measured by ``shishi methods`` and recorded as data.

Pages cannot re-measure extraction and coding on every run (that needs the gold files, the coded samples
and the development set), so one command measures them and writes ``helpers/analysis/codebooks/methods.yml``
with the commit, the date and the lexicon's hash; a page reads the record and says when the lexicon has
changed since. Nothing in the record is typed by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import tempfile
from pathlib import Path

import pandas as pd
import yaml

from ..analysis import claims, validation
from ..codebook import path as codebook_path
from ..evaluate import dev as dev_set, gold as gold_scores, topics as agreement
from ..extract import topics
from ..store import corpus, facts as F

RECORD = codebook_path("helpers.analysis", "methods.yml")
DEV_AGREEMENT = re.compile(r"agreed on ([\d.]+)% of CAP major codes \(Krippendorff's alpha ([\d.]+)\)")


def trained_model() -> dict:
    """How the shipped topic model was trained and its accuracy with whole documents held out, as
    ``shishi train-topics`` recorded them beside it (the sample's own figures are then training figures)."""
    resource = codebook_path("helpers.extract", "topic_model.yml")
    return yaml.safe_load(resource.read_text(encoding="utf-8")) if resource.is_file() else {}


def _matrix(table: pd.DataFrame) -> dict:
    return {"labels": [str(x) for x in table.index], "counts": table.to_numpy().tolist()}


def topic_sample(facts_dir: Path, codes: Path, about: dict) -> dict:
    """Accuracy and confusion matrices of the paragraph topics on a folder of coded JSONL files, and the
    agreement of the coders on the documents coded twice (``codes/second_coder``)."""
    result = agreement.agreement(facts_dir, agreement.read_codes([codes]))
    coders = sorted({json.loads(line).get("coder", "") for f in codes.glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines()
                     if line.strip()} - {""})
    out = {**about, "path": str(codes), "coders_n": len(coders), "documents": int(result.pairs["doc"].nunique()),
           "paragraphs": len(result.pairs),
           "not_found": len(result.missing), "cap_accuracy": round(result.cap_accuracy, 3),
           "gov_accuracy": round(result.gov_accuracy, 3), "confusion_cap": _matrix(result.confusion("cap")),
           "confusion_gov": _matrix(result.confusion("gov"))}
    second = codes / "second_coder"
    if second.is_dir():
        twice = sorted(p.name for p in second.glob("*.jsonl"))
        first = agreement.read_codes([codes / name for name in twice])
        table = validation.between(first, agreement.read_codes([second]))
        out["coders"] = {"documents": [Path(n).stem for n in twice], "paragraphs": int(table["paragraphs"].iloc[0]),
                         **{f"{key}_{stat}": round(float(v), 3) for key, (_, row) in zip(("cap", "gov"), table.iterrows())
                            for stat, v in (("agreement", row["agreement"]), ("alpha", row["alpha"]))}}
    return out


def dev_figures(dev: Path, work: Path) -> dict:
    """The development set's figures as ``make eval-dev`` measures them, and its coders' agreement as its README
    reports it (only one coder's codes are in the set, so it cannot be recomputed)."""
    result = dev_set.evaluate(dev, work)
    facts_fig, topic_fig = result["facts"][0], result.get("topics", ({}, []))[0]
    out = {"texts": len(result["texts"]), "extraction": {k: facts_fig[k] for k in dev_set.SHOWN if k in facts_fig}}
    if topic_fig:
        out["topics"] = {"title": "开发集 development set: the seed text and real texts kept outside the repository",
                         "coded_by": "human coders with the coding guide (GUIDE.md), independent of the lexicon's authors",
                         "paragraphs": topic_fig.get("paragraphs"), "cap_accuracy": topic_fig.get("cap_acc"),
                         "gov_accuracy": topic_fig.get("gov_acc"), "texts": sorted(result["topic_texts"])}
        found = DEV_AGREEMENT.search((dev / "README.md").read_text(encoding="utf-8")) if (dev / "README.md").exists() else None
        if found:
            out["topics"]["coders"] = {"cap_agreement": round(float(found.group(1)) / 100, 3), "cap_alpha": float(found.group(2)),
                                       "source": "the development set's README (two human coders, where both coded)"}
    return out


def fixture_figures(facts_dir: Path, golds: list[Path]) -> dict:
    """Claims found, precision and recall over the hand-annotated gold files (``make eval``)."""
    tp = n_pred = n_gold = 0
    for gold in golds:
        claim_score = gold_scores.score(gold, facts_dir)["claims"]
        tp, n_pred, n_gold = tp + claim_score.tp, n_pred + claim_score.n_pred, n_gold + claim_score.n_gold
    return {"gold": [g.name for g in golds], "claims": n_gold, "claim_precision": round(tp / max(1, n_pred), 3),
            "claim_recall": round(tp / max(1, n_gold), 3)}


def class_figures(facts_dirs: list[Path], sample: Path) -> dict:
    """The ledger classes' accuracy on a hand-classed sample, with a confusion matrix in the classes' order."""
    coded = pd.read_csv(sample, dtype=str, keep_default_na=False)
    pairs = pd.concat([claims.class_accuracy(claims.ledger(F.load(d)), coded) for d in facts_dirs], ignore_index=True)
    table = pd.crosstab(pairs["coded"], pairs["predicted"]).reindex(index=list(claims.CLASSES), columns=list(claims.CLASSES), fill_value=0)
    return {"path": str(sample), "claims": len(pairs), "not_found": len(coded) - len(pairs),
            "accuracy": round(float((pairs["coded"] == pairs["predicted"]).mean()), 3), "confusion": _matrix(table)}


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def measure(examples: Path, codes: Path, golds: list[Path], fixtures: Path, seed: Path, class_samples: dict[str, Path],
            dev: Path | None, held_out: tuple[Path, Path] | None = None) -> dict:
    """Extract the example corpus and the gold texts, measure everything the pages disclose, return the record;
    ``held_out`` is a coded sample (texts, codes) in no training data of the topic model, scored as ``held_out``."""
    about = yaml.safe_load((codes / "sample.yml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="shishi-methods-") as tmp:
        examples_facts, gold_facts = Path(tmp) / "examples", Path(tmp) / "gold"
        corpus.run([examples], examples_facts, quiet=True)
        corpus.run([fixtures, seed], gold_facts, quiet=True)
        record = {
            "source": f"written by `shishi methods` on {dt.date.today().isoformat()} at commit {_commit()}; every figure measured",
            "topics": {"coding_sha256": topics.coding_sha256(), "model": trained_model(),
                       "samples": {"gwr2026": topic_sample(examples_facts, codes, about)}},
            "extraction": {"fixtures": fixture_figures(gold_facts, golds)},
            "claim_classes": {name: class_figures([examples_facts, gold_facts], path) for name, path in class_samples.items()},
        }
        if held_out is not None:
            texts, held_codes = held_out
            corpus.run([texts], Path(tmp) / "held_out", quiet=True)
            about_held = yaml.safe_load((held_codes / "sample.yml").read_text(encoding="utf-8"))
            record["topics"]["samples"]["held_out"] = topic_sample(Path(tmp) / "held_out", held_codes, about_held)
        if dev is not None and (dev / "gold").is_dir():
            figures = dev_figures(dev, Path(tmp) / "dev")
            record["extraction"]["dev"] = {"texts": figures["texts"], **figures["extraction"]}
            if "topics" in figures:
                record["topics"]["samples"]["dev"] = figures["topics"]
    return record


def write(record: dict, path: Path = RECORD) -> Path:
    text = ("# Measured by `shishi methods` (helpers/report/methods.py): what every report page's methods section discloses.\n"
            "# Do not edit by hand; run the command again after changing extraction, the topic lexicon or the ledger classes.\n")
    Path(path).write_text(text + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=160, default_flow_style=None), encoding="utf-8")
    return Path(path)


def sample_agreement(facts_dir: str | Path, codes: str | Path) -> agreement.Agreement:
    """The paragraph topics against a user's coded sample: a folder or file of the guide's JSONL, or the CSV
    ``shishi sample`` wrote and a coder filled in."""
    codes = Path(codes)
    frame = validation.read_sample(codes) if codes.suffix == ".csv" else agreement.read_codes([codes])
    return agreement.agreement(facts_dir, frame)
