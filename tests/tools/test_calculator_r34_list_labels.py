"""Round 34: a list's label ('per plant', 'in L/100km:', 'per day' over as many weekdays) set aside for its average."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tomato yields per plant were 3.2, 4.1, 2.8 and 3.9 kg. What's the average?", 3.5),
        ("Milk yield per cow was 22, 25 and 28 litres. What's the mean?", 25),
        ("Scores per game were 12, 15, 9 and 20. Average?", 14),
        ("Average fuel use across these 5 buses in L/100km: 31.2, 34.8, 29.5, 33.1, 36.4", 33),
        ("Dr Osei saw 14, 18, 11, 16 and 21 patients Monday to Friday. What's his average per day?", 16),
        ("She sold 20, 25, 30 cakes Monday to Wednesday. What's her average per day?", 25),
    ],
)
async def test_a_labelled_list_is_averaged(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "She sold 20, 25, 30 cakes Monday to Friday. What's her average per day?",
        "I walked 3, 4 and 5 km Monday to Wednesday. What's my average per week?",
        "Yields per plant were 3.2, 4.1, 2.8 and 3.9 kg. What's the total per week?",
    ],
)
async def test_a_label_that_changes_the_sum_is_declined(request_text: str):
    await refused(request_text)
