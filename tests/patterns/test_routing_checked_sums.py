"""Routing a quantity checked from figures the request gives, asked for after them ("Can you check a dose for me:
patient is an 18 kg collie, drug is 2.5 mg per kg. Total mg?"): a sum, the calculator's (the fact-checker got it);
a claim about a quantity, a fact to check, or code stays where it was."""

import pytest

from patterns import RankingDecider
from patterns.checked_sums import checked_sum_head
from tests.patterns.test_routing_users import specialists

SUMS = [
    "Can you check a dose for me: patient is an 18 kg collie, drug is 2.5 mg per kg. Total mg?",
    "Could you double-check the bill: 3 coffees at £2.80 and 2 cakes at £3.50. How much in all?",
    "Please verify my maths: 14 boxes of 24 eggs. How many eggs altogether?",
    "check the dosage for me - my lab weighs 32 kg and it's 0.5 mg per kg. What's the dose?",
    "Can u check our budget: venue £400, food £650, band £300. Total?",
    "Could you check the change: I paid with a $20 note for $13.45 of shopping. How much should I get back?",
]


@pytest.mark.parametrize("request_text", SUMS)
def test_a_quantity_checked_from_given_figures_is_a_sum(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        # a claim about a quantity asks whether it holds
        ("Check the total cost of the Eiffel Tower was 7.8 million francs.", "fact_checker"),
        ("Can you check a fact for me: the Nile is 6,650 km long. Is that right?", "fact_checker"),
        ("Check this code: total = 0 for x in xs: total += x. How much will it print?", "code_reviewer"),
    ],
)
def test_what_checks_no_quantity_from_figures_stays(decider: RankingDecider, request_text: str, worker: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker


@pytest.mark.parametrize(
    ("instruction", "text", "head"),
    [
        (
            "Can you check a dose for me",
            "Can you check a dose for me: 18 kg, 2.5 mg per kg. Total mg?",
            "Work out a dose for me",
        ),
        ("Check the total cost of the tower", "Check the total cost of the tower was 7.8 million francs.", None),
        ("Check the total", "Check the total ```\nx = 1\n``` How much?", None),
        ("Check this claim", "Check this claim: 3 plus 4 is 8. Total?", None),
    ],
)
def test_the_sum_a_check_asks(instruction: str, text: str, head: str | None) -> None:
    assert checked_sum_head(instruction, text) == head
