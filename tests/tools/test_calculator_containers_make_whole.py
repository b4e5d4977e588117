"""Containers asked to make, fill or cover a whole together need one more for a part container: 'How many 330 ml
cans make 2 litres?' is 7 cans, as 6 fall 20 ml short; 'how many can I fill from it' still counts whole ones."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
async def test_cans_to_make_a_whole_round_up():
    reply = await solved("How many 330 ml cans make 2 litres?")
    assert reply["result"] == 7
    assert "left over" not in reply["answer"]


@pytest.mark.anyio
async def test_glasses_filled_from_a_bottle_round_down():
    assert (await solved("How many 330 ml glasses can I fill from a 2 litre bottle?"))["result"] == 6
