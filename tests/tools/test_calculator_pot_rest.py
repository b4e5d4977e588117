"""What is left of an amount of money once several named percentages of it are given out ('Winners get 60% of the
pot, the runners up get 25% and whatever's left goes to the air ambulance. Pot was £240.'); a percentage of the rest
or a question about one named part declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_the_rest_of_a_pot():
    request = (
        "Winners get 60% of the pot, the runners up get 25% and whatever's left goes to the air ambulance. Pot was "
        "£240 last week. How much does the air ambulance get?"
    )
    assert (await solved(request))["result"] == pytest.approx(36)


@pytest.mark.parametrize(
    "request_text",
    [
        "The pot is £240. Winners get 60% and runners up get 25% of the rest. How much is left?",
        "The pot is £240. Winners get 60% and runners up 25%. How much do the winners get?",
    ],
)
async def test_a_part_of_the_rest_or_a_named_part_declines(request_text: str):
    await refused(request_text)
