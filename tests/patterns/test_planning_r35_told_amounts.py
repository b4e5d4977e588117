"""Round 35: "how much" told of a figure handed on, in other verbs, currencies, units and orders; and near-misses: a
"how much" that asks no amount or names people rather than a thing, an answer that is more than one figure, a step
that works on numbers."""

from __future__ import annotations

import pytest

from patterns.handoff import step_text
from patterns.told_amounts import told_how_much
from tests.patterns.test_routing_users import specialists


def worker(name: str):
    return next(w for w in specialists() if w.name == name)


@pytest.mark.parametrize(
    ("instruction", "answer", "sent"),
    [
        ("Write an email to the club telling them how much the coach hire comes to", "$43.50",
         "Write an email to the club telling them the coach hire comes to $43.50"),
        ("Draft a note to the landlord saying how much the deposit is", "£360.00",
         "Draft a note to the landlord saying the deposit is £360.00"),
        ("Write a short email to the parents telling them how much the trip costs", "£540.00",
         "Write a short email to the parents telling them the trip costs £540.00"),
        ("Text my flatmates how much the electricity bill is", "€212.50",
         "Text my flatmates the electricity bill is €212.50"),
        ("Write a message to my coach telling him how much my bag weighs", "23.4 kilograms",
         "Write a message to my coach telling him my bag weighs 23.4 kilograms"),
        ("Post in the group chat how much the bake sale raised", "£1,240.00",
         "Post in the group chat the bake sale raised £1,240.00"),
        ("Write to the guests letting them know how much the room will cost per night", "£174.00",
         "Write to the guests letting them know the room will cost £174.00 per night"),
        ("Draft a message to the team saying how much each kit will cost", "$18.75 each",
         "Draft a message to the team saying each kit will cost $18.75"),
    ],
)  # fmt: skip
def test_the_figure_is_said_in_the_clause_that_asks_how_much(instruction: str, answer: str, sent: str) -> None:
    assert step_text(instruction, worker("writer"), [answer]) == sent


@pytest.mark.parametrize(
    ("instruction", "answer"),
    [
        ("Write a card telling her how much I love her", "£40.00"),  # no verb of amount
        ("Write an email telling them how much each person owes", "The wall fell on 9 November 1989."),
        ("Write an email telling them how much each person owes", "Between £40 and £55"),
        ("Write an email telling them how much each person owes", "$12.50 for adults and $6 for children"),
        ("Write an email about the trip", "$43.50"),
        ("Write an email to my book club telling them how much each person owes", "$43.50"),  # owes, for what?
        ("Text my flatmates how much we each need to pay", "€212.50"),
        ("Write to the team saying how much every player gets", "£14.40 per person"),
    ],
)
def test_what_is_no_single_figure_told_how_much_is_left(instruction: str, answer: str) -> None:
    assert told_how_much(instruction, answer) is None


def test_a_step_that_works_on_numbers_is_not_told() -> None:
    sent = step_text("Work out how much each person owes if we add a tip", worker("calculator"), ["$43.50"])
    assert "how much each person owes" in sent
