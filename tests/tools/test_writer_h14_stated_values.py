"""Values handed on already said ("The VAT is £290.00. The total is £1,740.00.") for a text that names them ("a short
email to my client Mrs Byrne with the VAT and the total"): the text says them as handed over, once, and the words
naming them are no subject line; a bare value still becomes "The total is £92.00"."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a short email to my client Mrs Byrne with the VAT and the total:\n\nThe VAT is £290.00. The total "
            "is £1,740.00.",
            "The VAT is £290.00. The total is £1,740.00.",
        ),
        (
            "Write a short email to my client Mr Shah with the tip and the total:\n\nThe tip is £12.00. The total is "
            "£92.00.",
            "The tip is £12.00. The total is £92.00.",
        ),
        (
            "Write a text to my sister with the deposit and the balance:\n\nThe deposit is £200.00. The balance is "
            "£800.00.",
            "The deposit is £200.00. The balance is £800.00.",
        ),
        (
            "Draft an email to our landlord, Mr Hughes, including the rent, the fee and the total:\n\nThe rent is "
            "£950.00. The fee is £50.00. The total is £1,000.00.",
            "The rent is £950.00. The fee is £50.00. The total is £1,000.00.",
        ),
    ],
)
async def test_values_already_said_are_written_once(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text, text
    assert " is The " not in text and "With the" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a note to Sam with the total:\n\n£92.00", "The total is £92.00."),
        ("Draft a sale sign using the new price:\n\n$52.00", "the new price is $52.00."),
    ],
)
async def test_a_bare_value_is_still_said_by_its_name(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a short email to Mrs Byrne with the VAT and the total:\n\nThe VAT is £290.00.",
        "Write a text to my sister with the deposit and the balance:\n\nThe balance is £800.00.",
    ],
)
async def test_a_named_value_the_material_does_not_say_is_declined(request_text: str) -> None:
    assert "but not the" in await declined_by_writer(request_text)
