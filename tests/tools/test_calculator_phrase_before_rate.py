"""A phrase saying what an amount is for or where it goes, between the amount and the rate it is taken at ('€45,000
for the new press at 4.5%', '280 miles to the Lakes at 56 mph'), changes nothing in the sum."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We borrowed €45,000 for the new press at 4.5% simple interest over 5 years. How much interest do we pay "
         "in total?", 10125),
        ("We are driving 280 miles to the Lakes at an average of 56 mph. How many hours will it take?", 5),
    ],
)  # fmt: skip
async def test_phrase_before_a_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_a_phrase_to_a_place_with_no_rate_after_it_is_not_set_aside():
    await refused("We are driving 280 miles to the Lakes. How many hours will it take?")
