"""Simple interest asked as a total: the question's 'what's the total' asks the balance with its interest, though
the story says 'interest on'; 'the total interest' is the interest alone."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_the_total_with_simple_interest_is_the_balance():
    answer = await solved("6% simple interest on £2,000 for 3 years, what's the total?")
    assert answer["result"] == 2360


async def test_the_total_interest_is_the_interest():
    answer = await solved("6% simple interest on £2,000 for 3 years, what's the total interest?")
    assert answer["result"] == 360


async def test_the_interest_and_the_total_asked_together_is_declined():
    await refused("6% simple interest on £2,000 for 3 years, what's the interest and the total?")
