"""Facts told in sentences after the ask, with a length in the ask ('Write the about-us line for the shop window, max
30 words. Family shop since 1987, ...'): the facts are the text's material, the length is not, and a place within a
place ('the home page of our website') is where the text goes, never its heading."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Write the about-us line for the shop window, max 30 words. Family shop since 1987, all wool from sheep "
            "on Streymoy.",
            ["1987", "Streymoy"],
        ),
        (
            "Write a one-line description for the home page of our website, max 25 words. Family workshop since "
            "1952, toquilla straw, Cuenca.",
            ["1952", "Cuenca"],
        ),
    ],
)
async def test_facts_after_the_ask_are_written(request_text: str, facts: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in facts)
    assert "home page" not in text.lower() and "max" not in text.lower()
    assert len(text.split()) <= 30
