"""A scheme named with its percentage in the story and asked by its name ('We've had £2,400 of donations that are
eligible for Gift Aid, which adds 25%. How much Gift Aid can we claim?' → £600); a story that changes the sum or a
question about anything else declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_named_addition_asked_by_its_name():
    request = (
        "We've had £2,400 of donations that are eligible for Gift Aid, which adds 25%. How much Gift Aid can we claim?"
    )
    assert (await solved(request))["result"] == pytest.approx(600)


@pytest.mark.parametrize(
    "request_text",
    [
        "We've had £2,400 of donations but only half are eligible for Gift Aid, which adds 25%. How much Gift Aid can "
        "we claim?",
        "We've had £2,400 of donations and Gift Aid adds 25%. How much is left?",
    ],
)
async def test_a_named_addition_with_more_declines(request_text: str):
    await refused(request_text)
