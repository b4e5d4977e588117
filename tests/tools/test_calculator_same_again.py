"""A sum asked again for something else ('..., and the same for the weekend crew', 'Then do the same for
Saturday') is a second sum on figures the request does not give: declined, not answered with the first alone.
'The same rate for everyone' and 'the same size' describe the one sum, and are read as before."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Work out the wage bill for 4 staff at £12 an hour for 8 hours, and the same for the weekend crew.",
        "Wage bill: 4 staff at £12 an hour for 8 hours. Then do the same for Saturday.",
        "Cost of 3 skips at £240 each, and work out the same for the Leeds site",
        "What's 20% of £450? And the same for £600?",
    ],
)
async def test_a_sum_asked_again_for_something_else_is_declined(request_text: str):
    assert await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("4 staff at £12 an hour for 8 hours each, the same rate for everyone. Total?", 384),
        ("Work out the wage bill for 4 staff at £12 an hour for 8 hours.", 384),
    ],
)
async def test_the_same_said_of_the_one_sum_is_read(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
