"""How many things a list is of ('our four lemurs: 2.3, 2.6, 2.1 and 2.8 kg') and a period's average over as many
periods ('the last four months ... my monthly average') change nothing in the list's mean; a count that differs
from the list is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_count_as_many_as_the_list_is_its_label():
    answer = await solved("Weights of our four ring-tailed lemurs: 2.3, 2.6, 2.1 and 2.8 kg. What's the mean?")
    assert answer["result"] == pytest.approx(2.45)


async def test_a_monthly_average_over_as_many_months():
    answer = await solved(
        "My word counts for the last four months were 38,200, 41,750, 35,900 and 44,150. What's my monthly average?"
    )
    assert answer["result"] == pytest.approx(40000)


async def test_a_count_that_differs_from_the_list_is_declined():
    await refused("Heights of the six seedlings: 12, 15, 11, 14 and 13 cm. What's the average?")
