"""A swimming race named by its distance and stroke ('in the 50 free') is a name, not a number to use."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
async def test_a_race_named_by_its_distance_is_no_number():
    reply = await solved(
        "One of my lads dropped from 35.2 s to 33.44 s in the 50 free. By what percentage did his time drop?"
    )
    assert reply["result"] == 5
