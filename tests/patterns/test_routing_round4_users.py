"""Round 4 of issue 9: misspelt question and sum words, two clock times and how long between them, noun phrases
with a relative clause, and counts of things in the world asked with no numbers, in the words users write them."""

import pytest

from patterns import RankingDecider
from patterns.forms import asks_a_span, counts_in_the_world
from patterns.reading import is_claim, routing_text
from patterns.spelling import corrected
from tests.patterns.test_routing_users import specialists


def test_misspelt_question_and_sum_words_are_read_as_meant() -> None:
    assert corrected("wat is 40 percnt of 95") == "what is 40 percent of 95"
    assert corrected("Hw much is 8 pecent of 1,250") == "How much is 8 percent of 1,250"
    assert corrected("What is the tallest tower?") == "What is the tallest tower?"  # nothing to put right


def test_a_misspelt_question_is_no_bare_claim() -> None:
    assert routing_text("wat is 40 percnt of 95") == "what is 40 percent of 95"
    assert not routing_text("hw does a heat pump work").startswith("Is it true")


def test_a_noun_phrase_with_a_relative_clause_is_no_claim() -> None:
    assert not is_claim("circumference of a circle which has a radius of 5 cm")
    assert not is_claim("perimeter of a square whose side is 9 inches")
    assert is_claim("Australia, which has six states, is the smallest continent.")  # its own verb: "is"
    assert is_claim("Mars has a moon which has craters")


def test_two_clock_times_and_how_long_between_them_is_a_span() -> None:
    assert asks_a_span("The library is open from 9:30 to 18:00. How many hours is it open?")
    assert asks_a_span("we leave at 6:40 and arrive at 11:05, how long is the trip")
    assert not asks_a_span("How long is the library open on Sundays?")  # no times given
    assert not asks_a_span("Does the library open at 9:30 or at 10:00?")  # no span asked


def test_a_count_of_something_a_thing_has_is_a_fact_only_without_numbers() -> None:
    assert counts_in_the_world("how many moons does Jupiter have")
    assert counts_in_the_world("Tell me how many hearts an octopus has.")
    assert counts_in_the_world("how many strings has a cello got")
    assert not counts_in_the_world("how many wheels do 17 tricycles have")
    assert not counts_in_the_world("How many days until my birthday?")


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("wat is 40 percnt of 95", "calculator"),
        ("hw much is 8 pecent of 1,250", "calculator"),
        ("whta is 64 devided by 8", "calculator"),
        ("hw does a heat pump work", "researcher"),
        ("The library is open from 9:30 to 18:00. How many hours is it open?", "calculator"),
        ("circumference of a circle which has a radius of 5 cm", "calculator"),
        ("volume of a cube that has edges of 4 cm", "calculator"),
        ("Mount Kilimanjaro, which has three volcanic cones, is in Kenya.", "fact_checker"),
        ("how many moons does Jupiter have", "researcher"),
        ("how many hearts does an octopus have", "researcher"),
        ("Can you tell me how many teeth a dog has?", "researcher"),
        ("how many wheels do 17 tricycles have", "calculator"),
        ("Tom has 48 stickers and gives away a quarter. How many does he have now?", "calculator"),
    ],
)
def test_round4_requests_reach_the_specialist_that_answers_them(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent
