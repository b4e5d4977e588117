"""An outline's title keeps the subject's own words: "a one-hour revision session" is titled "One-hour Revision
Session ...", never "E-hour ..." (the "on" of "one" was read as the word "on", and the outline was declined for
naming what the request never gave)."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "title"),
    [
        (
            "Outline a one-hour revision session for student nurses on drug calculations: units, dose by weight, "
            "infusion rates, practice questions.",
            "# One-hour Revision Session for Student Nurses on Drug Calculations",
        ),
        ("Outline an online course about budgeting: saving, debt, pensions", "# Online Course About Budgeting"),
        ("Outline a postering campaign for the fete: sites, design, dates", "# Postering Campaign for the Fete"),
        (
            "Outline an onboarding day for new volunteers: welcome, tour, safety talk, lunch",
            "# Onboarding Day for New Volunteers",
        ),
        ("Outline a forest school morning: shelter building, fire safety, snack", "# Forest School Morning"),
        ("Outline a talk about composting: why, how, mistakes", "# Composting"),
    ],
)
async def test_an_outline_title_keeps_the_subjects_words(request_text: str, title: str) -> None:
    text = await drafted(request_text)
    assert text.splitlines()[0] == title
