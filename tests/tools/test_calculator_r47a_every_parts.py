"""A mix told as so much of one for every so much of another, answered by its part or its whole and never added up;
portions to order, rounded up; and a price said after a measured amount with 'at' alone, which is declined when a
price per unit depends on whether it was the lot's or the unit's."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Salam. For the crépissage we mix the banco with rice husk, 1 basket of husk for every 4 baskets of "
            "earth. We need 90 baskets of mix in total. How many baskets of earth must the boys carry?",
            72,
        ),
        (
            "We use 2 buckets of sand for every bucket of cement. I have 7 buckets of cement. How many of sand?",
            14,
        ),
        ("1 kg of salt for every 20 kg of cabbage. I have 50 kg of cabbage, how much salt?", 2.5),
        (
            "For the crépissage we mix 1 basket of rice husk for every 4 baskets of earth. We need 90 baskets of mix "
            "in total. How many baskets of earth?",
            72,
        ),
        (
            "1 basket of rice husk for every 4 baskets of red earth. We have 20 baskets of rice husk. How many "
            "baskets of red earth?",
            80,
        ),
        ("3 scoops of feed for every 2 scoops of bran, 40 scoops altogether. How many scoops of bran?", 16),
        ("2 cups of water for every cup of rice. How many cups of water for 3 cups of rice?", 6),
        (
            "Need 1,850 litres of diesel for the cat and the pump this season. It comes in 205-litre drums. "
            "How many drums do I order?",
            10,
        ),
    ],
)
async def test_a_mix_for_every_part_and_portions_to_order_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # the three amounts are no sum, and 'more' changes the mix
        "1 basket of husk for every 4 baskets of earth and 90 baskets. How many baskets altogether?",
        "We use 1 basket of husk from the mill for every 4 baskets of earth, 90 baskets. How many baskets in total?",
        "1 basket of husk for every 4 baskets of earth. We need 90 baskets of mix and 5 more of husk. "
        "How many baskets of earth?",
        # the one price of a kilo, or of the lot?
        "Bought cedrón 2 kg at ₲ 30.000 and then 3 kg at ₲ 45.000. What is my average price per kilo?",
        "Bought 2 kg at $3 and then 3 kg at $4. What is my average price per kilo?",
    ],
)
async def test_a_ratio_never_added_and_a_lot_or_unit_price_is_declined(request_text: str):
    assert await refused(request_text)


async def test_a_price_said_per_kilo_or_for_the_lot_is_averaged():
    assert (await solved("Bought 2 kg for $6 and then 3 kg for $12. What is my average price per kilo?"))[
        "result"
    ] == pytest.approx(3.6)
