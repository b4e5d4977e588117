"""Four wrong results users report, traced to their cause: a running total started again inside its loop ("it always
says only the last one"), a conversion by another factor than the one the user states ("1 jin is 500 g" and
jin * 1000), the tax alone given as the price with it (netto * 0.19 for brutto), and a tax in a price taken off as
a discount (price_incl * 0.85 for 15% VAT). Near-misses are left alone: a per-row total read inside its loop, the
stated factor, a gross price worked out right, and a discount that is a discount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply, traced

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "rule", "fix"),
    [
        (
            "My grandson in Praia made this to count the litres in my garrafões, but it always says only the last "
            "one. Help\n\ndef total_litres(garrafoes):\n    for g in garrafoes:\n        total = 0\n"
            "        total += g\n    return total\n\nprint(total_litres([5, 5, 20, 10]))\n",
            "reset-in-loop",
            "before the loop",
        ),
        (
            "My son wrote this for the little scale in my shop. He say 1 jin is 500 g but customers are getting "
            "double price?? please look\n\ndef jin_to_grams(jin):\n    return jin * 1000\n\ndef price_for(jin, p):\n"
            "    grams = jin_to_grams(jin)\n    return grams / 500 * p\n",
            "conversion-factor",
            "jin * 500",
        ),
        (
            "Small script for my price tags, but the prices with MwSt come out tiny, a 1.300 € clock shows 247 €. "
            "What is wrong?\n\ndef brutto(netto):\n    return netto * 0.19\n\nprint(brutto(1300))\n",
            "tax-only",
            "netto * 1.19",
        ),
        (
            "My nephew wrote this to take the VAT out of our prices (VAT is 15%). For 1150 it gives 977.50 but the "
            "accountant says it must be 1000. Where is the mistake?\n\ndef price_without_vat(price_incl):\n"
            "    return price_incl * 0.85\n",
            "tax-taken-as-discount",
            "price_incl / 1.15",
        ),
    ],
)
async def test_a_wrong_result_is_traced_to_its_cause(request_text: str, rule: str, fix: str):
    text = await traced(request_text)
    assert rule in text and fix in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Review this:\n\ndef row_totals(rows):\n    totals = []\n    for row in rows:\n        total = 0\n"
        "        for x in row:\n            total += x\n        totals.append(total)\n    return totals\n",
        "1 jin is 500 g. Review this:\n\ndef jin_to_grams(jin):\n    return jin * 500\n",
        "Review this:\n\ndef brutto(netto):\n    return netto * 1.19\n",
        "Review this:\n\ndef sale_price(price):\n    return price * 0.85\n",
    ],
)
async def test_right_totals_factors_and_prices_are_not_flagged(request_text: str):
    _, text = await review_reply(request_text)
    rules = ("reset-in-loop", "conversion-factor", "tax-only", "tax-taken-as-discount")
    assert not any(rule in text for rule in rules), text
