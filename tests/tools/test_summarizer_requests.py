"""The summarizer's whole-request tool: summary jobs are done, any other instruction is declined, not summarized."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

TEXT = (
    "The museum reopens on May 3 after renovation. Entry is free for the first week. "
    "The new wing shows modern sculpture. Guided tours start at ten every morning."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Translate the summary into German: {TEXT}",
        f"Summarize this and then translate the summary into German: {TEXT}",
        f"translate this into french please: {TEXT}",
        f"Can you rewrite this as a poem: {TEXT}",
        f"Rephrase this for a five-year-old: {TEXT}",
        f"Who paid for the renovation? {TEXT}".replace("? ", "?: ", 1),
        f"When do the guided tours end: {TEXT}",
        f"Explain this to me: {TEXT}",
    ],
)
async def test_an_instruction_that_is_not_a_summary_is_declined_in_one_line(request_text: str):
    result = await call(create_server(), "digest", request=request_text, text=TEXT)
    assert result.is_error
    message = error_text(result)
    assert "\n" not in message.strip()
    assert "Offline I can only" in message and "ANTHROPIC_API_KEY" in message and "local model" in message
    assert "reopens on May 3" not in message  # no summary slipped in


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        (f"Summarize this: {TEXT}", "summary"),
        (f"tl;dr: {TEXT}", "summary"),
        (f"What is this about? {TEXT}".replace("? ", "?: ", 1), "summary"),
        (f"Give me the key points: {TEXT}", "points"),
        (f"keywords please: {TEXT}", "keywords"),
        (f"Note on the museum: {TEXT}", "summary"),  # a colon in plain text is not an instruction
    ],
)
async def test_summary_jobs_are_done(request_text: str, field: str):
    result = await call(create_server(), "digest", request=request_text, text=TEXT)
    assert not result.is_error, error_text(result)
    assert result.structured_content and result.structured_content[field]


async def test_a_count_in_the_instruction_is_kept():
    result = await call(create_server(), "digest", request=f"Summarize in one sentence: {TEXT}", text=TEXT)
    assert (
        result.structured_content
        and result.structured_content["summary"] == "The museum reopens on May 3 after renovation."
    )


async def test_an_instruction_without_text_asks_for_it():
    result = await call(create_server(), "digest", request="Summarize this article.", text="this article")
    assert result.is_error and "Summarize what?" in error_text(result)


async def test_text_passed_apart_from_the_request_is_what_gets_summarized():
    result = await call(create_server(), "digest", request="Summarize in one sentence", text=TEXT)
    assert result.structured_content and result.structured_content["summary"].startswith("The museum reopens")
