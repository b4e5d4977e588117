"""Paraphrases of whole containers of one size needed for an amount ('how many 10 kg bags of plaster for 137 kg',
'I need 137 kg of plaster and it comes in 10 kg bags'): a part bag is one more bag bought, never 13 bags with some
left over; near-misses with a second question, a change to the amount, or a dose that is not cut to fit."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("how many 10 kg bags of plaster for 137 kg", 14),
        ("how many 10 kg bags of plaster do I need for 137 kg", 14),
        ("I need 137 kg of plaster and it comes in 10 kg bags. How many bags?", 14),
        ("How many 25 kg sacks of sand do we need for 310 kg?", 13),
        ("how many 330 ml cans make 2 litres", 7),
        ("A bottle of juice holds 1.5 litres. If I pour 250 ml glasses, how many glasses do I get?", 6),
    ],
)
async def test_whole_containers_needed_for_an_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "how many 10 kg bags of plaster do I need for 137 kg and how much will they cost",
        "how many 10 kg bags of plaster do I need for 137 kg, what will they cost at £8 each",
        "how many 10 kg bags of plaster do I need for 137 kg, I already have 2 bags",
        "how many 10 kg bags of plaster do I need for 137 kg plus 10% extra",
        "how many 500 mg tablets do I need for a 1200 mg dose",
        "A bottle holds 1.5 litres. How many 250 ml glasses do I need?",
        "The tub holds 5 kg. How many 400 g scoops will I need?",
    ],
)
async def test_a_second_question_or_a_changed_amount_is_declined(request_text: str):
    await refused(request_text)
