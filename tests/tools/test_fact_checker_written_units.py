"""A figure's unit written short is the unit: "a marathon is 42.195 km long" is checked as "42.195 kilometres
long" (it was unverified: "km" was read as a word the note must say), "around 37 C" as "about 37 degrees Celsius",
and "around", "roughly", "approximately" before a figure give it loosely, as "about" does (they were words the
note had to repeat). A speed ("km/h") is not a length, and a figure no note gives stays unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Please check this claim: a marathon is 42.195 km long.", "supported"),
        ("is it true that a marathon is 42.195km?", "supported"),
        ("My running club says a marathon is 50 km long", "contradicted"),
        ("Is it true normal body temperature is around 37 C?", "supported"),
        ("normal body temperature is roughly 37C", "supported"),
        ("normal human body temperature is around 40 C", "contradicted"),
        ("Water boils at 100 C at sea level", "supported"),
        ("water boils at 90C at sea level", "contradicted"),
        ("Mount Everest is approximately 8,849 metres tall", "supported"),
        ("The Moon is around 384,400 km from Earth", "supported"),
    ],
)
async def test_a_unit_written_short_and_a_loose_figure_are_read_as_said(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "A blue whale can weigh around 150,000 kg",  # the note gives no weight in kilograms
        "A marathon is run at around 12 km/h",  # a speed, not the race's length
        "Vitamin C cures the common cold in 5 days",
    ],
)
async def test_a_figure_no_note_gives_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
