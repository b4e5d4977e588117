"""What a party did, said between its count and the bill, sets the scene and changes no share."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_night_out_before_the_bill_is_set_aside():
    reply = await solved(
        "Six of us went out after the teacher training and the bill came to €186 plus a 12% tip. How much each if "
        "we split it evenly?"
    )
    assert reply["result"] == pytest.approx(34.72)


@pytest.mark.anyio
async def test_a_scene_with_a_number_declines():
    await refused("Six of us went out and 2 left early and the bill came to €186. How much each?")
