"""A reader named in lowercase, as people type on a phone ("draft a text to marcy: ...", "msg for dave - ...", "text
my wife jo: ..."), is named in the text as a name ("Marcy, ...", "Hello Dave,"). Near-misses: a verb after "to" ("a
text to send to the crew"), a group, a role, a pronoun or a plural ("to staff", "to landlord", "to her", "to
parents") is never greeted as a name; a reader followed by more of the ask is left as read."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server
from servers.tools.writer.briefs import read_brief

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def write(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "named"),
    [
        ("draft a text to dave: ferry cancelled, staying in oban tonight, back tmrw by noon", "Dave, ferry cancelled"),
        ("txt to priya - running 20 min late, start without me", "Priya, running 20 min late"),
        ("text my husband raj: picked up the kids, dinner at 7", "Raj, picked up the kids"),
        ("write a text to mum saying i'll be home by 6", "Mum, I'll be home by 6"),
        ("can you write a quick text to ana: the plumber comes thursday at 9", "Ana, the plumber comes thursday at 9"),
    ],
)
async def test_a_text_to_a_reader_named_in_lowercase_names_them(request_text: str, named: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert result.text.startswith(named), result.text


async def test_an_email_to_a_reader_named_in_lowercase_greets_them_by_name():
    result = await write("msg for kwame - your phone is ready, collect after 4pm, balance 150 cedis")
    assert result.status == "completed", result.text
    assert "Hello Kwame," in result.text
    assert "150 cedis" in result.text


@pytest.mark.parametrize(
    ("instruction", "audience"),
    [
        ("Need a text to send to tomorrow's crew", "send"),
        ("write a short cover note to go with my CV", "go"),
        ("write a text to staff", "staff"),
        ("write a text to everyone", "everyone"),
        ("email to landlord", "landlord"),
        ("write a text to parents", "parents"),
        ("draft a text to her", "her"),
        ("write a note for tomorrow", "tomorrow"),
        ("write a text to my wife tonight", "my wife tonight"),
    ],
)
def test_words_that_name_no_one_are_not_read_as_names(instruction: str, audience: str):
    assert read_brief(instruction).audience == audience


@pytest.mark.parametrize(
    "request_text",
    [
        "write a text to staff: the lift is out until friday",
        "draft a text to parents: swimming is cancelled this week",
    ],
)
async def test_a_text_to_a_group_is_not_opened_with_it_as_a_name(request_text: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert not result.text.startswith(("Staff,", "Parents,")), result.text
