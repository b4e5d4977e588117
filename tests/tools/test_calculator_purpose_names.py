"""What a share or a list is for, named after it ('as this year's drawdown', 'for the studio rent share', 'from the
three events'), changes nothing in it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 4% of £212,400 as this year's drawdown", 8496),
        ("Work out 15% of my €2,400 monthly takings for the studio rent share", 360),
        ("Add up £1,250, £875 and £2,310 from the three events", 4435),
    ],
)
async def test_purpose_names(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_a_count_of_more_sources_than_amounts_declines():
    await refused("Add up £1,250, £875 and £2,310 from the four events")
