"""Figures handed over with a question of a sum at the end ("...: 38, 40, 35. What is the average?") ask for the sum,
not a shorter text: the summarizer declines, naming the calculator; a text with a question inside it, asked to be
summarized, is still summarized. A summary asked in the user's own words ("Koumbare make this short", "summarise dis
fi mi") is a summary."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Theory test points of my students this month: 38, 40, 35, 39, 37, 36, 40. What is the average? Give one "
        "decimal please.",
        "Notes from today: we sold 38 jars, 40 cups and 35 mugs. What is the total?",
    ],
)
async def test_a_sum_asked_of_the_figures_is_declined(request_text: str) -> None:
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "rejected", outcome.text
    assert "calculator" in outcome.text


async def test_a_text_asked_to_be_summarized_keeps_its_question() -> None:
    outcome = await offline_outcome(
        "summarizer",
        "Summarize: We met on Monday. The budget was agreed at 40,000. Tom will hire two people. How much will that "
        "cost us? Nobody knew.",
    )
    assert outcome.status == "completed", outcome.text


NOTICE = (
    "The Wildlife Commission reminds all owners of songbirds that every bird kept in a cage must be registered. "
    "Registration is done at the Commission office in Georgetown and costs G$1,000 per bird. Trapping of wild "
    "songbirds is allowed only with a licence and only in the open season. Owners must keep cages clean and give the "
    "birds fresh water every day. Officers may check birds and papers at bird races without notice."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Koumbare make this short for me, the commission sent it:",  # whom it is asked of, then the ask
        "summarise dis from de wildlife people fi mi:",  # 'this', 'the', 'for me' as the Creoles write them
    ],
)
async def test_a_summary_asked_in_the_users_own_words(lead: str) -> None:
    outcome = await offline_outcome("summarizer", f"{lead} {NOTICE}")
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith("The Wildlife Commission reminds")
