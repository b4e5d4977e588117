"""Messages greet the person they are for by name, never by role, and never with a name the request did not give."""

from __future__ import annotations

import pytest

from servers.tools.writer import jobs
from servers.tools.writer.gate import final_problem


def _drafted(request: str) -> str:
    text = jobs.compose_request(request).composition.text
    assert final_problem(request, "compose", text) is None
    return text


@pytest.mark.parametrize(
    ("request_text", "greeting"),
    [
        ("Write an email to my neighbour Greta asking her to water my plants while I'm away", "Hello Greta,"),
        ("Write a formal email to Dr. Ellis asking to reschedule my appointment to Thursday", "Dear Dr. Ellis,"),
        ("Email my tutor, Dr Hale, asking her for an extension on the essay", "Hello Dr Hale,"),
        ("Write an email to Jonas from accounts asking for the March invoice", "Hello Jonas,"),
        ("Write an email to Priya at the bakery asking about the cake order", "Hello Priya,"),
        ("Write an email to my manager Sarah Jones asking for Friday off", "Hello Sarah Jones,"),
        ("Send a note to my colleague Tom thanking him for the help", "Hello Tom,"),
        ("Write an email to our caretaker, Mr Ali, asking him to fix the gate", "Hello Mr Ali,"),
        ("Write an email to Dr Lee at City Hospital asking to move my appointment to Friday", "Hello Dr Lee,"),
    ],
)
def test_the_named_reader_is_greeted_by_name_without_the_role(request_text: str, greeting: str) -> None:
    text = _drafted(request_text)
    assert greeting in text.splitlines()
    for role in ("neighbour", "tutor", "accounts", "bakery", "manager", "colleague", "caretaker", "Hospital"):
        assert role not in text.split("\n\n")[1]  # the greeting line says the name, not who the reader is


@pytest.mark.parametrize(
    ("request_text", "greeting"),
    [
        ("Write an email to my neighbour asking them to move their car", "Hello [Name],"),
        ("Write an email to my boss asking for a raise", "Hello [Name],"),
        ("Write an email to the team saying the office is closed on Friday", "Hello team,"),
        ("Write an email to the residents of Elm Street saying the road is closed on Monday", "Hello residents of"),
        ("Write an email to the marketing team saying the launch moves to June", "Hello marketing team,"),
    ],
)
def test_no_name_is_invented_when_none_is_given(request_text: str, greeting: str) -> None:
    text = _drafted(request_text)
    assert any(line.startswith(greeting) for line in text.splitlines())


def test_a_weekday_after_the_role_is_not_taken_for_a_name() -> None:
    text = jobs.compose_request("Write an email to my team Monday saying the rota is attached").composition.text
    assert "Hello Monday" not in text
