"""Round 37: a result made into a named kind of text, in users' words, is a text to write from it; other asks on
the result (a tone, a shape, a length) are left as they are."""

import pytest

from patterns.recasts import as_text_to_write


@pytest.mark.parametrize(
    ("instruction", "said"),
    [
        ("Make it a notice for the pontoon gates", "Write a notice for the pontoon gates"),
        ("Make it into a short post for the club", "Write a short post for the club"),
        ("Then make them into a friendly notice", "Write a friendly notice"),
        ("Make the summary into a polite reply to the customer", "Write a polite reply to the customer"),
        ("Make it into an email to the team", "Write an email to the team"),
        ("make this a short paragraph for my class", "Write a short paragraph for my class"),
        ("Please make the findings an announcement for the newsletter", "Write an announcement for the newsletter"),
    ],
)
def test_a_result_made_a_kind_of_text_is_a_text_to_write(instruction: str, said: str) -> None:
    assert as_text_to_write(instruction) == said


@pytest.mark.parametrize(
    "instruction",
    [
        "Make it more formal",
        "Turn it into a list",
        "Make it a bit shorter",
        "Make this a priority",
        "Turn it into French",
        "Turn the summary into a tweet",  # read as it is
    ],
)
def test_other_asks_on_the_result_are_left(instruction: str) -> None:
    assert as_text_to_write(instruction) is None
