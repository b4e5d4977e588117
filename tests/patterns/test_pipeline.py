import pytest

from patterns import Pipeline, Request, Result
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio

REPORT = "Sales rose 4% in March. Returns fell; the new warehouse opened."


async def test_each_stage_gets_its_own_part_with_the_previous_output_as_material() -> None:
    summarizer = Scripted("summarizer", Result(text="Sales up, returns down.", data={"sentences": 1}))
    writer = Scripted("writer", "Sales up! #retail")
    request = f"Boil this report down, then turn the summary into a tweet: {REPORT}"
    result = await Pipeline([summarizer, writer]).send(Request(request))
    assert result.ok and result.text == "Sales up! #retail"
    assert summarizer.requests[0].text == f"Boil this report down: {REPORT}"
    assert writer.requests[0].text == "Turn the summary into a tweet:\n\nSales up, returns down."
    assert writer.requests[0].data["previous"] == {
        "worker": "summarizer",
        "text": "Sales up, returns down.",
        "data": [{"sentences": 1}],
    }


async def test_without_one_part_per_stage_each_stage_gets_the_request_as_its_instruction() -> None:
    first, second = Scripted("first", "draft one"), Scripted("second")
    await Pipeline([first, second]).send(Request(f"Make this friendlier: {REPORT}"))
    assert first.requests[0].text == f"Make this friendlier: {REPORT}"
    assert second.requests[0].text == "Make this friendlier:\n\ndraft one"  # never the bare output


async def test_a_custom_map_shapes_the_next_request() -> None:
    echo = Scripted("echo", lambda r: r.text)
    pipeline = Pipeline([echo, echo], map=lambda result, request: request.replace(text=result.text + " again"))
    assert (await pipeline.send(Request("x"))).text == "x again"


async def test_a_stage_that_does_not_complete_ends_the_pipeline_as_it_did_and_is_named() -> None:
    declined = Result(text="I can't do that offline.", status="rejected", error="I can't do that offline.")
    last = Scripted("last")
    result = await Pipeline([Scripted("first"), Scripted("picky", declined), last]).send(Request("go"))
    assert result.status == "rejected"
    assert result.text == "Step 2 (picky) did not complete (rejected): I can't do that offline."
    assert [s.status for s in result.steps] == ["completed", "rejected", "skipped"] and last.calls == 0
    assert result.data == [{"finished": {"step": "step-1", "worker": "first", "text": "first done", "data": []}}]


async def test_an_earlier_stage_output_is_never_the_answer_when_a_later_stage_fails() -> None:
    broken = Result.failure("the announcer crashed")
    result = await Pipeline([Scripted("summarizer"), Scripted("announcer", broken)]).send(
        Request("Summarize, announce")
    )
    assert result.status == "failed" and "summarizer done" not in result.text
    assert result.text.startswith("Step 2 (announcer) did not complete (failed)")


async def test_a_first_stage_that_asks_for_input_makes_the_run_ask() -> None:
    question = Result(text="Summarize what? Send the text after a colon.", status="input-required")
    result = await Pipeline([Scripted("summarizer", question), Scripted("writer")]).send(Request("Summarize it"))
    assert result.status == "input-required" and result.text == "Summarize what? Send the text after a colon."


async def test_the_record_links_each_stage_to_the_one_before() -> None:
    result = await Pipeline([Scripted("a"), Scripted("b")]).send(Request("go"))
    assert [s.id for s in result.steps] == ["step-1", "step-2"]
    assert result.steps[1].input == "go:\n\na done"
