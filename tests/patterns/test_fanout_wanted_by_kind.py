"""Agents addressed by name, then the things wanted of them named by their kind without an article ("- summary for
the staff and a post for our Instagram: <text>"): each agent asked its own thing, with the text."""

from patterns.addressed import addressed
from patterns.asks import wanted_asks

NAMES = ["summarizer", "writer", "calculator", "fact_checker", "researcher", "code_reviewer"]
TEXT = "Our workshop moves to 16 Station Road from 2 June. We will be closed on 31 May for the move."


def test_a_list_named_by_kind_after_a_dash_is_what_each_is_asked() -> None:
    to = addressed(
        f"Send this to the summarizer and the writer - summary for the staff and a post for us: {TEXT}", NAMES
    )
    assert to is not None and to.names == ("summarizer", "writer")
    assert wanted_asks(to.text) == ("", ["Summary for the staff", "a post for us"], TEXT)


def test_a_dash_with_no_thing_wanted_addresses_nobody() -> None:
    assert addressed("Send this to the summarizer and the writer - thanks a lot", NAMES) is None
