"""Pay at a rate for a time against a fixed sum (issue 9, tuning_everyday_12): 'Contracting at £550/day for 220 days
vs an £85k salary, how much more do I gross contracting?' -> £36,000 more. A difference the other way from the one
asked, a question about the second option, or tax declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Contracting at £550/day for 220 days vs an £85k salary, how much more do I gross contracting?", 36000),
        ("Freelancing at $60 an hour for 1,500 hours versus a $80,000 job, how much more?", 10000),
        ("Contracting at £300/day for 220 days vs an £85k salary, how much less do I gross contracting?", 19000),
        ("Locum work at £45 an hour for 1,800 hours compared to a £70,000 post - how much more would I make?", 11000),
    ],
)
async def test_the_difference_between_pay_at_a_rate_and_a_sum(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Contracting at £300/day for 220 days vs an £85k salary, how much more do I gross contracting?",
        "Contracting at £550/day for 220 days vs an £85k salary, how much more does the salary pay?",
        "Contracting at £550/day for 220 days vs an £85k salary, how much more after tax?",
    ],
)
async def test_the_other_way_or_after_tax_declines(request_text: str):
    await refused(request_text)
