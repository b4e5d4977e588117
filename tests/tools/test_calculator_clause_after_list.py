"""A number that opens a clause of its own after a list is no value of the list: 'takings were 620, 580, 705, 655,
540 and 3 days were shut. What's the average?' was the mean of six values in days (517.17 days)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "takings were 620, 580, 705, 655, 540 and 3 days were shut. What's the average?",
        "the scores were 7, 8, 9 and 2 players were absent. average?",
        "Our cheese sales were 42, 38, 51 and 2 stalls had none. What's the mean?",
        "mean of 12, 15, 11 and 4 deliveries were late",
    ],
)
async def test_a_number_opening_its_own_clause_is_no_value_of_the_list(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("80, 75 and 92 are my scores, average?", 82.3333333333),
        ("my times were 34, 28 and 31 minutes. average?", 31),
        ("Takings were £1,850, £2,240, £1,975 and £2,615 over the four Saturdays in June. What's the mean?", 2170),
        ("the scores were 7, 8 and 9. average?", 8),
    ],
)
async def test_a_list_that_ends_where_its_sentence_ends_is_averaged(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
