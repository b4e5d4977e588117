"""A conversion story that says why the unit is wanted by naming a system of measures ('oven dial says 180C but my
mum's recipe is American. what's that in fahrenheit' is 356 °F): of a temperature or a length the system changes
nothing; of a volume or a weight it may (a US pint, cup or ton is not a UK one), and a 'but' that says anything
else ('but it runs hot') still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("oven dial says 180C but my mum's recipe is American. what's that in fahrenheit", 356),
        ("the sign says 10 km but I'm American. how many miles is that?", 6.21371),
        ("The forecast says 30C but my friend is American - what's that in Fahrenheit?", 86),
        ("My US cookbook says 350F but our oven is British. What's that in celsius?", 176.667),
        ("the trail is 12 miles but we're used to metric. how many km is that?", 19.3121),
        ("the pool is 25 metres but my dad only thinks in imperial. how many feet is that?", 82.021),
    ],
)
async def test_a_system_named_of_a_temperature_or_length_changes_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "oven dial says 180C but it runs hot. what's that in fahrenheit",
        "my recipe says 2 pints but it's American. how many litres is that",  # a US pint is not a UK one
        "the recipe wants 2 cups of milk but I'm British. how many ml?",
        "the sign says 10 km but it's 2 km shorter by the river. how many miles is that?",
    ],
)
async def test_a_system_that_may_change_the_quantity_is_declined(request_text: str):
    await refused(request_text)
