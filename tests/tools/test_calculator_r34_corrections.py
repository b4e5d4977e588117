"""Round 34: requests that correct themselves ('sorry', 'I mean', 'I meant', 'correction', 'no wait', 'make that',
'or rather') are read from after the correction when that asks in full, and otherwise decline; apologies and 'mean'
as an average are no corrections."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I get £150 a week pocket money... sorry, per month. How much per year?",
        "I get £150 a week pocket money, sorry I mean per month. How much per year?",
        "My rent is £900 a month, sorry, a quarter. How much a year?",
        "Tickets are £8 each, no wait, £9 each. How much for 5?",
        "Apples are £2 a kg, make that £2.50. How much for 3 kg?",
        "What's 20% of 50, or rather 60?",
        "What's 15% of 80? Sorry, of 90.",
    ],
)
async def test_a_request_that_corrects_itself_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Sorry to bother you, what is 12 times 7?", 84),
        ("I earn £12 an hour, I meant £13 an hour. 40 hours a week, how much a week?", 520),
        ("I save $40 a week — correction, $45 a week. How much in a year?", 2340),
        ("What's 20% of 50, sorry, I mean what's 20% of 60?", 12),
        ("What's the mean of 4, 8 and 12?", 8),
        ("I get £150 a month pocket money. How much per year?", 1800),
        ("I get £150 a week pocket money. How much per year?", 7800),
    ],
)
async def test_a_corrected_request_is_read_after_its_correction(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
