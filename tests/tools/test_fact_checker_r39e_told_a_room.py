"""Round 39: who heard a claim ("A pupil told the whole class ...", "My gran tells everyone ...") is no part of it:
the claim after it is checked. The Moon walk's year is in the notes, so a claim about it is settled either way."""

from __future__ import annotations

import pytest
from conftest import call, verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("One of the lads told the whole team the Berlin Wall fell in 1989. Is that right?", "supported"),
        ("My gran tells everyone the Berlin Wall fell in 1979. Can you check?", "contradicted"),
        (
            "A pupil told the entire class that the Great Wall of China is visible from the Moon with the naked eye.",
            "contradicted",
        ),
        ("Our coach assured the team that Mount Everest is the highest mountain on Earth. True?", "supported"),
    ],
)
async def test_who_heard_the_claim_is_not_checked(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


async def test_what_was_done_to_the_listeners_is_no_claim_to_support(tmp_path) -> None:
    from servers.tools.fact_checker import create_server

    result = await call(
        create_server(tmp_path),
        "fact_check",
        request="My teacher told the class a story about the Berlin Wall. Check that?",
    )
    assert result.is_error or result.structured_content["verdict"] != "supported"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Please check: Neil Armstrong walked on the Moon in 1969.", "supported"),
        ("Armstrong did his Moon walk in 1971, didn't he?", "contradicted"),
    ],
)
async def test_the_year_of_the_first_moon_walk_is_settled(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected
