"""Paraphrases of a thing named and then its measure with no verb between ('ceiling 5.5m x 3.8m', 'ribbon 85cm per
bouquet', 'shelf 1.8m long, jars 7.5cm wide'), and near-misses with a second thing measured and not asked, a
figure missing, or a verb where the 'is' would go."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("loft hatch 0.6m x 0.8m, area in sq m?", 0.48),
        ("Dining room 4.2 m by 3.5 m. What's the area in square metres?", 14.7),
        ("bunting 2.5m per stall, 16 stalls, how many metres altogether?", 40),
        ("bookcase 2.4m wide, books 4cm thick, how many books fit on a shelf", 60),
        ("floor 6m x 4.5m, area in sq m?", 27),
        ("veg patch 3 m by 2 m - area in square feet?", 64.58),
    ],
)
async def test_a_thing_named_before_its_measure(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "loft hatch 0.6m x 0.8m and the landing 2m x 3m, area in sq m?",
        "bunting 2.5m per stall, how many metres altogether?",
        "bookcase 2.4m wide, how many books fit on a shelf",
        "floor 6m x 4.5m, area in sq m and the cost?",
        "veg patch 3 m by 2 m, half of it paved - area in square feet?",
        "tiles 30cm x 30cm, floor 4m x 3m, how many boxes?",
    ],
)
async def test_a_measure_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
