"""A dose in micrograms and milligrams, asked the ways a carer or a pharmacist's customer asks; and a conversion
asked in a metric unit the calculator does not know, which is declined rather than answered in the unit given."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's 0.25 mg in micrograms", 250),
        ("Mum's thyroid tablet is 0.1 mg. How many micrograms is that?", 100),
        ("folic acid 400 mcg, what's that in mg", 0.4),
        ("Convert 2.5 milligrams to micrograms, please.", 2500),
        ("The leaflet says 0.05 mg and the pharmacist talks in mcg. What is it in mcg?", 50),
        ("How many micrograms are in 1.2 mg?", 1200),
    ],
)
async def test_a_dose_converted_between_milligrams_and_micrograms(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-9)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 3.2 km in nanometres",
        "The tyre is at 32 psi, what's that in kilopascals",
        "Our boiler is rated 24 kW. What is that in megajoules?",
        "The blood test says 5.5 mmol. What's that in milligrams?",
    ],
)
async def test_a_conversion_into_a_unit_not_known_is_declined(request_text: str):
    assert await refused(request_text)
