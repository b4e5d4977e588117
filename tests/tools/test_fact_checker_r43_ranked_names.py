"""A superlative is said of one thing: a passage that ranks Mount Kilimanjaro "near the border with Kenya" the highest
mountain in Africa says nothing for Mount Kenya, though its words name Kenya and a mount; it still backs the claim
about the mountain it names, by its full name or a shorter one."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Mount Kenya is the highest mountain in Africa.",
        "Is Mount Kenya the highest mountain in Africa?",
        "my lodger reckons mt kenya is africa's highest mountain",
        "Tanzania is the highest mountain in Africa",
    ],
)
async def test_a_passage_that_ranks_another_decides_nothing(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"


@pytest.mark.parametrize(
    "request_text",
    [
        "Kilimanjaro is the highest mountain in Africa.",
        "Is it true that Mount Kilimanjaro is the highest mountain in Africa?",
        "Mount Kenya is the highest mountain in Kenya.",
        "Jupiter is the largest planet in the Solar System",
        "The Pacific is the largest ocean",
    ],
)
async def test_a_passage_that_ranks_the_thing_named_still_supports_it(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) == "supported"
