"""Everyday wording around a plain sum: a plural owner ("my students' test scores?"), the adding verb split around
what is added ('add these receipts up for me: ...'), and the question after a dash ('... at £45/hr - what's the
total?'); a total asked with a charge no figure is given for is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Can you give me the mean of my students' test scores? 72, 85, 91, 64, 78, 88", 79.6667),
        ("what's the median of the kids' heights? 120 cm, 131 cm, 126 cm", 126),
        ("What's the average of the players' goals? 3, 5, 1, 7", 4),
        ("add these receipts up for me: 14.99, 3.49, 22.50, 7.25 and 0.99", 49.22),
        ("add these up: 14.99, 3.49, 22.50, 7.25 and 0.99", 49.22),
        ("Add this week's takings together please: £340, £512.50, £289", 1141.50),
        ("total these invoices up: $1,200, $850 and $430", 2480),
        (
            "Electrician here, pricing up a job. 14 double sockets at £38.50 each plus 6 hours labour at £45/hr - "
            "what's the total before VAT?",
            809,
        ),
        ("14 sockets at £38.50 each plus 6 hours labour at £45/hr - what's the total?", 809),
        ("3 coffees at £2.80 each — how much altogether?", 8.40),
    ],
)
async def test_everyday_wording_around_a_sum(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "add these receipts up for me: 14.99, 3.49, 22.50, 7.25 and 0.99 then take off 10%",
        "add the discounts up: 14.99, 3.49",
        "add these up for me: 14.99",
        "14 sockets at £38.50 each plus 6 hours labour at £45/hr - what's the total with VAT?",
        "Deposit cap is 5 weeks' rent. What's the maximum deposit?",
        "3 shirts at £10 each. what's the total with VAT?",  # the VAT's rate is not given (it was £30)
        "Dinner was $80. What's the total with the tip?",
    ],
)
async def test_wording_that_leaves_the_sum_open_is_declined(request_text: str):
    await refused(request_text)
