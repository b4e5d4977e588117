"""Families tuning_heldout_10 showed the calculator declining (issue 9), on counts: whole containers for a count
('the tables seat 8', rounded up), an amount done so many times a period over so many periods ('42 km, 6 times a
shift, over five shifts'), a number that names a thing ('the number 42 bus'), and a list whose unit is said once
after its last number ('24, 26 and 28 minutes'). Near misses still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "Christening next month, 90 guests and the long tables seat 10 each. How many tables should I book?",
            "9 tables",
        ),
        ("125 people are coming and each coach holds 40. How many coaches are needed?", "4 coaches"),
        ("How many boxes do I need to pack 100 books if each box holds 12 books?", "9 boxes"),
        ("There are 130 pupils and a minibus carries 15. How many minibuses do we need?", "9 minibuses"),
        ("64 guests, 6 per table. How many tables?", "11 tables"),
        ("We need 30 cans, in packs of 6. How many packs do I buy?", "5 packs"),
    ],
)
async def test_whole_containers_for_a_count_round_up(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert solution["problem"] == "containers needed"


@pytest.mark.anyio
async def test_a_part_filled_container_is_said_to_be_rounded_up():
    solution = await solved("125 people are coming and each coach holds 40. How many coaches are needed?")
    assert solution["notes"] == ["rounded up to whole coaches: the last one is partly filled"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "90 guests and the tables seat 10 each, 2 tables are reserved. How many tables?",
        "90 guests and the tables seat 10 each. How many chairs do I need?",
        "100 books and each box holds 12 mugs. How many boxes?",
        "Each coach holds 40. The school has 6 classes. How many coaches?",
        "90 guests and the tables seat 10 each. How many tables if 12 guests cancel?",
        "90 guests and the tables seat 10 each. How many hours?",
        "90 guests at £12 each and the tables seat 10. How many tables?",
    ],
)
async def test_near_misses_of_containers_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "The full loop is 18 km and I ride it 3 times a shift. How many km is that over a four shift week?",
            "216 kilometers",
        ),
        ("I swim 400 m four times a week. How far do I swim in 12 weeks?", "19200 meters"),
        ("The lap is 1.5 km and I run it twice a session. How many km in 10 sessions?", "30 kilometers"),
        ("The circuit is 9 miles. I walk it 2 times a day. How many miles over 6 days?", "108 miles"),
        ("I carry 25 kg of feed to the barn 4 times a day, how many kg in 7 days", "700 kilograms"),
    ],
)
async def test_an_amount_repeated_each_period_over_several_periods(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert solution["problem"] == "amount repeated"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The route is 42 km there and back, 6 times a shift. How many km in 5 shifts?",
        "The route is 42 km and I do it 6 times a shift. How many km in 5 days?",
        "The route is 42 km and I do it 6 times a shift and 3 times on Sunday. How many km in 5 shifts?",
        "The route is 42 km and we each do it 6 times a shift. How many km in 5 shifts?",
        "The route is 42 km and I do it 6 times a shift. How many hours in 5 shifts?",
    ],
)
async def test_near_misses_of_a_repeated_amount_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I drive the number 42 bus, the full route is 42 km and I do it 6 times a shift. How many km is that "
            "over a five shift week?",
            1260,
        ),
        ("I catch the 73 bus, the trip is 8 km and I do it twice a day. How many km in 5 days?", 80),
        ("Route 9 is 14 km and I drive it 3 times a shift. How many km over 4 shifts?", 168),
        ("The number 7 bus route is 12 km, I drive it 5 times a shift. How far in 3 shifts?", 180),
    ],
)
async def test_a_number_naming_a_bus_or_a_route_is_not_a_quantity(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["what is the number 42 times 2 buses", "the 42 buses hold 40 each. how many seats?", "route 9 km plus 4 km"],
)
async def test_numbers_that_count_are_not_set_aside_as_names(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_name_number_said_again_in_the_sum_is_still_read():
    assert (await solved("I drive the number 42 bus. What is 42 times 3?"))["result"] == 126


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("my 5k times this month were 24, 26, 22, 27 and 28 minutes. what's my average?", "25.4 minutes"),
        ("our 10k results were 51, 49 and 56 minutes. what is the median?", "51 minutes"),
        ("average of 61, 58 and 66 kg", "61.6666666667 kilograms"),
        ("The parcels weighed 2, 3.5 and 4 kg. What's the mean?", "3.16666666667 kilograms"),
    ],
)
async def test_a_list_with_its_unit_said_once_at_the_end(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["the mean of 3 kg, 5 and 10", "mean of 3, 5 and 10%", "average of 5k times 3 and 4", "mean of 3, 5 kg and 10"],
)
async def test_a_list_with_a_unit_on_only_some_numbers_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My marks this term are in: 72 in maths, 85 in English, 64 in science and 91 in art. What's my average?", 78),
        ("My scores were 72 in maths, 85 in English and 64 in science. What's the median?", 72),
        ("I got 6 in French, 8 in German and 7 in Spanish. what's the mean?", 7),
        ("Points this season: 12 in March, 18 in April, 9 in May. What's the total?", 39),
    ],
)
async def test_a_list_with_each_number_labelled(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My scores were 72 in maths, 85 in 3 tests and 64 in science. What's the average?",
        "the mean of 72 in maths, 85 in English except art",
    ],
)
async def test_a_labelled_list_with_a_number_or_change_in_a_label_declines(request_text: str):
    await refused(request_text)
