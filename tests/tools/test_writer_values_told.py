"""A value handed on from an earlier step is told by what it is, to a reader named with their team or greeted by
their title; a value named but never handed on is asked for."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_the_deposit_is_told_to_dana_in_accounts() -> None:
    text = await drafted("Write a short email to Dana in accounts telling her that's the deposit amount:\n\n£441.00")
    assert "Hello Dana," in text and "The deposit amount is £441.00." in text


async def test_my_weight_is_told_to_my_coach() -> None:
    text = await drafted("Write a short message to my coach telling him my weight in kg:\n\n81.65 kilograms")
    assert "Hello Coach," in text and "My weight is 81.65 kilograms." in text


async def test_a_weight_named_but_not_handed_on_is_asked_for() -> None:
    declined = await declined_by_writer("Write a short message to my coach telling him my weight in kg")
    assert "value you did not give me" in declined
