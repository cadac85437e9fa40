"""How far the pages' codes can be trusted: the recorded validation (``methods.yml``, written by
``shishi methods``), a user's own coded sample, and the agreement of two coders.

Coded paragraphs come as frames of doc, key (the paragraph's opening characters), cap and gov, the
shape ``helpers.evaluate.topics.read_codes`` gives for the coding guide's JSONL files; ``read_sample``
gives the same shape for the CSV that ``shishi sample`` writes and a researcher fills in.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..codebook import yaml_book
from ..extract import topics as lexicon
from ..store.facts import Facts
from . import topics

KEY_CHARS = 12  # opening characters that identify a paragraph (as helpers.evaluate.topics reads codes)
SAMPLE_COLUMNS = ["doc", "para", "section", "text", "cap_major", "gov_class", "no_policy", "coder"]


@lru_cache(maxsize=1)
def recorded() -> dict:
    """The figures ``shishi methods`` measured and recorded, with where and when (``codebooks/methods.yml``)."""
    return yaml_book(__package__, "methods.yml")


def sample(facts: Facts, n: int, seed: int = 1) -> pd.DataFrame:
    """A stratified sample of coded paragraphs for hand-coding: spread over documents and sections, with empty
    cap_major, gov_class and no_policy columns for the coder (the coding guide's fields)."""
    paras = facts.paragraphs
    coded = [lexicon.is_coded(kind, text) for kind, text in zip(paras["kind"], paras["text"])]
    body = paras[coded][["doc", "para", "section", "text"]]
    if body.empty:
        return pd.DataFrame(columns=SAMPLE_COLUMNS)
    strata = [g for _, g in body.groupby(["doc", "section"], sort=True)]
    order = pd.Series(range(len(strata))).sample(frac=1, random_state=seed).tolist()  # strata in a seeded random order
    per = max(1, n // max(1, len(strata)))
    picked = pd.concat([strata[i].sample(n=min(per, len(strata[i])), random_state=seed) for i in order[:n]])
    if len(picked) < n:
        rest = body.drop(picked.index)
        picked = pd.concat([picked, rest.sample(n=min(n - len(picked), len(rest)), random_state=seed)])
    picked = picked.head(n).sort_values(["doc", "para"])
    return picked.assign(cap_major="", gov_class="", no_policy="", coder="").reset_index(drop=True)[SAMPLE_COLUMNS]


def read_sample(path: str | Path) -> pd.DataFrame:
    """A coded sample CSV (from ``shishi sample``) as codes: doc, key, cap, gov; no-policy and uncoded rows left out.

    A row whose CAP code is not a whole number is an error naming the file and the row."""
    path = Path(path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"doc", "text", "cap_major", "gov_class"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    if "no_policy" in frame:
        frame = frame[~frame["no_policy"].str.strip().str.lower().isin({"1", "true", "yes", "y", "是"})]
    frame = frame[frame["cap_major"].str.strip() != ""]
    bad = frame[~frame["cap_major"].str.strip().str.fullmatch(r"\d+")]
    if len(bad):
        raise ValueError(f"{path}: row {bad.index[0] + 2}: cap_major must be a CAP major topic code, got {bad['cap_major'].iloc[0]!r}")
    return pd.DataFrame({"doc": frame["doc"], "key": frame["text"].str.strip().str.slice(0, KEY_CHARS),
                         "cap": frame["cap_major"].astype(int), "gov": frame["gov_class"].str.strip()}).reset_index(drop=True)


def between(coder_a: pd.DataFrame, coder_b: pd.DataFrame) -> pd.DataFrame:
    """Two coders' agreement on the paragraphs both coded: per field (CAP major topic, 国务院 class), the
    paragraphs, the share coded alike and Krippendorff's alpha (nominal), with its usual reading."""
    import krippendorff

    both = coder_a.merge(coder_b, on=["doc", "key"], suffixes=("_a", "_b")).drop_duplicates(["doc", "key"])
    rows = []
    for field, name in (("cap", "CAP major topic"), ("gov", "国务院 class")):
        a, b = both[f"{field}_a"].astype(str), both[f"{field}_b"].astype(str)
        values = sorted(set(a) | set(b))
        if len(both) == 0:
            rows.append((name, 0, float("nan"), float("nan")))
            continue
        data = np.array([[values.index(x) for x in a], [values.index(x) for x in b]], dtype=float)
        alpha = 1.0 if len(values) == 1 else float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        rows.append((name, len(both), float((a == b).mean()), alpha))
    out = pd.DataFrame(rows, columns=["field", "paragraphs", "agreement", "alpha"])
    out["reading"] = pd.cut(out["alpha"], [-np.inf, 0.667, 0.8, np.inf], labels=["unreliable", "tentative", "reliable"], right=False)
    return out


def confusion(matrix: dict | pd.DataFrame, field: str) -> pd.DataFrame:
    """A confusion matrix (coded rows, predicted columns, both in one order) with readable labels: CAP codes
    become their Chinese names; 国务院 classes are names already."""
    frame = matrix if isinstance(matrix, pd.DataFrame) else pd.DataFrame(matrix["counts"], index=matrix["labels"], columns=matrix["labels"])
    if field == "cap":
        names = dict(zip(topics.names()["cap_major"].astype(str), topics.names()["topic"]))
        names["0"] = "（无 none）"
        frame = frame.rename(index=lambda c: names.get(str(c), str(c)), columns=lambda c: names.get(str(c), str(c)))
    frame.index.name, frame.columns.name = "编码员 coders", "自动编码 predicted"
    return frame


GWR_CODES = "gwr2026_topics"  # the work reports' coded sample, as the trained model's record names it


def recorded_findings(record: dict) -> list[str]:
    """What the recorded validation (``recorded()``) says of the topic coding, as sentences (the coverage page and every
    page's methods section). When the topic model learnt from the recorded sample, its figures there are training
    figures, so the figure with whole reports held out leads; then the coders' own agreement, then the held-out texts of
    other genres (coded by model coders) and the development set (coded by human coders), both in no training data."""
    topics_record = record["topics"]
    gwr, model = topics_record["samples"]["gwr2026"], topics_record.get("model")
    sample = (f"{gwr['paragraphs']:,} policy paragraphs of the {gwr['documents']} provincial work reports of 2026, coded by "
              f"{gwr['coders_n']} {gwr['coded_by']}")
    if model:
        cv = model["cross_validated"]
        own = cv.get("samples", {}).get(GWR_CODES, cv)  # the work reports' own figure where the model learnt from more samples
        also = [f"{figures['paragraphs']:,} paragraphs of {name.replace('_topics', '').replace('_', ' ')}"
                for name, figures in cv.get("samples", {}).items() if name != GWR_CODES]
        out = [f"Validated on {sample}: with whole reports held out of the topic model's training ({cv['folds']} folds), the main "
               f"topic agrees with the coders on {own['cap_accuracy']:.1%} of paragraphs and the class on {own['gov_accuracy']:.1%}; "
               f"the model learnt from these paragraphs{' and ' + ', '.join(also) if also else ''}, so on all the reports' "
               f"paragraphs at once (training figures) it agrees on {gwr['cap_accuracy']:.1%} and {gwr['gov_accuracy']:.1%}."]
    else:
        out = [f"Validated on {sample}: the main topic agrees with the coders on {gwr['cap_accuracy']:.1%} of paragraphs and the "
               f"class on {gwr['gov_accuracy']:.1%}."]
    coders = gwr.get("coders")
    if coders:
        out.append(f"The coders themselves, on the {len(coders['documents'])} reports two of them coded ({coders['paragraphs']} "
                   f"paragraphs), agree on {coders['cap_agreement']:.1%} of topics (Krippendorff's α {coders['cap_alpha']:.2f}) "
                   f"and {coders['gov_agreement']:.1%} of classes (α {coders['gov_alpha']:.2f}).")
    held = topics_record["samples"].get("held_out")
    if held:
        genres = f"{held['genres']}; " if held.get("genres") else ""
        out.append(f"On {held['paragraphs']} paragraphs of {held['documents']} texts held out of the model's training "
                   f"({genres}written by {held['written_by']}; coded by {held['coded_by']}), the main topic "
                   f"agrees with their coders on {held['cap_accuracy']:.1%} and the class on {held['gov_accuracy']:.1%}.")
    dev = topics_record["samples"].get("dev")
    if dev:
        text = (f"On the {dev['title']} ({len(dev['texts'])} texts, {dev['paragraphs']} paragraphs, none of them in the "
                f"model's training, though its regularisation was chosen with them) coded by {dev['coded_by']}, the main "
                f"topic agrees on {dev['cap_accuracy']:.1%} and the class on {dev['gov_accuracy']:.1%}")
        if "coders" in dev:
            text += (f"; those coders agree with each other on {dev['coders']['cap_agreement']:.1%} of topics "
                     f"(α {dev['coders']['cap_alpha']:.2f})")
        out.append(text + ".")
    return out
