"""Paraphrases of what remains to pay after a deposit at a percentage ('how much he remain to pay', "what's still
outstanding"), and near-misses with a second charge, a deposit without its rate, or the rest spread over months."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("customer pay 30% deposit for 850 cedis repair. how much he remain to pay", 595),
        ("customer paid 30% deposit on $850 repair. how much remains to pay", 595),
        ("The client put down a 25% deposit on the £3,600 wedding package. What's still outstanding?", 2700),
        ("How much remains? She paid a 40% deposit on a €1,250 sofa.", 750),
    ],
)
async def test_what_remains_after_a_deposit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "customer paid 30% deposit on $850 repair and $50 for parts. how much remains to pay",
        "customer paid 30% deposit on $850 repair. how much remains to pay each month over 5 months",
        "customer paid a deposit on $850 repair. how much remains to pay",
    ],
)
async def test_a_deposit_with_more_or_less_told_is_declined(request_text: str):
    await refused(request_text)
