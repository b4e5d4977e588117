"""Paraphrases of a time change in a race named by distance and stroke, and the near-misses that must decline
because the race's distance would be needed as a number."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("One of my lads dropped from 35.2 s to 33.44 s in the 50 free. By what percentage did his time drop?", 5),
        ("His time dropped from 35.2 s to 33.44 s in the 100 back. By what percentage?", 5),
        ("Her time fell from 80 s to 76 s in the 100 breast. What's the percentage drop?", 5),
        ("My swimmer went from 150 s to 144 s in the 200 fly. By what percentage did her time fall?", 4),
        ("One of my girls dropped from 40 s to 38 s in the 50 freestyle. By what percent did her time drop?", 5),
        ("One of my lads dropped from 35.2 s to 33.44 s. By what percentage did his time drop?", 5),
    ],
)
async def test_race_names_are_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "He swam the 50 free in 30 s and the 100 free in 66 s. What's his average speed?",
        "In the 400 free she cut 12 s off a 300 s time. What's her speed?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)
