"""File hashes are reused only while a file keeps its stamp."""

from __future__ import annotations

import hashlib
import os

import pytest

from helpers.store import hashes, writer


@pytest.fixture()
def old_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("新建学校12所。", encoding="utf-8")
    an_hour_ago = path.stat().st_mtime_ns - 3600 * 10**9
    os.utime(path, ns=(an_hour_ago, an_hour_ago))
    return path


def _hash(record, path):
    h = hashes.FileHashes(record)
    digest = h.sha256(str(path))
    h.save()
    return digest


def test_an_unchanged_file_is_not_read_again(tmp_path, old_file, monkeypatch):
    record = tmp_path / "hashes.pickle"
    first = _hash(record, old_file)
    monkeypatch.setattr(writer, "sha256_file", lambda path: pytest.fail("read again"))
    assert _hash(record, old_file) == first == hashlib.sha256(old_file.read_bytes()).hexdigest()


def test_a_changed_file_is_hashed_again(tmp_path, old_file):
    record = tmp_path / "hashes.pickle"
    _hash(record, old_file)
    old_file.write_text("新建医院3所。", encoding="utf-8")
    assert _hash(record, old_file) == hashlib.sha256(old_file.read_bytes()).hexdigest()


def test_a_file_modified_just_before_it_was_hashed_is_hashed_again(tmp_path, monkeypatch):
    record = tmp_path / "hashes.pickle"
    fresh = tmp_path / "b.txt"
    fresh.write_text("新建医院3所。", encoding="utf-8")
    _hash(record, fresh)
    calls = []
    monkeypatch.setattr(writer, "sha256_file", lambda path: calls.append(path) or "x")
    _hash(record, fresh)
    assert calls == [str(fresh)]


def test_an_unreadable_file_has_no_hash(tmp_path):
    assert hashes.FileHashes().sha256(str(tmp_path / "gone.txt")) == ""
