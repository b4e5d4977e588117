"""Temperatures and the conditions they hold under: "0°C", "0 degrees C" and "0 degrees Celsius" are one figure,
a Fahrenheit figure is compared with a note's Celsius one, and a claim that adds the standard condition ("at
standard atmospheric pressure", "at sea level") is the plain statement a note makes. A claim made under another
condition (altitude) is never decided by the note's standard figure, nor the reverse."""

from __future__ import annotations

import pytest
from conftest import fact_check

from servers.tools.fact_checker.conditions import at_standard
from servers.tools.fact_checker.figures import compare, find_figures
from servers.tools.fact_checker.vocabulary import rephrase

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Check this claim: water freezes at 0 degrees Celsius at standard atmospheric pressure.", "supported"),
        ("Is it true that water boils at 212°F at sea level?", "supported"),
        ("Pure water freezes at 32 degrees Fahrenheit under normal atmospheric pressure", "supported"),
        ("My teacher said water boils at 100 degrees C at 1 atmosphere.", "supported"),
        ("Fact-check: water freezes at 0 ºC", "supported"),
        ("Water boils at 100 degrees centigrade under standard conditions", "supported"),
        ("Water boils at 90°C at sea level.", "contradicted"),
        ("Water freezes at 4 degrees Celsius at standard pressure.", "contradicted"),
        ("Water boils at 100 degrees Fahrenheit at sea level", "contradicted"),
    ],
)
async def test_temperatures_in_any_notation_and_at_standard_conditions_are_judged(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Water boils at 100 degrees Celsius at high altitude.",
        "Water boils at 100 degrees Celsius on top of a mountain.",
        "Salty water freezes at 0 degrees Celsius",
    ],
)
async def test_a_claim_under_another_condition_is_not_decided_by_the_standard_figure(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]


def test_a_fahrenheit_claim_is_compared_with_a_celsius_note():
    def figures(text: str):
        return find_figures(rephrase(text)).figures

    assert compare(figures("boils at 212°F"), figures("boils at 100 degrees Celsius"))[0] == "agree"
    assert compare(figures("is 98.6 °F"), figures("is 37 degrees Celsius"))[0] == "agree"
    assert compare(figures("freezes at 0°F"), figures("freezes at 0 degrees Celsius"))[0] == "disagree"


def test_only_a_change_of_state_or_temperature_loses_its_standard_condition():
    assert at_standard("Water freezes at 0 degrees Celsius at sea level") == (
        "Water freezes at 0 degrees Celsius",
        "standard",
    )
    assert at_standard("The air pressure at sea level is 1013 hectopascals")[1] == ""
    assert at_standard("Water boils at 70 degrees Celsius at high altitude")[1] == "another"
