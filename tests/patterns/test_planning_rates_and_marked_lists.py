"""Plans for two families of compound requests: a quantity worked out, then asked of at a rate of its own ("convert
5 miles to km, then how long that takes at 12 km/h"), is two steps, the second fed the first's answer, so both
answers are shown; and parts marked "(1)", "(2)" or "a)", "b)" in the running text are parts of their own."""

import pytest

from patterns import RankingDecider
from patterns.lists import list_items
from patterns.references import asks_at_a_rate, starts_a_new_sum
from tests.patterns.test_planning_h14 import planned

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "first", "second"),
    [
        (
            "Change 26.2 miles into kilometres, then tell me how long that would take at 10 km/h.",
            "Change 26.2 miles into kilometres",
            "Tell me how long that would take at 10 km/h",
        ),
        (
            "convert 3 litres to pints and then how much would that cost at £0.60 a pint?",
            "Convert 3 litres to pints",
            "How much would that cost at £0.60 a pint?",
        ),
        (
            "Please convert 120 km to miles, and after that work out how long it takes at 40 mph.",
            "Convert 120 km to miles",
            "Work out how long it takes at 40 mph",
        ),
        (
            "What's 5 kg in pounds? Then tell me how much that costs at $3 a pound.",
            "What's 5 kg in pounds?",
            "Tell me how much that costs at $3 a pound",
        ),
        (
            "Convert 400 metres to feet, then let me know how long that takes at 5 feet per second.",
            "Convert 400 metres to feet",
            "Let me know how long that takes at 5 feet per second",
        ),
        (
            "Convert 100 km to miles, then how long will that take at 50 mph?",
            "Convert 100 km to miles",
            "How long will that take at 50 mph?",
        ),
    ],
)
async def test_a_quantity_then_asked_of_at_a_rate_is_two_calculator_steps(
    decider: RankingDecider, request_text: str, first: str, second: str
) -> None:
    assert await planned(decider, request_text) == [("calculator", first, ()), ("calculator", second, ("1",))]


@pytest.mark.parametrize(
    "request_text",
    [
        "Take 30% off $120, then another 10% off the new price.",
        "Work out 15% of 80 and then double it.",
        "Add up 3 h 20 min and 45 min. How many minutes is that altogether?",
    ],
)
async def test_a_sum_that_goes_on_from_the_number_before_stays_one_step(
    decider: RankingDecider, request_text: str
) -> None:
    plan = await planned(decider, request_text)
    assert [worker for worker, _, _ in plan] == ["calculator"]


@pytest.mark.parametrize(
    "instruction",
    [
        "how long is it",
        "tell me how long that takes",  # no rate of its own: the sum before goes on
        "how much is that in euros",
        "is it true that it takes 3 hours at 50 mph",
    ],
)
def test_a_question_without_a_rate_of_its_own_is_no_new_sum(instruction: str) -> None:
    assert not asks_at_a_rate(instruction)
    assert not starts_a_new_sum(instruction) or "euros" in instruction


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "(1) what's 7.5% of 18,400? (2) write a polite email to Tom letting him know I'm raising my day rate to "
            "£400 from September.",
            ["calculator", "writer"],
        ),
        (
            "four quick ones: a) 12 x 7.5  b) 20% of 365  c) is the Moon bigger than the Earth?  d) write a text to "
            "Sam saying I'll bring the snacks on Saturday",
            ["calculator", "calculator", "fact_checker", "writer"],
        ),
        ("Can you help with (a) 15% of 240 and (b) who wrote Hamlet?", ["calculator", "researcher"]),
        ("A) what is 9 times 14 B) is it true that bats are blind", ["calculator", "fact_checker"]),
        ("(1) 45 + 78 (2) 1200 / 16 (3) draft a tweet about our bake sale on Friday", ["calculator"] * 2 + ["writer"]),
        (
            "Two bits please (a) convert 10 miles to km (b) write a note to Ana saying the run starts at 9",
            ["calculator", "writer"],
        ),
    ],
)
async def test_parts_marked_in_the_running_text_are_parts_of_their_own(
    decider: RankingDecider, request_text: str, expected: list[str]
) -> None:
    assert [worker for worker, _, _ in await planned(decider, request_text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "We could go with plan b) if it rains: write a note to the team saying the picnic moves indoors.",
        "Option (b) looks cheaper, what is 15% of 300?",
        "a) is the only choice; what's 12 times 12?",
        "b) then a) is no order to count from",
        "(2) and (3) are the ones I need: 5 + 5",
        "Compare (a) with (1): which is larger, 4 or 5?",
    ],
)
def test_a_lone_mark_or_marks_out_of_order_are_no_list(text: str) -> None:
    assert list_items(text) == ([text], False)


@pytest.mark.parametrize(
    ("request_text", "draft"),
    [
        (
            "Draft a message to the office cleaners that we are shut on Monday, then translate it into Polish.",
            "Draft a message to the office cleaners that we are shut on Monday",
        ),
        (
            "Write a thank-you email to the choir for the concert on Sunday, and translate it into French too.",
            "Write a thank-you email to the choir for the concert on Sunday",
        ),
        (
            "Write a note to my neighbour saying the party ends at 11, and then translate the note into Spanish.",
            "Write a note to my neighbour saying the party ends at 11",
        ),
        (
            "Compose a short notice that the pool is closed on Friday and translate it to German.",
            "Compose a short notice that the pool is closed on Friday",
        ),
        (
            "Write an invitation to Gran's 90th on 3 May at the village hall, then translate the invitation into "
            "Italian.",
            "Write an invitation to Gran's 90th on 3 May at the village hall",
        ),
        (
            "Please draft a reminder that the rent is due on the 1st and then translate that into Romanian.",
            "Draft a reminder that the rent is due on the 1st",
        ),
    ],
)
async def test_a_text_then_its_translation_are_two_steps(
    decider: RankingDecider, request_text: str, draft: str
) -> None:
    plan = await planned(decider, request_text)
    assert [(worker, depends) for worker, _, depends in plan] == [("writer", ()), ("writer", ("1",))]
    assert plan[0][1] == draft and plan[1][1].lower().startswith("translate")


@pytest.mark.parametrize(
    "request_text",
    [
        "Draft an invitation to my birthday on Saturday at 7pm, then proofread it.",
        "Write a memo saying the office moves on 3 May and make it shorter.",
    ],
)
async def test_a_text_then_more_work_on_it_stays_one_step(decider: RankingDecider, request_text: str) -> None:
    assert [worker for worker, _, _ in await planned(decider, request_text)] == ["writer"]
