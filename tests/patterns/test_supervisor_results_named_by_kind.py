"""A calculator step that names the result before it by its kind ("convert that dose to mL", "what percentage that
median is of 50") is sent that result in its place, its currency kept ("double $441.00"), also when the answer is
the figure alone."""

from __future__ import annotations

from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists


def calculator():
    return next(w for w in specialists() if w.name == "calculator")


def test_a_dose_named_by_its_kind_is_said_as_the_dose() -> None:
    sent = step_text("Convert that dose to mL using a 120 mg/5 mL suspension", calculator(), ["220 milligrams"])
    assert sent == "Convert 220 milligrams to mL using a 120 mg/5 mL suspension"


def test_an_amount_handed_on_keeps_its_currency() -> None:
    assert step_text("Split that total between 4", calculator(), ["£136.20 in total"]) == "Split £136.20 between 4"
