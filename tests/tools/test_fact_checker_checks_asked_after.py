"""A check asked after the claim ("The Berlin Wall came down in 1989 - can you both confirm that?", ". Could you
check this?", ", can you verify that please?") is no part of the claim: it was checked with its words and left
unverified. The claim alone is checked, either way; a note that gives another figure still contradicts it."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("The Berlin Wall came down in 1989 - can you both confirm that?", "supported"),
        ("The Berlin Wall fell in 1991 - can you confirm that?", "contradicted"),
        ("The Titanic sank in 1912. Could you check this?", "supported"),
        ("Penicillin was discovered by Alexander Fleming, can you verify that please?", "supported"),
        ("the Titanic sank in 1915 - could one of you double-check that for me?", "contradicted"),
        ("Water boils at 100 degrees Celsius at sea level, could you two confirm that?", "supported"),
    ],
)
async def test_the_check_asked_after_the_claim_is_no_part_of_it(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]
    assert "confirm" not in data["claim"] and "check" not in data["claim"]


async def test_a_claim_no_note_decides_stays_unverified_with_the_check_after_it(tmp_path):
    data = await fact_check(tmp_path, "My gran was born in Leeds - can you confirm that?")
    assert data["verdict"] == "unverified", data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Would you mind checking if it's true that the Moon is bigger than the Earth?", "contradicted"),
        ("Would you mind checking that the Titanic sank in 1912?", "supported"),
        ("Do you mind confirming that the Berlin Wall fell in 1989?", "supported"),
        ("would you mind verifying whether Pluto is a planet", "contradicted"),
        ("Would you mind double-checking that water boils at 90 C at sea level?", "contradicted"),
        ("Would you mind checking that penguins live at the North Pole?", "contradicted"),
    ],
)
async def test_a_check_asked_as_would_you_mind_frames_the_claim(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


async def test_would_you_mind_with_no_claim_is_still_declined(tmp_path):
    from conftest import call, error_text

    from servers.tools.fact_checker import create_server

    result = await call(create_server(tmp_path), "fact_check", request="would you mind checking my homework")
    assert "no claim to check" in error_text(result)
