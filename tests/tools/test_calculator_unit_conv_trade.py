"""Workshop units and measures: pressure and torque converted, board feet of lumber, the distance to a vehicle's
next service, and a change between two rates given as both a relative percent and percentage points."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("tyre pressure is 110 psi, what's that in bar?", "7.5842 bar"),
        ("torque spec says 450 N·m, what's that in ft-lb", "331.903 ft-lb"),
        ("how many board feet in a 2x10 thats 12 ft long", "20 board feet"),
        ("Service is every 15,000 km. Bus 6 is on 187,400 km. How many km until its next service?", "7,600 km"),
    ],
)
async def test_workshop_measures(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
async def test_a_rate_change_is_relative_with_the_points_said():
    solution = await solved("Our no-show rate went from 6% in March to 9% in April. By what percent did it increase?")
    assert solution["result"] == 50
    assert "relative" in solution["answer"] and "3 percentage points" in solution["answer"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "torque spec says 450 N·m, what's that in bar",
        "how many board feet in a 2x10 thats 12 m long",
        "Service is every 15,000 km. Bus 6 is on 187,400 km. How many days until its next service?",
    ],
)
async def test_workshop_measures_not_settled_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Roasting a 1.8 kg chicken. The rule is 20 minutes per 500 g plus an extra 20 minutes. How long in total?",
         "92 minutes (1 h 32 min)"),
        ("Living room floor is 4.2m x 3.6m. Laminate comes in packs that cover 2.2 m2 each and the fitter says add "
         "10% for waste. How many packs should I buy?", "8 packs"),
    ],
)  # fmt: skip
async def test_measures_by_weight_and_area(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer
