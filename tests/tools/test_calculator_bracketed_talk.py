"""Talk in brackets after the question may have a comma in it ('(revising for my maths A level, want the working)'):
it says why the question is asked and changes nothing; brackets that carry a number or a change stay declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("solve 4x - 7 = 3x + 12 (revising for my maths A level, want the working)", 19),
        ("What's 15% of 80 (it's for a form, thanks)", 12),
        ("solve 2x + 3 = 11 (homework, show working please)", 4),
        ("convert 10 miles to km (running, roughly)", 16.09344),
        ("what's 2,400 divided by 12 (for my records, thanks)", 200),
        ("what is 18% of 250 (just checking, my calculator's flat)", 45),
    ],
)
async def test_bracketed_talk_with_a_comma_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "what's 3 + 4 (no, 5 + 4)",
        "20% of 50 (or 30%, not sure)",
        "what's 10 miles in km (not including the warm-up)",
    ],
)
async def test_brackets_that_change_the_sum_are_declined(request_text: str):
    await refused(request_text)
