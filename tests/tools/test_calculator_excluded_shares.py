"""A bill shared by a group but someone does not pay: 'The hens weekend came to A$2,340 all up. There are nine of us
but the bride isn't paying, so how much does each of the other eight owe?' is A$292.50. Left-out people who are not
counted, or a count of the payers that disagrees, declines — never the whole group's share.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "share"),
    [
        ("Dinner was £240 for 6 of us but the birthday girl doesn't pay. How much does each of the others pay?", 48),
        ("The bill is $300 for 6 people but one isn't paying. how much each?", 60),
        ("The bill is $300 for 6 people but 2 of them aren't paying. how much each?", 75),
        ("Pizza night came to £60, there were 4 of us and I'm not paying. how much does each of the others owe?", 20),
        ("The meal was $200 for 5 people, my dad is free. how much each?", 50),
        (
            "Villa cost €3,000 for 7 friends but Tom isn't paying as it's his birthday. How much does each of the "
            "other 6 pay?",
            500,
        ),
    ],
)
async def test_the_bill_is_shared_by_those_who_pay(request_text: str, share: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(share)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The bill is $300 for 6 people but the kids aren't paying. how much each?",
        "The cabin cost €900 for 5 friends and Sam isn't paying. How much does each of the other 3 pay?",
        "The bill is $300 for 6 people but one isn't paying and we add a 10% tip. how much each?",
    ],
)
async def test_an_uncounted_or_disagreeing_exclusion_declines(request_text: str):
    await refused(request_text)
