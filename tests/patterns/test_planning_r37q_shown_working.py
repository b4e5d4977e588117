"""Round 37: a sum's working asked for in users' words stays one calculator step; a second job after it does not."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.shown_working import shows_the_working
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.rounds

ONE_SUM = [
    "Can you solve 5(x - 2) = 3x + 8 and show the steps?",
    "Solve 3x + 7 = 22 and show your working please",
    "Could you work out 15% of £240 and explain each step?",
    "Hi, I'm a nurse - what's 2.5 mg/kg for a 68 kg patient? Show me how you got it.",
    "Solve 2(y + 4) = 5y - 11 step by step",
    "Work out 12 boxes at €7.50 each plus 20% VAT and show the working",
    "As a plumber I charge £45 an hour - what's 6.5 hours? Show your working.",
    "Can you solve 4x - 9 = 2x + 5 and explain how you got the answer?",
    "What is 3/8 of 1,200? Please show the steps.",
    "Divide 1,450 by 25 and show me each step",
    "solve 7(a - 3) = 2a + 4, and show your workings",
    "My class needs to see this one: solve x/4 + 6 = 10 and walk me through the steps",
]

TWO_JOBS = [
    ("Solve 3x + 7 = 22 and then write an email to Sam with the answer", ["calculator", "writer"]),
    ("Solve 3x + 7 = 22 and explain the history of algebra", ["calculator", "researcher"]),
]


@pytest.mark.parametrize("request_text", ONE_SUM)
@pytest.mark.anyio
async def test_the_working_stays_with_its_sum(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


@pytest.mark.parametrize(("request_text", "agents"), TWO_JOBS)
@pytest.mark.anyio
async def test_a_second_job_is_still_a_step(decider: RankingDecider, request_text: str, agents: list[str]) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == agents


@pytest.mark.parametrize(
    "clause",
    [
        "Show the steps to the class in a slide",
        "show the result in a table",
        "Explain why the sky is blue",
        "Show me the code",
    ],
)
def test_more_than_the_working_is_no_working(clause: str) -> None:
    assert not shows_the_working(clause)
