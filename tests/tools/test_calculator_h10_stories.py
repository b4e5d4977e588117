"""Families tuning_heldout_10 showed the calculator declining (issue 9), in stories: a box named before its lengths
with no verb ('a raised veg bed 2.4 m long, ...') and filled ('how many litres do I need to fill it'), a price a
thing times things a week times weeks ('£14.80 a bag, 3 bags a week, over 13 weeks'), and a part named by its
percentage ('a 25% deposit', 'they take a 12% fee') asked itself or as what is left. Near misses still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Building a raised veg bed 2.4 m long, 1.2 m wide and 0.3 m deep. How many litres of soil do I need to "
            "fill it?",
            864,
        ),
        ("a sandpit 2 m long, 1.5 m wide and 0.25 m deep. how many litres of sand to fill it", 750),
        ("I'm making a planter 80 cm long, 40 cm wide and 30 cm deep. How many litres of compost will it take?", 96),
        ("A tank is 1.2 m long, 0.5 m wide and 0.5 m deep. How many litres of water do I need to fill it?", 300),
    ],
)
async def test_a_box_named_before_its_lengths_filled_in_litres(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "a raised bed 2.4 m long, 1.2 m wide and 0.3 m deep, half full. How many litres?",
        "a raised bed 2.4 m long and 1.2 m wide. How many litres of soil to fill it?",
        "a raised bed 2.4 m",
    ],
)
async def test_near_misses_of_a_filled_box_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Cattle feed is £12.50 a bag and the herd gets through 4 bags a week. What will feed cost me over 10 "
            "weeks?",
            500,
        ),
        ("Dog food is $30 a sack and we use 2 sacks a month. How much over 12 months?", 720),
        ("£3.20 a bale, 15 bales a week, for 8 weeks. How much?", 384),
        ("Logs cost €85 a load and we burn 2 loads a month. What does it cost for 6 months?", 1020),
    ],
)
async def test_a_price_a_thing_times_things_a_period_times_periods(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Feed is £14.80 a bag and we use 3 sacks a week. How much over 13 weeks?",
        "Feed is £14.80 a bag and we use 3 bags a week, 2 of them free. How much over 13 weeks?",
        "Feed is £14.80 a bag and we use 3 bags a week. How much per month?",
    ],
)
async def test_near_misses_of_a_price_a_thing_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("The venue wants a 25% deposit on the 8,400 dollar package. How much is the deposit?", "$2,100.00"),
        ("what's a 10% deposit on a £25,000 car", "£2,500.00"),
        ("client paid me 1,800 through the platform but they take a 12% fee. what do I actually recieve?", "1,584.00"),
        ("I sold a painting for £600 and the gallery takes 30%. How much do I keep?", "£420.00"),
        ("A 10% deposit on a £25,000 car. How much is left to pay?", "£22,500.00"),
        ("The agency takes a 15% commission on my $2,000 invoice. What's the commission?", "$300.00"),
    ],
)
async def test_a_part_named_by_its_percentage_or_what_is_left(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The platform adds a 12% fee to 1,800. What do I pay?",
        "client paid me 1,800 and they take a 12% fee plus 20% tax. what do I receive?",
        "25% deposit on $8,400 for each of 3 rooms. How much is the deposit?",
        "The venue wants a 25% deposit on the 8,400 dollar package. How much is the package?",
        "I earn £950 a month and the agent takes 12%. How much do I keep?",
    ],
)
async def test_near_misses_of_a_named_part_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Patient weighed 82.4 kg at admission and 79.1 kg today. What percentage of his body weight has he lost?",
            4.00485436893,
        ),
        ("The dog weighed 12 kg in May and is 13.5 kg now. What percentage has it gained?", 12.5),
        ("I weighed 95 kg in January and 88 kg now. What percentage have I lost?", 7.36842105263),
        ("The lamb was 4 kg at birth and is 10 kg today, what percentage has it gained?", 150),
    ],
)
async def test_a_weight_then_and_now_with_the_percentage_lost_or_gained(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I weighed 80 kg and lost 5 kg. What percentage have I lost?",
        "Kate won 9 races and lost 6. What percent of them did she win?",
        "I weighed 80 kg and now 85 kg. What percentage have I lost?",
    ],
)
async def test_near_misses_of_a_weight_lost_decline(request_text: str):
    await refused(request_text)
