import pytest

from patterns import Budget, FanOut, Request, Result
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio


async def test_fanout_keeps_finished_branches_when_one_raises_and_one_hangs() -> None:
    workers = [Scripted("fast"), Scripted("broken", RuntimeError("crash")), Scripted("stuck", hang=True)]
    result = await FanOut(workers, budget=Budget(deadline=1.0)).send(Request("go"))  # ample for the fast ones
    assert result.status == "partial" and result.text.startswith("## fast\nfast done\n\nNot finished:\n")
    assert '- branch-2 (broken) "go": failed — RuntimeError: crash' in result.text
    statuses = {s.agent: s.status for s in result.steps}
    assert statuses == {"fast": "completed", "broken": "failed", "stuck": "failed"}
    errors = {s.agent: s.error for s in result.steps}
    assert "crash" in errors["broken"] and "deadline" in errors["stuck"]


async def test_a_per_call_timeout_bounds_a_hanging_branch() -> None:
    result = await FanOut([Scripted("ok"), Scripted("stuck", hang=True)], call_timeout=0.5).send(Request("go"))
    assert result.status == "partial" and "no answer within 0.5s" in result.error


async def test_vote_picks_the_most_common_answer() -> None:
    workers = [Scripted("a", "Paris"), Scripted("b", "paris."), Scripted("c", "Lyon")]
    result = await FanOut(workers, aggregate="vote").send(Request("capital of France?"))
    assert result.text == "Paris" and result.data[0]["votes"] == 2


async def test_majority_stops_early_and_cancels_the_rest() -> None:
    workers = [Scripted("a", "yes"), Scripted("b", "yes"), Scripted("slow", hang=True)]
    result = await FanOut(workers, aggregate="vote", stop_when="majority").send(Request("?"))
    assert result.ok and result.text == "yes"
    assert {s.agent: s.status for s in result.steps}["slow"] == "cancelled" and workers[2].cancelled == 1


async def test_shards_and_a_custom_aggregate() -> None:
    def shard(request: Request, n: int) -> list[Request]:
        return [request.replace(text=part) for part in request.text.split(",")[:n]]

    workers = [Scripted(n, lambda r: r.text.upper()) for n in ("a", "b")]
    fan = FanOut(workers, shard=shard, aggregate=lambda results: "+".join(r.text for r in results))
    assert (await fan.send(Request("x,y"))).text == "X+Y"


async def test_all_branches_failing_fails_the_fanout() -> None:
    result = await FanOut([Scripted("a", RuntimeError("x")), Scripted("b", Result.failure("no"))]).send(Request("?"))
    assert result.status == "failed" and "no branch" in result.error
