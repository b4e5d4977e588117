import pytest

from patterns import Budget, FanOut, Pipeline, Price, Request, Result, Supervisor, Task, Usage
from tests.patterns.scripted import Scripted
from tests.patterns.test_supervisor import FixedPlanner

pytestmark = pytest.mark.anyio


async def test_max_calls_exceeded_is_partial_with_the_error_recorded() -> None:
    steps = [Scripted("a"), Scripted("b"), Scripted("c")]
    result = await Pipeline(steps, budget=Budget(max_calls=2)).send(Request("x"))
    assert result.status == "partial" and result.text.startswith("b done\n\nNot finished:\n- step-3 (c)")
    assert "max_calls=2" in result.error and steps[2].calls == 0
    assert [s.status for s in result.steps] == ["completed", "completed", "failed"]


async def test_max_tokens_stops_further_calls() -> None:
    big = Scripted("big", tokens=(500, 600))
    result = await Pipeline([big, Scripted("next")], budget=Budget(max_tokens=1000)).send(Request("x"))
    assert result.status == "partial" and "max_tokens=1000" in result.error and result.usage.total_tokens == 1100


async def test_cost_limit_uses_known_prices() -> None:
    worker = Scripted("paid", tokens=(1_000_000, 0))
    budget = Budget(max_cost=2.0, prices={"paid": Price(input_per_mtok=3.0, output_per_mtok=15.0)})
    result = await Pipeline([worker, worker], budget=budget).send(Request("x"))
    assert result.status == "partial" and "max_cost" in result.error and worker.calls == 1
    assert result.usage.cost == 3.0


async def test_nested_patterns_count_against_the_outer_budget() -> None:
    inner = FanOut([Scripted("a"), Scripted("b")], name="inner")
    planner = FixedPlanner(Task("1", "fan", "inner"), Task("2", "more", "c", ("1",)))
    outer = Supervisor([inner, Scripted("c")], planner=planner, budget=Budget(max_calls=2))
    result = await outer.send(Request("x"))
    assert result.status == "partial" and "max_calls=2" in result.error


async def test_worker_reported_cost_is_summed() -> None:
    worker = Scripted("w", Result(text="ok", usage=Usage(1, 1, 1, cost=0.25)))
    result = await Pipeline([worker, worker]).send(Request("x"))
    assert result.usage.cost == 0.5 and result.usage.calls == 2
