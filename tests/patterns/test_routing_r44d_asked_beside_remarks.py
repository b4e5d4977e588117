"""Single requests routed by what they ask, not by what the user says beside it: a why-question is the
researcher's, whoever asked it and however simply the user wants to pass it on ("many customer ask me, I want
explain simple"); a yes-or-no claim is the fact checker's though a bet rides on it ("we've got R50 on it"); "how
many X are there in a Y" with no figure is a fact to look up, after a "daft question but".
Near-misses keep today's worker: a why about the user's code, a text to write, a unit counted in another, a
question whose figure is its own."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from tests.patterns.routed import routed

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "text",
    [
        "Why do onions make you cry? my kids keep asking",
        "Why do tyres lose pressure in cold weather? customers ask me all the time",
        "Why does milk go sour faster in summer? want to explain to my staff",
        "Why does rust spread so fast on a boat trailer? lots of customers ask me, I want to explain it simply",
        "Why do cows lie down before rain? A farmer swears his herd always does it",
    ],
)
def test_a_why_question_is_the_researchers_whoever_asks_it(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "researcher"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Why does this function return None?", "code_reviewer"),
        ("Why is my code so slow?", "code_reviewer"),
        ("Write a letter in plain English to my landlord saying the boiler is broken", "writer"),
        ("What's 15% of 80? My boss says it's 12", "calculator"),
    ],
)
def test_near_misses_keep_their_worker(decider: RankingDecider, text: str, agent: str) -> None:
    assert routed(decider, text) == agent


@pytest.mark.parametrize(
    "text",
    [
        "Is Canberra the capital of Australia? My brother says no and I say yes, we've got $20 on it",
        "Is the Shard taller than the Eiffel Tower? me and the lads have a tenner on it",
        "Did Ireland win the 2007 Rugby World Cup? my uncle says yes, there's £5 riding on it",
    ],
)
def test_a_claim_with_a_bet_on_it_is_checked(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "fact_checker"


@pytest.mark.parametrize(
    "text",
    [
        "Daft question but how many balls are there in an over? Settling an argument with the parents",
        "Probably a stupid question, but how many players are there on a netball team?",
        "Stupid question: how many strings are there on a cello?",
        "how many bones are there in the human body",
    ],
)
def test_how_many_a_thing_holds_is_looked_up(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "researcher"


@pytest.mark.parametrize(
    "text",
    [
        "how many minutes are there in a week?",
        "how many ml are there in a pint?",
        "how many grams are there in an ounce",
        "Daft question but what's 15% of 80?",
        "How many tiles are there in a room 4 m by 3 m if each tile is 0.5 m square?",
    ],
)
def test_a_unit_in_another_or_a_given_figure_stays_a_sum(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "calculator"
