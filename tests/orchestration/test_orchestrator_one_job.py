"""One job kept whole, and no echo passed off as an answer, over real A2A (issue 9, round 5).

Code with the symptom beside it goes whole to the code reviewer; a text to write with the facts after it goes
whole to the writer; a part whose agent only hands back what it was given leaves the run partial, not completed
with the echo under a heading.
"""

from __future__ import annotations

import pytest
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor
from a2a.server.tasks import TaskUpdater
from a2a.types import Part

from agents.a2a_client import state_name, task_text
from patterns.planning import Plan, Task
from tests.orchestration.test_orchestrator_failures import tiny_app
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


class Parrot(AgentExecutor):
    """An agent that completes every task with the words it was sent."""

    async def execute(self, context, event_queue) -> None:
        assert context.message is not None
        task = new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.add_artifact([Part(text=context.get_user_input())], name="answer")
        await updater.complete()

    async def cancel(self, context, event_queue) -> None:
        return None


class FixedPlan:
    def __init__(self, plan: Plan) -> None:
        self.fixed = plan

    async def plan(self, request, workers):
        return self.fixed


async def test_a_part_an_agent_only_echoes_leaves_the_run_partial_and_is_not_shown(mesh):
    await mesh.specialist("calculator")
    await mesh.serve(lambda base: tiny_app(Parrot(), "parrot", base), "parrot")
    plan = Plan([Task("1", "What is 6 * 7?", "calculator"), Task("2", "The sauna is shut until Friday", "parrot")])
    url = await mesh.orchestrator_agent(planner=FixedPlan(plan))
    task, record = await ask(url, "What is 6 * 7? The sauna is shut until Friday", {"pattern": "supervisor"})
    assert record["status"] == "partial"
    assert {s["agent"]: s["status"] for s in record["steps"]} == {"calculator": "completed", "parrot": "rejected"}
    assert "42" in task_text(task) and "## The sauna is shut until Friday" not in task_text(task)


async def test_a_code_block_with_its_symptom_goes_whole_to_the_code_reviewer(mesh):
    for name in ("calculator", "fact_checker", "code_reviewer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    text = "why is my average always a whole number? for [1, 2] I get 1 instead of 1.5\n```python\n"
    text += "def average(scores):\n    return sum(scores) // len(scores)\n```"
    task, record = await ask(url, text)
    assert record["pattern"] == "router"
    assert [s["agent"] for s in record["steps"]] == ["code_reviewer"]
    assert "//" in task_text(task) or "division" in task_text(task).lower()


async def test_a_notice_to_write_and_the_facts_after_it_go_whole_to_the_writer(mesh):
    for name in ("researcher", "writer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    text = "Could you write a short notice for the choir. Rehearsal moves to the church hall this Thursday at 7 pm."
    task, record = await ask(url, text)
    assert record["pattern"] == "router" and [s["agent"] for s in record["steps"]] == ["writer"]
    assert state_name(task) == "completed" and "church hall" in task_text(task).lower()
