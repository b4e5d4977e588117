"""A request that corrects itself is read from after the correction ('I earn £12 an hour, I meant £13 an hour. 40
hours a week, how much a week?' is £520), or declined when that part is not a whole request ('... a week pocket
money... sorry, per month'), never reckoned with the superseded figure; an opening apology corrects nothing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_corrected_period_declines():
    await refused("I get £150 a week pocket money... sorry, per month. How much per year?")


@pytest.mark.anyio
async def test_the_corrected_figure_is_used():
    assert (await solved("I earn £12 an hour, I meant £13 an hour. 40 hours a week, how much a week?"))["result"] == 520


@pytest.mark.anyio
async def test_an_opening_apology_is_no_correction():
    assert (await solved("Sorry to bother you, what is 12 times 7?"))["result"] == 84
