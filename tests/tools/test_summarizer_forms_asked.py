"""The summarizer gives the form asked or says it can't: "in exactly two sentences" of a one-sentence text is
declined, not answered with the one sentence (a two-sentence summary names a size, which one sentence keeps);
and "pull out 5 keywords from this" is the keywords job, not an aspect of the text.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked, error_text

pytestmark = pytest.mark.anyio

BEES = (
    "Bees pollinate about a third of the crops we eat. Their numbers have fallen sharply in many countries. "
    "Scientists blame pesticides, habitat loss and disease. Some farmers now plant wildflower strips along their "
    "fields. Early results suggest bee numbers recover where these strips are planted."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        "LinkedIn post in exactly two sentences: I've passed my final ACCA exams after three years of evening study.",
        "Summarise this in three sentences: The council will close Elm Street bridge for repairs from 4 March.",
        "Condense this into 2 sentences: Priya Shah joins the finance team as head of payroll on Monday.",
        "Sum this up in two sentences please: Our office moves to 14 Hill Road on 1 June after eight years.",
    ],
)
async def test_more_sentences_than_a_one_sentence_text_holds_are_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error, result and result.structured_content
    assert "single sentence" in error_text(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Sum this up in a sentence or two: The council will close Elm Street bridge for repairs from 4 March.",
        "Summarise this in one sentence: Our office moves to 14 Hill Road on 1 June after eight years there.",
        # a size the summary keeps within, not a form to fill
        "Give me a two-sentence summary: Priya Shah joins the finance team as head of payroll on Monday.",
    ],
)
async def test_a_length_a_single_sentence_already_keeps_is_answered_with_it(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content is not None
    assert str(result.structured_content["summary"]).startswith(request_text.split(": ", 1)[1][:30])


@pytest.mark.parametrize(
    "request_text",
    [
        f"Pull out 5 keywords from this: {BEES}",
        f"Extract the key terms from this article: {BEES}",
        f"List 4 key phrases from this text: {BEES}",
        f"Pull out three keywords from this passage: {BEES}",
        f"Give me 3 tags for this post: {BEES}",
    ],
)
async def test_keywords_pulled_from_a_text_are_its_own_words(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content is not None
    terms = result.structured_content["keywords"]
    assert terms and all(t.split()[0] in BEES.lower() for t in terms)


@pytest.mark.parametrize(
    "request_text",
    [f"Pull out the dates from this: {BEES}", f"List the costs in this email: {BEES}"],
)
async def test_an_aspect_of_the_text_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error
    assert "not a summary of all of it" in error_text(result)
