"""A party said with the speaker in it ('me and 3 mates', 'my 2 kids and I') counts the speaker too: a bill split
between 'me and 3 friends' is split four ways (it was split three), and the working says how the party was counted.
A party counted again with the same number ('each of the four of us') is only said again; counted again with
another number, it is declined.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "step"),
    [
        (
            "Me and 3 mates had dinner, bill came to £86.40 and we want to add a 12.5% tip. "
            "How much does each of the four of us pay?",
            24.3,
            "Me and 3 mates: 3 + 1 = 4 people",
        ),
        ("Me and 3 friends had dinner. The bill was £86.40 with a 12.5% tip. How much does each pay?", 24.3, "4"),
        ("The bill was £86.40 plus a 12.5% tip, split between me and 3 friends. How much each?", 24.3, "4"),
        ("My 2 kids and I had lunch, the bill was $45 plus a 20% tip. How much each?", 18, "2 kids and I"),
        (
            "Myself and four colleagues went for lunch; the bill was €120 and we add 10% tip. "
            "How much does each of the five of us pay?",
            26.4,
            "4 + 1 = 5 people",
        ),
        (
            "went out for dinner w/ 4 mates, bill came to £86.40 and we want to leave a 12.5% tip on top, split "
            "evenly between the five of us. how much each?",
            19.44,
            "w/ 4 mates: 4 + 1 = 5 people",
        ),
    ],
)
async def test_a_party_said_with_the_speaker_counts_the_speaker_too(request_text: str, result: float, step: str):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, abs=0.005)
    assert step in answer["steps"][0]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Me and 3 mates had dinner, bill came to £86.40 and we want to add a 12.5% tip. "
        "How much does each of the three of us pay?",
        "went out for dinner with 4 mates, bill came to £86.40 and we want to leave a 12.5% tip on top, split "
        "evenly between the four of us. how much each?",
    ],
)
async def test_a_party_counted_again_with_another_number_is_declined(request_text: str):
    await refused(request_text)
