"""Paraphrases of a rate per a unit of a measure applied to how much of that measure there is ('2.5 bags per
hectare on 12 hectares'), an amount so many times a period ('3 kg twice a day'), an amount each one of a counted
group has ('78 lbs a day each'), a mix said per so much of what it goes into, and tiles said by what one covers;
and near-misses with a figure missing, a question the givens cannot answer, or a count that is not said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The barley yielded 3.2 tonnes per hectare over 40 hectares. How many tonnes in all?", 128),
        ("Seed rate is 2.5 bags per hectare and the field is 12 hectares. How many bags?", 30),
        ("I'm planting 3 trees per acre across 40 acres - how many trees do I need?", 120),
        ("yield 23.5 tons per acre, 85 acres. how many tons?", 1997.5),
        ("85 acres at 23.5 tons an acre, how many tons in total?", 1997.5),
        ("We've 40 cows, each given 3 kg of feed twice a day. How many kg of feed a day?", 240),
        ("Each ewe gets 2 litres of water twice a day and there are 30 ewes. Litres a day?", 120),
        ("5 ml three times a day for 7 days. How many ml?", 105),
        ("Tub says 2 lbs of powder per 3 gallons of water. I mix 30 gallons a day. Pounds a day?", 20),
        (
            "Milk replacer goes 1.5 lbs of powder per 2 gallons of water; 14 calves each get 2 gallons a day. "
            "How many pounds of powder a day?",
            21,
        ),
        (
            "Bag says 1.5 lbs of powder per 2 gallons of water. 14 calves each getting 1 gallon twice a day. "
            "How many pounds of powder do I go through a day?",
            21,
        ),
        ("120 hens eating 110 grams of feed a day each. How many grams of feed a day?", 13200),
        ("142 cows averaging 78 lbs a day each. How many pounds of milk a day for the whole herd?", 11076),
    ],
)
async def test_a_rate_per_a_measure_or_each_one(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A tile covers 0.11 m2. The roof is 186 m2. How many tiles?", 1691),
        ("Roof area 186 square metres, each tile covers 0.11 square metres - how many tiles do I need?", 1691),
        ("tiles cover 0.11m2 each, roof is 186m2, how many tiles to order", 1691),
        ("Each slate covers roughly 0.25 m2 and the roof is 60 m2. How many slates must I get?", 240),
    ],
)
async def test_tiles_said_by_what_one_covers(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Urea is ₱1,625 a bag and the technician says 4 bags per hectare. How much for my whole field?",
        "23.5 tons per acre. How many tons?",
        "23.5 tons per acre on 85 acres. How much does it cost?",
        "23.5 tons per acre on 85 acres. How many bales?",
        "23.5 tons per acre on 85 acres. How many kg?",
        "23.5 tons per acre on 85 acres and 10 acres were lost to flooding. How many tons?",
        "a post every metre along 30 metres. How many posts?",
        "We plant 400 bulbs per acre on 2.5 acres. How many bulbs each?",
        "We plant 400 bulbs an hour for 2.5 hours. How many bulbs each?",
        "4 tiles per square metre over 30 square metres. How many tiles?",
        "1.5 lbs of powder per 2 gallons of water. Some calves each getting 1 gallon twice a day. "
        "How many pounds of powder a day?",
        "1.5 lbs of powder per 2 gallons of water. 14 calves getting 1 gallon twice a day. How many pounds a day?",
        "1.5 lbs of powder per 2 gallons of water. 14 calves each getting 1 gallon a day. How much does it cost?",
        "My cows average 78 lbs a day each. How many pounds of milk a day for the whole herd?",
        "Each roof tile covers 0.11 m2 and the roof area is 186 m2. How many boxes must I order?",
        "Each roof tile covers 0.11 m2 and the roof is 186 m2 but 20 m2 is a skylight. How many tiles?",
        "Each tile covers 0.11 m2 and the roof area is 186 m2. How many tiles, with 10% for breakages, and the cost?",
    ],
)
async def test_a_rate_with_a_figure_missing_or_another_question_is_declined(request_text: str):
    await refused(request_text)
