"""The calendar the calculator counts by, said again beside a count: '(52 weeks a year)' in brackets, 'after a year
of 26 fortnights'. Any other count ('(50 weeks a year)') is a given the reading must place, else it declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If I save $275 a fortnight, how much will I have after a year of 26 fortnights?", 7150),
        ("I'm putting aside £15 every week for my granddaughter's university fund. After three years (52 weeks a "
         "year), how much will I have put in?", 2340),
        ("I save £15 every week. After three years (52 weeks a year), how much will I have?", 2340),
        ("I earn £400 a week. What's that in a year (52 weeks a year)?", 20800),
        ("I save £20 a month. How much after a year of 12 months?", 240),
        ("we put away €10 a day, how much after a year of 365 days?", 3650),
    ],
)  # fmt: skip
async def test_the_calendar_said_again_changes_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I save £15 every week. After three years (50 weeks a year), how much will I have?",
        "If I save $275 a fortnight, how much will I have after a year of 24 fortnights?",
        "what's (3",  # a bracket opened and never closed
    ],
)
async def test_another_calendar_or_an_unclosed_bracket_is_declined(request_text: str):
    await refused(request_text)
