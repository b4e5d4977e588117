"""A charge and the total asked together ('can you give me the tip and the total?') are answered together, or the
request is declined: never only one of them."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("So the dinner came to $86.40 and we want to leave a 15% tip. Can you give me the tip and the total?",
         "tip $12.96; total $99.36"),
        ("dinner came to $86.40 and we want to leave a 15% tip. What's the tip and the total?",
         "tip $12.96; total $99.36"),
        ("The meal was £64 and I'd like to leave 12.5%. Tell me the tip and the total.", "tip £8.00; total £72.00"),
        ("Bill is $120, 18% tip. How much is the tip and the total?", "tip $21.60; total $141.60"),
        ("Bill is £120 with 20% VAT. What's the VAT and the total?", "VAT £24.00; total £144.00"),
        ("15% tip on $86.40, what's the total and the tip?", "total $99.36; tip $12.96"),
        ("Jacket is $80 with 25% off. What's the discount and the total?", "discount $20.00; total $60.00"),
    ],
)  # fmt: skip
async def test_a_charge_and_the_total_are_both_answered(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Dinner for 4 was $200 with an 18% tip, split evenly. What's the tip and the total?",  # a share was worked out
        "Bill is $120, give me the total with tip",  # the tip's rate is not said
        "Can you give me the tip and the total? Dinner was $80.",
    ],
)
async def test_a_charge_and_total_not_both_known_are_declined(request_text: str):
    await refused(request_text)
