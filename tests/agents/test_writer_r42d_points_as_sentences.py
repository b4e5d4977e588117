"""Points listed for a text to be written from are said as its sentences, every one kept and none rewritten into
words that are no English: a point that is a count or a ratio ("one instructor for every six students") keeps its
own words, where an "is" put after its first words ("The one instructor for is every six students") garbled it.
Notes that are a noun and what it is for still get their "is"."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server
from servers.tools.writer.notes import prose

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def write(request: str) -> str:
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return (await agent.run(request)).text


@pytest.mark.parametrize(
    ("request_text", "points"),
    [
        (
            "Write a safety briefing for new lifeguards from these points: always check the rip current signs "
            "before a shift, one lifeguard for every forty swimmers, and close the beach if there is thunder.",
            ["rip current signs", "one lifeguard for every forty swimmers", "thunder"],
        ),
        (
            "Can you turn these into a note for the staff room: one adult for every eight children on trips, "
            "first aid kit in the office, fire drill every term",
            ["one adult for every eight children on trips", "first aid kit", "fire drill every term"],
        ),
        (
            "pls write up a notice for the gym from these: two spotters for every heavy lift, lockers for members "
            "only, one towel per guest",
            ["two spotters for every heavy lift", "lockers", "one towel per guest"],
        ),
    ],
)
async def test_every_point_is_kept_in_words_that_read(request_text: str, points: list[str]) -> None:
    text = await write(request_text)
    for point in points:
        assert point in text.lower()
    assert " for is " not in text and " per is " not in text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("one instructor for every six students", "One instructor for every six students."),
        ("three marshals at each gate", "Three marshals at each gate."),
        ("a deposit for every booking", "A deposit for every booking."),
        ("parking for staff at the back", "Parking for staff at the back."),
    ],
)
def test_a_count_or_a_split_subject_is_kept_as_written(note: str, said: str) -> None:
    assert prose([note]) == [said]


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("blue bin for paper", "The blue bin is for paper."),
        ("collection every other Wednesday", "Collection is every other Wednesday."),
        ("staff meeting on Friday at 3", "The staff meeting is on Friday at 3."),
    ],
)
def test_a_noun_and_what_it_is_for_still_gets_its_is(note: str, said: str) -> None:
    assert prose([note]) == [said]
