"""A reader described with "a" or "an" and then named ("to a customer, Ms Rossi: her order ..."): the greeting says
the name, and what the request says of them ("her order") is said to them ("Your order"); the role is never asked
for in the text."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "Write an apology email to a customer, Ms Rossi: her order 4471 was delayed by the courier, it will now "
            "arrive on Monday, and we've refunded the £4.99 delivery charge.",
            "Hello Ms Rossi,",
            "Your order 4471 was delayed by the courier, it will now arrive on Monday, and we've refunded the £4.99 "
            "delivery charge.",
        ),
        (
            "Write an email to a customer, Mr Shah: his parcel 2210 arrives on Friday.",
            "Hello Mr Shah,",
            "Your parcel 2210 arrives on Friday.",
        ),
        (
            "Write an apology email to a guest, Mrs Duarte: her room was not ready at check-in, and we've taken £20 "
            "off her bill.",
            "Hello Mrs Duarte,",
            "Your room was not ready at check-in, and we've taken £20 off your bill.",
        ),
        (
            "Draft an email to a supplier, Mr Byrne: the March invoice is paid.",
            "Hello Mr Byrne,",
            "The March invoice is paid.",
        ),
        (
            "Write an apology email to a patient, Mr Obi: his appointment on 4 June is moved to 11 June because the "
            "clinic is closed.",
            "Hello Mr Obi,",
            "Your appointment on 4 June is moved to 11 June because the clinic is closed.",
        ),
        (
            "Write an email to an applicant, Ms Ward: her interview is on Tuesday at 10am.",
            "Hello Ms Ward,",
            "Your interview is on Tuesday at 10am.",
        ),
    ],
)
async def test_a_reader_described_with_a_then_named_is_greeted_by_name(
    request_text: str, greeting: str, said: str
) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text
    assert "[Name]" not in text


async def test_a_named_place_set_off_after_for_is_no_reader() -> None:
    text = await drafted("Write a post for a client, Harbour Cafe: we open on Sunday.")
    assert not text.startswith(("Hello", "Hi", "Dear"))
    assert "Sunday" in text


async def test_a_described_reader_with_no_name_keeps_the_placeholder() -> None:
    text = await drafted("Write an email to a customer: the order 4471 arrives on Monday.")
    assert "Hello [Name]," in text and "The order 4471 arrives on Monday." in text
