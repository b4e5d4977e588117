"""Paraphrases of a story told of someone or something other than the speaker ('The giraffe gets 4.5 kg a day'), of
a period sized by a count ('over a 31-day month'), of a group counted by 'of' ('crew of 7'), of 'the other three'
in a party and of where a shared amount came from ('the £2,340 we made at the festival'), with the near-misses
that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the one the story is about, said before what it did
        ("An elephant drinks roughly 150 litres a day. How many litres is that a week?", 1050),
        ("My little one has a temperature of 38.5 C, what is that in Fahrenheit?", 101.3),
        ("One pupil attended 152 out of 178 sessions this term. What's that as a percentage?", 85.393258427),
        ("One TA does 27.5 hours a week at £12.80 an hour. What's the weekly cost?", 352),
        ("The old boiler burns 3.2 litres of oil an hour. How much oil in 6 hours?", 19.2),
        ("Our neighbour's dog eats 400 g of food a day. How many kg is that in 2 weeks?", 5.6),
        ("The cat weighs 4.2 kg. What is that in pounds?", 9.25941501176),
        ("The printer makes 35 pages a minute. How many pages in 12 minutes?", 420),
        ("A patient weighs 72 kg. What's that in stone?", 11.3380591981),
        # a period sized by its count
        ("The giraffe gets 4.5 kg of browse a day. How much is that over a 31-day month?", 139.5),
        ("We burn 40 kg of pellets a week. How much is that across a 52-week year?", 2080),
        ("I drive 42 miles a day. How far over a 5-day week?", 210),
        ("I use 2.5 litres of milk a day. How much over a 30-day month?", 75),
        ("The pump moves 30 litres a minute. How much in a 45-minute shift?", 1350),
        ("I pay £38 a month for the gym. How much over a 12-month contract?", 456),
        ("I work a 40-hour week at £15 an hour. What's my weekly pay?", 600),
        ("A 6-week course costs £180. What's that per week?", 30),
        # a group counted by 'of'
        ("Get-in crew of 7, each working 9 hours at £16.50 an hour. What's the labour cost?", 1039.5),
        ("A cleaning team of 4, each doing 6 hours at $21 an hour. What's the total cost?", 504),
        ("Crew of 5 working 8 hours each at €14 an hour, what's the wage bill?", 560),
        # the rest of a party, said as 'the other three'
        ("Split £1,260 evenly between me and the other three", 315),
        ("Share $900 equally between me and the other 2 drivers", 300),
        ("Split the £1,260 bonus pot evenly between me and the other three mechanics", 315),
        # where a shared amount came from
        ("Split the £2,340 we made at the beer festival equally between the four of us partners", 585),
        ("Split the £2,340 we made equally between the four of us", 585),
        ("Share the $860 I won in the raffle equally between me and my 3 kids", 215),
        ("Split the €1,500 we raised at the summer fete evenly between the 5 of us", 300),
    ],
)  # fmt: skip
async def test_story_opening_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The kids eat 2 slices each. How many slices?",  # how many kids is a number of the sum
        "The discount gives 20% off. What do I pay?",
        "Crew of 7 worked at £16.50 an hour. What's the labour cost?",  # the hours are missing
        "14 drivers pay £95 a week rent each. How much is that over a 52-week year?",  # each one's, or all of it?
        "Split £1,260 evenly between me and the other three days",
        "Split the £2,340 we made at the 3 festivals equally between the four of us",
        "The giraffe gets 4.5 kg of browse a day. How much is that over a long month?",
        "My son is a 2-year-old. What's 20% of £50?",  # an age, not a stretch of two years
        "The UK recipe says 2 pints. What's that in ml?",  # what says it decides the pint
        "The label says half the bag holds 2.5 kg. What's that in pounds?",
        "Our newborn takes",
    ],
)
async def test_story_opening_near_misses(request_text: str):
    await refused(request_text)
