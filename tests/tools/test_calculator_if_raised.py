"""A change told as an 'if' clause of its own ('My tenant pays £1,150 a month. If I put the rent up 3.5%, what's the
new monthly rent?' is £1,190.25) is applied; an 'if' about what might have been, or with a second number, still
declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "new"),
    [
        ("My tenant pays £900 a month. If I put the rent up 4%, what's the new monthly rent?", 936),
        ("Our tenants pay $2,000 a month; if we raise the rent by 2.5% at renewal what will the new rent be?", 2050),
        ("The rent is €1,200 a month. If I increase it by 5%, what's the new rent?", 1260),
        ("My salary is £30,000. If I get a 4% raise, what's my new salary?", 31200),
        ("rent is £1,150 a month. If I put it up 3.5% at renewal, what's the new rent?", 1190.25),
        ("My tenant pays £1,000 a month. If I cut the rent by 10%, what's the new rent?", 900),
    ],
)
async def test_a_change_told_as_an_if_clause_is_applied(request_text: str, new: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(new)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "my bill is $80. if I had paid 5% more last year what would I pay now?",
        "My tenant pays £900 a month. If I put the rent up 4% and then 2%, what's the new monthly rent?",
        "My tenant pays £900 a month. If inflation is 4%, what's the new monthly rent?",
    ],
)
async def test_an_if_that_is_not_the_change_declines(request_text: str):
    await refused(request_text)
