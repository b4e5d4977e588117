"""An amount of one thing in an amount of another, scaled to a third (issue 9, tuning_everyday_12): a dose in mg
measured out of a liquid of a strength ('250mg in 5ml, prescribed 375mg' -> 7.5 ml), a feed or cleaner mixed per
litres of water ('20 ml per 4.5 litre can ... my can holds 10 litres'). A body weight beside a strength, a
schedule, or a third amount the request does not tie to one of the pair declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("paracetamol suspension is 250mg in 5ml, prescribed 375mg. how many ml is that", 7.5),
        ("the syrup is 125 mg in 5 ml. how many ml is 200 mg?", 8),
        ("Ibuprofen liquid 100mg in 5ml, I need to give 150mg. How many ml?", 7.5),
        ("the liquid is 120 mg in 5 ml and I need 300 mg. how many litres", 0.0125),
        ("Tomato feed is 20 ml per 4.5 litre can. My can holds 10 litres. How much feed?", 44.444),
        ("Use 10 ml of bleach per 2 litres of water. I have 7 litres of water. How much bleach?", 35),
        ("Plant food: 5 ml to 1 litre jug. My jug holds 3 litres. How many ml of plant food?", 15),
        ("Use 10 ml of bleach per 2 litres of water. I have 7 litres of bleach. How much water?", 1400),
    ],
)
async def test_an_amount_is_scaled_by_the_pair_said_together(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Child weighs 18 kg, syrup is 250mg in 5ml. how many ml",  # a body weight, not a dose
        "amoxicillin 125 mg in 5 ml, give 200 mg twice a day, how many ml",  # a schedule: a day's total?
        "Use 10 ml of bleach per 2 litres of water. I have 7 litres of water. How much water?",
        "the syrup is 250 mg in 5 ml and I have 375 mg left. how many ml have I given?",
    ],
)
async def test_an_amount_not_tied_to_the_pair_declines(request_text: str):
    await refused(request_text)
