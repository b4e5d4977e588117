"""A clause setting the scene before a dash ('Checking my answer key before I hand it out - ...') is set aside, and
a sentence after the question that only says what its numbers are ('... It's the five-week deposit cap') too."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_scene_clause_before_a_dash_is_set_aside():
    assert (await solved("Checking my answer key before I hand it out - solve 3x + 7 = 25 for x."))["result"] == 6


@pytest.mark.anyio
async def test_an_explanation_restating_the_numbers_is_set_aside():
    reply = await solved(
        "Quick one - can you do 1,150 × 12 ÷ 52 × 5 for me? It's the five-week deposit cap on a £1,150 let."
    )
    assert reply["result"] == pytest.approx(1326.923, abs=0.001)


@pytest.mark.anyio
async def test_an_explanation_with_a_new_number_declines():
    await refused("What's 450 × 3? It's four nights at £450.")
