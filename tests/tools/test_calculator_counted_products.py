"""A product written with the things counted ('14 trucks × 2,350 miles each this month') is the product."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 14 trucks × 2,350 miles each this month", 32900),
        ("Work out 7 porters times 37.5 hours each for the week", 262.5),
    ],
)
async def test_counted_products(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_a_rate_after_the_product_is_not_a_label():
    await refused("14 trucks × 2,350 miles a week")
