"""Paraphrases of a dash used as punctuation before a list of numbers (hyphen, en dash, em dash; money and plain
numbers); near-misses where the dash is a minus sign or a subtraction keep it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("What's the average of these asking prices - £210,000, £235,000, £199,950 and £240,000", 221237.5),
        ("Mean of these numbers - 4, 6, 8", 6),
        ("Mean of these readings — 12, 15, 18", 15),
        ("Total of these invoices – £120, £80 and £50", 250),
        ("What's the median of these house prices - £250,000, £310,000, £199,000", 250000),
        ("Range of these temperatures - -3, 5, 12", 15),
        ("What is the sum of these scores — 12, 15, 20", 47),
        ("Add these up - 5, 10, 15", 30),
    ],
)
async def test_a_dash_before_the_numbers_is_a_pause(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("What is 10 - 4", 6),
        ("What is 20 - 4 - 3", 13),
        ("What is 5 kg - 2 kg", 3),
        ("What is 5 squared - 4", 21),
        ("What is pi - 3", 0.14159265),
        ("solve 3x - 7 = 2", 3),
        ("Sum of -4, 6 and 10", 12),
    ],
)
async def test_a_dash_after_a_quantity_still_subtracts(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)
