"""How well the paragraph topics agree with human coders: accuracy and confusion matrices.

Codes come as JSONL files, one paragraph a line, as the coding guide has coders write them:
``{"doc", "para_starts", "cap_major", "cap_secondary", "gov_class", "no_policy"}``. A coded paragraph is
found in ``paragraphs.csv`` by its document and its opening characters; paragraphs coded as having no
policy content are left out, as the coders' own agreement leaves them out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..store import facts

KEY_CHARS = 12  # opening characters that identify a paragraph, spaces aside
SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    """A paragraph's opening characters without its spaces: a coder copies 交汇点讯 19日上午 as printed, where the facts'
    text joins the characters spacing set apart (交汇点讯19日上午); a copy with many spaces leaves fewer characters, so a
    coded paragraph is the first whose key opens with the coder's."""
    return SPACES.sub("", text)[:KEY_CHARS]


@dataclass
class Agreement:
    pairs: pd.DataFrame  # doc, para, coded and predicted CAP topic and 国务院 class, per coded paragraph
    missing: list[str]  # coded paragraphs not found in the facts

    @property
    def cap_accuracy(self) -> float:
        return float((self.pairs["cap"] == self.pairs["cap_predicted"]).mean()) if len(self.pairs) else float("nan")

    @property
    def gov_accuracy(self) -> float:
        return float((self.pairs["gov"] == self.pairs["gov_predicted"]).mean()) if len(self.pairs) else float("nan")

    def confusion(self, field: str = "cap") -> pd.DataFrame:
        """Coded (rows) against predicted (columns), both in the same order: every label either side uses."""
        coded, predicted = self.pairs[field].astype(str), self.pairs[f"{field}_predicted"].astype(str)
        labels = sorted(set(coded) | set(predicted), key=_order)
        table = pd.crosstab(coded, predicted).reindex(index=labels, columns=labels, fill_value=0)
        table.index.name, table.columns.name = "coded", "predicted"
        return table


def _order(label: str):
    return (0, int(label), "") if label.isdigit() else (1, 0, label)


def read_codes(paths: list[Path]) -> pd.DataFrame:
    """Coded paragraphs from JSONL files or folders of them (no-policy paragraphs left out)."""
    rows = []
    for path in paths:
        for file in sorted(Path(path).glob("*.jsonl")) if Path(path).is_dir() else [Path(path)]:
            for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    code = json.loads(line)
                    if not code.get("no_policy"):
                        rows.append(dict(doc=Path(code["doc"]).stem, key=_key(code["para_starts"]), cap=int(code["cap_major"]),
                                         gov=code["gov_class"]))
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{file} line {n}: not a coded paragraph ({exc})") from None
    return pd.DataFrame(rows, columns=["doc", "key", "cap", "gov"])


def agreement(facts_dir: str | Path, codes: pd.DataFrame) -> Agreement:
    """Pair each coded paragraph with the primary topic extraction gave it."""
    paragraphs = facts.read_table(facts_dir, "paragraphs")
    topics = facts.read_table(facts_dir, "paragraph_topics")
    primary = topics[topics["primary"]].set_index(["doc", "para"])
    by_doc: dict[str, list[tuple[str, int]]] = {}
    for doc, para, text in zip(paragraphs["doc"], paragraphs["para"], paragraphs["text"]):
        by_doc.setdefault(doc, []).append((_key(text), para))
    rows, missing = [], []
    for code in codes.itertuples(index=False):  # the first paragraph that opens so (a coder's copy may be shorter)
        here = by_doc.get(code.doc, [])
        para = next((p for key, p in here if key == code.key), None)  # the same opening first, then a longer one
        para = para if para is not None else next((p for key, p in here if code.key and key.startswith(code.key)), None)
        if para is None:
            missing.append(f"{code.doc}: no paragraph opens {code.key}")
            para = -1
        hit = primary.loc[(code.doc, para)] if (code.doc, para) in primary.index else None
        rows.append(dict(doc=code.doc, para=para, cap=code.cap, gov=code.gov,
                         cap_predicted=int(hit["cap_major"]) if hit is not None else 0,
                         gov_predicted=hit["gov_class"] if hit is not None else "（无 none）"))
    return Agreement(pd.DataFrame(rows), missing)


def report(result: Agreement) -> str:
    lines = [f"{len(result.pairs)} coded paragraphs ({len(result.missing)} not found in the facts)",
             f"CAP major topic accuracy {result.cap_accuracy:.3f}", f"国务院 class accuracy {result.gov_accuracy:.3f}", ""]
    for doc, grp in result.pairs.groupby("doc", sort=True):
        lines.append(f"  {doc}: {len(grp)} paragraphs, CAP {(grp['cap'] == grp['cap_predicted']).mean():.3f}, "
                     f"国务院 {(grp['gov'] == grp['gov_predicted']).mean():.3f}")
    lines += ["", "CAP confusion (rows coded, columns predicted):", result.confusion("cap").to_string()]
    return "\n".join(lines)
