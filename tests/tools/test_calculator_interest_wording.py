"""Where the money sits, whence it came and when the term is said to end ('a legacy gift ... held in an account',
'a fixed-rate bond ... at maturity') change nothing in compound interest once the rate and the term are given."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our legacy gift of $25,000 is being held in an account paying 3.2% compounded annually. What will it be "
         "worth after 2 years?", 26625.6),
        ("I've £18,000 in a fixed-rate bond at 4.35% compounded annually for 5 years. What will it be worth at "
         "maturity?", 22270.746376),
    ],
)  # fmt: skip
async def test_interest_wording(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_maturity_with_no_term_declines():
    await refused("Our legacy gift of $25,000 is held at 3.2% compounded annually. What will it be worth at maturity?")
