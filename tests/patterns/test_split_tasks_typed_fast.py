"""Requests typed fast are split into their parts as if punctuated: a question whose mark was typed as a full stop
("..., what is the total for the season. also fact check: ...") is a part of its own, not a statement that sets
the scene for the next part, and "whats" opens a question as "what's" does ("whats the capital of Fiji and whats
15% of 340"). A statement with no question keeps informing the part after it."""

import pytest

from patterns import split_tasks


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        (
            "we have 14 home games at $500 each, what is the total for the season. also fact check: rugby sevens "
            "was first played at the olympics in 2016",
            [
                "We have 14 home games at $500 each, what is the total for the season",
                "Fact check: rugby sevens was first played at the olympics in 2016",
            ],
        ),
        (
            "The rent is £900 a month, what is that per year. Also write a note to my landlord Tom thanking him for "
            "fixing the boiler",
            [
                "The rent is £900 a month, what is that per year",
                "Write a note to my landlord Tom thanking him for fixing the boiler",
            ],
        ),
        (
            "we sold 40 jars at £5, how much is that. also summarise this: The fair was busy. We ran out by noon.",
            ["We sold 40 jars at £5, how much is that", "Summarise this: The fair was busy. We ran out by noon."],
        ),
    ],
)
def test_a_question_typed_with_a_full_stop_is_a_part_of_its_own(request_text: str, parts: list[str]) -> None:
    assert texts(request_text) == parts


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("whats the capital of Fiji and whats 15% of 340", ["Whats the capital of Fiji", "Whats 15% of 340?"]),
        (
            "whats the forecast for Kindersley this weekend and how many hours to drive 460 km at 100 km/h",
            ["Whats the forecast for Kindersley this weekend", "How many hours to drive 460 km at 100 km/h?"],
        ),
    ],
)
def test_whats_opens_a_question(request_text: str, parts: list[str]) -> None:
    assert texts(request_text) == parts


def test_a_statement_still_informs_the_part_after_it() -> None:
    assert texts("We have 14 home games at $500 each. What is the total for the season?") == [
        "We have 14 home games at $500 each. What is the total for the season?"
    ]
