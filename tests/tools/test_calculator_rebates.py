"""A rebate is money taken off before the tax ('a $200 instant rebate and then 8.25% sales tax on the reduced
price'), and an amount said 'minus' is never added."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I'm buying a $1,899 lens with a $200 instant rebate and then 8.25% sales tax on the reduced price. What's "
         "the total?", 1839.1675),
        ("$1,899 minus $200, then 8.25% sales tax. Total?", 1839.1675),
    ],
)  # fmt: skip
async def test_rebates(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_a_rebate_of_no_stated_size_declines():
    await refused("I'm buying a $1,899 lens with a rebate and then 8.25% sales tax. What's the total?")
