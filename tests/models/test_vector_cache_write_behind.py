"""Sentence vectors written behind the answer: ``embed`` returns before the files are written, and they are."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from agents.models.embeddings import SentenceEmbedder
from agents.models.vector_cache import SUFFIX, VectorCache


class CountingEncoder:
    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        self.batches.append(list(texts))
        return np.array([[len(t), 0.5, -1.25] for t in texts], dtype=np.float32)


class HeldCache(VectorCache):
    """A cache whose writes wait until the test lets them go: shows what ``embed`` waits for."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory, "encoder-a")
        self.release = threading.Event()

    def put_many(self, vectors: dict[str, NDArray[np.float32]]) -> None:
        assert self.release.wait(10)
        super().put_many(vectors)


def test_embed_returns_before_its_vectors_are_written_and_a_restart_reads_them(tmp_path: Path) -> None:
    held = HeldCache(tmp_path)
    first = SentenceEmbedder(CountingEncoder, lambda: held, write_behind=True)
    written = first.embed(["alpha", "beta"])  # would block for 10 s were the write in its path
    assert written is not None and not list(tmp_path.glob(f"*{SUFFIX}"))
    held.release.set()
    first.flush()
    assert len(list(tmp_path.glob(f"*{SUFFIX}"))) == 2
    encoder = CountingEncoder()
    again = SentenceEmbedder(lambda: encoder, lambda: VectorCache(tmp_path, "encoder-a"))
    read = again.embed(["beta", "alpha", "gamma"])
    assert read is not None and encoder.batches == [["gamma"]]  # only the new text is encoded
    assert read[:2].tobytes() == np.stack([written[1], written[0]]).tobytes()


def test_a_disk_far_behind_drops_batches_instead_of_holding_the_encoder(tmp_path: Path) -> None:
    held = HeldCache(tmp_path)
    for n in range(300):  # more than the queue holds: the rest are dropped, put_later never blocks
        held.put_later({f"text {n}": np.ones(3, dtype=np.float32)})
    held.release.set()
    held.flush()
    assert 0 < len(list(tmp_path.glob(f"*{SUFFIX}"))) < 300


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_writes_with_a_writer_of_its_own(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "encoder-a")
    cache.put_later({"parent": np.ones(3, dtype=np.float32)})
    cache.flush()
    pid = os.fork()
    if pid == 0:  # the child: the parent's writer thread is not here
        code = 1
        try:
            cache.put_later({"child": np.ones(3, dtype=np.float32)})
            cache.flush()
            code = 0 if cache.get_many(["child"]) else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert set(VectorCache(tmp_path, "encoder-a").get_many(["parent", "child"])) == {"parent", "child"}
