"""Routing a request for a text worked on, however it is asked.

- "Summarise the letter from the council": the one worker that offers the verb as its work on a text the user has
  is asked when the verb's object names that text, handed over or not ("Could you summarise the letter ...",
  "Abeg summarize the letter ...", "Can ye summarise the email ..."); writing a letter stays the writer's, and a
  script to review is no letter.
- "..., in plain words please: <text>", "put this in simple language: <text>": what a text says, said simply, is
  a summary; "Rewrite this in plain words" is still a rewrite, and "What is X, in simple words?" a question.
- "Daft question maybe, but what is bronze made of?": the user rating the question, with a hedge, asks nothing.
"""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The council will collect garden waste every second Monday from April. Bins must be at the kerb by 7am. "
    "Bags left next to the bin will not be taken. Collections missed because of snow are made up the next week."
)


def best(decider: RankingDecider, text: str) -> str:
    return decider.rank_now(text, specialists())[0].worker


@pytest.mark.parametrize(
    "text",
    [
        "Could you summarise the letter from the environmental health officer that came this morning?",
        "Abeg summarize the letter wey the landlord send yesterday, I no get time read am.",
        "Can ye summarise the email from the new supplier for me, the one about deliveries?",
        "Please summarize the memo the head office sent round on Friday",
        "Would you kindly summarise the report my manager forwarded?",
    ],
)
def test_summarising_a_named_text_goes_to_the_summarizer(decider: RankingDecider, text: str) -> None:
    assert best(decider, text) == "summarizer"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Write a letter to my landlord about the boiler", "writer"),
        ("Could you draft a letter to the council about the potholes?", "writer"),
        ("Review this script for bugs: ```def f(x): return x/0```", "code_reviewer"),
    ],
)
def test_writing_a_letter_or_reviewing_code_is_not_summarising(decider: RankingDecider, text: str, agent: str) -> None:
    assert best(decider, text) == agent


@pytest.mark.parametrize(
    "lead",
    [
        "And this one from the city, in plain words please",
        "Could you put this in simple language for my dad",
        "Same again for this notice, in easy words",
        "This came through the door, in plain language please",
    ],
)
def test_a_text_said_in_plain_words_is_summarised(decider: RankingDecider, lead: str) -> None:
    assert best(decider, f"{lead}: {NOTICE}") == "summarizer"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (f"Rewrite this in plain words for the residents: {NOTICE}", "writer"),
        ("What is photosynthesis, in simple words?", "researcher"),
    ],
)
def test_plain_words_with_a_rewrite_or_a_question_keep_their_worker(
    decider: RankingDecider, text: str, agent: str
) -> None:
    assert best(decider, text) == agent


@pytest.mark.parametrize(
    "text",
    [
        "Daft question maybe, but what is bronze made of?",
        "Silly question I know, but what is bronze made of?",
        "Stupid question probably - what is bronze made of?",
    ],
)
def test_a_hedged_rating_of_the_question_asks_nothing(decider: RankingDecider, text: str) -> None:
    assert best(decider, text) == "researcher"
