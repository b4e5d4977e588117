"""Plans for compound requests as users write them: steps numbered in the running text ("Step 1: ... Step 2: ...")
are parts of their own; a question naming a superlative thing of its own ("which is the largest ocean") is no pick
among the options the part before weighs; a question asked beside a code review does not take the code along;
"fact-check this: <claim>" after a question is a check of its own, not a remark asking for the answer to be checked."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.clauses import split_tasks
from patterns.references import picks_from_before
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

CODE = "\n```python\ndef div(a, b):\n    try:\n        return a / b\n    except:\n        return 0\n```"


async def route(decider: RankingDecider, request: str) -> list[tuple[str | None, tuple[str, ...], str]]:
    plan = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.depends_on, t.text) for t in plan.tasks]


@pytest.mark.parametrize(
    "request_text",
    [
        "Step 1: summarise this customer complaint. Step 2: write a polite reply to the customer based on the "
        "summary. Complaint: My parcel was left in the rain on 4 May. The books inside are ruined. I would like a "
        "replacement by next week.",
        "Step one: summarize this email from a tenant. Step two: draft a reply to the tenant based on the summary. "
        "Complaint: The boiler broke on Sunday. We have had no hot water for three days and nobody has called us back.",
        "step 1 - summarise this review. step 2 - write a short thank-you reply using the summary. Comment: The staff "
        "were lovely and the room was spotless. Breakfast was cold on the second day.",
        "Step 1) summarise this feedback. Step 2) write a polite response to the parent based on the summary. "
        "Feedback: The school trip letter came too late. We could not arrange childcare in time.",
    ],
)
async def test_numbered_steps_in_the_running_text_are_parts_of_their_own(decider, request_text):
    tasks = await route(decider, request_text)
    assert [(worker, depends) for worker, depends, _ in tasks] == [("summarizer", ()), ("writer", ("1",))]
    assert "step" not in tasks[0][2].lower() and "step" not in tasks[1][2].lower()


@pytest.mark.parametrize(
    "request_text",
    [
        "Step 1 of the recipe says to whisk the eggs. What temperature should the oven be?",
        "Summarise this: Step 1 is booking the hall. The hall costs £200.",
    ],
)
def test_a_step_named_once_is_no_list(request_text):
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    ("request_text", "other"),
    [
        ("What's the square root of 2025? And which is the largest ocean in the world?", "researcher"),
        ("What is 18% of 350? Also, what's the longest river in Africa?", "researcher"),
        ("How much is 7 times 48? And which is the biggest planet in the solar system?", "researcher"),
        ("What's 2 to the power of 10? Also which is the smallest country in the world?", "researcher"),
    ],
)
async def test_a_superlative_thing_of_its_own_is_no_pick_among_options(decider, request_text, other):
    workers = [worker for worker, _, _ in await route(decider, request_text)]
    assert workers == ["calculator", other]


@pytest.mark.parametrize(
    "instruction",
    ["Give me the price of the cheaper one", "Tell me which is the better deal", "Book the faster of the two"],
)
def test_a_pick_among_the_options_before_is_still_a_pick(instruction):
    assert picks_from_before(instruction)


@pytest.mark.parametrize(
    "request_text",
    [
        "Review this code and tell me how many seconds are in a week." + CODE,
        "Check this function for bugs and tell me how many minutes are in a day." + CODE,
        "Can you lint this, and also what's the capital of Australia?" + CODE,
        "Look over this code and tell me how many days are in a leap year." + CODE,
    ],
)
async def test_a_question_beside_a_code_review_does_not_take_the_code(decider, request_text):
    (reviewer, _, reviewed), (_, _, asked) = await route(decider, request_text)
    assert reviewer == "code_reviewer" and "```" in reviewed
    assert "```" not in asked


@pytest.mark.parametrize(
    "request_text",
    [
        "Review this code and tell me what the function returns." + CODE,
        "Review this code and explain how it handles a zero." + CODE,
    ],
)
async def test_a_question_about_the_code_keeps_it(decider, request_text):
    tasks = await route(decider, request_text)
    assert all("```" in text for _, _, text in tasks)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 15% of 240? Also, fact-check this: the Pacific is the largest ocean.",
        "How much is 30% of 90? And fact-check this: Mount Everest is the tallest mountain.",
        "What is 12 times 14? Also, verify this: the Nile is the longest river in Africa.",
        "What's 250 divided by 4? Also, please check this: Canberra is the capital of Australia.",
    ],
)
async def test_a_check_that_brings_its_own_claim_is_a_part_of_its_own(decider, request_text):
    workers = [worker for worker, _, _ in await route(decider, request_text)]
    assert workers == ["calculator", "fact_checker"]


@pytest.mark.parametrize(
    "request_text",
    ["What is 12 times 12? Check it for me.", "What's the capital of Peru? Can you verify?"],
)
def test_a_check_of_the_answer_itself_stays_with_its_question(request_text):
    assert len(split_tasks(request_text)) == 1
