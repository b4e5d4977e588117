"""What the speaker says is plain to see ("We can see that ...", "You can tell that ...", "We know that ...") frames
the claim after it (issue 9, the tuning sets' fact-checker declines): the claim is checked, not read as something
that "can be seen". Seeing a thing itself ("You can see the Great Wall from space") is still a claim about seeing."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("We can see that the Eiffel Tower was finished in 1889", "supported"),
        ("We know that the Berlin Wall fell in 1989", "supported"),
        ("You can tell that the Titanic sank in 1912", "supported"),
        ("We can clearly see that the Eiffel Tower was finished in 1901", "contradicted"),
        ("we can see that the Berlin Wall fell in 1975", "contradicted"),
    ],
)
async def test_a_claim_framed_as_plain_to_see_is_checked_itself(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("You can see the Great Wall of China from space", "contradicted"),
        ("We can see that Shakespeare liked eel pie", "unverified"),
        ("We can see that the Zorblax Tower was finished in 1889", "unverified"),
    ],
)
async def test_seeing_a_thing_or_a_claim_no_note_covers_is_not_supported(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]
