"""Round 42: "X is at its densest at 4 degrees" says what "X is densest at 4 degrees" says, the thing at its own
limit and ranked against nothing else, so a note in either wording decides it; a claim of another thing, or of
another figure, is not backed by the note."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.degrees import own_limit

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def test_at_its_limit_is_said_plainly() -> None:
    assert own_limit("water is at its densest at 4 degrees") == "water is densest at 4 degrees"
    assert own_limit("the team is at their best in May") == "the team is best in May"
    assert own_limit("the bridge is at the east end") == "the bridge is at the east end"


@pytest.mark.parametrize(
    "request_text",
    [
        "Check this for the open day leaflet: water is at its densest at about 4 degrees Celsius.",
        "True or false: water is at its densest at about 4 °C",
        "Teacher says water is at its densest at about 4 degrees",
        "Is water at its densest at 4 degrees?",
    ],
)
async def test_at_its_densest_is_decided_by_a_note_that_says_densest(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) == "supported"


@pytest.mark.parametrize(
    "request_text",
    [
        "water is at its densest at about 10 degrees Celsius",
        "Water is at its densest when it is frozen",
        "Ice is at its densest at about 4 degrees Celsius",
        "seawater is at its densest at about 4 degrees Celsius",
    ],
)
async def test_another_figure_or_thing_at_its_limit_is_not_backed(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"
