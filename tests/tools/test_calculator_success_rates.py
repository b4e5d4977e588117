"""How many of a count succeed at a named rate ('Seeds have an 85% germination rate and I sowed 120. How many should
sprout?' is 102); a failure rate or a question about those that do not declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_count_at_a_germination_rate():
    answer = await solved("Seeds have an 85% germination rate and I sowed 120. How many should sprout?")
    assert answer["result"] == 102


async def test_those_that_fail_decline():
    await refused("Seeds have an 85% germination rate and I sowed 120. How many won't sprout?")


async def test_a_failure_rate_declines():
    await refused("Seeds have a 15% failure rate and I sowed 120. How many should sprout?")
