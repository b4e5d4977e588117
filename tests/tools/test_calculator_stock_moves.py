"""Stock moved in and out ('had 2,340 pallets, shipped out 875 and received 412') and a balance of what came in
against what went out ('intake 250 mL, 180 mL; output 950 mL'); a move whose direction is not said declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_stock_after_moves_in_and_out():
    answer = await solved(
        "A warehouse had 2,340 pallets, shipped out 875 on Monday and received 412 on Tuesday. How many pallets now?"
    )
    assert answer["result"] == 1877
    assert answer["steps"] == ["2,340 − 875 + 412 = 1,877"]


@pytest.mark.anyio
async def test_fluid_balance_is_intake_minus_output():
    answer = await solved(
        "Fluid balance for bed 4: intake 250 mL, 180 mL, 320 mL and 400 mL; output 950 mL. What's the net balance?"
    )
    assert answer["result"] == 200
    assert answer["answer"].startswith("+200")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A warehouse had 2,340 pallets, 875 on Monday and 412 on Tuesday. How many pallets now?",
        "A warehouse had 2,340 pallets, shipped out 875 a day. How many pallets now?",
    ],
)
async def test_stock_moves_not_said_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
