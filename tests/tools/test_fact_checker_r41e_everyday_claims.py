"""Round 41: claims about everyday life (sport, food safety, pets, history, roads, the trades) are checked against
the starter notes on them: a true claim is supported, a wrong figure or a popular myth is contradicted by the note
that gives the right figure or calls it a myth, and a claim the notes only come near is left unverified rather
than supported by a sentence about something else."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Apparently the Battle of Bannockburn was fought in 1314 - true?",
        "My uncle swears the London Underground opened in 1863. Right?",
        "Tower Bridge opened in 1894, didn't it?",
        "A cricket pitch is 22 yards long",
        "The Suez Canal was built by Ferdinand de Lesseps",
        "The Beatles were formed in Liverpool",
        "Ben Nevis is the highest mountain in the UK",
        "18 carat gold is 75 percent gold",
    ],
)
async def test_a_true_everyday_claim_is_supported(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) == "supported"


@pytest.mark.parametrize(
    "request_text",
    [
        "A colleague insists rabbits are rodents. Is that right?",
        "Someone on the forum says one dog year is the same as seven human years",
        "Guy Fawkes was executed in 1605",
        "The Panama Canal opened in 1904",
        "Freezing food kills bacteria",
        "is it true that eating carrots helps you see in the dark",
        "A cricket pitch is 20 yards long",
        "The Mary Rose sank in 1588",
        "Washing raw chicken makes it safer",
        "Food dropped on the floor is safe to eat if you pick it up within five seconds",
    ],
)
async def test_a_wrong_figure_or_a_myth_is_contradicted(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) == "contradicted"


@pytest.mark.parametrize(
    "request_text",
    [
        "The Panama Canal was built by Ferdinand de Lesseps",  # the note gives him the Suez Canal
        "The live wire in a UK plug is red",  # red was the old colour, not the live wire's now
        "Snowdon is the highest mountain in England",  # Snowdon is the highest in Wales
        "Cats make better pets than dogs",
        "The Glasgow Subway opened in 1863",  # the London Underground's year, not the Glasgow Subway's
    ],
)
async def test_a_claim_the_notes_only_come_near_is_not_supported(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"
