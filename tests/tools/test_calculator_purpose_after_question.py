"""What a figure asked for is for, said after the question ('whats 18% of 1,250? need it for a sales commission'),
names no charge to add."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_purpose_after_the_question_is_not_a_charge():
    answer = await solved("whats 18% of 1,250? need it for a sales commission")
    assert answer["result"] == 225


async def test_a_charge_added_after_the_question_still_declines():
    await refused("whats 18% of 1,250? plus commission")
