"""The words that ask for a text never become the text: "giving my view that ..." says the view, "a 3-sentence intro
for a toast" is no label, and "tell the team about the party" greets the team, not "team about"."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_a_post_giving_my_view_says_the_view_as_mine() -> None:
    text = await drafted("Write a post giving my view that remote work is better: fewer commutes, more focus.")
    assert text == "In my view, remote work is better. Fewer commutes, more focus."


async def test_a_three_sentence_intro_from_facts_says_each_fact_as_a_sentence() -> None:
    text = await drafted(
        "Write a 3-sentence intro for a toast from these facts: Sam and Priya met at university in 2016, they love "
        "hiking, and they married today at Larkfield Barn."
    )
    assert text == "Sam and Priya met at university in 2016. They love hiking. They married today at Larkfield Barn."


async def test_telling_the_team_about_the_party_greets_the_team() -> None:
    text = await drafted("Tell the team about the party: Friday at 6pm in the Crown.")
    assert "Hello team," in text and "Friday at 6pm in the Crown." in text and "about," not in text


async def test_telling_the_team_about_a_party_with_nothing_said_of_it_is_declined() -> None:
    assert "topic" in await declined_by_writer("Tell the team about the party")


async def test_a_topic_the_body_never_names_heads_the_email() -> None:
    text = await drafted("Let everyone know about the power cut: Tuesday 9am to 1pm.")
    assert text.startswith("Subject: The Power Cut\n") and "Hello everyone," in text and "Tuesday 9am to 1pm." in text
