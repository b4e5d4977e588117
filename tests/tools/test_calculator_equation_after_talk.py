"""Talk before a colon, with no number in it, leaves the equation after it to be solved alone."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_an_equation_after_talk_and_a_colon_is_solved():
    request = "Solve this for me, my eyes aren't what they were: 0.8x + 150 = 630."
    assert (await solved(request))["result"] == pytest.approx(600)


@pytest.mark.anyio
async def test_talk_with_a_number_in_it_declines():
    await refused("My teacher gave 3 of these, here is one: 2x + 1 = 9")
