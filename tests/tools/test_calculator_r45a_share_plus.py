"""A share of an amount followed by 'plus' or 'minus' in words ('15% of R2,000 plus R500') is 15% of the sum or the
share and then the rest: declined. Near the line: the share alone, written with a symbol, or set off by a comma,
which says where the share ends."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "What is 15% of R2,000 plus R500?",
        "what's 15% of 2000 plus 500",
        "20% of 50 minus 3",
        "a third of 90 plus 10",
        "Quick one: 12% of $3,500 plus $250?",
        "What is 12% of ₹3,50,000 plus ₹10,000?",
    ],
)
async def test_a_share_followed_by_plus_in_words_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What is 15% of R2,000?", 300),
        ("what's 15% of 2000 + 500", 800),
        ("What is 15% of 2000, plus 500?", 800),
        ("15% of 2000 plus 10%", 330),
    ],
)
async def test_a_share_whose_end_is_written_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
