"""A text message asked with its size first ("In under 50 words, text the team: ...") is written, through the
writer agent as offline: the size's "words" ranked only the word counter, which declined it as no count. "Text
someone" is a text message, with no subject line or sign-off; a count asked of a text is still a count."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


async def run(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "said", "texted"),
    [
        (
            "In under 50 words, text the team: shift swap approved, Priya takes Saturday and I take Sunday.",
            "Priya takes Saturday and I take Sunday",
            True,
        ),
        ("In under 30 words, text my sister: I'll be home by 7pm, keep the oven on.", "I'll be home by 7pm", True),
        (
            "In no more than 40 words, text the band: practice is at Jo's garage on Thursday at 8.",
            "Thursday at 8",
            True,
        ),
        ("Text the team: the van leaves at 6:30am on Saturday from the depot.", "6:30am on Saturday", True),
        ("In under 60 words, email the committee: the AGM moves to 4 March at the library.", "4 March", False),
        (
            "Please text the choir: rehearsal has moved to St Mark's church hall this Tuesday.",
            "St Mark's church hall",
            True,
        ),
    ],
)
async def test_a_sized_text_is_written(request_text: str, said: str, texted: bool) -> None:
    outcome = await run(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
    if texted:  # a text message has no subject line or sign-off
        assert "Subject:" not in outcome.text and "Best regards" not in outcome.text


@pytest.mark.parametrize(
    ("request_text", "count"),
    [
        ("How many words are in this: the cat sat on the mat.", "6"),
        ("Count the words in my text: see you at 8 by the station", "7"),
    ],
)
async def test_a_count_is_still_counted(request_text: str, count: str) -> None:
    outcome = await run(request_text)
    assert outcome.status == "completed", outcome.text
    assert count in outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        "In under 50 words, text the team about the rota.",
        "In exactly two sentences, text my landlord: the boiler is broken.",
    ],
)
async def test_a_sized_text_with_too_little_to_say_is_declined(request_text: str) -> None:
    outcome = await run(request_text)
    assert outcome.status == "rejected", outcome.text
