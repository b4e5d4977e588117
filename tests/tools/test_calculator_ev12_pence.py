"""Prices written in pence with a small 'p' ('45p a mile', '24.5p per kWh', '85p a bag or 3 for £2'): hundredths of
a pound, one currency with the pounds beside them. A 'p' on a number of a thousand or more is no price.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("45p a mile for 1,236 miles. how much", 556.2),
        ("used 320 kWh at 24.5p per kWh, whats the cost", 78.4),
        ("3 bags at 85p each, how much", 2.55),
        ("stamps are 68p each, what do 12 stamps cost?", 8.16),
        ("milk went from 95p to £1.15, what's the percentage increase?", 21.05),
    ],
)
async def test_pence_are_hundredths_of_a_pound(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "1080p times 3 plus 20p",
        "45p a mile for 1,236 miles plus the tolls. how much",
        "stamps are 68p each, what do the stamps cost?",
    ],
)
async def test_pence_that_do_not_fit_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
