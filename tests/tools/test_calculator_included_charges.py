"""A charge already in an amount is worked back, not added on nor taken as a share of the amount: 'A restaurant bill
of £64 includes a 12.5% service charge. How much was the service charge?' is £64 − £64 ÷ 1.125 = £7.11."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A restaurant bill of £64 includes a 12.5% service charge. How much was the service charge?", 64 - 64 / 1.125),
        ("Dinner came to £120 with a 10% service charge already included. What's the service charge?", 120 - 120 / 1.1),
        ("A meal costs €48 including a 20% service charge. What was the meal before service?", 40),
    ],
)
async def test_an_included_charge_is_worked_back(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
