"""Sentence vectors kept on disk across restarts, so a process does not re-encode the texts it embedded last time.

The registry encodes every card it lists at each start (66-198 ms of CPU a card); the texts rarely change. Each
vector is one small file under ``private_files.cache_dir()/sentence-vectors``, named by a digest of the encoder's
identity (the name of its cache file, which carries the Python, numpy and encoder versions) and of the text, so
an upgraded encoder never reads a vector of the old one. A file holds a short header (a magic line and that same
digest) and the float32 vector: what the encoder returned, byte for byte.

A file is trusted like the encoder cache: read only if it is a regular file of this user that no one else may
write, of exactly the expected size and header; anything else is a miss, the text is encoded afresh and the file
written anew (to a temporary name, then renamed, so a reader never sees half of it). Reads are a few kilobytes
each (a ``MAX_READ`` batch is well under a millisecond from the page cache), so they can run on an event loop.

The directory is kept to about ``MAX_VECTORS`` files: when a process writes its first vector, and every
``TRIM_EVERY`` writes after, the least recently used files (by modification time, refreshed on every hit) beyond
the cap are deleted.

``put_later`` writes on a thread of the cache's own instead, so whoever just encoded a text (a routing decision,
with its answer waiting) does not wait for the files, nor for a trim's listing of the directory; a batch still
queued when the process ends, or beyond ``WRITE_BEHIND_LIMIT`` waiting, is not written (the text is encoded again
by a later process: the cache is optional). A forked child starts a writer of its own (a thread does not survive
``fork``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import queue
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from agents.models.private_files import open_private, replacing

__all__ = ["MAX_VECTORS", "VectorCache"]

log = logging.getLogger(__name__)

MAGIC = b"accord sentence vector 1\n"
DIGEST_BYTES = 32
MAX_VECTORS = 2_048
"""About 4 MB of 512-dimension vectors."""
TRIM_EVERY = 256
MAX_READ = 256
"""Texts past this many in one batch are not looked up on disk (they are encoded): a read stays short."""
MAX_DIMENSION = 4_096
SUFFIX = ".vec"
WRITE_BEHIND_LIMIT = 256
"""Batches ``put_later`` keeps waiting for its writer at most; more are dropped."""

_caches: weakref.WeakSet[VectorCache] = weakref.WeakSet()


def _forked() -> None:
    for cache in list(_caches):
        cache.forked()


os.register_at_fork(after_in_child=_forked)


class VectorCache:
    """Vectors of one encoder (named by ``identity``) in ``directory``; every failure is a miss, never an error."""

    def __init__(self, directory: Path, identity: str, *, limit: int = MAX_VECTORS) -> None:
        self.directory = directory
        self.identity = identity
        self.limit = limit
        self._lock = threading.Lock()
        self._written = 0
        self._behind: queue.Queue[dict[str, NDArray[np.float32]]] | None = None  # put_later's batches, once used
        _caches.add(self)

    def _digest(self, text: str) -> bytes:
        return hashlib.sha256(f"{self.identity}\0{text}".encode(errors="surrogatepass")).digest()

    def _path(self, digest: bytes) -> Path:
        return self.directory / f"{digest.hex()[:40]}{SUFFIX}"

    def get_many(self, texts: Sequence[str]) -> dict[str, NDArray[np.float32]]:
        """The stored vectors of those of ``texts`` (the first ``MAX_READ``) that have a usable file."""
        found: dict[str, NDArray[np.float32]] = {}
        for text in texts[:MAX_READ]:
            vector = self._read(text)
            if vector is not None:
                found[text] = vector
        return found

    def _read(self, text: str) -> NDArray[np.float32] | None:
        digest = self._digest(text)
        path = self._path(digest)
        opened = open_private(path)
        if opened is None:
            return None
        fd, st = opened
        try:
            head = len(MAGIC) + DIGEST_BYTES
            size = st.st_size - head
            if size <= 0 or size % 4 or size > 4 * MAX_DIMENSION:
                return None
            data = os.read(fd, st.st_size)
        except OSError:
            return None
        finally:
            os.close(fd)
        if len(data) != st.st_size or data[: len(MAGIC)] != MAGIC or data[len(MAGIC) : head] != digest:
            return None
        vector = np.frombuffer(data, dtype="<f4", offset=head).astype(np.float32)
        if not np.isfinite(vector).all():
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # a hit makes it recently used: the trim keeps it
        return vector

    def put_many(self, vectors: dict[str, NDArray[np.float32]]) -> None:
        """Store ``vectors`` (by text); a failure is logged, never raised (the cache is optional)."""
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            for text, vector in vectors.items():
                self._write(text, vector)
        except Exception as exc:
            log.info("could not cache sentence vectors in %s (%s)", self.directory, type(exc).__name__)
            return
        with self._lock:
            trim = self._written == 0 or self._written // TRIM_EVERY != (self._written + len(vectors)) // TRIM_EVERY
            self._written += len(vectors)
        if trim:
            self.trim()

    def forked(self) -> None:
        """In a new child process (``os.register_at_fork``), where only the forking thread runs: the writer thread,
        and a lock it may have held, stayed with the parent."""
        self._lock = threading.Lock()
        self._behind = None

    def put_later(self, vectors: dict[str, NDArray[np.float32]]) -> None:
        """Store ``vectors`` like ``put_many``, on this cache's writer thread: returns at once."""
        with self._lock:
            if self._behind is None:
                self._behind = queue.Queue(WRITE_BEHIND_LIMIT)
                writer = threading.Thread(target=self._write_behind, args=(self._behind,), daemon=True)
                writer.name = "sentence-vectors"
                writer.start()
            behind = self._behind
        with contextlib.suppress(queue.Full):  # a disk far behind the encoder: those vectors stay in memory only
            behind.put_nowait(dict(vectors))

    def flush(self) -> None:
        """Wait until every batch ``put_later`` queued in this process is written."""
        behind = self._behind
        if behind is not None:
            behind.join()

    def _write_behind(self, behind: queue.Queue[dict[str, NDArray[np.float32]]]) -> None:
        while True:
            vectors = behind.get()
            try:
                self.put_many(vectors)  # logs its own failures, never raises
            finally:
                behind.task_done()

    def _write(self, text: str, vector: NDArray[np.float32]) -> None:
        digest = self._digest(text)
        path = self._path(digest)
        payload = MAGIC + digest + np.ascontiguousarray(vector, dtype="<f4").tobytes()
        with replacing(path) as out:
            out.write(payload)

    def trim(self) -> None:
        """Delete the least recently used vector files beyond ``limit``."""
        try:
            entries: list[tuple[float, str]] = []
            with os.scandir(self.directory) as listing:
                for entry in listing:
                    if entry.name.endswith(SUFFIX) and entry.is_file(follow_symlinks=False):
                        with contextlib.suppress(OSError):
                            entries.append((entry.stat(follow_symlinks=False).st_mtime, entry.name))
        except OSError:
            return
        if len(entries) <= self.limit:
            return
        entries.sort()
        for _, name in entries[: len(entries) - self.limit]:
            with contextlib.suppress(OSError):
                os.unlink(self.directory / name)
