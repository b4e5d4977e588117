"""People who each paid a price, less a commission ('A group of 14 paid €38 each and the agency keeps 22%
commission. How much do I keep?'): what they paid together, less the part taken; and the taker's own part when the
question asks what the taker keeps."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Tour guide in Lisbon. A group of 14 paid €38 each for the walking tour and the agency keeps 22% "
            "commission. How much do I keep?",
            414.96,
        ),
        ("A group of 14 paid €38 each and the agency keeps 22% commission. How much does the agency keep?", 117.04),
    ],
)
async def test_what_each_paid_less_the_commission(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_a_commission_of_no_size_declines():
    await refused("A group of 14 paid €38 each and the agency keeps some commission. How much do I keep?")
