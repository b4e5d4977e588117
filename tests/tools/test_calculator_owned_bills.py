"""A percentage part asked *on* someone's amount ('a 15% tip on my $80 bill') is that part, as 'on the' is."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


async def test_a_tip_on_my_bill_is_the_tip():
    answer = await solved("whats a 15% tip on my $80 bill")
    assert answer["result"] == 12


async def test_a_tip_on_my_bill_asked_as_the_total_is_the_total():
    answer = await solved("a 15% tip on my $80 bill, what's the total?")
    assert answer["result"] == 92
