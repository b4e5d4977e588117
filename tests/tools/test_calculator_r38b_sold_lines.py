"""Round table: priced lines of containers ('bottles of', 'boxes of', 'packs of') in several voices and currencies,
and near-misses that must still decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We sold 40 cups of tea at $2.50 each and 25 slices of cake at $3.75. What should the takings be?", 193.75),
        ("Bake sale: sold 18 packs of cookies at ¥350 each and 12 loaves of bread at ¥420. Total?", 11340),
        ("I sold 9 pairs of earrings at €24 and 4 necklaces at €55. What did I take?", 436),
        ("Ordered 6 rolls of tape at £1.20 each and 3 boxes of staples at £4.60 each. What's the total?", 21),
        ("Sold 14 bottles of wine at €12 each and 20 at €9. What should the total be?", 348),
        ("Need to check the till before I sign it off. Sold 5 bags of coal at £12 and 3 sacks of logs at £9.", 87),
    ],
)
async def test_container_lines_are_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "We sold 14 bottles of perfume at €62 each and 31 boxes of chocolates at €8.50. What's the total per customer?",
        "We sold 14 bottles of perfume at €62 each and 31 boxes of chocolates at €8.50 minus the ones we gave away. "
        "What's the total?",
        "We sold 14 bottles of 50 ml at €62 each and 3 boxes of 6 at €9. What's the total?",
        "Staff get money off. We sold 5 bags of coal at £12 and 3 sacks of logs at £9. What's the total?",
    ],
)
async def test_container_lines_that_say_more_decline(request_text: str):
    await refused(request_text)
