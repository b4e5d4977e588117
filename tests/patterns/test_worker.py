import pytest

from patterns import BaseWorker, FunctionWorker, Request, Result, Skill, Usage, Worker, final_result

pytestmark = pytest.mark.anyio


class Echo(BaseWorker):
    name = "echo"

    async def send(self, request: Request) -> Result:
        return Result(text=request.text, worker=self.name)


async def test_a_worker_with_only_send_streams_its_final_result() -> None:
    events = [e async for e in Echo().stream(Request("hi"))]
    assert events == [Result(text="hi", worker="echo")]


async def test_function_worker_wraps_text_answers() -> None:
    async def shout(request: Request) -> str:
        return request.text.upper()

    worker = FunctionWorker("shout", shout)
    assert isinstance(worker, Worker)
    result = await final_result(worker.stream(Request("hi")))
    assert (result.text, result.worker, result.ok) == ("HI", "shout", True)


def test_failure_helper_names_the_exception() -> None:
    result = Result.failure(TimeoutError(), worker="w")
    assert (result.status, result.error, result.ok) == ("failed", "TimeoutError", False)
    assert Result.failure(ValueError("bad")).error == "ValueError: bad"


def test_a_single_data_dict_becomes_one_part() -> None:
    assert Result(data={"a": 1}).data == [{"a": 1}]


def test_usage_adds_and_keeps_unknown_cost_unknown() -> None:
    total = Usage(1, 2, 1) + Usage(3, 4, 1)
    assert (total.total_tokens, total.calls, total.cost) == (10, 2, None)
    assert (Usage(cost=0.5) + Usage()).cost == 0.5


def test_skill_from_an_agent_card() -> None:
    card_skill = {"id": "pct", "name": "Percentages", "description": "d", "tags": ["math"], "examples": ["5% of 2"]}
    assert Skill.from_card(card_skill) == Skill("pct", "Percentages", "d", ("math",), ("5% of 2",))


def test_request_replace_copies_metadata() -> None:
    request = Request("a", metadata={"hops": 1})
    copy = request.replace(text="b")
    copy.metadata["hops"] = 2
    assert request.metadata == {"hops": 1}
