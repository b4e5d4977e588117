import pytest

from patterns import EvaluatorOptimizer, Pipeline, Request, Result, read_verdict
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio


async def test_pipeline_passes_each_output_to_the_next_step() -> None:
    upper = Scripted("upper", lambda r: r.text.upper())
    exclaim = Scripted("exclaim", lambda r: f"{r.text}! (after {r.data['previous']['worker']})")
    result = await Pipeline([upper, exclaim]).send(Request("hi"))
    assert result.ok and result.text == "HI! (after upper)"


async def test_pipeline_map_shapes_the_next_request() -> None:
    echo = Scripted("echo", lambda r: r.text)
    pipeline = Pipeline([echo, echo], map=lambda result, request: request.replace(text=result.text + " again"))
    assert (await pipeline.send(Request("x"))).text == "x again"


async def test_pipeline_stops_at_a_failure_keeping_what_finished() -> None:
    last = Scripted("last")
    result = await Pipeline([Scripted("first"), Scripted("bad", RuntimeError("x")), last]).send(Request("go"))
    assert result.status == "partial" and result.text == "first done" and last.calls == 0
    assert [s.status for s in result.steps] == ["completed", "failed", "skipped"]


async def test_evaluator_loops_until_the_score_reaches_the_threshold() -> None:
    writer = Scripted("writer", replies=["draft 1", "draft 2", "draft 3"])
    judge = Scripted("judge", replies=[Result(data={"score": 0.4, "feedback": "more detail"}), "Score: 9/10"])
    result = await EvaluatorOptimizer(writer, judge, threshold=0.8).send(Request("write"))
    assert result.ok and result.text == "draft 2"
    assert result.data[0] == {"score": 0.9, "accepted": True, "iterations": 2}
    assert "more detail" in writer.requests[1].text and writer.requests[1].data["draft"] == "draft 1"


async def test_evaluator_stops_after_max_iterations_with_the_best_draft() -> None:
    writer = Scripted("writer", replies=["a", "b", "c", "d"])
    judge = Scripted("judge", replies=["score 0.5", "score 0.7", "score 0.6"])
    result = await EvaluatorOptimizer(writer, judge).send(Request("write"))
    assert result.text == "b" and result.data[0]["accepted"] is False and writer.calls == 3


def test_verdicts_are_read_from_data_or_text() -> None:
    assert read_verdict(Result(text="80%")).score == 0.8
    assert read_verdict(Result(text="Score: 7/10. Tighten it.")).score == 0.7
    assert read_verdict(Result(text="looks fine")).score is None
