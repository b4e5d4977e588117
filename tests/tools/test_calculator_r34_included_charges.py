"""Round 34: a service charge, tip, VAT or tax said to be in an amount, asked as the charge or the amount without it;
a charge with no word of inclusion keeps the usual reading (on top of the price)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A restaurant bill of £64 includes a 12.5% service charge. How much was the service charge?", 64 - 64 / 1.125),
        ("A bill of £64 includes a 12.5% service charge. How much was the service charge?", 64 - 64 / 1.125),
        ("The bill was £64 including a 12.5% service charge. How much was the service charge?", 64 - 64 / 1.125),
        ("Dinner came to £120 with a 10% service charge already included. What's the service charge?", 120 - 120 / 1.1),
        ("Dinner came to £120 with a 10% service charge included. What's the service charge?", 120 - 120 / 1.1),
        ("The meal cost £90 including a 12.5% service charge. What was the service charge?", 10),
        ("The hotel charged £345 inclusive of 15% service. How much was the service charge?", 45),
        ("A meal costs £60 including 20% VAT. How much is the VAT?", 10),
        ("A price of £240 includes VAT at 20%. How much VAT?", 40),
        ("The invoice is £1,200 including VAT at 20%. How much VAT is that?", 200),
        ("Our bill of $115 already includes 15% tax. How much is the tax?", 15),
        ("Lunch was $46 including a 15% tip. What was the tip?", 6),
        ("A £33 taxi fare includes a 10% tip. How much was the fare without the tip?", 30),
        ("A meal costs €48 including a 20% service charge. What was the meal before service?", 40),
        # no word of inclusion: the usual reading puts the VAT on top of the price
        ("A price of £240 has VAT at 20%. How much VAT?", 48),
    ],
)
async def test_included_charges(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The bill was £64, service charge 12.5% not included. How much is the service charge?",
        "My £54 meal included a 12.5% service charge. What was the food cost?",
    ],
)
async def test_included_charge_near_misses_decline(request_text: str):
    await refused(request_text)
