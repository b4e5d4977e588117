"""Lines of things sold or bought in containers ('14 bottles of perfume at €62 each and 31 boxes of chocolates at
€8.50') are added up like any priced lines; a scene before them that is done with ('before I sign it off') is set
aside, and a line with no price or no count still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Trolley takings on the Alicante turnaround, need to check the till before I sign it off. We sold 14 "
            "bottles of perfume at €62 each and 31 boxes of chocolates at €8.50. What should the total be?",
            1131.5,
        ),
        ("Market stall today. Sold 22 jars of honey at £6.50 and 15 bars of soap at £3.20 each. Total?", 191),
    ],
)
async def test_lines_of_containers_are_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "We sold 14 bottles of perfume at €62 each and 31 boxes of chocolates. What should the total be?",
        "We sold 14 bottles of perfume at €62 each and some boxes of chocolates at €8.50. What's the total?",
    ],
)
async def test_a_line_without_its_price_or_count_declines(request_text: str):
    await refused(request_text)
