"""Round 38: texts sent to agents named by the user in other words and orders, and near-misses whose words after the
colon ask something of their own."""

import pytest

from patterns.addressed import addressed

pytestmark = pytest.mark.rounds

NAMES = ["calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]
TEXT = "The museum was founded in 1872. It holds over 20,000 objects. Entry has been free since 2001."


@pytest.mark.parametrize(
    "opening",
    [
        "Send this to both the summarizer and the fact checker",
        "Please pass this to the summariser and the fact-checker",
        "Give this to the fact checker and the summarizer",
        "send it to the summarizer and the fact checker",
        "Could you send this to both the summarizer and the fact-checker",
        "Run this past the summarizer and the fact checker",
    ],
)
def test_a_text_sent_is_this_for_each(opening: str) -> None:
    to = addressed(f"{opening}: {TEXT}", NAMES)
    assert to is not None and to.text == f"This:\n\n{TEXT}"


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        ("Send this to the calculator and the researcher: how many metres are in a mile?",
         "How many metres are in a mile?"),
        (f"Send this to the summarizer and the writer: make it shorter. {TEXT}", f"Make it shorter. {TEXT}"),
        ("Send this to the summarizer and the fact checker: is it true that the museum opened in 1872?",
         "Is it true that the museum opened in 1872?"),
        (f"Both the summarizer and the fact checker: {TEXT}", TEXT),  # spoken to, not sent: as before
    ],
)  # fmt: skip
def test_an_ask_after_the_names_is_asked(request_text: str, asked: str) -> None:
    to = addressed(request_text, NAMES)
    assert to is not None and to.text == asked


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        (f"Send this to both the summarizer and the writer. I want a summary and a thank-you post: {TEXT}",
         f"I want a summary and a thank-you post: {TEXT}"),
        (f"Pass this to the summariser and the writer. I need a short summary and a friendly email: {TEXT}",
         f"I need a short summary and a friendly email: {TEXT}"),
        (f"Send this to the summarizer and the writer. A summary for the board and a post for our website: {TEXT}",
         f"A summary for the board and a post for our website: {TEXT}"),
    ],
)  # fmt: skip
def test_things_wanted_in_a_sentence_after_the_names(request_text: str, asked: str) -> None:
    to = addressed(request_text, NAMES)
    assert to is not None and to.names == ("summarizer", "writer") and to.text == asked


def test_agents_named_in_a_statement_before_a_full_stop_are_not_spoken_to() -> None:
    assert addressed(f"Both the summarizer and the writer. A summary and a post: {TEXT}", NAMES) is None
