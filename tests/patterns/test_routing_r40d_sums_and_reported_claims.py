"""Round 40: a request whose last clause asks for a number from figures it gives is the calculator's, whatever claim
words it has ("I claim 45p a mile"), asked with or without its question mark ("what do I put on the expenses",
"total hours?", "avg speed in km/h"); someone reported as saying a thing ("bloke on my bus reckons ... is he
right?") is a claim to check; the user's day told with its "I" left out ("did 7 grooms at £48 ..., what's my
takings") is the figures of the question after it, not a question of its own; near-misses keep their readings."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.asked_sums import sum_asked
from patterns.handed_material import request_parts
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def best(decider: RankingDecider, text: str) -> str:
    return decider.rank_now(text, specialists())[0].worker


@pytest.mark.parametrize(
    "text",
    [
        "drove 46 miles each way to the venue, I claim 45p a mile. what do I put on the expenses",
        "I do 120 miles a week for work and the firm pays 45p a mile, what do I claim for the week",
        "My mileage claim: 212 miles at 45p a mile. What do I put on the form?",
        "cut 9 lawns at £25 and 3 hedges at £40 this week, what's my takings",
        "Sold 14 loaves at £3.20 and 6 cakes at £12 at the market. what did I take",
        "Did 4 nights this month at 12.5 hrs each plus one 7.5 hour day shift. total hours?",
        "Worked 3 lates at 8.5 hours and 2 earlies at 7 hours this week, total hours please",
        "avg speed if i did 36 miles in 54 mins",
        "one of my lads ran 5 km in 24 mins, avg speed in km/h",
        "scores this season 2, 0, 3, 1, 4 - avg goals per game?",
    ],
)
def test_a_number_asked_of_figures_given_goes_to_the_calculator(decider: RankingDecider, text: str) -> None:
    assert best(decider, text) == "calculator"


@pytest.mark.parametrize(
    "text",
    [
        "bloke on my bus reckons the Channel Tunnel is about 50 km long. is he right?",
        "neighbour says the Severn Bridge is 1,600 metres long. is she right?",
        "a lad at work reckons Big Ben's tower is 96 m tall, true?",
        "some bloke on the radio says the Nile is 6,650 km long. is that right?",
        "lad down the gym says creatine is safe to take every day. true?",
        # a statement with an average or a total in it asks nothing to work out
        "The average rainfall in London is 600 mm and in Paris 640 mm.",
        "The total distance of the London Marathon is 26.2 miles, about 42 km.",
    ],
)
def test_someone_reported_or_a_stated_figure_is_a_claim_to_check(decider: RankingDecider, text: str) -> None:
    assert best(decider, text) == "fact_checker"


@pytest.mark.parametrize(
    "text",
    [
        "what do I put on the expenses",  # no figures to work it out from
        "I claim 45p a mile. what do I put on the expenses",  # one figure: the miles are missing
        "total hours?",
        "Average rainfall in London is 600 mm, in Paris 640 mm",  # a statement, no ask
        "2 kids aged 5 and 7, which school is best for them",  # asks no quantity
    ],
)
def test_no_sum_is_read_without_two_figures_and_an_ask_for_one(text: str) -> None:
    assert sum_asked(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "did 7 full grooms at £48 and 5 nail clips at £10 today, what's my takings",
        "had 12 covers at £35 and 4 kids meals at £8 tonight, what did we take?",
        "Did 3 school runs at 4.2 miles each, how far is that altogether?",
    ],
)
def test_the_users_day_told_before_a_question_is_one_part(text: str) -> None:
    assert len(request_parts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Did the Romans build Hadrian's Wall, and what is 15% of 80?",
        "Did 7 people come to the party, and what is 15% of 80?",  # "and" asks anew
        "Did 7 people come to the party? what is 15% of 80?",
    ],
)
def test_a_question_opening_with_did_stays_a_part_of_its_own(text: str) -> None:
    assert len(request_parts(text)) == 2
