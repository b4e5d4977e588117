"""Routing of a text asked for by its name, then its facts ("Need a sign for the pharmacy counter: from June we
close at 1pm on Saturdays ..."): the times and prices are what the text is to say, not numbers to work on, so the
name routes the request to the writer; a sum asked of figures still goes to the calculator."""

import pytest

from patterns import RankingDecider
from tests.patterns.routed import routed


@pytest.mark.parametrize(
    "request_text",
    [
        "Need a sign for the pharmacy counter: from June we close at 1pm on Saturdays, and prescriptions can be "
        "collected until 12:45.",
        "Opening hours notice: we open at 9am and close at 5:30pm from Monday.",
        "Notice for the car park: spaces cost £3 an hour and £12 for the day.",
        "Poster for the gym: classes run from 6:30 to 7:15 every weekday.",
        "Flyer for the quiz night: doors at 7pm, tickets £5, teams of up to 6.",
        "lost dog poster: brown spaniel, answers to Biscuit, missing since 14 March, call 07700 900123",
    ],
)
def test_the_figures_of_a_named_text_are_its_facts(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    "request_text",
    [
        "Invoice total: £240 plus £85.50 plus 20% VAT. What do I bill?",
        "How long is it from 7:45 am to 3:10 pm?",
        "Car park: £3 an hour for 5 hours and 20 minutes. What do I pay?",
    ],
)
def test_figures_asked_for_a_sum_still_go_to_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "calculator"
