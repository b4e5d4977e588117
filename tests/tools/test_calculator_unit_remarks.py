"""A clause that only says which unit something is in, when the question names that unit too ('the airline limit
is in kilos'), is set aside; a recipe's temperature said again in the question is the same one."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_clause_naming_the_asked_unit_is_set_aside():
    answer = await solved("My suitcase weighs 50 lb, the airline limit is in kilos. How many kg is that?")
    assert answer["result"] == pytest.approx(22.68, abs=0.01)


async def test_a_temperature_said_twice_is_converted_once():
    answer = await solved("Recipe says 180 C but my oven is in Fahrenheit. What's 180°C in °F?")
    assert answer["result"] == 356


async def test_a_different_temperature_in_the_question_is_declined():
    await refused("Recipe says 180 C. What's 200°C in °F?")
