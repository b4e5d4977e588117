"""What a notice tells its readers ("Ask for Rose-Merline.", ", call Roy 612-4478") is what the notice says, not a
part of its own; an errand for us ("Call Roy and tell him ...") still is. Figures after a colon, then a question and
how its answer is to be given ("Give one decimal please."), are a sum's data, routed as a sum."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.clauses import split_tasks
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_whom_to_ask_for_stays_in_the_announcement() -> None:
    parts = texts(
        "Write me a small announcement for the church on Sunday, not more than 60 words. I have a new place in the "
        "market, row 4 near the fish, fresh every Tuesday and Friday. Ask for Rose-Merline."
    )
    assert len(parts) == 1
    assert "Ask for Rose-Merline" in parts[0]


def test_a_number_to_call_goes_back_into_its_clause() -> None:
    parts = texts(
        "write a short notice for de Sunday race, max 50 word. race dis Sunday 7 in de morning at de Square, entry "
        "G$2,000 per bird, bring yuh own cage, call Roy 612-4478"
    )
    assert len(parts) == 1
    assert parts[0].endswith("bring yuh own cage, call Roy 612-4478")


@pytest.mark.parametrize(
    "request_text",
    ["Write a notice about the meeting. Call Roy and tell him it moved.", "Write a poem about spring. Ask for help."],
)
def test_an_errand_or_a_plea_after_a_text_to_write_stays_apart(request_text: str) -> None:
    assert len(texts(request_text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Theory test points of my students this month: 38, 40, 35, 39, 37, 36, 40. What is the average? Give one "
        "decimal please.",
        "Takings this week: 120, 95, 140. What is the average? Give one decimal please.",
    ],
)
async def test_figures_then_a_question_and_its_places_are_a_sum(decider: RankingDecider, text: str) -> None:
    choices = await decider.rank(Request(text), specialists())
    assert choices[0].worker == "calculator"
