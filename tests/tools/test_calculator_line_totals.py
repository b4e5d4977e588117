"""A count at a price each is the amount it comes to, for a part taken off it ('sold 14 of my prints at €180 each
and takes a 35% commission')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_line_is_the_amount_a_commission_comes_off():
    request = "A gallery sold 14 of my A2 prints at €180 each and takes a 35% commission. How much do I get?"
    assert (await solved(request))["result"] == pytest.approx(1638)


@pytest.mark.anyio
async def test_a_question_about_one_thing_declines():
    await refused(
        "A gallery sold 14 of my prints at €180 each and takes a 35% commission. How much do I get per print?"
    )
