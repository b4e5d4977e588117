"""Paraphrases of an amount said with the past year it was and another said of now, asked as a change; near-misses
where the year is asked about, or nothing says the second amount is now, decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "A house I sold in 2019 for £198,000 has just come back on the market at £236,000. What's the "
            "percentage change?",
            19.1919,
        ),
        ("I bought the painting in 2015 for £400 and it's worth £650 now. What's the percentage increase?", 62.5),
        ("Back in 2010 the car cost $12,000; now the same model is $18,000. What's the percentage change?", 50),
    ],
)
async def test_the_change_since_the_year(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected, abs=0.0001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "In 2019 I paid £198,000 and it is now worth £236,000. How many years is that?",
        "A house I sold in 2019 for £198,000 has come back on the market at £236,000. What's the percentage change?",
    ],
)
async def test_the_year_asked_or_no_now_declines(request_text: str):
    await refused(request_text)
