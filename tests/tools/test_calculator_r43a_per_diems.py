"""'Per diem' names a daily allowance: a total of per diems is never read as a share of each one."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I get a per diem of $60 a day for 12 days. Total per diem?", 720),
    ],
)
async def test_a_per_diem_is_an_allowance(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Per diems are €45 a day for 5 crew for 16 days. Total per diem spend?",
        "Crew of 5 on per diems of €45 a day, 16-day run. What's the per diem total... and the hotel?",
    ],
)
async def test_a_per_diem_total_is_never_a_share(request_text: str):
    await refused(request_text)
