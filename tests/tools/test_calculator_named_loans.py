"""A loan named by what it is for ('my van loan', 'a personal loan', 'boat loan') is a loan like a car loan: its
monthly payment is worked out, a 0% one as the amount over the months; a loan missing its rate stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My van loan is £18,000 over 4 years at 0% - what's the monthly payment", 375),
        ("My van loan is £18,000 over 4 years at 0%. what's the monthly payment", 375),
        ("boat loan £24,000 at 0% over 2 years, monthly payment?", 1000),
        ("a £9,000 personal loan over 3 years at 6%, what's the monthly payment?", 273.80),
        ("our kitchen loan is £6,000 at 0% over 12 months, what's the monthly payment", 500),
        ("What's the monthly payment on a $30,000 business loan at 0% over 5 years?", 500),
    ],
)
async def test_a_named_loan_has_its_monthly_payment(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My van loan is £18,000 over 4 years - what's the monthly payment",  # at what rate?
        "My van loan is £18,000 at 0% - what's the monthly payment",  # over how long?
    ],
)
async def test_a_loan_missing_a_term_is_declined(request_text: str):
    await refused(request_text)
