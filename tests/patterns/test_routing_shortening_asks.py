"""A light verb and the name of a shortened text ("give me the gist: <text>", "tl;dr of the article I was reading",
"can I get a quick recap of this thread") ask for that text shortened: the summarizer's, though "give me" reads
like a writer's ask; with no text given, pointed at or named, the same words ask about the world."""

import pytest

from patterns import RankingDecider
from patterns.shortening import shortening_head
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "My manager sent this round, give me the gist: The company will move to hybrid working from 1 October. Staff "
        "will be expected in the office on Tuesdays and Thursdays. Desks must be booked through the new app.",
        "Give me the gist of this notice. The road will close at 8pm. Buses will divert via the ring road. Residents "
        "can still drive to their homes.",
        "tl;dr of the article I was reading this morning about interest rates?",
        "Can I get a quick recap of this email from the landlord? The boiler will be serviced on Tuesday between 9 "
        "and 12. Please leave the kitchen clear. The water will be off for an hour.",
        "Our coach posted this in the group chat, give us the short version: Training moves to Thursdays at 6pm from "
        "next week. Bring both kits. Subs are due by the end of the month.",
    ],
)
def test_the_gist_of_a_text_is_the_summarizers(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "summarizer"


@pytest.mark.parametrize(
    ("instruction", "gives_text", "head"),
    [
        ("Give me the gist of this notice.", True, "Summarize this notice"),
        ("give me the gist", True, "Summarize"),
        ("tl;dr of the article I was reading", False, "Summarize the article I was reading"),
        ("I'd like the key points of the report below", True, "Summarize the report below"),
    ],
)
def test_the_ask_is_read_as_the_shortening_it_names(instruction: str, gives_text: bool, head: str) -> None:
    assert shortening_head(instruction, gives_text) == head


@pytest.mark.parametrize(
    "instruction",
    [
        "Give me a summary of the French Revolution",
        "Give me a recap of the 2022 World Cup final",
        "give me a tagline for my cafe",
        "give me the gist",
    ],
)
def test_no_text_given_pointed_at_or_named_is_no_shortening(instruction: str) -> None:
    assert shortening_head(instruction, gives_text=False) is None


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Give me a tagline for our cafe: we roast our own beans every morning.", "writer"),
        ("Give me the history of this building in a few lines", "researcher"),
    ],
)
def test_a_light_ask_for_something_else_is_not_shortened(
    decider: RankingDecider, request_text: str, worker: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker
