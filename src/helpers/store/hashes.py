"""Input files' sha256, remembered between runs while a file stays as it was.

Every run keys each document's cached facts by its file's sha256; reading a hundred thousand files to hash
them again took longer than the whole unchanged rerun may. A file whose size, modification time and inode
are those recorded keeps its recorded hash, as git's index and make trust a file's stamp. A stamp recorded
less than ``RACY_NS`` after the file was last modified is not trusted (the file could still have changed
within the clock's resolution), so such a file is hashed again next time.
"""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

from . import writer

RACY_NS = 2_000_000_000


class FileHashes:
    """sha256 of input files by resolved path, reusing the record kept in ``path`` (when given)."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self.known: dict[str, tuple] = {}
        if path is not None and path.exists():
            try:
                with open(path, "rb") as fh:
                    self.known = pickle.load(fh)
            except (OSError, pickle.UnpicklingError, EOFError):
                self.known = {}  # an unreadable record only costs hashing again
        self.current: dict[str, tuple] = {}
        self.changed = False

    def sha256(self, file: str) -> str:
        """The file's sha256, or "" when it cannot be read."""
        try:
            st = os.stat(file)
        except OSError:
            return ""
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        entry = self.known.get(file)
        if entry is not None and entry[0] == stamp and entry[2] - st.st_mtime_ns >= RACY_NS:
            self.current[file] = entry
            return entry[1]
        try:
            digest = writer.sha256_file(file)
        except OSError:
            return ""
        self.current[file] = (stamp, digest, time.time_ns())
        self.changed = True
        return digest

    def save(self) -> None:
        """Keep the hashes of this run's files for the next (only when one was hashed or one went away)."""
        if self.path is None or not (self.changed or self.current.keys() != self.known.keys()):
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(self.current, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.path)
