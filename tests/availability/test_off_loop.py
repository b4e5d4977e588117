"""The offline model's ranking runs off the event loop: a slow ranking never stalls the other requests."""

from __future__ import annotations

import time

import anyio
import pytest

from agents.models import LocalModel, Message, ToolSpec
from patterns.ranking import Ranker

pytestmark = pytest.mark.anyio

TEXT = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
TOOLS = [ToolSpec("summarize", "Summarize a text.", TEXT), ToolSpec("keywords", "Keywords of a text.", TEXT)]


class SlowRanker(Ranker):
    """A ranker that holds the CPU (not the loop) for half a second, as the encoder does on a long request."""

    def scores(self, query, candidates):
        time.sleep(0.5)
        return super().scores(query, candidates)


async def test_a_slow_ranking_leaves_the_event_loop_free():
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await anyio.sleep(0.01)
            ticks += 1

    async with anyio.create_task_group() as group:
        group.start_soon(tick)
        turn = await LocalModel(SlowRanker("bm25")).respond(
            "", [Message.user("Summarize this: The first point. The second point.")], TOOLS
        )
        group.cancel_scope.cancel()
    assert turn.tool_calls and ticks >= 20
