"""Round 34: a tip, tax or discount asked on an owned amount ('on my $80 bill', 'on their $2,400 fee') is the part,
unless the question asks the total."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("whats a 15% tip on my $80 bill", 12),
        ("what's a 20% tip on our $150 bill?", 30),
        ("what is 18% tip on his $60 check", 10.8),
        ("what's 8% tax on my $50 order", 4),
        ("whats a 15% tip on their $2,400 fee", 360),
        ("whats a 15% tip on the $80 bill", 12),
        ("a 15% tip on my $80 bill, what's the total?", 92),
        ("15% tip on my $80 bill, how much do I pay in total?", 92),
        ("my $80 bill with a 15% tip", 92),
    ],
)
async def test_a_part_on_an_owned_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
