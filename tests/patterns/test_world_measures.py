"""A measure of a thing in the world asked with no number ("How long is a marathon?", "how tall is the Eiffel
Tower") is a fact to look up: the researcher's, not the calculator's. With a number given it is a sum, and the
calculator keeps it."""

import pytest

from patterns import RankingDecider
from patterns.world_measures import measures_in_the_world
from tests.patterns.test_routing_users import specialists

FACTS = [
    "How long is a marathon?",
    "how long is a marathon exactly",
    "How tall is the Eiffel Tower?",
    "how deep is the Mariana Trench",
    "How high is Mount Everest?",
    "Tell me how long the Great Wall of China is",
    "How far is the Moon from the Earth?",
]


@pytest.mark.parametrize("request_text", FACTS)
def test_a_measure_of_a_thing_is_looked_up(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "researcher"


@pytest.mark.parametrize("request_text", FACTS[:6:2] + ["How old is the Colosseum?", "how heavy is an elephant"])
def test_the_measure_is_read_as_a_fact(request_text: str) -> None:
    assert measures_in_the_world(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "How long is it from 7:45 am to 3:10 pm?",
        "how far is 5 km in miles",
        "How long is the drive at 60 mph for 150 miles?",
        "How old is someone born in 1990?",
        "How long does it take to boil an egg?",  # no measure of a thing named
    ],
)
def test_a_measure_with_numbers_is_no_fact_to_look_up(request_text: str) -> None:
    assert not measures_in_the_world(request_text)


@pytest.mark.parametrize(
    "request_text",
    ["How long is it from 7:45 am to 3:10 pm?", "how far is 5 km in miles", "How long is 90 minutes in hours?"],
)
def test_sums_stay_with_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"
