"""Paraphrases of compound interest said with where the money sits and when it matures, with the near-misses that
must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our legacy gift of $25,000 is being held in an account paying 3.2% compounded annually. What will it be "
         "worth after 2 years?", 26625.6),
        ("$25,000 is being held in an account paying 3.2% compounded annually. What will it be worth after 2 years?",
         26625.6),
        ("I've £18,000 in a fixed-rate bond at 4.35% compounded annually for 5 years. What will it be worth at "
         "maturity?", 22270.746376),
        ("£10,000 in a bond at 4% compounded annually, maturing in 3 years. What will it be worth?", 11248.64),
        ("My inheritance of £40,000 is in an ISA at 5% compounded annually. What will it be worth after 3 years?",
         46305),
    ],
)  # fmt: skip
async def test_interest_wording_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Our legacy gift of $25,000 is held at 3.2% compounded annually. What will it be worth at maturity?",
        "I've £18,000 in a fixed-rate bond compounded annually for 5 years. What will it be worth at maturity?",
        "£10,000 in a bond at 4% compounded annually. What will it be worth at maturity?",
    ],
)
async def test_interest_wording_near_misses(request_text: str):
    await refused(request_text)
