"""A symptom told beside code whose bug the checks read from the numbers' kinds: a count that stays at 0 because
"counts[k] + 1" is computed and thrown away, a crash from a float formatted as a whole number ("h = total / 3600"
then "{h:02d}"), and totals that come out low because a tax worked out from the subtotal is subtracted from it.
Near-misses: the same symptoms with the code right ("+=", "//", a net pay that takes tax off gross, a discount
taken off a price, a float shown with ".1f") are not answered with these findings."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _python(code: str, ask: str) -> str:
    return f"{ask}\n```python\n{code}\n```"


TALLY = 'votes = {"yes": 0, "no": 0}\n\ndef vote(choice):\n    if choice in votes:\n        votes[choice] + 1\n'
FIELD = "class Counter:\n    def __init__(self):\n        self.seen = 0\n\n    def hit(self):\n        self.seen + 1\n"
TALLY_RIGHT = 'votes = {"yes": 0, "no": 0}\n\ndef vote(choice):\n    if choice in votes:\n        votes[choice] += 1\n'


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (TALLY, "the tally stays at 0 no matter how many votes come in?"),
        (TALLY, "Why does my vote counter never go up?"),
        (FIELD, "My hit counter doesn't update. Help please."),
        (FIELD, "Kindly advise why the attribute remains zero after several calls."),
    ],
)
async def test_a_count_that_never_changes_is_traced_to_a_result_thrown_away(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "discarded-result" in text and "+=" in text


async def test_a_count_kept_with_plus_equals_is_not_said_to_be_thrown_away():
    declined, text = await review_reply(_python(TALLY_RIGHT, "Always 0. Why?"))
    assert "discarded-result" not in text


CLOCK = (
    'def as_clock(seconds):\n    mins = seconds / 60\n    secs = seconds % 60\n    return f"{mins:02d}:{secs:02d}"\n'
)
HOURS = 'def label(total_minutes):\n    hours = total_minutes / 60\n    print(f"{hours:d} hours")\n'


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (CLOCK, "this throws ValueError when I call it, why"),
        (CLOCK, "My mm:ss formatter crashes. Any idea?"),
        (HOURS, "Could you review this function? It raises an exception."),
    ],
)
async def test_a_float_formatted_as_a_whole_number_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "float-format-code" in text and "//" in text


@pytest.mark.parametrize(
    "code",
    [
        'def as_clock(seconds):\n    mins = seconds // 60\n    return f"{mins:02d}"\n',
        'def share(part, whole):\n    pct = part / whole * 100\n    return f"{pct:.1f}%"\n',
        'def as_clock(seconds):\n    mins = seconds / 60\n    mins = int(mins)\n    return f"{mins:02d}"\n',
    ],
)
async def test_a_whole_number_or_a_float_format_is_not_flagged(code: str):
    _, text = await review_reply(_python(code, "Please review this."))
    assert "float-format-code" not in text


TAXED = (
    "def bill_total(items, price, vat_rate):\n    subtotal = items * price\n    vat = subtotal * vat_rate\n"
    "    return subtotal - vat\n"
)
GST = "def order(price, rate):\n    gst = price * rate / 100\n    total = price - gst\n    return total\n"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (TAXED, "The bills my script makes are always less than they should be."),
        (TAXED, "what's wrong with this? totals come out low"),
        (GST, "Our GST totals look off, can you check?"),
    ],
)
async def test_a_tax_taken_off_a_total_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "tax-subtracted" in text and "+ " in text


@pytest.mark.parametrize(
    "code",
    [
        "def net_pay(gross, rate):\n    tax = gross * rate\n    return gross - tax\n",
        "def sale_total(price):\n    discount = price * 0.1\n    total = price - discount\n    return total\n",
        "def bill_total(subtotal, tax):\n    return subtotal - tax\n",
        "def bill_total(subtotal, rate):\n    tax = subtotal * rate\n    return subtotal + tax\n",
    ],
)
async def test_a_tax_taken_off_gross_a_discount_or_a_given_credit_is_not_flagged(code: str):
    _, text = await review_reply(_python(code, "Please review this."))
    assert "tax-subtracted" not in text
