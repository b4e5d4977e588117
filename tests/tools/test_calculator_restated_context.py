"""A sentence of context whose every figure the question says again ('... her tyres at 85 psi ... What's 85 psi in
bar?') is set aside; a figure of the context the question leaves out keeps the request declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_question_that_says_the_figure_again_is_read_alone():
    answer = await solved("Customer wants her tyres at 85 psi but her new pump only shows bar. What's 85 psi in bar?")
    assert answer["result"] == pytest.approx(5.86, abs=0.01)


async def test_a_figure_the_question_leaves_out_is_declined():
    await refused("Customer wants 4 tyres at 85 psi. What's 85 psi in bar?")
