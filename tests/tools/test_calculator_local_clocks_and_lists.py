"""Everyday requests in local forms, read in full:

- clock times written with an 'h' ('16h30', '03h15') are clock times when their form or place says so; a
  duration written so ('the drive took 2h30') is not read as one;
- a day's opening hours asked 'each day' are the span of its two clock times;
- a list labelled 'per trip' averaged 'per trip', and a week's list averaged 'per day', is the mean of its figures;
- enough containers for a count of things ('one bag of charcoal cooks about 22 fish ... how many bags must I buy'),
  and 'have to fill' asks enough, as 'can I fill' asks how many are filled whole;
- money written with letters and a space before it ('Tk 850', 'Fr. 38.50') and the Swiss whole amount
  'Fr. 15'000.–' are amounts like any other;
- a phrase of place after the thing a sentence opens with ('The bâche over my stall is ...') is no division."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I light the fire 16h30 and I close 23h45. How many hours I sell?", 7.25),
        ("The press started at 19h40 and finished at 03h15 the next morning. How long did it run, in minutes?", 455),
        ("The oven went on at 4h50 and I turned it off at 13h25. How many minutes was it on?", 515),
        ("The shop opens at 08:30 and closes at 23:15. How many hours are we open each day?", 14.75),
        ("We open at 9:00 and close at 17:30. How many hours are we open a day?", 8.5),
    ],
)
async def test_clock_times_in_local_forms(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_a_duration_written_with_an_h_is_not_a_clock_time():
    await refused("The drive took 2h30 and the ferry 1h15. Total time?")


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Pounds landed per trip this week: 4,210, 3,875, 5,020 and 4,455. What's the average per trip?", 4390),
        ("My sales this week: 38 500, 42 000, 29 750, 51 250 and 46 500 FCFA. What is the average per day?", 41600),
        ("Sales this week: 38,500, 42,000, 29,750, 51,250 and 46,500. What is the average per day?", 41600),
    ],
)
async def test_the_average_of_a_labelled_list(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Sales over 3 weeks: 700, 840 and 910. What is the average per day?",
        "Pounds landed per trip this week: 4,210, 3,875, 5,020 and 4,455. What's the average per day?",
        "The canoes brought in 34, 41, 28, 52 and 45 kg. What is the average catch per trip?",
    ],
)
async def test_an_average_per_another_thing_than_the_list_is_of_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("One bag of charcoal cook about 22 fish. For the wedding order of 150 fish, how many bags I must buy?", 7),
        ("One brine bath takes 14 wheels. This week I made 93 wheels. How many baths do I have to fill?", 7),
        ("A jar holds 12 cookies. I have 100 cookies. How many jars can I fill?", 8),
    ],
)
async def test_containers_for_a_count_of_things(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_boxes_filled_from_an_amount_are_not_rounded_up_as_boxes_needed():
    await refused("One gift box holds 250 g. How many boxes I fill from 18.1 kg dried fruit?")


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("6 tyres at Tk 850, 4 tubes at Tk 320 and 2 covers at Tk 1,150. Total?", 8680),
        ("Alp shop today: 3 small wheels at Fr. 38.50, 12 pieces Bergkäse at Fr. 14.20 and 5 jars Alpbutter at "
         "Fr. 6.90. What is the total? Merci", 320.40),
        ("I lend Fr. 15'000.– at 2.5% simple interest per year for 3 years. How much interest?", 1125),
        ("CHF 45.- plus CHF 12.50", 57.50),
        ("The bâche over my stall is 4.5 m by 3.2 m. How many square metres?", 14.4),
        ("The shelf above the sink is 1.2 m long. How many cm?", 120),
        ("What is 10 over 4?", 2.5),
    ],
)  # fmt: skip
async def test_money_and_places_in_local_words(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
