"""Run records in memory: their public shape, and resuming a stored run."""

import dataclasses
import json
from collections.abc import Callable

import pytest

from patterns import InMemoryRunStore, Pattern, Pipeline, Request, Router, RunRecord, Step, Supervisor, Task, Usage
from patterns.watching import unwatched
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider
from tests.patterns.test_supervisor import FixedPlanner

pytestmark = pytest.mark.anyio


async def test_record_json_has_the_public_shape() -> None:
    store = InMemoryRunStore()
    result = await Pipeline([Scripted("a")], store=store).send(Request("go"))
    shape = (await store.get(result.run_id)).to_dict()
    assert {"run_id", "pattern", "status", "output", "steps", "usage", "plan", "error", "created_at"} <= set(shape)
    assert {"agent", "input", "output", "status", "latency_ms", "tokens"} <= set(shape["steps"][0])
    assert shape["pattern"] == "pipeline" and shape["steps"][0]["tokens"] == 15


async def test_resume_reuses_the_stored_plan() -> None:
    store = InMemoryRunStore()
    planner = FixedPlanner(Task("1", "a", "x"), Task("2", "b", "y", ("1",)))
    workers = [Scripted("x"), Scripted("y", RuntimeError("down"))]
    failed = await Supervisor(workers, planner=planner, store=store).send(Request("go"))
    assert failed.status == "partial"
    again = [Scripted("x"), Scripted("y")]
    result = await Supervisor(again, planner=planner, store=store).resume(failed.run_id)
    assert result.ok and planner.calls == 1 and [w.calls for w in again] == [0, 1]


async def test_resume_of_an_unknown_run_is_an_error() -> None:
    with pytest.raises(LookupError):
        await Pipeline([Scripted("a")], store=InMemoryRunStore()).resume("nope")


def test_steps_round_trip_through_json() -> None:
    step = Step(agent="a", input="i", steps=[Step(agent="b", input="j", status="failed", error="e")])
    assert Step.from_dict(step.to_dict()) == step


def test_usage_round_trips_through_json_with_every_field() -> None:
    usage = Usage(input_tokens=3, output_tokens=5, calls=2, cost=0.25, cache_read_tokens=7, cache_write_tokens=11)
    data = usage.to_dict()
    assert set(data) == {f.name for f in dataclasses.fields(Usage)}  # a field added later is not dropped
    assert Usage.from_dict(json.loads(json.dumps(data))) == usage


class Commits(InMemoryRunStore):
    """Counts the saves that wait for a commit, and what was stored when each worker was called."""

    def __init__(self) -> None:
        super().__init__()
        self.saves = 0

    async def save(self, record: RunRecord) -> None:
        self.saves += 1
        await super().save(record)

    async def note(self, record: RunRecord) -> None:
        await super().save(record)  # kept, but nothing waits for it: not counted as a commit


async def test_a_run_nobody_watches_commits_a_finished_step_before_the_next_starts_or_with_the_end() -> None:
    async def run(pattern_of: Callable[[Commits], Pattern]) -> tuple[int, int]:
        watched, quiet = Commits(), Commits()
        seen = await pattern_of(watched).send(Request("go"))
        with unwatched():
            unseen = await pattern_of(quiet).send(Request("go"))
        records = [await watched.get(seen.run_id), await quiet.get(unseen.run_id)]
        steps = [[(s.agent, s.status, s.output) for s in r.steps] for r in records if r is not None]
        assert steps[0] == steps[1] and [r.status for r in records if r] == ["completed", "completed"]
        return watched.saves, quiet.saves

    # a router's one step is committed with the run's end: one commit, not two
    assert await run(lambda s: Router([Scripted("x")], decider=FixedDecider("x"), store=s)) == (2, 1)
    # a step that another follows is committed before it starts; the last one with the end
    planner = FixedPlanner(Task("1", "a", "x"), Task("2", "b", "y", ("1",)))
    assert await run(lambda s: Supervisor([Scripted("x"), Scripted("y")], planner=planner, store=s)) == (3, 2)
