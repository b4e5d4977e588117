"""A price set as a multiple of cost ('I price it at 2.5 times cost'), less one percentage off: the cost times the
multiple, then the cut. The multiple is never read as a price of its own (£2.50 added to the cost), and a cut of no
size or a charge added on top declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_multiple_of_cost_less_a_cut():
    request = (
        "A hand-tied costs me £18 to make and I price it at 2.5 times cost. Then the hospital staff get 10% off. "
        "What do they pay?"
    )
    assert (await solved(request))["result"] == pytest.approx(40.5)


@pytest.mark.parametrize(
    "request_text",
    [
        "The frame costs £12 and I sell it at 2 times cost plus £5 postage. What's the total?",
        "A hand-tied costs me £18 to make and I price it at 2.5 times cost. Then the hospital staff get some off. "
        "What do they pay?",
    ],
)
async def test_a_multiple_of_cost_with_more_declines(request_text: str):
    await refused(request_text)
