"""Paraphrases of an amount of something spread per square unit over an area ('40 g of salt per square metre'), and
near-misses with a second area, an amount taken away or a container whose size is not said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "The bowling green is 1,200 square metres and we feed it 35 g of fertiliser per square metre. "
            "How many kg of fertiliser?",
            42,
        ),  # fmt: skip
        ("Wildflower strip of 250 square metres, sown at 4 g of seed per square metre. How many grams is that?", 1000),
        ("The car park is 3,000 square metres; the rota says 25 g of grit per square metre. How many kg?", 75),
    ],
)
async def test_an_amount_spread_over_an_area(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The green is 1,200 square metres and the tees 80 square metres, 35 g of fertiliser per square metre. "
        "How many kg of fertiliser?",
        "The car park is 3,000 square metres minus the 200 square metre ramp, 25 g of grit per square metre. "
        "How many kg?",
        "Wildflower strip of 250 square metres, sown at 4 g of seed per square metre. How many packets?",
        "The car park is 3,000 square metres and we've already gritted half, 25 g of grit per square metre. "
        "How many kg?",
    ],
)
async def test_a_spread_not_fully_said_is_declined(request_text: str):
    await refused(request_text)
