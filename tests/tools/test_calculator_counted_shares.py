"""A share asked of counted things ('348 signups out of 12,400 visits, as a percent') is the share of the counts."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_share_of_counted_things():
    answer = await solved("Conversion rate: 348 signups out of 12,400 visits, as a percent")
    assert answer["result"] == pytest.approx(2.80645, abs=1e-4)


async def test_a_share_with_a_third_number_is_declined():
    await refused("348 signups out of 12,400 visits and 20 more, as a percent")
