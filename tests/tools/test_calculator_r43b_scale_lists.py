"""A list of scores with its scale in brackets ('pain scores (0-10): 2, 3, 1, 4'): the scale's ends are no scores;
a score outside the scale, or a list shorter than the count said, is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Discharge pain scores (0-10) for my last 8 patients: 2, 3, 1, 4, 2, 2, 3, 1. What's the mean?", 2.25),
        ("Discharge pain scores (0-10): 2, 3, 1, 4, 2, 2, 3, 1. What's the mean?", 2.25),
        ("satisfaction ratings (1 to 5): 4, 5, 3, 4. average?", 4),
        ("What's the median of these mood scores (0-10): 6, 7, 3, 8, 5?", 6),
    ],
)
async def test_a_scale_in_brackets_is_no_score(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "pain scores (0-10): 2, 3, 12, 4. What's the mean?",
        "pain scores (0-10) for my 8 patients: 2, 3, 1, 4. What's the mean?",
        "pain scores (0-10): 2, 3, 1, 4. What's the total?",
    ],
)
async def test_a_score_off_the_scale_or_a_short_list_is_declined(request_text: str):
    await refused(request_text)
