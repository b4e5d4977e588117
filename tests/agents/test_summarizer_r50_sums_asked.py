"""Figures handed over with a question of a sum at the end ("...: 38, 40, 35. What is the average?") ask for the sum,
not a shorter text: the summarizer declines, naming the calculator; a text with a question inside it, asked to be
summarized, is still summarized."""

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
