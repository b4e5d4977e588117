"""An ask that drops its "I" ("Need a sign for the pharmacy counter: ...", "want a post for our page: ...") asks for
the kind of text it names, as "I need a sign" does: the text is written from the points, and "Need a" never heads
it as a title. Near-misses: a "need" that asks for a change, not a text, and one with no points, are declined."""

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
    ("request_text", "fact"),
    [
        ("Need a sign for the surgery door: closed Friday afternoon for staff training, open as usual Saturday.",
         "closed Friday afternoon for staff training"),
        ("need a poster for the jumble sale: Saturday 10am in the scout hut, entry 50p", "Saturday 10am"),
        ("want a post for our page: new opening hours from May, 8am to 6pm every day", "8am to 6pm"),
    ],
)  # fmt: skip
async def test_an_ask_without_its_i_writes_the_text_it_names(request_text: str, fact: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert fact.lower() in result.text.lower()
    assert not result.text.lower().startswith(("need", "want"))


@pytest.mark.parametrize(
    "request_text",
    ["Need the sign to be bigger", "need a flyer for the shop"],
)
async def test_a_need_with_nothing_to_write_is_declined(request_text: str):
    result = await write(request_text)
    assert result.status != "completed", result.text
