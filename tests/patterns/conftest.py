"""Fixtures for the pattern tests: anyio on asyncio, and the offline router's decider."""

from __future__ import annotations

import pytest

from agents.models.embeddings import sentence_embedder
from patterns import RankingDecider
from patterns.ranking import Ranker


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def decider() -> RankingDecider:
    """The offline router's decider as the mesh builds it: the sentence encoder blended with the lexical ranker."""
    return RankingDecider(Ranker(sentence_embedder(), lexical_weight=RankingDecider.LEXICAL_WEIGHT))
