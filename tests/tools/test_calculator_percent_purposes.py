"""A percentage of an amount said with what the share is for ('15% of 1,860 for the deposit', 'hold back 3% of the
£412,000 budget as contingency'), or with a learner's 'from' after 'how much is'; a 'from' that subtracts and words
that change the share stay declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("what's 15% of 1,860 for the deposit", 279),
        ("We're told to hold back 3% of the £412,000 budget as contingency. Work that figure out", 12360),
        ("Please, how much is 15 percent from 260?", 39),
        ("I need to set aside 25% of $48,000 for taxes", 12000),
        ("10% of the £2,400 budget for marketing", 240),
        ("what is 12% of €950 towards the holiday fund", 114),
        ("we should put aside 5 percent of our £30,000 savings as an emergency fund", 1500),
    ],
)
async def test_a_share_said_with_its_purpose_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "take 15% from 260",  # a subtraction, not a share
        "15% from 260",
        "what is 15% from 260",  # of, or less?
        "what's 15% of 1,860 for the deposit each",
        "what's 15% of 1,860 for the 3 of us",
        "what is 20% of £3,500 for the tax man",
        "I need to set aside 25% of $48,000 for taxes per month",
    ],
)
async def test_shares_that_say_more_are_declined(request_text: str):
    await refused(request_text)
