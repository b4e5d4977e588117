"""Round 37: things wanted of agents addressed by name, the first named by its kind alone, in users' words."""

import pytest

from patterns.addressed import addressed
from patterns.asks import wanted_asks

NAMES = ["summarizer", "writer", "calculator", "fact_checker", "researcher", "code_reviewer"]
TEXT = "The AGM moved to May. Fees rise by 5%. The bar will close at 10pm."


@pytest.mark.parametrize(
    ("request_text", "names", "asks"),
    [
        (
            f"Send this to the summarizer and the writer - summary for the staff and a post for our Instagram: {TEXT}",
            ("summarizer", "writer"),
            ["Summary for the staff", "a post for our Instagram"],
        ),
        (
            f"Ask the summarizer and the writer, short summary for the board and a friendly email to members: {TEXT}",
            ("summarizer", "writer"),
            ["Short summary for the board", "a friendly email to members"],
        ),
        (
            f"Get the summarizer and the writer - gist for me and a tweet for the club: {TEXT}",
            ("summarizer", "writer"),
            ["Gist for me", "a tweet for the club"],
        ),
        (
            f"Pass this to the writer and the summariser – notice for the bar and a summary for the minutes: {TEXT}",
            ("writer", "summarizer"),
            ["Notice for the bar", "a summary for the minutes"],
        ),
        (
            f"Give it to both the summarizer and the writer, tl;dr for me and an email to the members: {TEXT}",
            ("summarizer", "writer"),
            ["Tl;dr for me", "an email to the members"],
        ),
    ],
)
def test_each_agent_is_asked_its_own_thing(request_text: str, names: tuple[str, ...], asks: list[str]) -> None:
    to = addressed(request_text, NAMES)
    assert to is not None and to.names == names
    assert wanted_asks(to.text) == ("", asks, TEXT)


@pytest.mark.parametrize(
    "request_text",
    [
        "Send this to the summarizer and the writer - thanks a lot",
        "Send this to the summarizer and the writer - cheers, you two",
    ],
)
def test_a_dash_with_nothing_wanted_addresses_nobody(request_text: str) -> None:
    assert addressed(request_text, NAMES) is None
