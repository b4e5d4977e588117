"""A named part of an amount at a percentage ('30% goes to rent. how much is rent'), keeping the amount's period; a
part of the rest, a fraction in words, a second part or a part the question does not name declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$4,000 a month take-home, 30% goes to rent. how much is rent", 1200),
        ("I earn $4,000 a month and 30% goes to rent. how much is rent?", 1200),
        ("my income is £2,500 a month and I spend 40% on rent. how much is my rent?", 1000),
        ("Our budget is €10,000 and 15% goes on marketing. How much goes on marketing?", 1500),
    ],
)
async def test_a_named_part_at_its_percentage(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "$4,000 a month take-home, 30% goes to rent. how much is food",
        "$4,000 a month take-home, 30% goes to rent and 20% to food. how much is rent",
        "I earn $4,000 a month but half goes to tax, 30% of the rest goes to rent. how much is rent?",
        "I earn $4,000 a month and 30% goes to rent and food. how much is rent?",
    ],
)
async def test_another_part_or_a_part_of_the_rest_declines(request_text: str):
    await refused(request_text)
