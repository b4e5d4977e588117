"""One person's age when another was born, from both ages now ('my dad is 60 and I am 25, how old was he when I
was born?' -> 35; it was declined). An age asked of the younger, at another time, of someone not told, a third age,
or an elder younger than the other declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("my dad is 60 and I am 25, how old was he when I was born?", 35),
        ("My dad is 60 and I'm 25. How old was my dad when I was born?", 35),
        ("My mum is 52 and I am 20. How old was she when I was born?", 32),
        ("Grandpa is 81 and my mum is 49. How old was Grandpa when my mum was born?", 32),
        ("Tom is 40 years old, his son is 12. How old was Tom when his son was born?", 28),
    ],
)
async def test_an_age_at_a_birth_is_the_difference_of_the_ages(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == result
    assert answer["steps"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My dad is 60 and I'm 25. How old was I when he was born?",
        "My dad is 25 and I'm 60. How old was he when I was born?",
        "My dad is 60 and I'm 25. How old will he be when I'm 30?",
        "My dad is 60 and my brother is 30 and I'm 25. How old was he when I was born?",
        "My dad is 60 and I'm 25. How old was my mum when I was born?",
        "Grandpa is 81 and my mum is 49. How old was she when my mum was born?",
    ],
)
async def test_another_age_or_person_declines(request_text: str):
    await refused(request_text)
