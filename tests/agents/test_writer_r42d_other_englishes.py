"""A text asked for in other Englishes' polite forms ("Can ye write us a wee notice for the shop window: ...",
"could u write a quick sign: ...") is written from the points after the colon, as "Can you write a notice" is;
the same ask with no points, or with only a topic, is still declined."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def write(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Can ye write us a wee notice for the door: we're closed Wednesday for a stocktake, open again Thursday "
            "at 9, sorry for the bother",
            "open again Thursday at 9",
        ),
        ("Would ye put together a wee poster for the window: quiz night Friday at 8, £2 a head, all welcome", "£2"),
        (
            "could u write a small notice for the hall: the boiler is broken so bring a jumper to choir on Tuesday",
            "bring a jumper",
        ),
    ],
)
async def test_a_polite_ask_in_other_englishes_is_written(request_text: str, said: str) -> None:
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert said in result.text
    assert "ye " not in result.text.lower() and "wee" not in result.text.lower()


@pytest.mark.parametrize(
    "request_text",
    [
        "Can ye write us a wee notice for the shop window",
        "Can ye write us a wee notice about the new fryer",
        "could u write a small notice for the hall",
    ],
)
async def test_the_same_ask_with_nothing_to_say_is_declined(request_text: str) -> None:
    result = await write(request_text)
    assert result.status != "completed", result.text
