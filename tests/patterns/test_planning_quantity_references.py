"""Plans whose later part names the quantity worked out before it by its size ("that much", "that many", "that
amount"): the part depends on the sum, so its worker is handed the number, not left to write without it."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.references import names_a_result
from tests.patterns.test_routing_users import specialists


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "How many litres is 5 US gallons, and draft a message to the brewing club that we'll need that much wort "
        "on Saturday.",
        "Work out 12% of £2,400 and write a note to Sam saying that amount is his bonus.",
        "What is 3 times 45, then write a text to the team that we need that many chairs for Friday.",
        "Convert 10 kg to pounds and draft a message to my trainer saying I lost that much this year.",
        "How many hours is 14 carers on 7.5-hour shifts? Write a note to the manager asking for the same amount "
        "of cover next week.",
        "Add up 120, 85 and 40 and email the treasurer that figure.",
    ],
)
async def test_a_part_naming_the_quantity_by_its_size_depends_on_the_sum(
    decider: RankingDecider, request_text: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("writer", ("1",))]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "How many litres is 5 US gallons, and draft a message to the brewing club that brew day is Saturday.",
        "Write a note to my class that I don't like homework that much, and what is 5 times 6?",
    ],
)
async def test_a_part_that_names_no_quantity_before_it_stands_alone(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert len(plan.tasks) == 2 and all(t.depends_on == () for t in plan.tasks)


@pytest.mark.parametrize(
    ("text", "named"),
    [("we'll need that much wort", True), ("that many chairs", True), ("the same amount of cover", True)],
)
def test_a_quantity_named_by_its_size_is_a_result(text: str, named: bool) -> None:
    assert names_a_result(text) is named
