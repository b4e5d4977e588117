"""The average of a total of money over the people or things it came from ('raised £3,240 from 135 donors. What
was the average donation?' is £24); an amount said to be each one's, a count of time, a second number or an average
of anything but money declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "average"),
    [
        ("The bake sale and sponsored walk together raised £3,240 from 135 donors. What was the average donation?", 24),
        ("we sold 80 tickets and took $1,240, what was the average ticket price?", 15.5),
        ("Our appeal collected €5,400 from 90 supporters. What's the average gift?", 60),
        ("120 customers spent £4,560 at the fair. What was the average spend per customer?", 38),
        ("The 40 members donated $2,000 in total. On average how much did each member give?", 50),
        ("the carol singers raised £1,113 from 53 housholds. whats the average donation", 21),
        ("Sponsors pledged A$7,500 across 60 runners. What was the average pledge per runner?", 125),
    ],
)
async def test_a_total_averaged_over_its_count(request_text: str, average: float):
    answer = await solved(request_text)
    assert answer["result"] == average


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "raised £3,240 over 12 months. what was the average donation?",
        "135 donors each gave £24. What was the average donation?",
        "raised £3,240 from 135 donors. What was the average age?",
        "raised £3,240 from 135 donors and 20 firms. What was the average donation?",
    ],
)
async def test_anything_else_declines(request_text: str):
    await refused(request_text)
