"""Paraphrases of a bill shared among 'lads', 'mates', 'guys' or 'blokes', and a near-miss naming two groups."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Five lads shared a £67.50 fare and added a 10% tip. How much each?", 14.85),
        ("Four mates split a $92 cab plus a 15% tip. How much each?", 26.45),
        ("Six guys split a €144 dinner bill and added 10% service. What does each pay?", 26.4),
        ("Three blokes shared a £48 taxi. How much each?", 16),
        ("Five lads shared a £67.50 fare. How much each?", 13.5),
        ("Eight lads split a £312 hotel room. How much each?", 39),
    ],
)
async def test_a_bill_shared_among_a_group_word(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Two lads and three girls shared a £60 taxi. How much each?",
        "Some lads shared a £60 taxi. How much each?",
    ],
)
async def test_a_group_not_counted_once_is_declined(request_text: str):
    await refused(request_text)
