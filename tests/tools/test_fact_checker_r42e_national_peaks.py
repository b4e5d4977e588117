"""Round 42: the highest mountain of each nation of Britain and Ireland is a role one mountain holds, so a claim that
gives it to another (Ben Nevis, which is in Scotland, as England's highest) is contradicted by the note that names
the holder; a claim about a scope the notes do not rank is left unsettled."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "One of the Year 6 lads insists that Ben Nevis is the highest mountain in England and he has bet me a "
            "Mars bar on it. Can you check that claim for me?",
            "contradicted",
        ),
        ("my brother in law swears Snowdon is the highest mountain in England", "contradicted"),
        ("Scafell Pike is the highest mountain in England, yeah?", "supported"),
        ("Ben Nevis is the highest mountain in Scotland", "supported"),
        ("Scafell Pike is the highest mountain in Scotland", "contradicted"),
        ("Snowdon is the highest mountain in Wales", "supported"),
        ("Ben Nevis is the highest mountain in the UK", "supported"),
    ],
)
async def test_a_nations_highest_peak_is_decided_by_its_holder(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Ben Nevis is the highest mountain in Wales", "Slieve Donard is the highest mountain in Ireland"],
)
async def test_a_peak_not_ranked_in_that_scope_is_not_backed(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"
