"""Statistics of a list whose size is said before it ('these six readings', 'five quotes for the reno') or whose unit
is named in brackets ('delivery times (minutes): 34, 28, ...'); a size that does not match the list is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's the median of these delivery times (minutes): 34, 28, 45, 31, 39, 52", 36.5),
        ("Median waiting time for these six clients please (minutes): 14, 9, 22, 17, 11, 30", 15.5),
        ("what's the mean of these five absorbance readings: 12.1, 11.8, 12.6, 13.0, 12.4", 12.38),
        ("Got five quotes for the bathroom reno: 8500, 9200, 11000, 7600 and 10400. What's the average quote?", 9340),
        ("average of my 4 lap times (seconds): 61, 59, 63, 65", 62),
        ("Can you give me the median of the seven temperatures (celsius): 12, 15, 11, 18, 14, 13, 16", 14),
        ("mean of these prices (£): 3.50, 4, 5.25", 4.25),
        ("My 3 kids scored 80, 90 and 70 on the test. What's the average?", 80),
        ("Had three builders quote: 4200, 3900 and 4500. What's the average quote?", 4200),
    ],
)
async def test_a_list_said_with_its_size_or_unit_is_described(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_a_unit_in_brackets_is_the_answers_unit():
    reply = await solved("What's the median of these delivery times (minutes): 34, 28, 45, 31")
    assert reply["answer"] == "32.5 minutes"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "what's the mean of these four absorbance readings: 12.1, 11.8, 12.6, 13.0, 12.4",  # four said, five given
        "mean of 2 numbers: 4, 6, 8",
        "What's the mean of these times (seconds): 3, 4 minutes, 5",  # a second unit against the bracket's
        "what's the median of these (blah): 3, 4, 5",
        "what's the average of 4 times 5, 6",
        "What's the mean of these five weights: 61, 64, 70, 72, 75",  # weights may mean a weighted mean
    ],
)
async def test_a_list_at_odds_with_what_it_is_said_to_hold_is_declined(request_text: str):
    await refused(request_text)
