"""A measure then and now, asked as the percentage lost or gained (issue 9, tuning_everyday_12): 'weighed 82.4 kg
at admission and 79.1 kg today. What percentage has he lost?' -> 4.00%. The amount said 'today' or 'now' is what
the first became; a part lost ('had 40 and lost 6') is a share, not a change, and a change the other way from the
one asked declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Patient weighed 82.4 kg at admission and 79.1 kg today. What percentage of his body weight has he lost?",
         -4.005),
        ("She weighed 60 kg last year and 57 kg now, what percentage has she lost?", -5),
        ("My dog was 30 kg in spring and is 33 kg now. What percentage has she gained?", 10),
        ("The hedge was 2 m tall in March and 2.5 m today. By what percentage has it gained?", 25),
    ],
)  # fmt: skip
async def test_then_and_now_asked_as_lost_or_gained(request_text: str, result: float):
    answer = await solved(request_text)
    assert abs(answer["result"]) == pytest.approx(abs(result), abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "He weighed 79.1 kg at admission and 82.4 kg today. What percentage has he lost?",  # he gained
        "The plant was 45 cm in May and 30 cm today. What percentage has it gained?",
        "I had 40 sheep and lost 6 today. What percentage did I lose?",
    ],
)
async def test_a_change_the_other_way_or_a_part_lost_declines(request_text: str):
    await refused(request_text)
