"""Where the money sits, whence it came, what a loan is for and when the term is said to end ('a legacy gift ... held
in an account', '$48,000 in super', 'from bank to open second shop', 'a fixed-rate bond ... at maturity') change
nothing in the interest once the rate and the term are given; 'the interest total' is the interest, totalled."""

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
        # where it sits, said right after the amount ('in super', 'on Tagesgeld', 'kept in FD'), and what a loan is
        # for ('to open a shop,') or what kind it is ('Shop renovation loan ¥3,000,000')
        ("got $48,000 in super earning 6.5% a year compounding yearly. what'll it be in 10 years if i dont put "
         "anything else in", 90102.6),
        ("I save for a new board shear. 8000 € on Tagesgeld with 2,75 % per year, interest compounded yearly. How "
         "much do I have after 3 years?", 8678.32),
        ("Rs 6,00,000 kept in FD at 7.25% per annum compounded quarterly for 2 years. What will be the maturity "
         "amount?", 692723.73),
        ("i borrow 80,000,000đ from bank, interest 9% per year compound every year. after 2 year must pay back "
         "total how much?", 95_048_000),
        ("Shop renovation loan ¥3,000,000, simple interest 1.8% per year, for 5 years. How much is the interest "
         "total?", 270_000),
        ("van finance, £14,000 at 6.5% simple interest a year over 4 years. how much interest in total", 3640),
    ],
)  # fmt: skip
async def test_interest_wording(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_maturity_with_no_term_declines():
    await refused("Our legacy gift of $25,000 is held at 3.2% compounded annually. What will it be worth at maturity?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "$5000 in 3 banks at 4% compound, 3 years. total?",  # a number in the place: not a place
        "£10,000 in shares and bonds earning 5% compounded yearly for 3 years. What will it be worth?",
    ],
)
async def test_a_place_with_a_figure_or_several_places_is_not_set_aside(request_text: str):
    await refused(request_text)
