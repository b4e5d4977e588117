"""Paraphrases of a one-line request whose list is opened by a few plain words naming the figures ('client spends
32, 45, 28, avg pls', 'raffle takings 84, 112.50, 67.25 - total pls'); near-misses where an opening word is an
operation, a figure of another kind joins the list or a word changes which figures count."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("client spends 32, 45, 28, 60, 35, avg pls", 40),
        ("customer spends 32, 45, 28, 60, 35 - average?", 40),
        ("raffle takings 84, 112.50, 67.25, 95 - total pls", 358.75),
        ("daily steps 8000, 9500, 7200 mean", 8233.333333),
        ("parcels delivered 41, 38, 45, 36 total?", 160),
    ],
)
async def test_a_one_line_list_opened_by_its_name(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "times 32, 45, 28, avg",
        "client spends 32, 45, 28 and 5 refunds, avg pls",
        "the client spends each week 32, 45, 28, avg pls",
        "divided by 32, 45, 28, avg",
        "client spends 32, 45, 28, avg, not counting 45",
    ],
)
async def test_an_operation_or_another_thing_is_declined(request_text: str):
    await refused(request_text)
