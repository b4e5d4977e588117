"""Paraphrases of people coming and going, figures said again in brackets, and means of lists told with their
labels; near-misses that change the count or the sum are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We boarded 186 passengers in Manchester, then on the stopover 41 got off and another 23 joined. How many"
         " on board now?", 168),
        ("The bus had 52 people, 17 got off at the station and 9 got on. How many are on the bus now?", 44),
        ("There were 240 in the hall, 35 left at the interval and 12 more arrived. How many are there now?", 217),
        ("We started with 186 passengers, 41 got off and 23 got on. How many on board?", 168),
        ("The ward had 28 patients this morning; 6 were discharged and 4 admitted. How many patients now?", 26),
        ("We had 45 at the start of the meeting, 12 left early and another 8 turned up late. How many were there at"
         " the end?", 41),
        ("52 people on the bus, 17 got off, 9 got on, 4 got off. how many on the bus now?", 40),
        ("The choir had 38 singers last term, 5 left and 9 joined this term. How many singers are in the choir"
         " now?", 42),
        ("The hostel had 60 guests, 14 checked out and 9 checked in. How many guests are there now?", 55),
    ],
)  # fmt: skip
async def test_people_coming_and_going(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The train had 200 people, 30 got off and some got on. How many are on the train now?",
        "The ferry had 320 on board, 85 got off at Douglas and 40 got on. How many got off?",
        "The ferry had 320 on board, 85 got off at Douglas and 40 got on. How many left?",
        "The ferry had 320 on board, 85 got off at Douglas and half of them came back. How many on board now?",
        "The ferry had 320 on board, 85 got off and 40 got on, 10 of them crew. How many passengers now?",
        "There were 90 on board and 20 got off, twice. How many now?",
        "The plane had 150 passengers and 30 got off at each stop. How many after 2 stops?",
        "41 got off and 23 got on. How many on the bus now?",
    ],
)
async def test_moves_the_count_cannot_take_are_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The bag pack raised £612.40, the cake sale £148.75 and the sponsored silence £203 (best £203 ever, peace"
         " and quiet). How much altogether?", 964.15),
        ("Tickets were €1,200 at the door and €850 online (€850 is our best yet). Total takings?", 2050),
        ("My pupils' Grade 3 marks this session were 128, 134, 119, 141 and 137. What's the average mark? Quite"
         " proud of them tbh", 131.8),
        ("Year 6 spelling test scores: 14, 17, 12, 19 and 18. What's the mean?", 16),
        ("My shifts were 12.5, 11, 12.5, 8 and 10 hours. What's my average shift length?", 10.8),
        ("Runs this week were 5.2, 6.8 and 4.4 km. What's my average run distance?", 5.4667),
        ("My flying hours for the last six months were 78, 84, 91, 69, 88 and 75. Whats my average per month?",
         80.8333),
        ("Our bills for the past 4 months were £120, £95, £130 and £105. What's the average per month?", 112.5),
    ],
)  # fmt: skip
async def test_lists_told_with_labels_and_remarks(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Raffle made £310, tombola £95 (£95 each day) and the bake sale £142. What's the total?",
        "My flying hours for the last six months were 78, 84, 91, 69, 88 and 75. Whats my average per week?",
        "My flying hours for the last five months were 78, 84, 91, 69, 88 and 75. Whats my average per month?",
    ],
)
async def test_remarks_that_change_the_sum_are_declined(request_text: str):
    await refused(request_text)


async def test_people_on_a_bus_are_counted_as_they_come_and_go():
    solved_ = await solved("There were 30 people on the bus; 12 got off and 7 got on. How many are on the bus now?")
    assert solved_["result"] == 25
