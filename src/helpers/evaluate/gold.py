"""Scoring extracted facts against a hand-annotated gold file (the format of tests/fixtures/gold).

Gold items carry text, not offsets, so each gold string is located in the document and
matched to the extracted row whose span overlaps it; every gold item and every row is
used at most once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import formats
from ..store import facts

_PAREN = re.compile(r"[（(].*?[）)]")
_ADMIN = re.compile(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")


@dataclass
class Score:
    name: str
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0


@dataclass
class Accuracy:
    name: str
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool, note: str) -> None:
        self.total += 1
        self.right += int(ok)
        if not ok:
            self.misses.append(note)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)] if needle else []


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


def similar(gold: str | None, pred: str) -> bool:
    """Lenient match for free-text fields: containment or bigram overlap of the core phrase."""
    g = _ADMIN.sub("", _PAREN.sub("", gold or "")).strip()
    p = _ADMIN.sub("", _PAREN.sub("", pred or "")).strip()
    if not g:
        return not p
    if not p:
        return False
    if g in p or p in g:
        return True
    a, b = _bigrams(g), _bigrams(p)
    return len(a & b) / len(a | b) >= 0.5


def _match(text: str, gold_items: list, gold_text, pred_rows: list[dict], pred_span) -> list[tuple[object, dict | None]]:
    """Pair gold items with rows; longer gold strings choose first, preferring exact spans."""
    used: set[int] = set()
    found: dict[int, int] = {}
    order = sorted(range(len(gold_items)), key=lambda i: -len(gold_text(gold_items[i])))
    for gi in order:
        needle = gold_text(gold_items[gi])
        best, best_key = None, None
        for occ in _occurrences(text, needle):
            for i, r in enumerate(pred_rows):
                sp = pred_span(r)
                if i in used or not _overlap(occ, sp):
                    continue
                key = (sp == occ, sp[0] <= occ[0] and occ[1] <= sp[1], -abs((sp[1] - sp[0]) - len(needle)))
                if best_key is None or key > best_key:
                    best, best_key = i, key
        if best is not None:
            used.add(best)
            found[gi] = best
    return [(g, pred_rows[found[i]] if i in found else None) for i, g in enumerate(gold_items)]


def score(gold_path: str | Path, facts_dir: str | Path, doc: str | None = None) -> dict:
    """All scores for one gold document."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    doc = doc or Path(gold["doc"]).stem
    tables = {t: facts.read_table(facts_dir, t) for t in ("documents", "paragraphs", "quantities", "organizations", "places", "quotes")}
    sel = {t: f[f["doc"] == doc] for t, f in tables.items()}
    if sel["documents"].empty:
        docs = tables["documents"]
        clash = docs[docs["doc"].str.startswith(f"{doc}~")]
        if len(clash):  # two inputs share the file name: extraction told them apart by a hash of the path
            raise ValueError(f"{Path(gold_path).name}: {len(clash)} input files are named '{doc}' ({', '.join(clash['path'])}), so "
                             f"none has the id '{doc}' the gold file names; rename or remove the other file(s) and extract again")
        raise ValueError(f"{facts_dir}: no document '{doc}' in documents.csv")
    text = _source_text(sel["documents"].iloc[0])
    out: dict = {"doc": doc}
    out.update(_quantities(gold, text, sel["quantities"].to_dict("records")))
    out.update(_organizations(gold, text, sel["organizations"].to_dict("records")))
    out.update(_places(gold, text, sel["places"].to_dict("records")))
    out["speakers"] = _speakers(gold, sel["quotes"].to_dict("records"))
    out["structure"] = _structure(gold, sel["paragraphs"], sel["documents"].iloc[0])
    return out


def _source_text(document) -> str:
    """The text the facts' offsets point into, as extraction read it (any format)."""
    path = Path(document["path"])
    return formats.read(path.read_bytes(), str(path)).text


def _span(row: dict) -> tuple[int, int]:
    return int(row["start"]), int(row["end"])


def _quantities(gold: dict, text: str, quants: list[dict]) -> dict:
    pairs = _match(text, gold["quantities"], lambda g: g["text"], quants, _span)
    allq = Score("quantities (all)", n_gold=len(gold["quantities"]), n_pred=len(quants))
    claims = Score("quantitative claims", n_gold=sum(1 for g in gold["quantities"] if g["claim"]), n_pred=sum(1 for r in quants if r["claim"]))
    kind, qual, value = Accuracy("kind"), Accuracy("qualifier"), Accuracy("value")
    place, actor, subject = Accuracy("claim place"), Accuracy("claim actor"), Accuracy("claim subject")
    for g, r in pairs:
        if r is None:
            allq.notes.append(f"missed {g['text']}")
            continue
        allq.tp += 1
        kind.add(r["kind"] == g["kind"], f"{g['text']}: kind {r['kind']} != {g['kind']}")
        qual.add(r["qualifier"] == g["qualifier"], f"{g['text']}: qualifier {r['qualifier']} != {g['qualifier']}")
        if g["value"] is not None:
            ok = r["value"] == r["value"] and abs(r["value"] - g["value"]) < 1e-6 * max(1, abs(g["value"]))
            value.add(ok, f"{g['text']}: value {r['value']} != {g['value']}")
        if g["claim"] and r["claim"]:
            claims.tp += 1
            place.add(bool((r["place"] or None) == g["place"] or (g["place"] and similar(g["place"], r["place"]))),
                      f"{g['text']}: place {r['place']!r} != {g['place']!r}")
            actor.add(similar(g["actor"], r["actor"]), f"{g['text']}: actor {r['actor']!r} != {g['actor']!r}")
            if g["subject"]:
                subject.add(similar(g["subject"], r["subject"]), f"{g['text']}: subject {r['subject']!r} != {g['subject']!r}")
        elif g["claim"]:
            claims.notes.append(f"{g['text']} found but not flagged as a claim")
        elif r["claim"]:
            claims.notes.append(f"{g['text']} flagged as a claim but is not one")
    matched = {id(r) for _, r in pairs if r is not None}
    for r in quants:
        if id(r) not in matched:
            allq.notes.append(f"extra {r['text']} ({r['kind']}, claim={r['claim']})")
            if r["claim"]:
                claims.notes.append(f"extra claim {r['text']}")
    return {"quantities": allq, "claims": claims, "traps": _traps(gold, text, quants),
            "accuracy": [kind, qual, value, place, actor, subject]}


