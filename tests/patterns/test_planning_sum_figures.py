"""Plans for a question that asks for a sum without figures, followed by the figures ("Could you work out my
invoice? I charge 0.09 euro a word and ... came to twelve thousand four hundred words."): one sum, the
calculator's, not a question with nothing to work on and a second part of bare figures."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.sum_figures import asks_a_sum_without_figures
from tests.patterns.test_routing_users import specialists

ONE_SUM = [
    "Could you work out my invoice? I charge 0.09 euro a word and the contract I've just finished came to twelve "
    "thousand four hundred words.",
    "Can you work out my pay for the week? I did 38 hours at £12.40 an hour.",
    "Would you mind working out how long my shift was? Clocked on at 21:45 and off at 07:15 the next morning.",
    "Could you calculate the total for me? Three tickets at $45 and a booking fee of $6.",
    "Please add up my expenses? Taxi £23, hotel £140, dinner £38.",
    "Would you mind figuring out the average? My scores were 72, 85 and 91.",
]


@pytest.mark.parametrize("request_text", ONE_SUM)
def test_the_figures_after_a_sum_asked_without_them_are_its_figures(decider: RankingDecider, request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 1, [p.text for p in pieces]
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        # a part set apart is a job of its own, figures or not
        "Can you work out the tip? Also, the Eiffel Tower is 330 m tall.",
        # an order after the question is no figures
        "Could you work out my invoice? Write a note to Sam that it's due on the 5th.",
        # a question that gives its own numbers takes nothing after it
        "Could you work out 15% of 80? The Nile is 6,650 km long.",
    ],
)
def test_what_is_no_figures_for_the_sum_stays_apart(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Could you work out my invoice?", True),
        ("Would you mind working out how long my shift was?", True),
        ("Could you work out 15% of 80?", False),
        ("Could you write my invoice?", False),
        ("Work out my invoice.", False),
    ],
)
def test_a_sum_asked_without_figures(question: str, asks: bool) -> None:
    assert asks_a_sum_without_figures(question) is asks
