import asyncio
from collections.abc import Sequence

import pytest

from patterns import Plan, Request, Result, Router, Supervisor, Task, Worker
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider

pytestmark = pytest.mark.anyio


class FixedPlanner:
    def __init__(self, *tasks: Task) -> None:
        self.tasks = list(tasks)
        self.calls = 0

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        self.calls += 1
        return Plan(list(self.tasks))


class Gate(Scripted):
    """Records how many calls are in flight at once."""

    active = 0
    peak = 0

    async def send(self, request: Request) -> Result:
        Gate.active += 1
        Gate.peak = max(Gate.peak, Gate.active)
        await asyncio.sleep(0.02)
        Gate.active -= 1
        return await super().send(request)


async def test_independent_tasks_run_concurrently() -> None:
    Gate.active = Gate.peak = 0
    planner = FixedPlanner(Task("1", "a", "x"), Task("2", "b", "y"))
    result = await Supervisor([Gate("x"), Gate("y")], planner=planner).send(Request("a and b"))
    assert result.ok and Gate.peak == 2
    assert "## a\nx done" in result.text and "## b\ny done" in result.text


async def test_dependent_tasks_run_in_order_and_receive_structured_results() -> None:
    researcher = Scripted("researcher", Result(text="facts", data={"sources": 3}))
    writer = Scripted("writer", lambda r: f"post using {r.data['inputs'][0]['data'][0]['sources']} sources")
    planner = FixedPlanner(Task("1", "research", "researcher"), Task("2", "write", "writer", ("1",)))
    result = await Supervisor([researcher, writer], planner=planner).send(Request("research then write"))
    assert result.ok and "post using 3 sources" in result.text
    assert "facts" in writer.requests[0].text  # the text view of the input, for text-only agents
    assert [d["worker"] for d in result.data] == ["researcher", "writer"]


async def test_a_failed_task_skips_its_dependents_and_keeps_the_others() -> None:
    planner = FixedPlanner(Task("1", "a", "bad"), Task("2", "b", "writer", ("1",)), Task("3", "c", "good"))
    workers = [Scripted("bad", RuntimeError("down")), Scripted("writer"), Scripted("good")]
    result = await Supervisor(workers, planner=planner).send(Request("x"))
    assert result.status == "partial"
    statuses = {s.id: s.status for s in result.steps}
    assert statuses == {"task-1": "failed", "task-2": "skipped", "task-3": "completed"}
    assert "RuntimeError: down" in result.error and workers[1].calls == 0


async def test_on_error_fail_stops_the_run() -> None:
    planner = FixedPlanner(Task("1", "a", "bad"), Task("2", "b", "good", ("1",)))
    workers = [Scripted("bad", RuntimeError("down")), Scripted("good")]
    result = await Supervisor(workers, planner=planner, on_error="fail").send(Request("x"))
    assert result.status == "failed" and "down" in result.error and workers[1].calls == 0


async def test_checker_rejection_makes_the_run_partial() -> None:
    checker = Scripted("checker", Result(text="wrong total", data={"valid": False}))
    sup = Supervisor([Scripted("x")], planner=FixedPlanner(Task("1", "a", "x")), checker=checker)
    result = await sup.send(Request("a"))
    assert result.status == "partial" and "wrong total" in result.error
    assert "x done" in checker.requests[0].text


async def test_a_supervisor_of_routers_is_hierarchical() -> None:
    math_team = Router([Scripted("calculator")], decider=FixedDecider("calculator"), name="math-team")
    words_team = Router([Scripted("writer")], decider=FixedDecider("writer"), name="words-team")
    planner = FixedPlanner(Task("1", "sum it", "math-team"), Task("2", "write it up", "words-team", ("1",)))
    result = await Supervisor([math_team, words_team], planner=planner).send(Request("sum then write"))
    assert result.ok and "calculator done" in result.text and "writer done" in result.text
    assert [s.agent for s in result.steps] == ["math-team", "words-team"]
    assert [s.agent for s in result.steps[0].steps] == ["calculator"]  # the nested router's own steps
    assert result.usage.calls == 2


async def test_the_offline_planner_splits_and_routes() -> None:
    calc, writer = Scripted("calculator"), Scripted("writer")
    decider = KeywordDecider({"calculate": "calculator", "write": "writer"})
    sup = Supervisor([calc, writer], planner=None, name="s")
    sup.planner.decider = decider
    result = await sup.send(Request("Calculate 2+2, then write a poem about it."))
    assert result.ok and (calc.calls, writer.calls) == (1, 1)
    assert [t["worker"] for t in (await _plan(sup, "Calculate 2+2, then write a poem about it."))] == [
        "calculator",
        "writer",
    ]


async def _plan(sup: Supervisor, text: str) -> list[dict]:
    return (await sup.planner.plan(Request(text), list(sup.workers.values()))).to_dict()["tasks"]


class KeywordDecider:
    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    async def rank(self, request: Request, workers: Sequence[Worker]):
        from patterns import Choice

        hits = [Choice(w, 1.0) for word, w in self.words.items() if word in request.text.lower()]
        return hits or [Choice(workers[0].name, 0.5)]
