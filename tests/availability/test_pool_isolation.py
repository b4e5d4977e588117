"""A worker that holds every connection it may have cannot delay the orchestrator's calls to other workers."""

from __future__ import annotations

import anyio
import pytest

from patterns import Request, RetryPolicy
from tests.availability.test_loops import Echo
from tests.orchestration.conftest import mesh_at
from tests.orchestration.test_orchestrator_failures import Gate, tiny_app

pytestmark = pytest.mark.anyio


class CountingGate(Gate):
    """The slow agent: answers only when the test opens it, and counts how many calls it holds at once."""

    def __init__(self) -> None:
        super().__init__()
        self.held = 0
        self.most_held = 0

    async def execute(self, context, event_queue) -> None:
        self.held += 1
        self.most_held = max(self.most_held, self.held)
        try:
            await super().execute(context, event_queue)
        finally:
            self.held -= 1


async def test_a_slow_worker_holding_its_pool_does_not_delay_a_fast_one(tmp_path):
    slow = CountingGate()
    async with mesh_at(tmp_path) as mesh:
        await mesh.serve(lambda base: tiny_app(slow, "slow", base), "slow")
        await mesh.serve(lambda base: tiny_app(Echo(), "echo", base), "echo")
        orchestrator = mesh.orchestrator(connections_per_worker=2, call_timeout=15.0, retry=RetryPolicy(attempts=1))
        async with orchestrator, anyio.create_task_group() as group:
            for n in range(5):
                group.start_soon(orchestrator.send, _request(f"slow job {n}", "slow"))
            with anyio.fail_after(10):
                while slow.calls < 2:
                    await anyio.sleep(0.02)
            # The slow worker answers only once the test opens it, after this call: sharing its pool, the fast
            # call would wait for it (until the 15 s call timeout), so any bound under that tells.
            with anyio.fail_after(5):
                fast = await orchestrator.send(_request("echo ping", "echo"))
                assert fast.status == "completed" and "echo: echo ping" in fast.text
            assert slow.most_held == 2  # the slow worker got only its own two connections
            slow.open.set()


def _request(text: str, agent: str) -> Request:
    return Request(text, metadata={"agents": [agent], "pattern": "router"})
