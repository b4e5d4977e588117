"""Free-text search over registered agents, scored exactly as ``patterns.ranking.Ranker`` scores candidates.

``Ranker.scores`` encodes and tokenizes every candidate per call, which is right for the router's handful of
skills and far too slow for ten thousand agents. ``SearchIndex`` keeps the same two signals precomputed: each
agent's document embedding as a row of one matrix (a query is one encode and one matrix-vector product), and a
BM25 inverted index maintained as agents come and go. The blend is the ranker's: cosine plus
``lexical_weight`` times BM25 normalised by the best BM25 among the candidates; BM25 alone when the encoder is
unavailable or the ranker is lexical, where agents sharing no word with the query are left out.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from agents.models.embeddings import default_ranker
from patterns.lexical import LexicalIndex
from patterns.ranking import Ranker


@dataclass(frozen=True, slots=True)
class Hit:
    name: str
    score: float


class SearchIndex:
    def __init__(self, ranker: Ranker | None = None) -> None:
        self.ranker = ranker or default_ranker()
        self._slot: dict[str, int] = {}
        self._names: list[str | None] = []
        self._free: list[int] = []
        self._vectors = np.zeros((0, 0), dtype=np.float32)
        self._has_vector = np.zeros(0, dtype=bool)
        self._lexical = LexicalIndex()

    def __len__(self) -> int:
        return len(self._slot)

    @property
    def semantic(self) -> bool:
        return self.ranker.semantic

    def encode(self, document: str) -> bytes | None:
        """The document's embedding as stored bytes, or ``None`` when ranking is lexical."""
        if not self.semantic:
            return None
        vectors = self.ranker.embed([document])
        return None if vectors is None else np.asarray(vectors[0], dtype=np.float32).tobytes()

    def add(self, name: str, document: str, vector: bytes | None) -> None:
        self.remove(name)
        slot = self._free.pop() if self._free else self._grow()
        self._slot[name] = slot
        self._names[slot] = name
        self._lexical.add(slot, document)
        if vector is not None:
            row = np.frombuffer(vector, dtype=np.float32)
            if self._vectors.shape[1] != row.shape[0]:
                self._vectors = np.zeros((len(self._has_vector), row.shape[0]), dtype=np.float32)
                self._has_vector[:] = False
            self._vectors[slot] = row
            self._has_vector[slot] = True

    def remove(self, name: str) -> None:
        slot = self._slot.pop(name, None)
        if slot is None:
            return
        self._lexical.remove(slot)
        self._names[slot] = None
        self._has_vector[slot] = False
        self._free.append(slot)

    def search(
        self,
        query: str,
        candidates: Collection[str] | None = None,
        *,
        after: Hit | None = None,
        limit: int = 50,
    ) -> list[Hit]:
        """Up to ``limit`` agents best first (ties by name), ranked after ``after`` when paging.

        ``candidates`` restricts the search to those names (the other filters, already applied by the store).
        """
        size = len(self._names)
        if not self._slot or limit <= 0:
            return []
        mask = np.zeros(size, dtype=bool)
        if candidates is None:
            mask[list(self._slot.values())] = True
        else:
            mask[[self._slot[n] for n in candidates if n in self._slot]] = True
        lexical = self._lexical.scores(query, size)
        lexical[~mask] = 0.0
        has_vector = self._has_vector[:size]
        query_vector = self.ranker.embed([query], keep=False) if self.semantic and has_vector[mask].any() else None
        if query_vector is None:
            scores = lexical
            mask &= lexical > 0.0
        else:
            top = float(lexical.max()) or 1.0
            cosines = self._vectors[:size] @ np.asarray(query_vector[0], dtype=np.float32)
            scores = cosines.astype(np.float64) + self.ranker.lexical_weight * (lexical / top)
            mask &= has_vector
        if after is not None:
            tied = mask & (scores == after.score)
            mask &= scores < after.score
            for slot in np.flatnonzero(tied).tolist():
                mask[slot] = self._live(slot) > after.name
        slots = np.flatnonzero(mask)
        if len(slots) > limit:
            # Keep everything scoring at least the limit-th best, so ties at the edge are cut by name.
            threshold = np.partition(scores[slots], len(slots) - limit)[len(slots) - limit]
            slots = slots[scores[slots] >= threshold]
        order = sorted(slots.tolist(), key=lambda s: (-float(scores[s]), self._live(s)))[:limit]
        return [Hit(self._live(s), float(scores[s])) for s in order]

    def _live(self, slot: int) -> str:
        name = self._names[slot]
        assert name is not None, "the mask only lets through the slots of listed agents"
        return name

    def _grow(self) -> int:
        slot = len(self._names)
        capacity = max(64, slot * 2)
        if slot >= len(self._has_vector):
            self._has_vector = np.resize(self._has_vector, capacity)
            self._has_vector[slot:] = False
            if self._vectors.shape[1]:
                grown = np.zeros((capacity, self._vectors.shape[1]), dtype=np.float32)
                grown[: self._vectors.shape[0]] = self._vectors
                self._vectors = grown
        self._names.append(None)
        return slot
