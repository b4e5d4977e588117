"""What is left of one amount once a percentage of it is taken away ('Take 48,750 and subtract 12.5% of it. What's
left?' is 42,656.25); a percentage added, a second amount, a repeat or a question about anything but the rest
declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "left"),
    [
        ("Take 48,750 and subtract 12.5% of it. What's left?", 42656.25),
        ("knock 15% off 2,400, what remains", 2040),
        ("after taking out 8% from 3,500, what is left?", 3220),
        ("Start with £1,200, take away 30%. How much is left?", 840),
        ("deduct 20% from $640 - what remains?", 512),
        ("Take 9,000 and remove 2.5% of it. How much remains?", 8775),
        ("subtract 40% from 85. what's left", 51),
        ("We take out 12% from €5,000. What do we have left?", 4400),
        ("How much is left of £2,000 after 15% is taken off?", 1700),
        ("What remains of 640 after you subtract 25%?", 480),
        ("how much remains of $900 once 10% is taken out", 810),
    ],
)
async def test_what_is_left_after_a_percentage_is_taken_away(request_text: str, left: float):
    answer = await solved(request_text)
    assert answer["result"] == left


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Take 48,750 and add 12.5% of it. What's left?",
        "Take 48,750 and subtract 12.5% of it twice. What's left?",
        "Take 48,750 and subtract 12.5% of it. How much did I subtract?",
        "Take 48,750 and subtract 12.5% of 2,000. What's left?",
        "Take 48,750 and subtract 120% of it. What's left?",
        "Take 48,750 and subtract 12.5% of it each month. What's left?",
        "How much is left of £2,000 after 15% is added?",
        "How much is left of £2,000 after 15% is taken off twice?",
    ],
)
async def test_anything_else_about_the_percentage_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "part"),
    [
        ("knock 15% off 2,400, how much was knocked off", 360),
        ("20% off £50, how much off is that?", 10),
        ("knock 10% off $300. How much is knocked off?", 30),
        ("25% off a €64 jacket - how much off?", 16),
    ],
)
async def test_the_part_taken_off_is_not_what_is_left(request_text: str, part: float):
    answer = await solved(request_text)
    assert answer["result"] == part


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["take 15% off $2,400, how much was taken off?", "knock 15% off 2,400, how much was knocked off and what's left?"],
)
async def test_the_part_taken_off_unread_or_asked_with_the_rest_declines(request_text: str):
    await refused(request_text)
