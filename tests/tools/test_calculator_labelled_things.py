"""A figure glued to a word that names a kind of thing ('a 5-star hotel', 'a 2-stroke outboard', 'a 3-day wedding
package') labels the thing and counts nothing, unless its word counts something elsewhere in the request."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Package is Rs 185000 for a 3-day wedding, client asks 12% discount. Final amount?", 162_800),
        ("The 5-star hotel costs £120 per night, we stay 4 nights, total?", 480),
        ("a 2-stroke outboard burns 2.5 litres per hour, trip is 7 hours, fuel is $1.90 per litre. fuel cost?", 33.25),
        ("Our 4-wheel drive does 9 litres per 100 km. How much fuel for 350 km?", 31.5),
        ("the 3-bedroom flat rents for €1,350 a month, what is that per year", 16_200),
    ],
)
async def test_the_label_counts_nothing(request_text: str, expected: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(expected)


@pytest.mark.anyio
async def test_a_label_whose_word_counts_elsewhere_is_kept():
    await refused("a 3-day pass is £45 and I need passes for 9 days, how much?")


@pytest.mark.anyio
async def test_a_label_that_is_the_count_asked_for_still_counts():
    answer = await solved("a 3-day course at £200 per day, total?")
    assert answer["result"] == pytest.approx(600)
