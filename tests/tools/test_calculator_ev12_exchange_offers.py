"""Two offers to change money compared ('Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but
takes a £6 fee off first. Changing £300 — how many more euros do I get with the better one?'). A fee not said to
come off first, a percentage fee or a third offer declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "more"),
    [
        ("Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but takes a £6 fee off first. "
         "Changing £300 — how many more euros do I get with the better one?", 5.04),
        ("The kiosk gives 1.10 dollars per pound with no fee. The post office gives 1.14 but takes a £4 fee first. "
         "Changing £500, how many more dollars with the better one?", 15.44),
        ("Bureau A gives 1.15 euros per pound, no fee. Bureau B gives 1.18 but takes a £10 fee off first. Changing "
         "£200 — how many more euros with the best one?", 5.8),
        ("The hotel gives 0.80 pounds per dollar, no commission. The bank gives 0.83 but takes a $5 fee off first. "
         "Changing $400 — how many more pounds do I get with the better one?", 7.85),
    ],
)  # fmt: skip
async def test_two_exchange_offers_compared(request_text: str, more: float):
    assert (await solved(request_text))["result"] == pytest.approx(more, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but takes a £6 fee. Changing £300 — "
        "how many more euros do I get with the better one?",
        "Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but takes a 2% fee off first. Changing "
        "£300 — how many more euros do I get with the better one?",
        "Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but takes a €6 fee off first. "
        "Changing £300 — how many more euros do I get with the better one?",
        "Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but takes commission. Changing £300 — "
        "how many more euros do I get with the better one?",
    ],
)
async def test_offers_not_told_in_full_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
