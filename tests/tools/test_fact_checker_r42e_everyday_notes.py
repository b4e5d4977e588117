"""Round 42: notes on everyday facts people check in many trades (the Channel Tunnel, the UK tax year, the angles
of a triangle, where yoga comes from, the Red Cross, the Eddystone lighthouses, Fermat's Last Theorem) decide claims
about them; and "add up to 180 degrees" gives a total, not a bound, so a claim of another total is contradicted
rather than read as within it."""

from __future__ import annotations

import pytest
from conftest import researched, verdict

from servers.tools.fact_checker.figures import find_figures

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def test_add_up_to_is_a_total_not_a_bound() -> None:
    assert find_figures("The angles add up to 180 degrees").figures[0].bound == ""
    assert find_figures("The lift carries up to 8 people").figures[0].bound == "at most"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("One of my drivers says the Channel Tunnel opened in 1994. Is that right?", "supported"),
        ("lad on the ferry reckons the Channel Tunnel is about 50 km long, true?", "supported"),
        ("The Channel Tunnel opened in 1990", "contradicted"),
        ("Fact check: the UK tax year starts on 6 April.", "supported"),
        ("Fact check for my quiz: the angles in a triangle always add up to 180 degrees.", "supported"),
        ("my maths tutor swears the angles in a triangle add up to 360 degrees", "contradicted"),
        ("A student insists that yoga originated in ancient Japan. Is that true?", "contradicted"),
        ("Is it true that the British Red Cross was founded in 1870?", "supported"),
        ("The first Eddystone lighthouse was built by Henry Winstanley", "supported"),
    ],
)
async def test_an_everyday_claim_is_decided_by_its_note(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["The Channel Tunnel links England and Belgium", "A lift can carry up to 100 people"],
)
async def test_a_claim_beside_the_notes_is_not_backed(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("When was Smeaton's Tower on the Eddystone rocks first lit?", "1759"),
        ("Who proved Fermat's Last Theorem? One of my sixth formers asked and I'd like the details right.", "Wiles"),
        ("how many sides does a honeycomb cell have? my granddaughter asked and I went blank", "six sides"),
        ("When does the UK tax year start?", "6 April"),
        ("How long is the Channel Tunnel?", "50 kilometres"),
    ],
)
async def test_an_everyday_question_is_answered_from_its_note(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)
