"""Power, voltage and current by watts = volts × amps (issue 9, tuning_everyday_12): '2.4kW heater on a 230V
supply, how many amps does it draw?' -> 10.43 A. A time, a cost, a count of appliances or a question already
answered by a given declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("2.4kW heater on a 230V supply, how many amps does it draw?", 10.4348),
        ("13A at 230 V, how many watts", 2990),
        ("3 kW kettle at 240 volts, what current", 12.5),
        ("a 60 W bulb draws 0.25 A, what voltage?", 240),
        ("What current does a 1500 watt hairdryer pull on 120 volts?", 12.5),
    ],
)
async def test_the_third_of_power_voltage_and_current(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.0001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "2.4kW heater on a 230V supply for 3 hours, how many amps",  # a time: energy, not current
        "two 2.4kW heaters on a 230V supply, how many amps",
        "both 2.4kW heaters on a 230V supply, how many amps",
        "2.4kW heater on a 230V supply, how many watts",  # given already
        "2.4kW heater at 30p per kWh, how much to run it",
    ],
)
async def test_another_quantity_or_question_declines(request_text: str):
    await refused(request_text)
