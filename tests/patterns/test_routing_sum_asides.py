"""Routing of a sum with an aside after its question ("... What did we actually spend? Treasurer's asking"): the
aside asks nothing, so the request is one part for the calculator; a sentence after the sum that orders, sets
itself apart or names a text to write is still a part of its own."""

import pytest

from patterns import RankingDecider
from patterns.handed_material import request_parts
from patterns.sum_asides import aside_after_a_sum
from tests.patterns.routed import routed_handed


@pytest.mark.parametrize(
    "request_text",
    [
        "Bus pass is €42 a month. What's that over a year? Budget day tomorrow",
        "Rent went from $1,450 to $1,595. What's the percentage rise? Landlord reckons it's fair",
        "Twenty-four tables of eight plus a top table of twelve, how many chairs do we need?? send help",
    ],
)
def test_an_aside_after_a_sum_stays_with_it_and_the_calculator_answers(
    decider: RankingDecider, request_text: str
) -> None:
    assert len(request_parts(request_text)) == 1
    assert routed_handed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 12 times 15? Also, write a note to the caretaker about the chairs.",
        "Rent went from $1,450 to $1,595. What's the percentage rise? Write the landlord a polite reply about it.",
    ],
)
def test_a_job_after_a_sum_is_still_a_part_of_its_own(request_text: str) -> None:
    assert len(request_parts(request_text)) == 2


def test_after_a_yes_no_question_a_statement_is_no_sum_aside() -> None:
    assert not aside_after_a_sum("The Eiffel Tower is in Paris.", "Is 91 a prime number?")
