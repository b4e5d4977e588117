"""Two jobs in one sentence or beside code, as users write them: a stressed "AND" joins two jobs as "and" does
("Work out 20% of $85 AND write a haiku about rain"); a sum over figures the user gives stays a part of its own
beside code whose names it shares ("What's 8% of $2,350 for the tip? And check my code ... ```def tip(...)```").
Near-misses keep what they did: an "AND" inside a name, and what the code does wrong, which is the review's."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

CODE = "```python\ndef tip(bill, rate):\n    return bill * rate\n\nprint(tip(2350))\n```"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Work out 20% of $85 AND write a haiku about rain",
            ("calculator", "Work out 20% of $85", ()),
            ("writer", "Write a haiku about rain", ()),
        ),
        (
            "pls convert 5 miles to km AND tell me who wrote Hamlet",
            ("calculator", "Pls convert 5 miles to km", ()),
            ("researcher", "Tell me who wrote Hamlet", ()),
        ),
        (
            "Can you work out 7% tax on A$2,150 for the hall hire AND check this claim for the flyer: the hall "
            "opened in 1921.",
            ("calculator", "Can you work out 7% tax on A$2,150 for the hall hire", ()),
            ("fact_checker", "Check this claim for the flyer: the hall opened in 1921.", ()),
        ),
    ],
)
async def test_a_stressed_and_joins_two_jobs(
    decider: RankingDecider,
    text: str,
    first: tuple[str, str, tuple[str, ...]],
    second: tuple[str, str, tuple[str, ...]],
) -> None:
    assert await tasks(decider, text) == [first, second]


async def test_an_and_inside_a_name_stays(decider: RankingDecider) -> None:
    text = "Write a short note to the team about the salt AND vinegar crisps order"
    assert await tasks(decider, text) == [("writer", text, ())]


@pytest.mark.parametrize(
    ("text", "sum_part"),
    [
        (f"Need two things. What's 8% of $2,350 for the tip? And check my code, it gives an error\n{CODE}", 0),
        (f"How much is 8% of $2,350 for the tip? Also review this function please\n{CODE}", 0),
    ],
)
async def test_a_sum_of_its_own_figures_is_no_symptom_of_the_code(
    decider: RankingDecider, text: str, sum_part: int
) -> None:
    planned = await tasks(decider, text)
    assert [w for w, _, _ in planned] == ["calculator", "code_reviewer"]
    assert "```" not in planned[sum_part][1]


async def test_what_the_code_does_wrong_stays_with_it(decider: RankingDecider) -> None:
    text = f"My tip function returns 18800 instead of 188 for 8% of 2350\n{CODE}"
    planned = await tasks(decider, text)
    assert len(planned) == 1 and "```" in planned[0][1]
