"""Plans with a part that asks what will happen ("Review this, and predict whether my app will get popular:
<code>"): the prediction is a part of its own, declined (no worker), and hands nobody the material; the part
beside it still gets the material and its worker."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.predictions import asks_a_prediction
from tests.patterns.test_routing_users import specialists

CODE = "```\ndef go(s):\n    exec(s)\n```"


async def plan(decider: RankingDecider, request: str) -> list[tuple[str | None, str]]:
    planned = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.text) for t in planned.tasks]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "first"),
    [
        (f"Review this, and predict whether my app will get popular: {CODE}", "code_reviewer"),
        (f"Review this code and tell me if my app will go viral: {CODE}", "code_reviewer"),
        (
            f"Could you look over this function and forecast how many users my site will have next year? {CODE}",
            "code_reviewer",
        ),
        (f"check this script for bugs, and also predict if my startup is gonna make money {CODE}", "code_reviewer"),
        (
            "Summarise these notes and predict whether the fete will make a profit: The fete is on Saturday. We have "
            "12 stalls and a raffle.",
            "summarizer",
        ),
        ("What's 15% of 80, and foresee whether the price of gold will rise next month", "calculator"),
        (f"Review this please, and then tell me whether my game will sell a million copies: {CODE}", "code_reviewer"),
    ],
)
async def test_a_prediction_is_declined_as_a_part_of_its_own(
    decider: RankingDecider, request_text: str, first: str
) -> None:
    tasks = await plan(decider, request_text)
    assert [w for w, _ in tasks] == [first, None], tasks
    assert "```" not in tasks[1][1] and ":" not in tasks[1][1], tasks


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # how the handed code behaves is the review's question, not a prediction about the world
        "Review this and tell me if it will crash on empty input: ```\ndef f(xs):\n    return xs[0]\n```",
        "Review this code and tell me whether the function will be fast enough: ```\ndef f(xs):\n    return xs[0]\n```",
    ],
)
async def test_what_handed_code_will_do_stays_the_reviewers(decider: RankingDecider, request_text: str) -> None:
    assert None not in [w for w, _ in await plan(decider, request_text)]


@pytest.mark.parametrize(
    ("instruction", "asks"),
    [
        ("predict whether my app will get popular", True),
        ("Would you mind predicting how many downloads it gets", True),
        ("Could you forecast next year's sales", True),
        ("tell me if my shop'll make money", True),
        ("let me know whether my startup will succeed", True),
        ("tell me if this will crash", False),
        ("tell me whether the function will be fast enough", False),
        ("tell me if the sum is right", False),
        ("tell me whether Paris is the capital of France", False),
        ("Predictable results please", False),
    ],
)
def test_a_prediction_asked(instruction: str, asks: bool) -> None:
    assert asks_a_prediction(instruction) is asks
