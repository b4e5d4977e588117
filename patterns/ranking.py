"""Matching a request to candidates: skills, tools, documents.

One ranker serves the router, ``LocalModel``'s tool choice and the registry's free-text search, so the three
agree on what "relevant" means. A ranker scores each candidate by the cosine between embeddings from its
``Embedder``, plus a small lexical bonus from BM25 so exact words still count. Without an embedder, or when its
model cannot load, BM25 alone answers: a weaker ranker, but never no ranker.

The patterns hold no model: whoever builds a ranker chooses its embedder (``agents.models.embeddings`` has the
sentence encoder, and ``default_ranker`` the ranker every component builds when it is given none).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from patterns.lexical import bm25_scores, tokenize

__all__ = ["LEXICAL_WEIGHT", "Embedder", "Ranker", "Scored", "bm25_scores", "tokenize"]

LEXICAL_WEIGHT = 0.08
"""How much a candidate's BM25, normalised to [0, 1], adds to its cosine by default."""
_KEPT_MATRICES = 16
_KEPT_MATRIX_CHARS = 200_000
"""The candidate matrices a ranker keeps (``Ranker._candidate_vectors``): this many sets, each of modest size."""


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate's position in the input sequence and its relevance (higher is better)."""

    index: int
    score: float


class Embedder(Protocol):
    """What ranking needs of a sentence model: texts in, one unit-length vector per text out."""

    @property
    def available(self) -> bool:
        """Whether the model can embed; asking may load it. When it cannot, rankers fall back to BM25."""
        ...

    def embed(self, texts: Sequence[str], *, keep: bool = True) -> NDArray[np.float32] | None:
        """An (n, d) array, one unit-length row per text, or ``None`` when the model is unavailable.

        ``keep=False`` says the texts are unlikely to come again (a request, not a candidate's description): a
        model that keeps vectors across restarts need not look for them there nor store them."""
        ...


class Ranker:
    """Ranks candidate texts against a query: embeddings with a BM25 bonus, or BM25 alone without an embedder."""

    def __init__(self, embedder: Embedder | None = None, lexical_weight: float = LEXICAL_WEIGHT) -> None:
        self.embedder = embedder
        self.lexical_weight = lexical_weight
        # the lock because rankers also score off the event loop, in worker threads
        self._lock = threading.Lock()
        self._matrices: OrderedDict[tuple[str, ...], NDArray[np.float32]] = OrderedDict()

    @property
    def semantic(self) -> bool:
        """True when scores are cosines (comparable across queries), False when they are raw BM25."""
        return self.embedder is not None and self.embedder.available

    def embed(self, texts: Sequence[str], *, keep: bool = True) -> NDArray[np.float32] | None:
        """The embedder's vectors of ``texts``, or ``None`` when ranking is lexical."""
        return self.embedder.embed(texts, keep=keep) if self.embedder is not None else None

    def scores(self, query: str, candidates: Sequence[str]) -> list[float]:
        """One relevance score per candidate, in input order."""
        if not candidates:
            return []
        lexical = bm25_scores(query, candidates)
        matrix = self._candidate_vectors(candidates)
        # a query seldom comes again: it is not worth a disk lookup and a file of its own
        asked = self.embed([query], keep=False) if matrix is not None else None
        if matrix is None or asked is None:  # no embedder, or its model cannot load
            return lexical
        cosines = matrix @ asked[0]
        top = max(lexical) or 1.0
        # BM25 is unbounded; normalised to [0, 1] it only breaks near-ties between semantic neighbours.
        return [float(c) + self.lexical_weight * (lx / top) for c, lx in zip(cosines, lexical, strict=True)]

    def keeps(self, candidates: Sequence[str]) -> bool:
        """Whether scoring against ``candidates`` needs no model run on them: ranking is lexical, or their
        matrix is kept (then the model is loaded, and only the query is encoded)."""
        if self.embedder is None:
            return True
        with self._lock:
            return tuple(candidates) in self._matrices

    def _candidate_vectors(self, candidates: Sequence[str]) -> NDArray[np.float32] | None:
        """The candidates' vectors as one matrix. The same candidates come back request after request (the
        skills of the agents a router chooses among), so the matrix of the last few sets is kept: gathering and
        stacking a hundred vectors cost more than scoring them."""
        if self.embedder is None:
            return None
        key = tuple(candidates)
        with self._lock:
            matrix = self._matrices.get(key)
            if matrix is not None:
                self._matrices.move_to_end(key)
                return matrix
        matrix = self.embed(candidates)
        if matrix is not None and sum(map(len, candidates)) <= _KEPT_MATRIX_CHARS:
            matrix.setflags(write=False)  # shared by every request that ranks these candidates
            with self._lock:
                self._matrices[key] = matrix
                while len(self._matrices) > _KEPT_MATRICES:
                    self._matrices.popitem(last=False)
        return matrix

    def rank(self, query: str, candidates: Sequence[str], limit: int | None = None) -> list[Scored]:
        """Candidates ordered best first; ties keep input order so results are deterministic."""
        scored = [Scored(i, s) for i, s in enumerate(self.scores(query, candidates))]
        scored.sort(key=lambda s: (-s.score, s.index))
        return scored[:limit] if limit is not None else scored

    def best_of_groups(self, query: str, groups: Sequence[Sequence[str]]) -> list[Scored]:
        """Rank groups (an agent's skills, say) by their best-matching member text."""
        flat = [(g, text) for g, texts in enumerate(groups) for text in texts]
        best: dict[int, float] = {}
        for (group, _), score in zip(flat, self.scores(query, [t for _, t in flat]), strict=True):
            best[group] = max(score, best.get(group, float("-inf")))
        ranked = [Scored(g, best.get(g, 0.0)) for g in range(len(groups))]
        ranked.sort(key=lambda s: (-s.score, s.index))
        return ranked
