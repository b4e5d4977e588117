"""Paraphrases of savings whose interest is 'added once a year' (compounded yearly) and asked 'at the end of year 3'
(three years on), after a line of context; near-misses that ask both, name no term or leave the kind unsaid."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The club's £12,000 fund is in an account paying 3% a year, interest added monthly. What's it worth at the "
         "end of year 2?", 12741.08),
        ("Gran asked me this one. Her £8,000 sits in a bond paying 2.5% a year with the interest added once a year. "
         "What will it be worth after 4 years?", 8830.50),
        ("Our £3,000 reserve earns 4% a year, interest added annually. If we leave it alone, what's it worth at the "
         "end of year 5?", 3649.96),
        ("£2,000 at 5% simple interest. What's it worth at the end of year 4?", 2400),
    ],
)  # fmt: skip
async def test_interest_added_each_period(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "£2,000 at 5% a year with interest added once a year. What's it worth at the end of year 4 and how much "
        "interest is that?",
        "£2,000 at 5% a year with interest added once a year. What's it worth at the end of the year?",
        "£2,000 at 5% a year. What's it worth at the end of year 4?",
        "£2,000 at 5% a year with the interest paid out once a year. What's it worth at the end of year 4?",
        "Treasurer asked me this one. £2,000 at 5% a year with interest added once a year and a £50 fee. What's it "
        "worth at the end of year 4?",
    ],
)
async def test_both_asked_or_a_term_or_kind_missing_is_declined(request_text: str):
    await refused(request_text)
