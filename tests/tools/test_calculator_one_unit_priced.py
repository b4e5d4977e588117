"""A story that prices one unit ('A kilo of rice costs £450. How much for 3 kilos?') asks for more of it, not the price
of a kilo: it was answered '£150.00 per kilogram', the story's 'a kilo' taken for the question's. A unit is asked for
only in the question ('How much is a kilo if 3 kilos cost £450?', '... price per pound?'); such a story is now
answered right or declined, never divided.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import solve, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "right"),
    [
        ("A kilo of rice costs £450. How much for 3 kilos?", 1_350),
        ("A kilo of rice costs ₸450. How much for 3 kilos?", 1_350),
        ("A kilo of rice costs 80 euros. How much for 2.5 kilos?", 200),
        ("A pound of beef costs $6. How much for 3 pounds?", 18),
        ("A litre of milk is €1.20. What do 6 litres cost?", 7.2),
        ("a kilo of apples costs £3, how much for 5 kilos?", 15),
        ("Per kilo the rice costs £3. How much for 5 kilos?", 15),
        ("One egg costs $0.25. How much for 12 eggs?", 3),
    ],
)
async def test_a_price_of_one_unit_is_never_divided_by_the_amount_asked(request_text: str, right: float):
    reply = await solve(request_text)
    if not reply.is_error:
        assert reply.structured_content["result"] == pytest.approx(right, abs=0.005)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$4.50 for 3 pounds, price per pound?", 1.5),
        ("How much is a kilo if 3 kilos cost £450?", 150),
        ("What's the price per pound? $4.50 buys 3 pounds.", 1.5),
        ("12 eggs cost $3, how much is one egg?", 0.25),
        ("3 kilos of rice cost £450. How much is a kilo?", 150),
    ],
)
async def test_a_unit_asked_in_the_question_is_still_priced(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)
