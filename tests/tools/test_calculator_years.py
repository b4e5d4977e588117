"""The years between two years, asked the ways people ask it, and handed on by a plan ('work out how many years
before 2026 that was' after the researcher said 1912). Years the wrong way round, or a unit the span is not asked
in, are declined rather than answered.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "years"),
    [
        ("Work out how many years before 2026 was 1912", 114),
        ("How many years before 2026 was 1912?", 114),
        ("How many years between 1912 and 2026?", 114),
        ("how many years is it from 1969 to 2025", 56),
        ("How many years after 1066 was 1215?", 149),
        ("What is the number of years between 1815 and 1914?", 99),
    ],
)
async def test_the_years_between_two_years_are_counted(request_text: str, years: int):
    answer = await solved(request_text)
    assert answer["result"] == years
    assert answer["unit"] == "years"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "how many years before 1912 was 2026",
        "How many years between 1912 and 2026 in months?",
        "How many years from 1912 to 2026 at 5% interest?",
        "How many years between 1912, 1945 and 2026?",
    ],
)
async def test_years_that_contradict_the_question_or_carry_more_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
