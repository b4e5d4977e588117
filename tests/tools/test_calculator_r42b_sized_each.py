"""A pack's size said with 'each' after it ('the balls are 50 g each', 'tins are 5 litres each') is one pack's
size, as 'each tin holds 5 litres' is: the whole packs an amount needs are counted, rounded up."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "count"),
    [
        ("My jumper pattern needs 620 g of wool, and the balls are 50 g each. How many balls must I buy?", 13),
        ("I need 620 g of wool, and the balls are 50 g each. How many balls must I buy?", 13),
        ("The wall needs 23 litres of paint and tins are 5 litres each. How many tins should I buy?", 5),
    ],
)
async def test_a_pack_size_said_with_each_counts_whole_packs(request_text: str, count: int):
    assert (await solved(request_text))["result"] == count


@pytest.mark.parametrize(
    "request_text",
    [
        "The wall needs 23 litres of paint and tins are 5 litres each. How many tins should I buy and what will they "
        "cost?",
        "The wall needs 23 litres of paint and tins cost £5 each. How many tins should I buy?",
        "The wall needs 23 litres of paint and tins are 5 kg each. How many tins should I buy?",
        "The wall needs paint and tins are 5 litres each. How many tins should I buy?",
        "I need 600 mg and the capsules are 250 mg each. How many capsules do I need?",
    ],
)
async def test_a_pack_size_with_a_price_another_unit_or_no_amount_is_declined(request_text: str):
    await refused(request_text)
