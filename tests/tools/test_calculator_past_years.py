"""One calendar year saying when the first amount was, the second being now: a change between them."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_price_in_a_past_year_against_now_is_a_change():
    reply = await solved(
        "A house I sold in 2019 for £198,000 has just come back on the market at £236,000. What's the percentage "
        "change?"
    )
    assert reply["result"] == pytest.approx(19.1919, abs=0.0001)


@pytest.mark.anyio
async def test_a_question_about_the_years_keeps_the_year():
    await refused("In 2019 I paid £198,000 and it is now worth £236,000. How many years is that?")
