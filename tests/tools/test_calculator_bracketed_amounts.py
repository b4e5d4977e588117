"""An amount said again in brackets with another value is one line told two ways: which to add is not said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Raffle made £310, tombola £95 (£59 after the float) and cakes £142. How much altogether?",
        "Door takings $420 ($380 after the card fees) and bar $610. Total for the night?",
        "Split the €1,200 (€1,000 after tax) prize between the four of us",
    ],
)
async def test_an_amount_and_another_in_brackets_are_declined(request_text: str):
    await refused(request_text)


async def test_amounts_side_by_side_are_still_added():
    solution = await solved("Raffle made £310, tombola £95 and cakes £142. How much altogether?")
    assert solution["result"] == 547
