"""A call the user tells the result of ("oka_to_kg(180) gives 141.7 and it should be 228.6") is worked through by
the function's own arithmetic, and mended by the one change that gives the figure wanted: a divide for a multiply,
the part returned without its whole. Nothing is said when the code does not give the told figure, when two changes
would both give the one wanted, or when the function is more than plain arithmetic. A told call that hands float()
a decimal comma ('price("12,5", 16.5) crash with ValueError') is named with its mend."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply, traced

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "My granddaughter made this for me, but oka_to_kg(180) gives 141.7 and it should be 228.6. What is wrong?"
            "\n\ndef oka_to_kg(oka):\n    return oka / 1.27\n",
            "`oka * 1.27`",
        ),
        (
            "My shop script. with_dph(480) returns 110.4 but I want price with DPH, 590.4. Fix?\n\n"
            "def with_dph(price):\n    return price * 23 / 100\n",
            "add the price to it: `price + price * 23 / 100`",
        ),
        (
            "days_left(30, 12) gives -18 instead of 18, why?\n\ndef days_left(total, used):\n    left = used - total\n"
            "    return left\n",
            "`total - used`",
        ),
    ],
)
async def test_the_told_call_is_worked_and_mended(request_text: str, said: str) -> None:
    text = await traced(request_text)
    assert "wrong-operation" in text and said in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        # the code gives 141.73, not the 150 told: the told result is not this code's
        "oka_to_kg(180) gives 150 and it should be 228.6. Why?\n\ndef oka_to_kg(oka):\n    return oka / 1.27\n",
        # a loop is more than plain arithmetic
        "total([1, 2]) gives 2 instead of 3, why?\n\ndef total(xs):\n    t = 0\n    for x in xs:\n        t = x\n"
        "    return t\n",
    ],
)
async def test_nothing_is_said_of_a_call_not_worked_out(request_text: str) -> None:
    _, text = await review_reply(request_text)
    assert "wrong-operation" not in text, text


async def test_a_decimal_comma_handed_to_float_is_named() -> None:
    text = await traced(
        'my daughter wrote this for the catch book. price("12,5", 16.5) crash with ValueError. why\n\n'
        "def price(kg_text, kr_per_kg):\n    kg = float(kg_text)\n    return kg * kr_per_kg\n"
    )
    assert "decimal-comma" in text and "replace(',', '.')" in text, text


async def test_a_decimal_point_is_left_alone() -> None:
    _, text = await review_reply(
        'price("12.5", 16.5) crash with ValueError. why\n\ndef price(kg_text, kr):\n    return float(kg_text) * kr\n'
    )
    assert "decimal-comma" not in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        # a number too large to write, and max of one figure: no sum is worked out, and the review still answers
        "f(2) gives 3 instead of 4, why?\n\ndef f(x):\n    return x * 1e999\n",
        "f(2) gives 3 instead of 4, why?\n\ndef f(x):\n    return max(x)\n",
    ],
)
async def test_a_sum_that_cannot_be_worked_out_is_declined_plainly(request_text: str) -> None:
    _, text = await review_reply(request_text)
    assert "found no bug that explains 'gives 3 instead of 4'" in text, text
