"""Paraphrases of amounts grouped in lakhs ('₹1,25,000' is 125,000), in totals, shares and splits, and near-misses:
the grouping with nothing saying rupees (a list written without spaces?), a count that disagrees with the list,
and a share said with 'plus' after it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("First calculate the total of these three pending invoices: ₹1,25,000, ₹86,500 and ₹42,300.", 253800),
        ("Rs 1,25,000 plus Rs 86,500 plus Rs 42,300, what is the total?", 253800),
        ("Three bills: ₹1,25,000, ₹86,500 and ₹42,300. Total please.", 253800),
        ("Add up ₹2,40,000 and ₹60,000", 300000),
        ("sum of ₹2,35,000 and ₹1,15,500 please", 350500),
        ("Kindly compute 12% commission on sales of ₹3,50,000", 42000),
        ("What is 12% of ₹3,50,000?", 42000),
        ("Split Rs 6,00,000 equally among 4 partners. How much each?", 150000),
        ("₹1,00,00,000 divided by 8", 1250000),
        ("Catering bill before tax is ₹2,40,000 and I have to add GST at 18%. What is the final bill?", 283200),
        ("What is 1,234,567 plus 1?", 1234568),
    ],
)
async def test_an_amount_grouped_in_lakhs_is_one_figure(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Total of 1,25,000 and 86,500",
        "Add 5,10,100 and 20",
        "Total of 1,25,000 and 86,500 for the hours worked this year",
        "The total of these two invoices: ₹1,25,000, ₹86,500 and ₹42,300",
        "What is 12% of ₹3,50,000 plus ₹10,000?",
    ],
)
async def test_a_lakh_grouping_that_could_be_a_list_or_a_miscount_is_declined(request_text: str):
    await refused(request_text)
