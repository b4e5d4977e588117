""" "..., and tell me whether it'll rain on the farm on Thursday" after a job asks what holds at a time counted from
now: a question about the world, a part of its own (the calculator got the whole request), not the verdict of the
job before it ("Summarise this and tell me whether I need to reply" stays one job)."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from tests.patterns.test_routing_users import specialists

TWO_PARTS = [
    "Work out 30% of 90 and tell me whether it'll rain on the farm on Thursday.",
    "Work out 15% of 200, and tell me if it's going to snow in Leeds tomorrow",
    "Can you add 45 and 78 and tell me whether it will be sunny in Rome this weekend?",
    "What's 12 times 14, and tell me if the trains are running tonight",
    "Calculate 8% of 350 and tell me whether it'll be windy in Brighton on Saturday",
    "Divide 96 by 4 and tell me if it is going to rain in Cork tomorrow",
]


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", TWO_PARTS)
async def test_a_question_of_now_after_a_sum_is_a_part_of_its_own(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    workers = [t.worker for t in plan.tasks]
    # the question goes to a worker that asks about the world, which says so when it cannot know
    assert workers[0] == "calculator" and workers[1:] in (["researcher"], ["fact_checker"]), plan.tasks


@pytest.mark.parametrize(
    "request_text",
    [
        # what the job's result means for the user is its verdict
        "Summarise this and tell me whether I need to reply: The meeting moved to Friday. Bring the report.",
        "Review this function and tell me if it's safe to use: ```\ndef f(x):\n    return x\n```",
    ],
)
def test_a_verdict_of_the_job_stays_with_it(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
