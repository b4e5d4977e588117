"""The summarizer as a later pipeline stage: handed "<instruction>:\n\n<earlier output>", it summarizes only when
the instruction asks for a summary, its points or its keywords; an instruction that only names the summary as its
material ("Translate the summary into French") is declined in one line, never answered with another summary.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import time

import pytest
from conftest import call
from mcp import Client
from mcp_types import TextContent

from agents.models.arguments import fill_arguments
from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

NOTICE = (
    "The swimming pool on Elm Road closes for repairs on 3 March. Lessons move to the leisure centre for four "
    "weeks. Season tickets are extended by a month. The café stays open during the works."
)


async def digest(request: str) -> tuple[bool, str]:
    """(declined, the decline or the answer's text) for ``request``."""
    async with Client(create_server()) as client:
        tool = next(t for t in (await client.list_tools()).tools if t.name == "digest")
        filled = fill_arguments(request, tool.input_schema)
        assert not filled.missing, filled.missing
        result = await client.call_tool("digest", filled.arguments)
    if result.is_error:
        return True, " ".join(c.text for c in result.content if isinstance(c, TextContent))
    data = result.structured_content or {}
    return False, str(data.get("summary") or data.get("points") or data.get("keywords"))


@pytest.mark.parametrize(
    ("instruction", "reason"),
    [
        ("Translate the summary into French", "translate"),
        ("Write a short announcement from the summary", "writer"),
        ("Turn the summary into a tweet for our account", "writer"),
        ("Make the summary sound friendlier", "writer"),
        ("Draft a reply to this email", "writer"),
        ("Reply to this for me", "reply"),
        ("Check whether these dates are right", "fact checker"),
        ("Grade this essay out of ten", "judge"),
        ("When do the lessons move?", "question"),
    ],
)
async def test_an_instruction_that_is_not_a_summary_is_declined_in_one_line(instruction: str, reason: str):
    declined, said = await digest(f"{instruction}:\n\n{NOTICE}")
    assert declined and reason in said and "\n" not in said.strip()


@pytest.mark.parametrize(
    "instruction",
    [
        "Condense the summary into one sentence",
        "Write a summary of this for the newsletter",
        "Put this into three bullet points",
        "Turn this into three bullet points",
        "Give me the main points before my meeting",
        "what's this notice about?",
    ],
)
async def test_a_summary_asked_in_the_same_shape_is_still_given(instruction: str):
    declined, said = await digest(f"{instruction}:\n\n{NOTICE}")
    assert not declined and "3 March" in said


async def test_a_question_on_the_first_line_without_a_colon_is_declined():
    declined, said = await digest(f"Where do the lessons go while the pool is shut?\n\n{NOTICE}")
    assert declined and "answer a question" in said


async def test_a_hostile_lead_is_read_in_bounded_time():
    lead = "Write " + "the summary " * 3_000 + "into a tweet?"
    started = time.process_time()
    result = await call(create_server(), "digest", request=f"{lead}\n\n{NOTICE}", text=NOTICE)
    assert time.process_time() - started < 2 and result.content
