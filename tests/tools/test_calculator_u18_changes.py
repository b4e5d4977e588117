"""A percentage 'improvement' between two values is their percent increase (a fall asked as an improvement is
declined: lower may be better or worse); a rent given '$1,450/month' and asked as 'the new monthly rent' is raised
by the percentage, while another period asked ('the new yearly rent') is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Patient's knee flexion was 85 degrees at the first appointment and 112 degrees at the six-week review. "
         "What's that as a percentage improvement?", 31.7647),
        ("My bench press went from 60 kg to 75 kg. What's the percent improvement?", 25),
        ("Sales went from 200 to 260. What's the % improvement?", 30),
        ("Grip strength was 30 kg in March and 36 kg in May. What's the percentage improvement?", 20),
        ("Rent is $1,450/month and I'm putting it up 4.5%. What will the new monthly rent be?", 1515.25),
        ("Rent is $1,450/month and I'm putting it up 4.5% when the lease renews in July. What will the new monthly "
         "rent be?", 1515.25),
        ("My salary is £30,000 a year and I'm getting a 3% raise. What's my new yearly salary?", 30900),
    ],
)  # fmt: skip
async def test_an_improvement_or_a_new_rent_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My weight went from 90 kg to 81 kg. What's the percentage improvement?",
        "My weight was 90 kg in March and 81 kg in May. What's the percentage improvement?",
        "Rent is $1,450/month and I'm putting it up 4.5%. What will the new yearly rent be?",
        "My salary is £30,000 a year and I'm getting a 3% raise. What's my new monthly salary?",
    ],
)
async def test_a_fall_called_an_improvement_or_another_period_is_declined(request_text: str):
    await refused(request_text)
