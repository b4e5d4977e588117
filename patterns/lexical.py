"""Words and BM25: the one lexical scorer that routing, tool choice and registry search share.

``tokenize`` decides what a word is (lowercased, stopwords out, lightly stemmed); ``LexicalIndex`` is Okapi BM25
over an inverted index that documents can join and leave, so the registry can keep ten thousand cards indexed
while the router scores a dozen skills with the same formula through ``bm25_scores``.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence

import numpy as np

K1, B = 1.5, 0.75
"""Term-frequency saturation and length normalisation: the usual Okapi defaults."""

_WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    "a an and are as at be by can could do does for from has have how i in is it its me my of on or please "
    "that the this to was what when where which who why will with would you your".split()
)


NUMBER_WORDS = {
    **{w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)},
    **{w: i for i, w in enumerate("thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), start=13)},
    **{w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)},
    "hundred": 100,
}
"""Numbers written as words, the ones people write in requests ("in two sentences", "five bullet points")."""


def tokenize(text: str) -> list[str]:
    """Lowercased word tokens without stopwords, lightly stemmed so 'reviews' meets 'review'."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def stem(word: str) -> str:
    """A light stemmer: the inflections of one word share a stem ("condense", "condenses", "condensed" and
    "condensing" all give "condens"); acronyms ("https", "dns") are kept whole.

    One suffix is stripped, a doubled final consonant left by "-ing"/"-ed" is undoubled ("planning" -> "plan"),
    and a final silent "e" goes, so the bare form meets its inflections; a British "-ise"/"-yse" stem meets the
    American "-ize"/"-yze" one ("summarised" -> "summariz"). Short words are left alone: "uses",
    "notes" and "bed" keep enough of themselves to stay distinct.
    """
    if not any(c in "aeiouy" for c in word[:-1]):  # an acronym: no suffix to strip
        return word
    for suffix in ("ing", "ies", "es", "s", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            if suffix == "ies":
                return word[:-3] + "y"
            if suffix == "s" and word.endswith("ss"):
                return word  # "class", "process": not a plural
            if suffix == "es" and word.endswith("ees"):
                suffix = "s"  # "employees", "agrees": the "e" is the word's own
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
                word = word[:-1]  # "planning", "stopped": the doubled consonant belongs to the suffix
            break
    word = word[:-1] if len(word) > 4 and word.endswith("e") and not word.endswith("ee") else word
    # British spellings meet American ones: "summarise" and "summarize", "analyse" and "analyze"
    if len(word) > 5 and word.endswith(("is", "ys")):
        return word[:-1] + "z"
    return word


class LexicalIndex:
    """BM25 over documents kept in numbered slots; the caller owns the slot numbers (an array row, a position)."""

    def __init__(self) -> None:
        self._terms: dict[int, Counter[str]] = {}
        self._lengths = np.zeros(0, dtype=np.float64)
        self._postings: dict[str, dict[int, int]] = {}
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # postings as arrays, rebuilt on change
        self._total_length = 0

    def __len__(self) -> int:
        return len(self._terms)

    def add(self, slot: int, text: str) -> None:
        self.remove(slot)
        terms = Counter(tokenize(text))
        self._terms[slot] = terms
        if slot >= len(self._lengths):
            grown = np.zeros(max(64, slot * 2 + 1), dtype=np.float64)
            grown[: len(self._lengths)] = self._lengths
            self._lengths = grown
        self._lengths[slot] = sum(terms.values())
        self._total_length += int(self._lengths[slot])
        for term, count in terms.items():
            self._postings.setdefault(term, {})[slot] = count
            self._arrays.pop(term, None)

    def remove(self, slot: int) -> None:
        terms = self._terms.pop(slot, None)
        if terms is None:
            return
        for term in terms:
            postings = self._postings[term]
            del postings[slot]
            if not postings:
                del self._postings[term]
            self._arrays.pop(term, None)
        self._total_length -= int(self._lengths[slot])
        self._lengths[slot] = 0

    def scores(self, query: str, size: int) -> np.ndarray:
        """BM25 of ``query`` for slots ``0..size-1``; 0.0 where a slot shares no word with it (or is empty)."""
        scores = np.zeros(size, dtype=np.float64)
        n = len(self._terms)
        if not n:
            return scores
        avg_length = (self._total_length / n) or 1.0
        lengths = np.zeros(size, dtype=np.float64)
        known = min(size, len(self._lengths))
        lengths[:known] = self._lengths[:known]
        norm = K1 * (1 - B + B * lengths / avg_length)
        for term in set(tokenize(query)):
            if term not in self._postings:
                continue
            slots, counts = self._posting_arrays(term)
            inside = slots < size
            slots, counts = slots[inside], counts[inside]
            df = len(self._postings[term])
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            scores[slots] += idf * counts * (K1 + 1) / (counts + norm[slots])
        return scores

    def _posting_arrays(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        arrays = self._arrays.get(term)
        if arrays is None:
            postings = self._postings[term]
            arrays = (
                np.fromiter(postings.keys(), dtype=np.int64, count=len(postings)),
                np.fromiter(postings.values(), dtype=np.float64, count=len(postings)),
            )
            self._arrays[term] = arrays
        return arrays


def bm25_scores(query: str, documents: Sequence[str]) -> list[float]:
    """Okapi BM25 of ``query`` against each document, in order; 0.0 where no word is shared.

    The same documents come back request after request (the skills of the agents a router chooses among), so the
    index of a set of documents is built once and kept: the last ``_KEPT_INDEXES`` sets, of modest size.
    """
    key = tuple(documents)
    with _indexes_lock:
        index = _indexes.get(key)
        if index is not None:
            _indexes.move_to_end(key)
    if index is None:
        index = LexicalIndex()
        for slot, document in enumerate(documents):
            index.add(slot, document)
        if sum(map(len, documents)) <= _KEPT_INDEX_CHARS:
            with _indexes_lock:
                _indexes[key] = index
                while len(_indexes) > _KEPT_INDEXES:
                    _indexes.popitem(last=False)
    return index.scores(query, len(documents)).tolist()


# Kept indexes of ``bm25_scores``; the lock because rankers also score off the event loop, in worker threads.
_KEPT_INDEXES = 64
_KEPT_INDEX_CHARS = 200_000
_indexes: OrderedDict[tuple[str, ...], LexicalIndex] = OrderedDict()
_indexes_lock = threading.Lock()
