"""One reader named only by a pronoun in the ask ("write him a kind email", "send her a friendly note") is greeted
with a name to fill in, never "Hi all". Near-misses: with no reader at all a friendly text still greets "all", and a
group named greets the group."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Write him a kind email explaining what needs fixing: line 3 divides by zero when the list is empty.",
        "Send her a friendly email: the report is late and will come on Friday.",
        "pls draft him a casual email: the van is booked for 9am Saturday",
    ],
)
async def test_one_reader_named_by_a_pronoun_is_not_greeted_as_all(request_text: str):
    text = await drafted(request_text)
    assert "[Name]," in text and "all," not in text, text


@pytest.mark.parametrize(
    ("request_text", "greeted"),
    [
        ("Write a friendly email: the report is late and will come on Friday.", "Hi all,"),
        ("Write a friendly email to the team: the report is late.", "Hi team,"),
    ],
)
async def test_no_reader_or_a_group_is_greeted_as_before(request_text: str, greeted: str):
    assert greeted in await drafted(request_text)
