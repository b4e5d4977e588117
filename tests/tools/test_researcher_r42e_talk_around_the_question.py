"""Round 42: a question with a greeting, a word to take the floor, the asker's circumstances or a named person's
view around it ("Good day. What causes Newcastle disease in poultry? My neighbour lost many birds to it.") is
answered as the question alone. A sentence beside it that asks for more ("I also need the year", "Tell me how
many to expect as well", a second question) keeps the whole request, which the notes do not answer in full."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Good day. What causes Newcastle disease in poultry? My neighbour lost many birds to it.", "virus"),
        ("G'day mate. Who discovered electromagnetic induction? Got a quiz at the club tonight.", "Faraday"),
        ("Morning all. How many days does a chicken egg take to hatch? We've got a new incubator in the shed.", "21"),
        ("Here's a quick one. What is the capital of Morocco? My wife is flying to Casablanca next week.", "Rabat"),
        ("Help me settle a bet. Where do tomatoes come from? Dave says Italy.", "South America"),
        ("Hello. What is the highest mountain in England? Being from Devon I never learned it.", "Scafell Pike"),
        ("Evening! Where do avocados come from originally? I run a taco van and the regulars keep asking.", "Mexico"),
        ("Hello all. Who discovered oxygen? We're doing a chemistry night at the club.", "Priestley"),
        ("Who invented the telephone? I've forgotten and Alexander is asking", "Bell"),
        (
            "Here's one for you lot, settle an argument on site. Where do potatoes come from originally? Gaz says "
            "Ireland and I'm sure he's wrong",
            "South America",
        ),
    ],
)
async def test_the_question_is_answered_without_the_talk_around_it(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Good afternoon. Who discovered hydrogen? I also need the year it was named.",
        "Hiya. How long is a horse pregnant? Tell me how many foals to expect as well.",
        "Good day. Where do avocados come from? And how long do they take to ripen?",
        "Evening. Which country has the longest coastline? I want the length in miles.",
        "Good morning. What is the capital of Morocco? I also need its population.",
        "Hello. Where do bananas come from originally? Which country grows the most?",
    ],
)
async def test_a_sentence_that_asks_for_more_keeps_the_whole_request(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
