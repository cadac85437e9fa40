"""The "how this was made" of every page: what extraction and coding are, how well they were measured to do,
on which sample and by whom, and what the classes mean, read from the record ``shishi methods`` writes."""

from __future__ import annotations


import pandas as pd

from ..extract import topics as topic_coding
from . import claims, validation

CLASS_MEANINGS = (
    ("已实现结果 achieved result", "the number reports what has happened or is (已, 累计, 据统计, a review of the past year)"),
    ("目标或计划 target or plan", "the number is aimed at (力争, 预期目标, a part of targets and tasks, a later year)"),
    ("规则或标准 rule or standard", "the number sets a limit, a deadline or an entitlement (不超过3年, 5至10个工作日, 每人每月)"),
    ("个例 anecdote", "the number belongs to one person's or household's story"),
    ("其他 other", "a period or an age that none of the above decides"),
)


def class_table(led) -> pd.DataFrame:
    """Each claim class with what it means, its claims and their share (``led``: a ledger DataFrame or ``Ledger``)."""
    counts = claims.class_counts(led)
    rows = [(label, meaning, int(counts.get(cls, 0)), counts.get(cls, 0) / max(1, len(led)))
            for cls, (label, meaning) in zip(claims.CLASSES, CLASS_MEANINGS)]
    return pd.DataFrame(rows, columns=["类别 class", "meaning", "claims", "share"])


def _stale() -> str:
    """A warning when the topic lexicon or model changed after the record was measured."""
    if validation.recorded()["topics"]["coding_sha256"] == topic_coding.coding_sha256():
        return ""
    return " The topic lexicon or model has changed since these figures were measured: run `shishi methods` to measure it again."


def extraction() -> tuple[str, str]:
    fig = validation.recorded()["extraction"]
    fixtures, dev = fig["fixtures"], fig.get("dev")
    text = (f"Numbers, organizations, places and quotes are found by shishi's rules and reviewed word lists (helpers.extract). "
            f"On {len(fixtures['gold'])} hand-annotated test texts ({fixtures['claims']} claims) claims are found with precision "
            f"{fixtures['claim_precision']:.2f} and recall {fixtures['claim_recall']:.2f}")
    if dev:
        text += (f"; on {dev['texts']} real texts kept outside the repository (the development set) with precision "
                 f"{dev['claim_precision']:.2f} and recall {dev['claim_recall']:.2f}, and a claim's subject is right "
                 f"{dev['subject_acc']:.0%}, its place {dev['place_acc']:.0%} and its acting body only {dev['actor_acc']:.0%} of the time")
    return "数字与实体的抽取 Extraction", text + "."


def topics() -> tuple[str, str]:
    model = validation.recorded()["topics"].get("model")
    how = "from a reviewed lexicon read with the paragraph's section and document (helpers/extract/codebooks/topics.yml)"
    if model:
        how += (f", together with a linear model over the paragraph's content words and the lexicon's evidence, trained on the "
                f"coded sample below (topic_model.npz; {model['source']})")
    text = (f"Each body paragraph is coded by extraction with one main Comparative Agendas Project (CAP) major topic and a "
            f"国务院主题分类 class, {how}. " + " ".join(validation.recorded_findings(validation.recorded())))
    return "政策主题编码 Topic coding", text + _stale()


def classes() -> tuple[str, str]:
    record = validation.recorded()["claim_classes"]
    held, dev = record["held_out"], record["development"]
    meanings = "; ".join(f"{name}: {meaning}" for name, meaning in CLASS_MEANINGS)
    return ("数字主张的类别 Claim classes",
            f"Each claim is classed from the clause that holds it and the part of the report it sits in. {meanings}. "
            f"On {held['claims']} claims classed by hand after the rules were written, the class is right "
            f"{held['accuracy']:.1%} of the time ({dev['accuracy']:.1%} on the {dev['claims']} claims the rules were written with). "
            f"Samples: {held['path']}, {dev['path']}.")


def record() -> tuple[str, str]:
    return "数据来源 Where these figures come from", f"helpers/analysis/codebooks/methods.yml, {validation.recorded()['source']}."


def language() -> tuple[str, str]:
    return ("词语统计 Word statistics",
            "Paragraphs are segmented with jieba and the reviewed policy dictionary (helpers/extract/codebooks/policy_terms.txt); "
            "jionlp's stopwords, single characters and unit fragments (万人, 亿元) are left out. Key terms weigh a word's count "
            "(1 + log) by its rarity in general Chinese (jieba's IDF table); keyness is Dunning's log-likelihood G², listed "
            "above 3.84 (p < 0.05). Segmentation was not measured against hand-segmented text.")
