"""One person's age from another's: 'Sam is 3 years older than Ann, who is 10. How old is Sam?' -> 13; no age
given, an age asked of the other or at another time, someone else's age, or an age below zero declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tom is 3 times as old as his son. His son is 12. How old is Tom?", 36),
        ("Sam is 3 years older than Ann, who is 10. How old is Sam?", 13),
        ("Priya is 4 years younger than her brother, who is 15. How old is Priya?", 11),
        ("My dad is 2 times as old as my brother. My brother is 31 years old. How old is my dad?", 62),
    ],
)
async def test_an_age_from_another_and_the_relation(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Sam is 3 years older than Ann. How old is Sam?",
        "Sam is 3 years older than Ann, who is 10. How old is Ann?",
        "Sam is 3 years older than Ann, who is 10. How old will Sam be?",
        "Sam is 3 years older than Ann, who is 10. How old is Sam in 5 years?",
        "Sam is 12 years younger than Ann, who is 10. How old is Sam?",
        "Tom is 3 times as old as his son. His daughter is 12. How old is Tom?",
    ],
)
async def test_a_missing_age_another_question_or_another_person_declines(request_text: str):
    await refused(request_text)
