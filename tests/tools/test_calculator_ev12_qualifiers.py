"""A plain word between a number and a unit the request rates says only which of them it is ('i did 1,236
business miles' at '45p a mile'). Two such numbers, a word that changes the sum, or a unit that is not rated still
declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("mileage allowance 45p a mile and i did 1,236 business miles. how much can I claim", 556.2),
        ("electricity is £0.30 per kWh and we used 450 peak kWh, how much?", 135),
        ("I get £0.25 a mile and drove 840 work miles last month, how much is that?", 210),
        ("the van costs £1.10 per mile and the job was 95 motorway miles. how much?", 104.5),
    ],
)
async def test_a_qualifier_before_a_rated_unit_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "mileage allowance 45p a mile, i did 1,236 business miles and 200 personal miles. how much can I claim",
        "45p a mile and i did 1,236 extra miles. how much",
        "we drove 300 scenic miles at 60 mph, how long did it take",
    ],
)
async def test_qualified_units_that_do_not_fit_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
