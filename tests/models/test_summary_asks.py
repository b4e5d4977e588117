"""Where a summary's text starts after a long lead-in: only a lead-in that asks for the summary and speaks of the
asker; one that also asks a sum or another job is several tasks, and the text is not read past it."""

import pytest

from agents.models.summary_asks import asked_lead_in


@pytest.mark.parametrize(
    "head",
    [
        "Can you give me the gist of this notice from the ferry company? Passengers keep asking me about it",
        "Pull the keywords out of this memo for the bakery team, I want them on a sticky note",
    ],
)
def test_an_ask_for_a_summary_among_words_about_the_asker(head: str) -> None:
    assert asked_lead_in(head)


@pytest.mark.parametrize(
    "head",
    [
        "How much is 45 packed lunches at £3.20 each for the trip on Friday, and give me the gist",
        "Three things, 15% off a £240 cake, a note for the window and then summarise this",
        "I'm on the support desk today, sum it up and tell me if she is owed a refund",
    ],
)
def test_a_sum_or_a_question_beside_the_summary_is_another_task(head: str) -> None:
    assert not asked_lead_in(head)
