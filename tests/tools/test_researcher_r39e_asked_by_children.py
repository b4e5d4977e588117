"""Round 39: a question a child asked, told with where or when ("My nephew asked me in the car on Sunday how old
the universe is. How old is it?"), is that question; a class named by its school year ("with Year 4") is the
asker's situation, not a place the question is asked of. A different question after it, or a plan with a place,
is still not answered from the told one."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("My nephew asked me in the car on Sunday how old the universe is and I had no clue. How old is it?", "13.8"),
        ("Our youngest asked us at bedtime how far away the Moon is. How far is it then?", "384"),
        ("My pupils asked me during the trip how far away the Moon is and I couldn't say. How far away is it?", "384"),
    ],
)
async def test_a_question_told_with_where_it_was_asked_is_answered(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How do bees make honey? Covering it with my Year 3 class on Monday.", "nectar"),
        ("What do plants take in for photosynthesis? Teaching it to Year 6 next week.", "carbon dioxide"),
    ],
)
async def test_a_school_year_is_the_askers_situation(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "My son asked me at school how far away the Moon is. How far is Mars from the Sun?",
        "What is the tallest building? Visiting Dubai next week.",
        "Will it rain at the match? Taking my Year 5 class next week.",
    ],
)
async def test_another_question_or_a_plan_elsewhere_is_not_answered_from_it(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error or "384" not in str(result.structured_content)
