"""Interest for one year with no kind named: simple interest and interest compounded once a year are the same, so
it is worked out (and said so); over any other time the kind is still asked for."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 8% interest on $5,000 for one year", 400),
        ("what's the interest on $5,000 at 8% for one year", 400),
        ("6% interest on £1,200 for 1 year", 72),
        ("£2,000 at 5% interest for 12 months, what's the total", 2100),
        ("8% interest on $5,000 for one year, what's the total", 5400),
        ("I put €3,000 in at 4% interest for a year. How much interest do I get?", 120),
    ],
)
async def test_one_year_of_interest_is_worked_out(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert any("one year" in note for note in solution["notes"])


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "£2,000 at 5% interest for 2 years",
        "what's the interest on $5,000 at 8% for 18 months",
        "8% interest on $5,000 for half a year",
    ],
)
async def test_other_times_still_ask_which_interest(request_text: str):
    await refused(request_text)