def _traps(gold: dict, text: str, quants: list[dict]) -> Score:
    traps = Score("traps taken as quantities", n_gold=len(gold["not_quantities"]))
    for t in gold["not_quantities"]:
        for occ in _occurrences(text, t):
            for r in quants:
                if _overlap(occ, _span(r)) and (r["claim"] or r["kind"] not in ("named",)):
                    traps.tp += 1
                    traps.notes.append(f"{t} -> {r['text']} ({r['kind']}, claim={r['claim']})")
    return traps


def _organizations(gold: dict, text: str, orgs: list[dict]) -> dict:
    gold_orgs = [(m, t) for t, ms in gold["organizations"].items() for m in ms] + [(m, "group") for m in gold.get("organization_groups", [])]
    pairs = _match(text, gold_orgs, lambda g: g[0], orgs, _span)
    found = Score("organizations", n_gold=len(gold_orgs), n_pred=len({r["mention"] for r in orgs}))
    typed = Accuracy("organization type")
    for (m, t), r in pairs:
        if r is None:
            found.notes.append(f"missed {m}")
            continue
        found.tp += 1
        typed.add(r["type"] == t, f"{m}: type {r['type']} != {t}")
    return {"organizations": found, "organization_type": typed}


def _places(gold: dict, text: str, plcs: list[dict]) -> dict:
    pairs = _match(text, gold["places"], lambda g: g["mention"], plcs, _span)
    found = Score("places", n_gold=len(gold["places"]), n_pred=len(plcs))
    prov, city = Accuracy("place province"), Accuracy("place city")
    for g, r in pairs:
        if r is None:
            found.notes.append(f"missed {g['mention']}")
            prov.add(False, f"{g['mention']}: not found")
            continue
        found.tp += 1
        prov.add(r["province"] == g["province"], f"{g['mention']}: province {r['province']} != {g['province']}")
        city.add((r["city"] or None) == g["city"], f"{g['mention']}: city {r['city']!r} != {g['city']!r}")
    return {"places": found, "place_accuracy": [prov, city]}


def _speakers(gold: dict, qts: list[dict]) -> Score:
    speakers = Score("quoted speakers", n_gold=sum(1 for q in gold["quotes"] if q["speaker"]), n_pred=sum(1 for r in qts if r["speaker"]))
    for g in gold["quotes"]:
        if g["speaker"]:
            hit = any(r["speaker"] == g["speaker"] and r["quote"].startswith(g["starts"][:6]) for r in qts)
            speakers.tp += int(hit)
            if not hit:
                speakers.notes.append(f"missed {g['speaker']}")
    return speakers


def _structure(gold: dict, paras, meta) -> Accuracy:
    structure = Accuracy("structure and dateline")
    structure.add(list(paras[paras["kind"] == "heading"]["text"]) == gold["sections"], "section headings differ")
    structure.add(list(paras[paras["kind"] == "subhead"]["text"]) == gold["subheads"], "subheads differ")
    for key in ("publisher", "place", "date", "title"):
        structure.add(meta[key] == gold["meta"][key], f"{key}: {meta[key]!r} != {gold['meta'][key]!r}")
    structure.add(meta["reporters"].split("、") == gold["meta"]["reporters"], "reporters differ")
    return structure


def report(result: dict) -> str:
    """A plain-text table of the scores, then every miss."""
    lines = [f"document: {result['doc']}", "", f"{'facts':<28}{'precision':>10}{'recall':>8}{'found':>8}{'gold':>6}{'extracted':>10}"]
    for key in ("claims", "quantities", "organizations", "places", "speakers"):
        s = result[key]
        lines.append(f"{s.name:<28}{s.precision:>10.3f}{s.recall:>8.3f}{s.tp:>8}{s.n_gold:>6}{s.n_pred:>10}")
    t = result["traps"]
    lines.append(f"{'traps taken as quantities':<28}{t.tp:>10} of {t.n_gold} trap strings")
    lines += ["", f"{'accuracy on matched items':<28}{'rate':>10}{'right':>8}{'of':>6}"]
    for a in result["accuracy"] + [result["organization_type"]] + result["place_accuracy"] + [result["structure"]]:
        lines.append(f"{a.name:<28}{a.rate:>10.3f}{a.right:>8}{a.total:>6}")
    notes = []
    for key in ("claims", "quantities", "traps", "organizations", "places", "speakers"):
        notes += [f"  {key}: {n}" for n in result[key].notes]
    for a in result["accuracy"] + [result["organization_type"]] + result["place_accuracy"] + [result["structure"]]:
        notes += [f"  {a.name}: {m}" for m in a.misses]
    if notes:
        lines += ["", "details:"] + notes
    return "\n".join(lines)
