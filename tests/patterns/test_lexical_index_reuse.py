"""BM25 over the same documents again reuses their index, and scores exactly as a fresh one would."""

from __future__ import annotations

import pytest

from patterns import lexical
from patterns.lexical import LexicalIndex, bm25_scores

SKILLS = ["add numbers and percentages", "summarize a long text", "review python code for bugs"]


def test_the_index_of_the_same_documents_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    added: list[str] = []
    original = LexicalIndex.add

    def counting(self: LexicalIndex, slot: int, text: str) -> None:
        added.append(text)
        original(self, slot, text)

    monkeypatch.setattr(LexicalIndex, "add", counting)
    documents = [*SKILLS, "a set of documents this test alone uses"]
    first = bm25_scores("summarize this text", documents)
    again = bm25_scores("please review my python code", list(documents))
    assert added == documents  # indexed once, for both queries
    fresh = LexicalIndex()
    for slot, text in enumerate(documents):
        original(fresh, slot, text)
    assert first == fresh.scores("summarize this text", len(documents)).tolist()
    assert again == fresh.scores("please review my python code", len(documents)).tolist()


def test_kept_indexes_are_bounded_in_number_and_size() -> None:
    for i in range(lexical._KEPT_INDEXES + 10):
        bm25_scores("query", [f"document number {i}"])
    assert len(lexical._indexes) <= lexical._KEPT_INDEXES
    huge = ["word " * (lexical._KEPT_INDEX_CHARS // 5 + 1)]
    bm25_scores("word", huge)
    assert tuple(huge) not in lexical._indexes
