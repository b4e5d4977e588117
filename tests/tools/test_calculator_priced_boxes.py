"""Things bought at a price for a box of so many ('cups at £42 for a box of 500') have a price each; asked of another
thing, or with two boxes, it stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If I buy cups at £42 for a box of 500, whats the price per cup", 0.084),
        ("I get napkins at £9 for a pack of 200, what's that per napkin?", 0.045),
        ("I buy straws at £6 for a box of 250, what's the price per straw?", 0.024),
        ("I get lids at $18 for a box of 1,000, what's that per lid?", 0.018),
        ("If I buy labels at £12 for a pack of 500, whats the price per label", 0.024),
        ("If I buy pens at £4 for a pack of 10, what's the price per pen?", 0.4),
        ("If I buy bags at €30 for a carton of 600, what is the price per bag?", 0.05),
    ],
)
async def test_the_price_each_of_a_box(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "If I buy cups at £42 for a box of 500, whats the price per lid",
        "If I buy cups at £42 for a box of 500 and lids at £20 for a box of 500, whats the price per cup",
    ],
)
async def test_boxes_asked_otherwise_are_declined(request_text: str):
    await refused(request_text)
