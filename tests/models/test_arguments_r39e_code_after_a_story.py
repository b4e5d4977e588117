"""Round 39: code after a colon that ends a longer lead-in telling what went wrong ("It crashes every time I feed it
the monthly readings from the depot, any idea why: def ...") is the code to review; a colon followed by prose, or
by a single mark of code, is not, and the code is asked for again."""

from __future__ import annotations

import pytest
from mcp import Client

from agents.models.arguments import fill_arguments
from servers.tools.code_reviewer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

AVERAGE = "def mean_reading(values):\n    count = len(values)\n    return sum(values) / count"
LOOKUP = "function findTrack(list, id) {\n  for (const t of list) { if (t.id === id) return t; }\n}"


async def code_sent(request: str) -> str | None:
    """The code the offline model fills into the reviewer's ``review_request`` tool for ``request``, or None when
    it would ask for the code again."""
    async with Client(create_server()) as client:
        listed = next(t for t in (await client.list_tools()).tools if t.name == "review_request")
        filled = fill_arguments(request, listed.input_schema)
        return None if filled.missing else filled.arguments.get("code")


@pytest.mark.parametrize(
    ("lead", "code"),
    [
        ("It crashes every single time I feed it the monthly readings from the depot, any idea why", AVERAGE),
        ("My nephew wrote this for the club website and now the page just hangs when I search, can you look", LOOKUP),
        ("Been staring at this for an hour on the night shift and still cannot see what is wrong with it", AVERAGE),
    ],
)
async def test_code_after_a_story_is_the_code(lead: str, code: str) -> None:
    assert await code_sent(f"{lead}: {code}") == code


@pytest.mark.parametrize(
    "request_text",
    [
        "It crashes every single time I feed it the monthly readings from the depot, any idea why: the readings are "
        "in a spreadsheet and the script returns nothing",
        "The spreadsheet my nephew built for the club keeps giving the wrong totals every month and nobody knows why: "
        "class attendance drops every winter and the report is wrong",
        "Been staring at my script for an hour on the night shift and still cannot see what is wrong: return values",
    ],
)
async def test_prose_after_a_long_lead_in_is_no_code(request_text: str) -> None:
    assert await code_sent(request_text) is None
