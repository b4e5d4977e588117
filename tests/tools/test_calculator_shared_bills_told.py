"""A bill with a tip shared evenly, told as people tell it where they eat: the tip by its local name ('propina',
'gorjeta', 'Trinkgeld') or as money left on top, the party counted twice ('6 of us ... between the 6'); and the
near-misses that must still decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "We went to eat sancocho, 6 of us. The bill was RD$3,540, we put 10% propina on top, and split it "
            "between the 6. How much each one?",
            649,
        ),
        (
            "Our station team of 8 went for brochettes and Fanta. The bill is RWF 58,400, we add 10% on top for the "
            "waiters, then share the total equally among the 8 of us. How much does each pay?",
            8030,
        ),
        (
            "The bill was $385.50 and we left $30 extra on top as a tip, then shared the total equally among the 5 "
            "of us. How much did each pay?",
            83.1,
        ),
        (
            "Staff outing down in Mayrhofen. Bill is 312,40 €, we add 10% Trinkgeld on top, and the 7 of us split "
            "evenly. How much each?",
            49.09,
        ),
        (
            "We were 7 colleagues at dinner; the bill was 4,200,000 tomans and we added 10 percent for the "
            "waiters. Divided equally, how many tomans does each of us pay?",
            660000,
        ),
        (
            "Mana, we are 6 going to eat matapa. The bill came 4 320,00 MT and we leave 10% gorjeta on top of it. "
            "If we split equal, how much does each one pay?",
            792,
        ),
        ("Bill $60 and $9 tip, split between 3 of us. Each?", 23),
    ],
)
async def test_tips_told_any_way_are_shared(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # dinner with 4 mates is five people, and 'the four of us' says four
        "went out for dinner with 4 mates, bill came to £86.40 and we want to leave a 12.5% tip on top, split "
        "evenly between the four of us. how much each?",
        # a total that holds its tip is not the tip
        "Three coffees plus a £2.40 flapjack came to £10.20 with a tip. How much was each coffee?",
        # a rest left over is not a tip left
        "Bill $80, 10% tip, $20 left over, 4 of us split it. Each?",
    ],
)
async def test_near_misses_still_decline(request_text: str):
    await refused(request_text)
