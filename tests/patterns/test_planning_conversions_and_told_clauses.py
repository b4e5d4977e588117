"""Plans: the earlier answer converted to another unit ("..., and then convert that area to square feet") is a
calculator step of its own that works on that answer; and a clause of time in a handed-over text ("When I phoned
customer services I was on hold ...") is part of the text, not a question."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.handoff import _quantities  # pyright: ignore[reportPrivateUsage]
from patterns.references import starts_a_new_sum
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the area of a room 4.5 m by 3.2 m, and then convert that area to square feet?",
        "What is 5 feet 10 inches in cm, then convert that to metres",
        "Work out 12% of £2,500, then convert it into euros",
        "Add 3.5 kg and 1,200 g, and then change the total to pounds",
        "How far is 26.2 miles in km? Then express the answer in metres.",
        "what's 72 F in celsius, then convert that temperature to kelvin",
    ],
)
@pytest.mark.anyio
async def test_converting_the_answer_before_is_a_step_of_its_own(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "calculator"]
    assert plan.tasks[1].depends_on == ("1",)


@pytest.mark.parametrize(
    ("instruction", "new"),
    [
        ("Convert that area to square feet", True),
        ("then change it into pounds", True),
        ("then double it", False),
        ("then take another 10% off the new price", False),
    ],
)
def test_starts_a_new_sum_reads_a_conversion_of_the_answer(instruction: str, new: bool) -> None:
    assert starts_a_new_sum(instruction) is new


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you summarise this complaint so I can log it in the CRM?\n\nI ordered a table on the 2nd. It arrived nine "
        "days later with a scratch. When I phoned customer services I was on hold for forty minutes. I have emailed "
        "three times since.",
        "Summarize this: The shop opens at nine. When it rains, we close early. Staff park behind the bakery.",
        "Summarize this. The fair starts at ten. While the band plays, the kids' tent is open. Entry is free for all.",
        "Give me the gist of this: We moved office in May. Once the lease ended we had two weeks to pack up.",
    ],
)
def test_a_clause_of_time_in_a_handed_over_text_is_part_of_it(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarize this. The shop opens at nine. When does it close?",
        "Summarize this. The shop opens at nine. Where is the car park?",
    ],
)
def test_a_question_after_a_handed_over_text_is_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    ("answer", "quantity"),
    [
        ("14.4 square meters", "14.4 square meters"),
        ("3 cubic feet of soil", "3 cubic feet"),
        ("8,848.86 metres", "8,848.86 metres"),
        ("It is 12 sq ft", "12 sq ft"),
    ],
)
def test_an_answer_in_a_unit_of_area_or_volume_is_handed_on_whole(answer: str, quantity: str) -> None:
    assert _quantities(answer) == [quantity]
