"""A part of a bill asked by its name alone ('... with a 10% tip. The tip?') is that part, not the total; and a
second thing asked by its name after the first ('Price before VAT, and the deposit?') is answered too or the
request is declined, never answered as if only the first were asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Bill is £120 with a 10% tip. The tip?", 12),
        ("Bill is £120 with a 10% tip. Tip?", 12),
        ("£120 bill, 10% tip. The tip?", 12),
        ("dinner came to $86 and we're leaving 15% tip. the tip?", 12.9),
        ("£80 meal plus 20% VAT. The VAT?", 16),
        ("£80 meal, 10% off. The discount?", 8),
        # the total asked the same way stays the total
        ("Bill is £120, 10% tip. The total?", 132),
        ("£80 meal plus 20% VAT. Total?", 96),
        # both named, both answered
        ("Bill is £120 with a 10% tip. Total, and the tip?", 132),
    ],
)
async def test_a_part_asked_by_its_name_alone_is_that_part(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "£6,480 inc VAT at 20%. Price before VAT, and the deposit?",
        "£6,480 inc VAT at 20%. Price before VAT, and the VAT?",
        "I paid £6,480 including 20% VAT. What was the price before VAT? And the VAT?",
        "Bill is £120 with a 10% tip, split 4 ways. Each, and the tip?",
        "Quote came to €2,460 including 23% VAT. Net price? And the VAT itself?",
        "invoice R11,500 incl 15% VAT. before VAT, and the VAT amount?",
    ],
)
async def test_a_second_thing_asked_by_its_name_is_not_passed_over(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # courtesies after the question ask nothing more
        ("£6,480 inc VAT at 20%. Price before VAT, and thanks!", 5400),
        ("£6,480 inc VAT at 20%. Price before VAT please", 5400),
        ("£6,480 inc VAT at 20%. Price before VAT? and cheers", 5400),
    ],
)
async def test_a_courtesy_after_the_question_asks_nothing_more(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
