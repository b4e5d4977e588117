"""A text that tells someone "how much" of what the step before worked out ("..., then write an email to my book
club telling them how much each person owes") is sent with the figure said in its clause ("telling them each person
owes $43.50"), where a writer offline can write it; anything but one figure is handed on as material, as before."""

from __future__ import annotations

from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists


def writer():
    return next(w for w in specialists() if w.name == "writer")


def test_how_much_each_person_owes_is_said_with_the_figure() -> None:
    sent = step_text("Write an email to my book club telling them how much each person owes", writer(), ["$43.50"])
    assert sent == "Write an email to my book club telling them each person owes $43.50"


def test_a_figure_per_one_is_said_once() -> None:
    sent = step_text("Write a note to the team telling them how much each person gets", writer(), ["£14.40 per person"])
    assert sent == "Write a note to the team telling them each person gets £14.40"


def test_prose_handed_on_is_material_as_before() -> None:
    answer = "The tower is 330 metres tall."
    sent = step_text("Write a post telling fans how much the tower weighs", writer(), [answer])
    assert sent == f"Write a post telling fans how much the tower weighs:\n\n{answer}"
