"""A message that tells its reader something about "it" ("... and write Ben a note saying I've looked at it:
<code>") reports on the material: the material goes to the part that works on it, and the message gets only its
own clause; a message that works on the material ("write a tweet about it: <text>") or points ahead at it ("saying
the following:") still takes it."""

import pytest

from patterns import split_tasks
from patterns.reports import reports_on_it

CODE = (
    "```python\ndef get_order(db, order_id):\n    return db.execute(f'SELECT * FROM orders WHERE id = {order_id}')\n```"
)
TEXT = "The fair opens at 10 on Saturday. Entry is free for children."


@pytest.mark.parametrize(
    ("request_text", "message"),
    [
        (
            f"Review this function and write a short message to my colleague Ben saying I've looked at it:\n{CODE}",
            "Write a short message to my colleague Ben saying I've looked at it",
        ),
        (f"Check this code and draft a note to the team letting them know I reviewed it {CODE}", "Draft a note"),
        (f"Summarize this report and email my manager to say I've read it: {TEXT}", "Email my manager to say"),
        (f"Fact-check this and text my sister that I checked it: {TEXT}", "Text my sister that I checked it"),
        (f"Summarise this and send Priya a quick message saying I've gone through them: {TEXT}", "Send Priya"),
        (f"Look over this script and write an email to Dev telling him I tested it:\n{CODE}", "Write an email to Dev"),
    ],
)
def test_a_message_that_reports_on_the_material_gets_only_its_own_clause(request_text: str, message: str) -> None:
    first, second = split_tasks(request_text)
    assert ("```" in request_text) == ("```" in first.text)
    assert second.text.startswith(message)
    assert "```" not in second.text and "fair opens" not in second.text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise this and write a tweet about it: {TEXT}",
        f"Summarise this and write an email to Jo saying the following: {TEXT}",
    ],
)
def test_a_message_that_works_on_the_material_still_takes_it(request_text: str) -> None:
    _, second = split_tasks(request_text)
    assert "fair opens" in second.text


@pytest.mark.parametrize(
    ("clause", "reports"),
    [
        ("Write a note to Ben saying I've looked at it", True),
        ("Write a note about it saying thanks", False),
        ("Write an email to Jo saying this is ready", False),
        ("Summarise it and say thanks", False),
    ],
)
def test_reports_on_it_reads_where_the_pointer_is(clause: str, reports: bool) -> None:
    assert reports_on_it(clause) is reports
