"""A facts folder extracted once from the seed and the fixture texts, shared by the query tests."""

from __future__ import annotations

import shutil

import pytest

from support import FIXTURES, SEED


@pytest.fixture(scope="session")
def facts_dir(tmp_path_factory):
    from helpers.store import corpus

    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SEED, raw / SEED.name)
    for f in (FIXTURES / "texts").glob("*.txt"):
        shutil.copy(f, raw / f.name)
    out = tmp_path_factory.mktemp("facts")
    corpus.run([raw], out, jobs=1, quiet=True)
    return out
