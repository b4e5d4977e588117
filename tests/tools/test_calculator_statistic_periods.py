"""A statistic asked per a thing ('average per round') is read to the end of the request, however it ends: a
period or thing named last with nothing after it is declined with a reason, never a crash."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused


@pytest.mark.anyio
async def test_a_statistic_asked_per_a_thing_at_the_end_of_a_long_ask_is_declined_not_a_crash():
    await refused(
        "Quizteama Aguilera scored 8, 7, 9, 6, 10 and 7 across the six rounds. What's their average per round to 2 "
        "decimal places?"
    )
