"""A number that is part of a name ('today's P2 tickets', 'still on Windows 10') is no number of the sum, and a
wine bottle's centilitres are a volume; 'R50' is fifty rand, not a code."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Resolution times for today's P2 tickets in minutes: 35, 52, 18, 44, 61, 29. What's the average?", 39.833333),
        ("Calculate 22% of 350 devices still on Windows 10", 77),
        ("The tank holds 2,250 litres of rosé. How many 75 cl bottles will that fill?", 3000),
    ],
)
async def test_named_codes_and_centilitres(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_an_amount_in_rand_is_no_code():
    solution = await solved("I paid R50 for 2 tickets. Price each?")
    assert (solution["result"], solution["unit"]) == (25, "ZAR")
