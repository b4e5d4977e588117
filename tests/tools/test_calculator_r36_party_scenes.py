"""Paraphrases of a party's scene between its count and the bill; near-misses whose scene holds a number, a charge
or someone left out decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Six of us went out after the teacher training and the bill came to €186 plus a 12% tip. How much each "
            "if we split it evenly?",
            34.72,
        ),
        ("Four of us went to the pub quiz and the tab came to £96. How much each?", 24),
        ("Five of us had a lovely evening and the bill was $240 with an 18% tip. What does each person pay?", 56.64),
        ("After the match - what's 15% of 80?", 12),
    ],
)
async def test_the_scene_changes_no_share(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Six of us went out and 2 left early and the bill came to €186. How much each?",
        "Six of us went out without Tom and the bill came to €186. How much each?",
        "Six of us went out after the discount and the bill came to €186. How much each?",
    ],
)
async def test_a_scene_that_could_change_the_share_declines(request_text: str):
    await refused(request_text)
