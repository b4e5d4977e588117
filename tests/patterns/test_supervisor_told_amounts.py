"""A text that tells someone "how much" of what the step before worked out ("..., then write a short email to the
parents telling them how much the trip costs") is sent with the figure said in its clause ("telling them the trip
costs £540.00"), where a writer offline can write it; "how much each person owes" says not what for, and anything but
one figure is handed on as material, as before."""

from __future__ import annotations

from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists


def writer():
    return next(w for w in specialists() if w.name == "writer")


def test_how_much_the_trip_costs_is_said_with_the_figure() -> None:
    sent = step_text("Write a short email to the parents telling them how much the trip costs", writer(), ["£540.00"])
    assert sent == "Write a short email to the parents telling them the trip costs £540.00"


def test_how_much_each_person_owes_names_no_thing_and_gets_the_figure_as_material() -> None:
    sent = step_text("Write an email to my book club telling them how much each person owes", writer(), ["$43.50"])
    assert sent == "Write an email to my book club telling them how much each person owes:\n\n$43.50"


def test_prose_handed_on_is_material_as_before() -> None:
    answer = "The tower is 330 metres tall."
    sent = step_text("Write a post telling fans how much the tower weighs", writer(), [answer])
    assert sent == f"Write a post telling fans how much the tower weighs:\n\n{answer}"
