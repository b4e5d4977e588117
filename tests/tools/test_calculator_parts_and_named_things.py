"""A part said 'of our' whole is never a change from one to the other, and a phrase naming the thing a sentence opens
with ('Our target for the sponsored walk was £15,000') changes nothing in the sum."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
async def test_a_named_target_reads_past_its_name():
    request = (
        "Our target for the sponsored walk was £15,000 and we've raised £11,850 so far. What percentage of the "
        "target is that?"
    )
    assert (await solved(request))["result"] == pytest.approx(79)


@pytest.mark.anyio
async def test_a_part_of_our_whole_is_no_percentage_change():
    reply = await solved("We've raised £11,850 of our £15,000 target. What percentage of the target is that?")
    assert reply["result"] == pytest.approx(79)
