"""A part of an amount taken by someone named ('the driver takes 12%', 'the driver gets 12% commission'): asked by
its name in the question ('his cut') or of the one who has it ('how much does the driver get'), the part is the
answer, never what is left; a 'he' or 'she' who may be either side is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Driver takes 12% of the takings. Takings were KSh 9,850. How much is his cut?", 1182),
        ("Conductor keeps 10% of KSh 12,400. What's his cut?", 1240),
        ("The driver gets 12% commission on takings of KSh 9,850. How much does the driver get?", 1182),
        ("The agent takes 12% of the sale. The sale was £9,850. How much does the agent get?", 1182),
        ("The agency keeps 22% of my £3,000 invoice. How much do I get?", 2340),
    ],
)
async def test_the_part_asked_of_the_one_who_has_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The driver gets 12% commission on takings of KSh 9,850. How much does he get?",
        "Sam sells his car for £5,000 and the dealer takes 10%. How much does he get?",
        "The driver's cut is 12% of the day's collection. Today's collection was KSh 9,850. How much does he get?",
        "Driver takes 12% of the takings and the conductor 8%. Takings were KSh 9,850. How much is his cut?",
        "Driver takes 12% of the takings after fuel. Takings were KSh 9,850. How much is his cut?",
    ],
)
async def test_a_part_whose_side_is_unclear_is_declined(request_text: str):
    await refused(request_text)
