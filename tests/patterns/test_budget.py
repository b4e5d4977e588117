import pytest

from patterns import (
    Budget,
    BudgetExceeded,
    FanOut,
    FunctionWorker,
    Pipeline,
    Price,
    Request,
    Result,
    Supervisor,
    Task,
    Usage,
)
from patterns.budget import BudgetTracker, active_tracker
from tests.patterns.scripted import Scripted
from tests.patterns.test_supervisor import FixedPlanner

pytestmark = pytest.mark.anyio


async def test_max_calls_exceeded_ends_the_pipeline_with_the_error_recorded() -> None:
    steps = [Scripted("a"), Scripted("b"), Scripted("c")]
    result = await Pipeline(steps, budget=Budget(max_calls=2)).send(Request("x"))
    # b's output is no answer to the request: the stage that could not run says why the run ended
    assert result.status == "failed" and result.text.startswith("Step 3 (c) did not complete (failed)")
    assert "max_calls=2" in str(result.error) and steps[2].calls == 0
    assert [s.status for s in result.steps] == ["completed", "completed", "failed"]


async def test_max_tokens_stops_further_calls() -> None:
    big = Scripted("big", tokens=(500, 600))
    result = await Pipeline([big, Scripted("next")], budget=Budget(max_tokens=1000)).send(Request("x"))
    assert result.status == "failed" and "max_tokens=1000" in str(result.error) and result.usage.total_tokens == 1100


async def test_cost_limit_uses_known_prices() -> None:
    worker = Scripted("paid", tokens=(1_000_000, 0))
    budget = Budget(max_cost=2.0, prices={"paid": Price(input_per_mtok=3.0, output_per_mtok=15.0)})
    result = await Pipeline([worker, worker], budget=budget).send(Request("x"))
    assert result.status == "failed" and "max_cost" in str(result.error) and worker.calls == 1
    assert result.usage.cost == 3.0


async def test_nested_patterns_count_against_the_outer_budget() -> None:
    inner = FanOut([Scripted("a"), Scripted("b")], name="inner")
    planner = FixedPlanner(Task("1", "fan", "inner"), Task("2", "more", "c", ("1",)))
    outer = Supervisor([inner, Scripted("c")], planner=planner, budget=Budget(max_calls=2))
    result = await outer.send(Request("x"))
    assert result.status == "partial" and "max_calls=2" in str(result.error)


async def test_worker_reported_cost_is_summed() -> None:
    worker = Scripted("w", Result(text="ok", usage=Usage(1, 1, 1, cost=0.25)))
    result = await Pipeline([worker, worker]).send(Request("x"))
    assert result.usage.cost == 0.5 and result.usage.calls == 2


def test_what_is_left_is_the_tightest_limit_in_the_chain() -> None:
    outer = BudgetTracker(Budget(max_tokens=1000, max_cost=1.0))
    inner = BudgetTracker(Budget(max_tokens=5000), parent=outer)
    inner.charge("w", Usage(300, 100, cost=0.25))
    assert inner.remaining_tokens() == 600 and inner.remaining_cost() == 0.75
    assert BudgetTracker(Budget()).remaining_tokens() is None and BudgetTracker(Budget()).remaining_cost() is None


def test_the_orchestrations_own_model_calls_count_tokens_and_cost_but_not_calls() -> None:
    outer = BudgetTracker(Budget(max_calls=1, max_tokens=100))
    inner = BudgetTracker(Budget(), parent=outer)
    inner.charge_model(Usage(40, 10, cost=0.5, cache_read_tokens=20))
    assert outer.used.calls == 0 and outer.used.total_tokens == 70 and outer.used.cost == 0.5
    inner.check()  # no agent call made yet: max_calls=1 still allows one
    inner.charge_model(Usage(30, 0))
    with pytest.raises(BudgetExceeded, match="max_tokens=100"):
        inner.check()


def test_cached_input_is_priced_at_its_own_rate() -> None:
    price = Price(input_per_mtok=3.0, output_per_mtok=15.0, cache_read_per_mtok=0.3, cache_write_per_mtok=3.75)
    usage = Usage(1_000_000, 0, cache_read_tokens=1_000_000, cache_write_tokens=1_000_000)
    assert price.cost(usage) == pytest.approx(3.0 + 0.3 + 3.75)
    assert Price(3.0, 15.0).cost(Usage(0, 0, cache_read_tokens=1_000_000)) == pytest.approx(3.0)


async def test_a_pattern_exposes_its_budget_to_the_code_it_runs() -> None:
    seen = []

    async def look(request: Request) -> Result:
        seen.append(active_tracker())
        return Result("ok")

    pipeline = Pipeline([FunctionWorker("look", look)], budget=Budget(max_tokens=50))
    await pipeline.send(Request("x"))
    assert seen[0] is not None and seen[0].remaining_tokens() == 50 and active_tracker() is None
