"""The offline model's ranking, and the router's for a long request, run off the event loop: a slow ranking never
stalls the other requests."""

from __future__ import annotations

import asyncio
import threading

import anyio
import pytest

from agents.models import LocalModel, Message, ToolSpec
from patterns import RankingDecider, Request
from patterns.ranking import Ranker
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio

TEXT = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
TOOLS = [ToolSpec("summarize", "Summarize a text.", TEXT), ToolSpec("keywords", "Keywords of a text.", TEXT)]


class WaitingRanker(Ranker):
    """A ranker that holds its thread until the event loop shows it is free, as the encoder holds the CPU on a long
    request: it goes on only once a task on the loop has run while it was ranking (or after a bounded wait)."""

    def __init__(self) -> None:
        super().__init__()
        self.ranking = threading.Event()
        self.loop_ran = threading.Event()
        self.waits: list[bool] = []

    def scores(self, query, candidates):
        self.ranking.set()
        # On the loop's own thread nothing else on the loop can run meanwhile: the wait runs out, and is recorded.
        self.waits.append(self.loop_ran.wait(timeout=5.0))
        return super().scores(query, candidates)


async def test_a_slow_ranking_leaves_the_event_loop_free():
    ranker = WaitingRanker()

    async def answer_while_ranking() -> None:
        while not ranker.ranking.is_set():
            await anyio.sleep(0.01)
        ranker.loop_ran.set()

    with anyio.fail_after(30):
        async with anyio.create_task_group() as group:
            group.start_soon(answer_while_ranking)
            turn = await LocalModel(ranker).respond(
                "", [Message.user("Summarize this: The first point. The second point.")], TOOLS
            )
            assert turn.tool_calls
    assert ranker.waits and all(ranker.waits)  # the loop ran while the ranking held its thread


async def test_a_long_request_is_routed_off_the_event_loop():
    ranker = WaitingRanker()
    decider = RankingDecider(ranker)
    workers = [
        Scripted("summarizer", description="Summarizes a text."),
        Scripted("writer", description="Writes a text."),
    ]
    text = "Summarize this: " + "The first point is long and the second point is longer still. " * 8

    async def answer_while_ranking() -> None:
        while not ranker.ranking.is_set():
            await anyio.sleep(0.01)
        ranker.loop_ran.set()

    assert len(text) > RankingDecider.INLINE_CHARS
    choices = []
    with anyio.fail_after(30):
        async with anyio.create_task_group() as group:
            group.start_soon(answer_while_ranking)
            choices = await decider.rank(Request(text), workers)
    assert choices[0].worker == "summarizer"
    assert ranker.waits and all(ranker.waits)  # the loop ran while the ranking held its thread


class ThreadNoting(Ranker):
    def __init__(self) -> None:
        super().__init__()
        self.threads: set[int] = set()

    def scores(self, query, candidates):
        self.threads.add(threading.get_ident())
        return super().scores(query, candidates)


async def test_a_short_request_is_ranked_on_the_loop_as_it_would_be_on_a_thread():
    ranker = ThreadNoting()
    decider = RankingDecider(ranker)
    workers = [
        Scripted("calculator", description="Calculates sums and percentages."),
        Scripted("writer", description="Writes a text."),
    ]
    text = "What is 17% of 2,340?"
    choices = await decider.rank(Request(text), workers)
    assert ranker.threads == {threading.get_ident()}  # a millisecond of work: no hop to a thread and back
    assert choices == await asyncio.to_thread(decider.rank_now, text, workers)
    assert choices[0].worker == "calculator"
