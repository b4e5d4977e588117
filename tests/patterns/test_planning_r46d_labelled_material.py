"""A text announced by where it is ("Text follows: ...", "Email below: ...", "The text is below: ...") after an
ask that carries none is that ask's material, not a part of its own; a remark on the ask ("Short.") goes before
the material, never into the text worked on. A sentence that only says the word ("Text follows the same rules as
email.") gives no material."""

from __future__ import annotations

import pytest

from patterns.clauses import split_tasks

pytestmark = [pytest.mark.rounds]

NOTICE = (
    "The limit for adult female sea lice is 0.5 per fish for most of the year. In spring it is lowered to 0.2 per "
    "fish. Counts must be made every week."
)


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (f"Summarize. Short. Text follows: {NOTICE}", "Summarize. Short"),
        (f"Summarise this for the crew please. Text below: {NOTICE}", "Summarise this for the crew please"),
        (f"Can you shorten it? The text is below: {NOTICE}", "Can you shorten it"),
        (f"Proofread this for me. Email follows: {NOTICE}", "Proofread this for me"),
    ],
)
def test_a_text_announced_by_where_it_is_goes_to_the_ask(text: str, ask: str) -> None:
    pieces = split_tasks(text)
    assert [p.text for p in pieces] == [f"{ask}:\n\n{NOTICE}"]


def test_a_sentence_about_texts_gives_no_material() -> None:
    pieces = split_tasks("Text follows the same rules as email. What's 5% of 80?")
    assert [p.text for p in pieces] == ["Text follows the same rules as email", "What's 5% of 80?"]


def test_a_remark_after_a_question_stays_after_it() -> None:
    pieces = split_tasks("What is the capital of Peru? Double-check for me.")
    assert [p.text for p in pieces] == ["What is the capital of Peru? Double-check for me"]
