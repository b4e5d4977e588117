"""Readers counted in the ask ("all 37 farmers", "the 40 parents") are greeted by what they are, never by how many
they are ("Hi 37 farmers,")."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeted"),
    [
        ("Please send an SMS to all 37 farmers telling them the payout will be on Friday at 2 pm.", "Hi farmers,"),
        ("Email the 40 parents: the trip is on Friday.", "Hello parents,"),
    ],
)
async def test_counted_readers_are_greeted_by_what_they_are(request_text: str, greeted: str) -> None:
    assert greeted in await drafted(request_text)
