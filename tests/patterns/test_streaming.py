import pytest

from patterns import (
    FanOut,
    Pipeline,
    Progress,
    Request,
    Result,
    Router,
    StepFinished,
    StepStarted,
    Supervisor,
    Task,
)
from patterns.watching import unwatched
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider
from tests.patterns.test_supervisor import FixedPlanner

pytestmark = pytest.mark.anyio


async def test_a_pattern_streams_step_events_then_its_result() -> None:
    events = [e async for e in Pipeline([Scripted("a"), Scripted("b")]).stream(Request("go"))]
    kinds = [
        (type(e).__name__, getattr(e, "worker", None) or getattr(getattr(e, "step", None), "agent", None))
        for e in events
    ]
    assert kinds == [
        ("StepStarted", "a"),
        ("StepFinished", "a"),
        ("StepStarted", "b"),
        ("StepFinished", "b"),
        ("Result", "pipeline"),
    ]
    assert events[-1].ok and events[1].run_id == events[-1].run_id


async def test_nested_progress_shows_through_the_outer_stream() -> None:
    router = Router([Scripted("calculator")], decider=FixedDecider("calculator"), name="team")
    outer = Supervisor([router], planner=FixedPlanner(Task("1", "sum", "team")))
    events = [e async for e in outer.stream(Request("sum"))]
    started = [e.worker for e in events if isinstance(e, StepStarted)]
    assert started == ["team", "calculator"]
    assert any(isinstance(e, Progress) and "routing to calculator" in e.text for e in events)
    assert isinstance(events[-1], Result) and events[-1].ok


async def test_leaving_a_stream_early_cancels_the_run() -> None:
    stuck = Scripted("stuck", hang=True)
    stream = FanOut([stuck]).stream(Request("go"))
    first = await anext(stream)
    assert isinstance(first, StepStarted)
    await stream.aclose()
    assert stuck.calls == 1 and stuck.cancelled == 1


async def test_finished_events_carry_the_step_record() -> None:
    events = [e async for e in Pipeline([Scripted("a", RuntimeError("x"))]).stream(Request("go"))]
    finished = [e.step for e in events if isinstance(e, StepFinished)]
    assert finished[0].status == "failed" and "RuntimeError" in finished[0].error


async def test_a_run_nobody_watches_calls_its_workers_without_a_stream() -> None:
    def team() -> Supervisor:
        router = Router([Scripted("calculator")], decider=FixedDecider("calculator"), name="team")
        return Supervisor([router], planner=FixedPlanner(Task("1", "sum", "team")))

    with unwatched():
        quiet = [e async for e in team().stream(Request("sum"))]
    watched = [e async for e in team().stream(Request("sum"))]

    # the inner router was sent the request, not streamed it: its steps and progress never reached the outer run
    assert [e.worker for e in quiet if isinstance(e, StepStarted)] == ["team"]
    assert [e.worker for e in watched if isinstance(e, StepStarted)] == ["team", "calculator"]
    assert not any(isinstance(e, Progress) and "routing to calculator" in e.text for e in quiet)
    assert isinstance(quiet[-1], Result) and quiet[-1].ok and quiet[-1].text == watched[-1].text
