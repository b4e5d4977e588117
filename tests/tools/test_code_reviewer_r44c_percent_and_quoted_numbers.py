"""Two figures the code itself shows to be wrong. A percentage used as a fraction: ``total + total * rate`` with
``rate=10`` (its default, or a literal passed for it) adds ten times the total, which explains a charge that is far
too high. A number passed in quotes: ``discount_price("150000", 10)`` hands text to arithmetic that raises
TypeError. Near-misses: a rate divided by 100, a fraction, a rate with no value shown, a quoted value the function
converts, and text that is only repeated (``name * times``) are not flagged."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _python(code: str, ask: str) -> str:
    return f"{ask}\n```python\n{code}\n```"


CHARGE = "def add_service_charge(total, rate=10):\n    return total + total * rate"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (CHARGE, "Our IT guy wrote this for the till but diners say the service charge is way too high. check pls"),
        (
            "def with_tip(bill, tip_percent):\n    return bill * (1 + tip_percent)\n\nprint(with_tip(80, 15))",
            "The tip on every bill is coming out massive, what's wrong?",
        ),
        (
            "def sale_price(price, discount=20):\n    return price - price * discount",
            "Sale prices come out negative with this one. Why?",
        ),
        (
            "def add_vat(net, vat):\n    return net + net * vat\n\ntotal = add_vat(250, 20)",
            "Would you kindly review the following function? The VAT it adds appears to be incorrect.",
        ),
        (CHARGE, "can u look at this"),
    ],
)
async def test_a_percentage_used_as_a_fraction_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "percent-as-fraction" in text and "100" in text


@pytest.mark.parametrize(
    "code",
    [
        "def add_service_charge(total, rate=10):\n    return total + total * rate / 100",
        "def add_service_charge(total, rate=0.1):\n    return total + total * rate",
        "def add_service_charge(total, rate):\n    return total + total * rate",
        "def add_service_charge(total, rate=10):\n    rate = rate / 100\n    return total + total * rate",
        "def wages(hours, rate=10):\n    return hours * rate",
    ],
)
async def test_a_rate_shown_as_a_fraction_or_divided_is_not_flagged(code: str):
    declined, text = await review_reply(_python(code, "customers complain the charge is too high"))
    assert "percent-as-fraction" not in text


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (
            "def discount_price(price, percent):\n    return price - price * percent / 100\n\n"
            'print(discount_price("150000", 10))',
            "this code give error, I don't know why, pls check",
        ),
        (
            'def per_head(total, people):\n    return total / people\n\nprint(per_head("1860", 6))',
            "getting a TypeError when I run this?",
        ),
        (
            'def is_big_order(amount):\n    return amount > 500\n\nis_big_order(amount="750.00")',
            "It crashes on the last line. Could you tell me why?",
        ),
        (
            'def net(gross, fee):\n    return gross - fee\n\nprint(net("12,000", 300))',
            "error when i run it",
        ),
    ],
)
async def test_a_number_passed_in_quotes_to_arithmetic_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "quoted-number-argument" in text and "TypeError" in text


@pytest.mark.parametrize(
    "code",
    [
        "def discount_price(price, percent):\n    price = float(price)\n    return price - price * percent / 100\n\n"
        'print(discount_price("150000", 10))',
        'def greet(name, times):\n    return name * times\n\nprint(greet("5", 3))',
        'def label(code, suffix):\n    return code + suffix\n\nprint(label("150", "A"))',
        "def discount_price(price, percent):\n    return price - price * percent / 100\n\n"
        "print(discount_price(150000, 10))",
    ],
)
async def test_quoted_values_that_are_converted_or_only_joined_are_not_flagged(code: str):
    declined, text = await review_reply(_python(code, "this gives an error, why"))
    assert "quoted-number-argument" not in text


async def test_a_huge_result_from_text_times_a_number_is_not_blamed_on_a_percentage():
    code = 'nights = input("How many nights? ")\nrate = 165\ntotal = nights * rate\nprint("Total: £" + str(total))'
    declined, text = await review_reply(_python(code, "the total comes out as a massive string of numbers, why?"))
    assert not declined, text
    assert "input-not-converted" in text and "percent-as-fraction" not in text
