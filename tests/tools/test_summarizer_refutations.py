"""A summary keeps the sentence that refutes a reported claim: a one-sentence summary gives the refutation, not the
rumour ("Social media posts claimed he was detained" against "Police said there was no truth in reports ...")."""

from __future__ import annotations

import pytest
from conftest import call, tool_server

pytestmark = pytest.mark.anyio

MAYOR = (
    "Police said there was no truth in reports that the mayor had been arrested. Social media posts on Sunday claimed "
    "he was detained at the airport with £50,000 in cash. The mayor was in fact at a charity event all weekend. "
    "Officers asked people not to share the posts."
)
LUNCHES = (
    "Parents claimed the school had banned packed lunches. The head teacher said no such ban exists. Pupils may "
    "bring packed lunches or buy school meals. A letter explaining the policy went home on Monday."
)


async def summary(request: str, text: str) -> str:
    reply = await call(tool_server("summarizer"), "digest", request=request, text=text)
    assert not reply.is_error, reply.content[0].text
    return reply.structured_content["summary"]


async def test_a_one_sentence_summary_gives_the_refutation_not_the_rumour():
    said = await summary(f"Summarize this in one sentence: {MAYOR}", MAYOR)
    assert "no truth" in said and "claimed" not in said


async def test_a_longer_summary_keeps_the_claim_with_its_refutation():
    said = await summary(f"Summarize this in two sentences: {LUNCHES}", LUNCHES)
    assert "no such ban" in said
