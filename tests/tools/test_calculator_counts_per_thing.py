"""A count given per one of other things ('3 eggs per cake') is that given's rate, never a share asked each; more of
the things a group gets is never a pack of them; whole things asked are counted, not weighed."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_count_per_thing_times_the_things():
    answer = await solved("The recipe needs 3 eggs per cake and I'm baking 7 cakes. How many eggs?")
    assert answer["result"] == 21


@pytest.mark.anyio
async def test_a_share_asked_per_child_is_still_shared():
    assert (await solved("I have 30 sweets to share among 6 children. How many sweets per child?"))["result"] == 5


@pytest.mark.anyio
async def test_things_from_two_givers_are_no_pack():
    await refused("Our 3 kids each get 2 presents from us and 4 presents from grandparents. How many presents?")


@pytest.mark.anyio
async def test_whole_things_are_counted_not_weighed():
    answer = await solved("I have 18.75 kg of flour and each loaf takes 450 g. How many whole loaves can I bake?")
    assert answer["result"] == 41
