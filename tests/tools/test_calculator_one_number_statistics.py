"""A statistic's word beside one number names a limit or a record, not the largest of a list: 'the contract says
250 km max per day. What's that in miles?' was answered '250 kilometers', the maximum of one number."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "My sat nav is stuck in miles and the hire car contract says 250 km max per day. what's that in miles",
        "Our average is 42 a night, what's that over a week",
    ],
)
async def test_a_statistic_of_one_number_is_never_the_answer(request_text: str):
    await refused(request_text)


async def test_the_limit_itself_is_converted():
    solution = await solved("The lift takes 630 kg max. What's that in stone?")
    assert solution["result"] == pytest.approx(99.208, abs=0.001)


async def test_a_list_still_has_its_statistics():
    solution = await solved("What's the max of 12, 19 and 7?")
    assert solution["result"] == 19
