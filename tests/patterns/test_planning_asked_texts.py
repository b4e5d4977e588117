"""Plans for a question, then an instruction asked on a text of its own ("What's 240 divided by 16, and can you
summarize the report I mentioned yesterday?"): two jobs; one asked on the answer before ("and can you double that",
"round the result") is the same sum."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from tests.patterns.test_routing_users import specialists


async def planned(decider: RankingDecider, request_text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    return [(task.worker, task.depends_on) for task in plan.tasks]


# -- "..., and can you summarize the report I mentioned yesterday?" --------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "second"),
    [
        ("What's 240 divided by 16, and can you summarize the report I mentioned yesterday?", "summarizer"),
        ("What is 15% of 300, and could you summarise the email my boss sent this morning?", "summarizer"),
        ("Work out 18 plus 27, and can you check the code I pushed last night?", "code_reviewer"),
        ("How much is 72 times 4, and could you summarize the minutes from Tuesday's meeting?", "summarizer"),
    ],
)
async def test_an_asked_instruction_on_a_text_of_its_own_is_a_part_of_its_own(
    decider: RankingDecider, request_text: str, second: str
) -> None:
    assert await planned(decider, request_text) == [("calculator", ()), (second, ())]


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 9 times 12, and can you round the result to the nearest ten?",
        "What's 240 divided by 16, and can you double the answer?",
        "What's 240 divided by 16, and can you double that?",
    ],
)
def test_an_asked_instruction_on_the_answer_before_is_the_same_sum(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
