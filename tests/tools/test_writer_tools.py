"""The writer's tools over MCP."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


async def test_a_whole_request_drafts_an_email_with_greeting_body_and_sign_off():
    result = await call(create_server(), "draft", topic="Draft a friendly email inviting the team to Friday's offsite.")
    data = result.structured_content
    assert data["style"] == "email" and data["tone"] == "friendly"
    lines = data["draft"].splitlines()
    assert lines[0] == "Subject: Invitation: Friday's offsite"
    assert "Hi team," in lines and "Cheers," in lines
    assert "join us for Friday's offsite" in data["draft"]


async def test_a_blog_draft_has_a_title_and_one_section_per_note():
    notes = "Saves commuting time\nNeeds clear written communication\nWorks best with shared goals"
    result = await call(create_server(), "draft", topic="remote work", notes=notes, style="blog")
    text = result.structured_content["draft"]
    assert text.startswith("# Remote Work\n")
    assert text.count("\n## ") == 4  # three notes and a conclusion
    assert "Saves commuting time." in text


async def test_slogans_and_stories():
    server = create_server()
    slogans = await call(server, "draft", topic="Come up with slogans for a bakery that opens at dawn")
    assert slogans.structured_content["style"] == "slogan"
    assert slogans.structured_content["draft"].count("\n- ") >= 4
    story = await call(server, "draft", topic="Write a short story about a robot who learns to paint")
    assert story.structured_content["draft"].startswith("Once upon a time there was a robot who learns to paint.")


async def test_outline_has_the_requested_number_of_points():
    result = await call(create_server(), "outline", topic="the history of the bicycle", points=4)
    headings = result.structured_content["headings"]
    assert headings[0] == "Introduction" and headings[-1] == "Conclusion" and len(headings) == 6
    assert result.structured_content["title"] == "The History of the Bicycle"


@pytest.mark.parametrize(
    ("tone", "text", "expected"),
    [
        (
            "professional",
            "hey guys, we're gonna need the stuff asap!!!",
            "Hello everyone, we are going to need",
        ),
        ("friendly", "Dear Sam,\nI do not know.\nKind regards", "Hi Sam,\nI don't know.\nBest wishes,"),
        (
            "concise",
            "I think that in order to win we really need a large number of votes.",
            "To win we need many",
        ),
        ("casual", "Hello Ana, we will utilize the room.", "Hey Ana, we'll use the room."),
    ],
)
async def test_rewrite_changes_the_tone(tone, text, expected):
    result = await call(create_server(), "rewrite", text=text, tone=tone)
    assert result.structured_content["rewritten"].startswith(expected)
    assert result.structured_content["changes"]


async def test_word_count():
    result = await call(create_server(), "word_count", text="One two three. Four five!\n\nSix seven.")
    data = result.structured_content
    assert (data["words"], data["sentences"], data["paragraphs"]) == (7, 3, 2)


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("draft", {"topic": "  "}, "topic is empty"),
        ("draft", {"topic": 42}, "valid string"),
        ("draft", {"topic": "x", "style": "sonnet"}, "Input should be 'auto'"),
        ("rewrite", {"text": "Hi", "tone": "angry"}, "Input should be 'professional'"),
        ("outline", {"topic": "x", "points": 99}, "points must be between 1 and 12"),
        ("word_count", {"text": "a" * 300_000}, "text is too long"),
    ],
)
async def test_bad_input_is_a_tool_error(tool, arguments, message):
    assert message in error_text(await call(create_server(), tool, **arguments))
