"""Round 34: 'A things out of B things' as a percentage, with what is counted named after each number."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Conversion rate: 348 signups out of 12,400 visits, as a percent", 2.80645),
        ("348 signups out of 12,400 visits, as a percent", 2.80645),
        ("What percent is 348 signups out of 12,400 visits?", 2.80645),
        ("17 defects out of 250 units, as a percentage", 6.8),
        ("What percent is 30 apples out of 120?", 25),
        ("Open rate: 1,150 opens out of 4,600 emails as a percentage", 25),
    ],
)
async def test_a_share_of_counted_things(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.parametrize(
    "request_text",
    [
        "348 signups out of 12,400 visits and 20 more, as a percent",
        "348 signups out of 12,400 visits each day, as a percent of the week",
    ],
)
async def test_a_share_that_says_more_is_declined(request_text: str):
    await refused(request_text)
