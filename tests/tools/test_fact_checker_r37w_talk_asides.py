"""Round 37: claims followed by where they came up, in many voices (the ward, the GP, lunch, football, work, the pub
quiz), are judged as the claim alone."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is it true that the human heart has four chambers? The nurses were on about it on the ward.", "supported"),
        ("Fact check this for me: the human heart has four chambers. My GP mentioned it last week.", "supported"),
        ("Is it true that the human heart has three chambers? It came up at the pub quiz.", "contradicted"),
        ("Is it true that the human heart has four chambers? My mum was talking about it at lunch.", "supported"),
        ("Is it true that the human heart has four chambers? The lads at football were debating it.", "supported"),
        ("Fact check: the human heart has four chambers. Someone at work brought it up.", "supported"),
    ],
)
async def test_where_the_claim_came_up_is_no_claim(tmp_path, request_text: str, expected: str):
    assert await verdict(tmp_path, request_text) == expected
