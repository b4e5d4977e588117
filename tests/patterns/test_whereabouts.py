"""A sentence that only says where the user's text is ("The link is in Slack.", "It's on the shared drive."), after
the question about that text, is no part of its own: it stays with the question, whose agent then knows why it has
nothing to read."""

import pytest

from patterns import split_tasks
from patterns.whereabouts import says_where_it_is


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you check my pull request on GitHub? The link is in Slack",
        "Can you summarize the report from finance? It's on the shared drive.",
        "Can you check the PR Sam opened yesterday? It's linked in the team channel.",
        "Could you summarize the minutes from Tuesday's meeting? They're pinned in Teams.",
    ],
)
def test_where_the_text_is_stays_with_the_question(request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text.rstrip(".") == request_text.rstrip(".")


@pytest.mark.parametrize(
    "sentence",
    ["The Eiffel Tower is in Paris", "The meeting is on Monday", "It is in 1889", "The code is in the repo. Fix it."],
)
def test_a_claim_or_a_time_is_no_whereabouts(sentence: str) -> None:
    assert not says_where_it_is(sentence)


def test_a_claim_after_a_question_is_still_a_part() -> None:
    assert len(split_tasks("Who wrote Hamlet? The Eiffel Tower is in Paris.")) == 2
