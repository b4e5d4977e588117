"""Round 44: a superlative asked beside a place the asker names ("What is the tallest building? We're staying in
Paris next week.") asks for the tallest there, which a note on the tallest in the world does not answer; a
superlative that names its own scope, or talk that names no place, is answered as before."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "question",
    [
        "Doing a project on Spain. What is the longest river?",
        "What is the tallest building? I'm off to Madrid.",
        "What's the biggest lake? We're camping near Geneva.",
        "Which is the highest mountain? Walking holiday in Snowdonia soon",
    ],
)
async def test_a_superlative_beside_the_askers_place_is_not_answered_for_the_world(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the tallest mountain in Africa? We're flying to Nairobi next week.", "Kilimanjaro"),
        ("What is the highest mountain in England? Being from Devon I never learned it.", "Scafell Pike"),
        ("What is the longest river in the world? Settling an argument.", "Nile"),
        ("What's the capital of Australia? My son insists it's Sydney.", "Canberra"),
    ],
)
async def test_a_superlative_with_its_own_scope_or_no_place_beside_it_is_answered(
    tmp_path, question: str, said: str
) -> None:
    assert said in await researched(tmp_path, question)
