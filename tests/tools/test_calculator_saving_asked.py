"""A question about what a discount saves is never answered with what is paid: the purchase reader answers the
amount paid only, so 'work out how much she saves' after '12% off her 480 pound order' is the saving or a decline,
never the total after the discount."""

from __future__ import annotations

import pytest
from conftest import solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text, total",
    [
        ("Mrs Lee gets 12% off her 480 pound order. work out how much she saves", "422.40"),
        ("Tom gets 10% off his 200 dollar order. work out how much he saves", "180"),
        ("Ana gets 25% off her $80 shoes. how much will she save?", "60"),
        ("Our club gets 15% off a 300 euro kit order. Work out the saving for us", "255"),
        ("They get 20% off their £45 meal. How much do they save?", "36"),
    ],
)
async def test_the_saving_asked_is_never_answered_with_the_total(request_text, total):
    result = await solve(request_text)
    if not result.is_error:
        assert result.structured_content["problem"] != "purchase total"
        assert total not in result.structured_content["answer"]


@pytest.mark.parametrize(
    "request_text, answer",
    [
        ("Tom gets 10% off his $200 order. How much does he pay?", "$180.00"),
        ("I get 15% off a $60 jacket. how much do I save?", "$9.00"),
        ("20% off a 50 dollar dress, how much is the saving?", "$10.00"),
    ],
)
async def test_the_amount_paid_and_the_saving_are_still_answered(request_text, answer):
    result = await solve(request_text)
    assert not result.is_error and result.structured_content["answer"].startswith(answer)
