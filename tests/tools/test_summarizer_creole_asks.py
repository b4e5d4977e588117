"""A summary asked in the Creoles of the Caribbean ("Summarize dis notice short fi di boat crew"): "dis", "di",
"fi", "dat", "wid" are "this", "the", "for", "that", "with", and ask nothing more. Near-miss: a question beside it is
still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome, picked_from

pytestmark = pytest.mark.anyio

NOTICE = (
    "Lobster closed season runs from 15 February to 14 June every year. During closed season no one can take, buy, "
    "sell or have lobster on board. Restaurants must have their frozen lobster stock counted by the Fisheries "
    "Department before 15 February. Tour guides must remind guests not to take lobster while snorkelling. Fines can "
    "be up to BZ$5,000."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarize dis Fisheries notice short fi di boat crew: {NOTICE}",
        f"sum up dat notice fi mi, short: {NOTICE}",
    ],
)
async def test_creole_function_words_ask_nothing_more(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    assert picked_from(NOTICE, outcome.text)


async def test_a_question_beside_it_is_still_declined():
    outcome = await offline_outcome("summarizer", f"Summarize dis notice. Who pay di fine? {NOTICE}")
    assert outcome.status != "completed", outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Can you make this water notice short for my staff group: {NOTICE}",
        f"Please make short for me ka: {NOTICE}",
    ],
)
async def test_make_it_short_asks_a_summary(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    assert picked_from(NOTICE, outcome.text)
