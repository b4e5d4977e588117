"""Two things asked together are both stated in the answer's text, or the request is declined: 'how many posts and
how many panels?', "what's the tip and what's the total?", "what's 25% off, and what's the sale price?"."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_posts_and_panels_are_both_answered():
    reply = await solved("Posts every 2.5 m along a 20 m fence, both ends. How many posts and how many panels?")
    assert reply["answer"] == "9 posts and 8 panels"


@pytest.mark.anyio
async def test_a_charge_asked_after_the_total_is_answered_too():
    reply = await solved("Bill £72 plus a 15% tip; what's the total and what's the tip?")
    assert reply["answer"] == "total £82.80; tip £10.80"


@pytest.mark.anyio
async def test_a_second_count_not_worked_out_declines():
    await refused("Posts every 2.5 m along a 20 m fence, both ends. How many posts and how many screws?")
