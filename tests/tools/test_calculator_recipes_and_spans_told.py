"""One ingredient of a recipe asked for another number of people, whatever the other ingredients ('the recipe for 6
people uses 750 g of semolina and 1.2 kg of lamb. We are 22 at lunch.'); the time between clock times told with a
part of today ('5:30 this morning', '23:10 tonight') or 'every day ... per day'; a step 'First calculate how many
...' read as its question; and the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "My mother's matapa recipe for 4 people uses 600 g of cassava leaves, 250 g of ground peanuts and 400 "
            "ml of coconut milk. For my daughter's birthday I cook for 14 people. How many grams of ground peanuts "
            "do I need?",
            875,
        ),
        (
            "Couscous for the mill workers: the recipe for 6 people uses 750 g of semolina and 1.2 kg of lamb. We "
            "are 22 at lunch. How many kg of lamb do I buy?",
            4.4,
        ),
        (
            "Kaiserschmarrn for 4 portions: 200 g flour, 4 eggs, 300 ml milk, 40 g sugar. Saturday we need 30 "
            "portions. How many litres of milk?",
            2.25,
        ),
        (
            "Voilà, the line started pressing at 5:30 this morning and we stopped at 23:10 tonight. How long did it "
            "run, in total minutes?",
            1060,
        ),
        ("The stall opened at 6:15 this morning and closed at 7:40 this evening. How many minutes was it open?", 805),
        (
            "I work on the Nain carpet from 8:30 to 12:45 and again from 14:00 to 18:15 every day. How many hours do "
            "I work per day, as a decimal number?",
            8.5,
        ),
        (
            "One basket holds 120 oysters. First calculate how many baskets we need for 205,000 oysters, rounded up "
            "to whole baskets.",
            1709,
        ),
    ],
)
async def test_told_as_people_tell_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # two ingredients end in the word asked
        "The recipe for 4 people uses 200 g of brown sugar and 100 g of white sugar. For 12 people, how many grams "
        "of sugar?",
        # the people of the recipe are not the people wanted
        "The recipe for 6 people uses 1.2 kg of lamb. 2 people are vegetarian. How many kg of lamb?",
        # amounts of one thing, added: never one of them alone
        "The 5 children each receive 3 sweets from me and 2 sweets from the teacher. How many sweets?",
        # three figures, but no list of three: the count of barrels is a figure of the sum
        "One barrica holds 225 litres. How many bottles of 70 cl I can fill from 3 barricas?",
        # a week asked of a day's spans
        "I work from 8:30 to 12:45 every day. How many hours do I work per week?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)
