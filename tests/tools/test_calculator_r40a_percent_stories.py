"""Paraphrases of one percentage of one amount told in a story (a part of it, a rise, a cut, VAT added on a price
or on a count of a price each), and near-misses: a part paid up front asked as what is left, the change itself
asked, a price said to include VAT, two changes, a percentage of a whole not given."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The builder wants 20% of his £7,500 quote up front. How much is that?", 1500),
        ("Our savings pot is £1,240. We're spending 35% of it on the trip. How much is that?", 434),
        ("budget £52,000, 18% went on agency staff, how much is that", 9360),
        ("The landlord's rent of £950 a month is going up 5%. What will it be?", 997.5),
        ("my £42 phone contract goes up 7% in april, whats the new price", 44.94),
        ("Day rate £320. Increase: 10%. New rate?", 352),
        ("The shop knocked 25% off the £180 boots. What did they cost me?", 135),
        ("List price £64. Discount 15%. Price after discount?", 54.4),
        ("Catering quote is £2,300 before VAT. What's the total with VAT at 20%?", 2760),
        ("Chairs are £45 each ex VAT and we need 12. VAT is 20%. Total including VAT?", 648),
        ("builder quote £3,400 + vat @ 20%, total?", 4080),
    ],
)
async def test_one_percentage_of_one_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The builder wants 20% of his £7,500 quote up front. How much is left to pay after that?",
        "The landlord's rent of £950 a month is going up 5%. How much more is that?",
        "The oven is £2,199 including 20% VAT. What's the price?",
        "30% of the budget goes on food and the venue costs £450. How much is the food?",
        "20% of his £7,500 quote up front and a 10% tip. How much is that?",
        "The fund is £850 and 15% of it goes to juniors. What percentage is left?",
        "The budget is £52,000 and 18% of the staff are agency. How much is that?",
        "Day rate £320. Increase: 10%. How much is the increase per week?",
        "The £64 jacket had 15% off and the shoes £40. What did I pay?",
        "Catering quote is £2,300 including VAT at 20%. What's the total?",
        "The coat is £200. It's 10% off for members and another 5% off for staff, and I'm both. What do I pay?",
        "The tank holds 2,500 litres and it's 35% full. How many litres to fill it up?",
        "Is 4.9% fixed for five years a good deal, or should we hold off?",
        "4 tickets at $25 each with 10% off, what does each of us pay?",
        "What's 20% VAT on £340, and what's the total once the call-out fee is added?",
    ],
)
async def test_a_percentage_story_that_is_another_question_is_declined(request_text: str):
    await refused(request_text)
