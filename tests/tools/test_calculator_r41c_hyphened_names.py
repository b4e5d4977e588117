"""Paraphrases of a statistic of a list named by a hyphened word ('call-out times', 'lap-times', 'one-off
payments'), with the count said before it held to the list; near-misses with a count that does not match, a figure
set aside or a second question the list cannot answer."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's the average of the electrician's last five call-out times: 35, 50, 44, 28 and 55 minutes?", 42.4),
        ("Mean of my six lap-times: 61, 63, 60, 62, 64 and 59 seconds", 61.5),
        ("Average of these 3 one-off payments: £40, £55, £70", 55),
        ("What's the mean of the call-out times: 35, 50 and 44 minutes?", 43),
        ("avg of the drop-off waits: 12, 15, 18 mins", 15),
    ],
)
async def test_a_list_named_by_a_hyphened_word(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the average of the electrician's last four call-out times: 35, 50, 44, 28 and 55 minutes?",
        "What's the mean of the call-out times: 35, 50 and 44 minutes, not counting 50?",
        "What's the mean of the call-out times: 35, 50 and 44 minutes, and what should I charge?",
        "Average of the one-off payments: £40, £55 and 3 refunds",
    ],
)
async def test_a_count_or_figure_the_list_does_not_hold_is_declined(request_text: str):
    await refused(request_text)
