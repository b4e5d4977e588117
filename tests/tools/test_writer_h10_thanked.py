"""Thanks or congratulations whose object is only the people ("a message thanking the volunteers", "congratulating
the team") name whom, not what for: declined with a request for the points, never answered "Thank you for the
volunteers." or "Congratulations on the team!". What they are thanked for, given, is written; "everyone who came to
the fete" is who is thanked, the "to" inside the clause saying who they are."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a message thanking the volunteers.",
        "Write a message congratulating the team.",
        "Draft an email thanking the stewards.",
        "Write a post congratulating our under-14s.",
    ],
)
async def test_thanks_for_no_reason_given_are_declined(request_text: str) -> None:
    assert "Write what?" in await declined_by_writer(request_text)


async def test_thanks_with_what_for_are_written() -> None:
    text = await drafted("Write a message thanking the volunteers for running the stalls on Saturday.")
    assert "Hello volunteers,\n\nThank you for running the stalls on Saturday." in text


async def test_thanks_to_everyone_who_came_keeps_the_clause_whole() -> None:
    text = await drafted("Write a note thanking everyone who came to the fete.")
    assert "Thank you to everyone who came to the fete." in text


async def test_congratulations_on_something_are_written() -> None:
    text = await drafted("Write a card congratulating Maria on her promotion.")
    assert text == "Dear Maria,\n\nCongratulations on your promotion!\n\nBest wishes,\n[Your name]"
