"""A value the user raises by a percentage ('I'm raising it by 4.5%') is the value after that rise."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


async def test_rent_the_user_raises_is_the_new_rent():
    answer = await solved("Rent is £950 a month and I'm raising it by 4.5%. What's the new rent?")
    assert answer["result"] == pytest.approx(992.75)
