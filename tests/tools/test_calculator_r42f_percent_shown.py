"""Paraphrases of a percentage with no finite decimal: shown to four significant figures and at least two decimals
('84.44%' of 84.444…%), as measures are, with the exact value in a note; a rounding asked is kept. Near-misses
with a missing part or a second question are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("What percent is 38 of 45?", "84.44%"),
        ("38 out of 45 as a percentage?", "84.44%"),
        ("We scored 7 out of 9, what percentage is that?", "77.78%"),
        ("17 of the 23 hens laid today, what percentage is that?", "73.91%"),
        ("Price went from £45 to £83, what's the percentage increase?", "84.44% increase"),
        ("went from 30 to 37, percent increase?", "23.33% increase"),
    ],
)
async def test_a_long_percentage_is_shown_to_sensible_figures(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert any("the exact value is" in note for note in solution.get("notes", []))


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Twenty-three out of twenty-eight handed in their homework. What percentage is that, to the nearest whole"
         " percent?", 82),
        ("Went from 40 to 50, percent increase?", 25),
    ],
)  # fmt: skip
async def test_a_rounding_asked_or_a_short_percentage_is_kept(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "What percent is 38 of?",
        "What percent is 38 of 45 and what is 45 of 38?",
        "38 out of some as a percentage?",
    ],
)
async def test_a_percentage_not_fully_said_is_declined(request_text: str):
    await refused(request_text)
