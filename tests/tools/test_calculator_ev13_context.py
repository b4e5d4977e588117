"""Everyday requests told with more around the numbers: an interjection, a school year naming a class, a unit said
once for both ends of a change, a scene with 'how to' and 'with', a sized thing being done, money left untouched.
Each is read as the same request said plainly; what would change the sum still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Ugh, my landlord just put the rent up from 950 to 1,020 euros a month. What percentage increase is that?",
         7.368421),
        ("My boss bumped my pay from 14 to 15.50 dollars an hour. What percentage increase is that?", 10.714286),
        ("Our gym raised the fee from 30 to 36 euros a month. What percent increase?", 20),
        ("They put the price up from 40 to 46 pounds, what's the percentage increase?", 15),
        ("Argh, what's 10% of 50?", 5),
        ("Hmm, 12 times 14?", 168),
    ],
)  # fmt: skip
async def test_a_change_with_its_unit_said_once_or_an_interjection_first(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "the landlord put the rent up from 950 to 1,020 euros a month. What percentage decrease is that?",
        "the landlord put the rent up from 950 kg to 1,020 euros a month. What percentage increase is that?",
        "ugh, the meaning of life",
    ],
)
async def test_a_change_the_wrong_way_or_between_two_kinds_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My year 10 class got these test scores: 72, 85, 91, 64, 78, 88. What's the mean score?", 79.666667),
        ("The grade 5 students scored 12, 15, 18 and 11 on the quiz. What is the average?", 14),
        ("Our year 7 pupils raised £240, £185 and £310 at the fair. What's the total?", 735),
        ("My year 12 maths set got 55, 61, 70 and 82 in the mock. What's the median?", 65.5),
    ],
)
async def test_a_school_year_names_the_class(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["My class got these scores for year 10: 72, 85. What's the mean?", "my 10 year class got 72, 85, 91. mean?"],
)
async def test_a_year_said_otherwise_is_not_set_aside(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Helping my daughter with homework and I've forgotten how to do these. 3x + 7 = 31, what is x?", 8),
        ("Helping my daughter with homework. What is 3 + 4?", 7),
        ("Sitting with my son at the kitchen table. What's 15% of 360?", 54),
        ("Helping my grandson with his homework and I have forgotten how to do these. What is 7 times 8?", 56),
        ("I've forgotten how to do these. Solve 2x + 9 = 25", 8),
    ],
)
async def test_a_scene_with_how_to_and_with_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Dinner with friends. The bill is $80, what does each pay?",
        "Shopping with a discount. What is 20% of 50?",
    ],
)
async def test_a_scene_with_people_or_a_charge_stays(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Running a 10 mile charity race on Sunday, how many km is that?", 16.09344),
        ("Walking a 12 mile coastal path tomorrow. How far is that in km?", 19.312128),
        ("Doing a 26.2 mile marathon, how many km?", 42.1648128),
    ],
)
async def test_a_sized_thing_being_done_is_read_on_its_own(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["Running a 10 mile race twice, how many km is that?", "Running a 10 mile race in 80 minutes, how many km?"],
)
async def test_a_sized_thing_done_more_than_once_or_timed_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I've got $5,000 in a savings account at 3.5% interest compounded annually. How much will be in there "
         "after 4 years if I don't touch it?", 5737.62),
        ("I've got €10,000 at 2.5% interest compounded monthly. How much after 5 years if I never touch it?",
         11330.01),
        ("I have $800 in savings at 5% simple interest. How much after 2 years if I do not touch the money?", 880),
        ("We've got £2,000 in savings at 4% interest compounded annually. How much after 3 years if we don't "
         "touch it?", 2249.73),
    ],
)  # fmt: skip
async def test_money_left_untouched_grows_as_the_interest_says(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I've got $5,000 in a savings account at 3.5% interest compounded annually. How much will be in there after "
        "4 years if I don't add to it?",
        "I've got $5,000 in a savings account at 3.5% interest. How much will be in there after 4 years if I don't "
        "touch it?",
    ],
)
async def test_money_added_to_or_interest_of_no_kind_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("156 of our 240 reviews were 5 stars, what percent is that?", 65),
        ("42 of the 60 guests gave 5 stars. What percentage is that?", 70),
        ("18 out of 25 ratings were 4 stars, what percent?", 72),
        ("12 out of my 30 plants survived, what percent is that?", 40),
        ("9 of their 12 games were wins, what percentage is that?", 75),
    ],
)
async def test_a_share_of_our_things_and_a_rating_naming_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "156 of our 240 reviews gave 5 stars and 30 gave 4 stars, what percent?",
        "156 of our 240 reviews were 7 stars, what percent is that?",
    ],
)
async def test_two_ratings_or_no_rating_out_of_five_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Ask the calculator and the researcher this one: how many metres are there in a mile?", 1609.344),
        ("Get the calculator and the fact checker to answer this: what is 15% of 80?", 12),
        ("Ask both the calculator and the writer: how many feet in 3 metres?", 9.842520),
        ("Calculator: what's 12 x 12?", 144),
    ],
)
async def test_whom_the_question_is_put_to_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Ask the researcher this one: how many metres are there in a mile?",
        "Ask the calculator twice: 5 + 5",
        "Ask the calculator: the meaning of life",
    ],
)
async def test_a_question_put_to_another_or_asked_twice_declines(request_text: str):
    await refused(request_text)
