"""Values that come out wrong, traced to their cause: a JavaScript property read with a dot and a parameter's name
('prices.fish' gives undefined, so NaN), a percentage used as a fraction when the user reports the symptom (a
negative price), the change given back worked out the wrong way round ('total - paid' showed -40), and a running
total replaced on each pass of a loop pasted after a long story and a blank line, with no fence."""

from __future__ import annotations

import pytest

from servers.tools.code_reviewer import javascript
from tests.tools.conftest import cpu_time, offline_outcome, review_reply

pytestmark = pytest.mark.anyio

PRICES = (
    "const prices = { flatfish: 35000, rockfish: 30000 };\nfunction total(fish, kg) {\n  return prices.fish * kg;\n}\n"
    'console.log(total("flatfish", 2));\n'
)
DISCOUNT = "```js\nfunction applyDiscount(price, percent) {\n  return price - price * percent;\n}\n```"
CHANGE = 'def change_due(paid, total):\n    if paid < total:\n        return "Not enough"\n    return total - paid\n'


async def test_a_property_read_with_a_parameters_name_explains_nan():
    declined, text = await review_reply(f"My son make this for price board. Always NaN come out. Why?\n\n{PRICES}")
    assert not declined, text
    assert "dot-key-variable" in text and "prices[fish]" in text


async def test_a_property_with_that_very_name_is_not_flagged():
    code = PRICES.replace("flatfish: 35000", "fish: 35000, flatfish: 35000")
    declined, text = await review_reply(f"Review this:\n\n{code}")
    assert "dot-key-variable" not in text


async def test_a_percentage_used_as_a_fraction_explains_a_negative_price():
    declined, text = await review_reply(
        "The discount comes out wrong, a Q500 piece with 10 percent off gives a negative price. Can you look?\n"
        + DISCOUNT
    )
    assert not declined, text
    assert "percent-as-fraction" in text and "/ 100" in text


async def test_a_percentage_used_as_a_fraction_is_not_listed_in_a_plain_review():
    declined, text = await review_reply(f"Review this please:\n{DISCOUNT}")
    assert "percent-as-fraction" not in text


async def test_change_worked_out_the_wrong_way_round_explains_a_negative_amount():
    declined, text = await review_reply(
        f"My brother wrote this for the till. Customer paid R200 for a R160 half and it showed -40. Help?\n\n{CHANGE}"
    )
    assert not declined, text
    assert "reversed-difference" in text and "paid - total" in text


async def test_code_pasted_after_a_long_story_and_a_blank_line_is_reviewed():
    outcome = await offline_outcome(
        "code_reviewer",
        "My nephew knocked this up to total our dozens for the week but it always gives the wrong number, usually "
        "just what we did on the Sunday. What's wrong with it?\n\ndef weekly_total(days):\n    total = 0\n"
        "    for d in days:\n        total = d\n    return total",
    )
    assert outcome.status == "completed", outcome.text
    assert "total += d" in outcome.text


def test_objects_and_functions_nested_deep_are_read_in_linear_time():
    hostile = ["const a = {" * 3000 + "}" * 3000, "function f(a) {" * 3000 + "a.b" + "}" * 3000, "function (" * 5000]
    with cpu_time() as spent:
        for source in hostile:
            javascript.review(source)
    assert spent.seconds < 1.0
