"""A price per unit and a list of amounts in that unit, added and priced."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_mileage_listed_day_by_day_at_a_rate_per_mile():
    solution = await solved(
        "Mileage is paid at 45p a mile. I drove 38 miles on Monday, 52 on Tuesday and 27 on Wednesday doing home "
        "visits. How much can I claim?"
    )
    assert solution["result"] == pytest.approx(52.65)


async def test_a_part_priced_otherwise_is_declined():
    await refused(
        "Mileage is paid at 45p a mile but the first 10 miles are free. I drove 38 miles on Monday, 52 on Tuesday "
        "and 27 on Wednesday. How much can I claim?"
    )
