"""The code reviewer agent offline, end to end: the model, the tool server and the task's final state."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


async def run(request: str):
    spec = builtin_spec("code_reviewer")
    async with Agent(spec, LocalModel(), local_servers={"code_reviewer": create_server()}) as agent:
        return await agent.run(request)


async def test_a_bug_it_can_see_completes_with_the_line():
    outcome = await run("Why does this crash?\n```python\ndef pick(items):\n    return items[len(items)]\n```")
    assert outcome.status == "completed"
    assert "line 2:" in outcome.text and "index-off-by-one" in outcome.text


async def test_a_request_with_no_code_asks_for_the_code():
    outcome = await run("Could you look over my function and tell me what's wrong?")
    assert outcome.status == "input-required"
    assert "send the code" in outcome.text


async def test_a_bug_it_cannot_see_is_rejected_not_answered():
    outcome = await run(
        "Find the bug, the totals come out too high:\n```python\ndef total(a, b):\n    return a * b\n```"
    )
    assert outcome.status == "rejected"
    assert outcome.error is not None
    assert "can't judge whether the logic does what you intend" in outcome.error
