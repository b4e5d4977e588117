"""A second step that names the value the first left ('$200, take 10% off, then add 10% on the new price' -> $198;
it was declined) is worked on that value. A step on the original price, which reaches past the first answer,
still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$200, take 10% off, then add 10% on the new price", 198),
        ("$200, take 10% off, then add 10% to the new price", 198),
        ("Take 15% off 400, then add 5% on the new total", 357),
        ("£120, take 25% off, then add 10% to the reduced price", 99),
    ],
)
async def test_a_step_on_the_new_price_is_worked_on_the_first_answer(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "$200, take 10% off, then add 10% on the original price",
        "$60 meal, 20% off, then 15% tip on the original price",
    ],
)
async def test_a_step_on_the_original_price_declines(request_text: str):
    await refused(request_text)
