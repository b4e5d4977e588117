"""Paraphrases of a percentage of an amount said with the share's own name after what it is for ('Work out 15% of
$2,840 for the stockfeed discount' is the discount, $426), and near-misses that ask for the price after the
discount, add a number or ask a second thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 15% of $2,840 for the stockfeed discount", 426),
        ("What's 15% of $2,840 for the stockfeed discount?", 426),
        ("15% of $2,840 for the feed discount", 426),
        ("calculate 8% of £1,250 for the trade discount please", 100),
        ("what is 12.5% of €960 for the staff tip", 120),
    ],
)
async def test_a_share_named_by_what_it_is_for(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Work out 15% of $2,840 for the stockfeed discount, what do I pay?",
        "Work out 15% of $2,840 for the stockfeed discount on 3 pallets",
        "Work out 15% of $2,840 for the stockfeed discount and the freight",
        "Work out 15% of $2,840 for the discount, and what's the GST?",
    ],
)
async def test_a_named_share_with_more_asked_is_declined(request_text: str):
    await refused(request_text)
