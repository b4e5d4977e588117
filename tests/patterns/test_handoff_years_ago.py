"""A step that counts the years back to a year an earlier step found ("find out what year the Berlin Wall fell, then
use that to work out how many years ago it was from 2026") is handed the question that count asks, with the year
in it; a step that names no year to count from, or an answer with more than one year, is handed on as it is."""

from __future__ import annotations

import pytest

from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists

WALL = "The wall fell on 9 November 1989.\n\nSource: The Berlin Wall (accord starter corpus: berlin-wall.md)"
TITANIC = "The Titanic sank on 15 April 1912 after striking an iceberg."
MOON = "Apollo 11 landed on the Moon on 20 July 1969."


def calculator_step(instruction: str, answer: str) -> str:
    calculator = next(w for w in specialists() if w.name == "calculator")
    return step_text(instruction, calculator, [answer])


@pytest.mark.parametrize(
    ("instruction", "answer", "asked"),
    [
        ("Use that to work out how many years ago it was from 2026", WALL, "How many years before 2026 was 1989?"),
        ("work out how many years ago that was from 2025", TITANIC, "How many years before 2025 was 1912?"),
        ("how long ago that was, counting from 2026", MOON, "How many years before 2026 was 1969?"),
        (
            "Take that and calculate how many years ago it happened, from 2030",
            WALL,
            "How many years before 2030 was 1989?",
        ),
    ],
)
def test_a_count_of_years_back_is_asked_with_the_year_found(instruction, answer, asked):
    assert calculator_step(instruction, answer) == asked


@pytest.mark.parametrize(
    ("instruction", "answer"),
    [
        ("Use that to work out how many years ago it was", WALL),
        ("Use that to work out how many years ago it was from 2026", "It was built in 1961 and fell in 1989."),
    ],
)
def test_a_count_with_no_year_to_count_from_or_two_years_found_is_handed_on_as_it_is(instruction, answer):
    assert calculator_step(instruction, answer).startswith(f"{instruction}:")
