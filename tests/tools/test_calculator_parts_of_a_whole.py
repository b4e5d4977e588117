"""A part of a whole is never added to it or multiplied by it: some of a group, a share of a bill, a sum short of a
target."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We are 5 friends and 2 of us paid £20 each. How much did we pay altogether?",
        "My rent is £800 and my flatmate pays £350 of it. How much do I pay?",
        "We raised £3,400 and the target is £5,000. How much short are we?",
    ],
)
async def test_a_part_is_not_added_to_its_whole(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_whole_group_still_pays_each():
    assert (await solved("5 friends paid £20 each. How much did they pay altogether?"))["result"] == 100
