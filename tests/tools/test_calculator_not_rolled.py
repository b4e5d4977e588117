"""The chance of not getting one face of a fair coin or die in one throw: every other face ('not rolling a 6' ->
5/6); not getting it several times, or 'not' said twice or after the verb, declines.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's the chance of not rolling a 6 on one die?", Fraction(5, 6)),
        ("chance of not getting heads on a coin flip", Fraction(1, 2)),
        ("probability of not rolling a 3 on a 10-sided die", Fraction(9, 10)),
        ("what is the probability of not rolling a 1 on a fair die", Fraction(5, 6)),
    ],
)
async def test_not_getting_a_face_is_every_other_face(request_text: str, result: Fraction):
    assert (await solved(request_text))["result"] == pytest.approx(float(result))


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["chance of not rolling a 6 twice in a row", "chance of not not rolling a 6", "chance of rolling not a 6"],
)
async def test_not_several_times_or_a_stray_not_declines(request_text: str):
    await refused(request_text)
