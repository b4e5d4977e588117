"""Round 42: the starter notes answer the stable everyday facts that people in many trades ask: where common foods
and breeds come from, poultry diseases and how long eggs take to hatch, how long animals are pregnant, who
discovered what, capitals often confused with a larger city, the highest peaks and largest counties of Britain and
Ireland, and a few firsts and figures. Questions beside them that no note answers are declined, not answered from a
neighbouring sentence."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Where do avocados come from?", "Mexico"),
        ("Where do chilli peppers come from originally?", "Americas"),
        ("Where do tomatoes come from?", "South America"),
        ("where do bananas come from originally", "Southeast Asia"),
        ("Where did the pineapple originally come from?", "South America"),
        ("Where do oranges come from?", "Southeast Asia"),
        ("Where does maize come from originally?", "Mexico"),
        ("where does rice come from", "China"),
        ("Where does wheat come from?", "Fertile Crescent"),
        ("Where did the merino sheep come from?", "Spain"),
        ("What causes Newcastle disease?", "virus"),
        ("How many days does a chicken egg take to hatch?", "21 days"),
        ("how long is a dog pregnant", "63 days"),
        ("Who discovered electromagnetic induction?", "Faraday"),
        ("Who discovered oxygen?", "Priestley"),
        ("Who discovered hydrogen?", "Cavendish"),
        ("Where was the first indoor ice hockey game played?", "Montreal"),
        ("When did the first passenger train run in India?", "1853"),
        ("Which country has the longest coastline?", "Canada"),
        ("What is the largest county in Ireland?", "Cork"),
        ("How high is Table Mountain?", "1,085 metres"),
        ("What is the capital of Morocco?", "Rabat"),
        ("What is the highest mountain in England?", "Scafell Pike"),
        ("What is the normal body temperature of a healthy person?", "37 degrees Celsius"),
        ("What is absolute zero in Celsius?", "minus 273.15"),
        ("What is standard atmospheric pressure?", "101,325 pascals"),
        ("How much does a litre of water weigh?", "1 kilogram"),
        ("How many watts is one horsepower?", "746 watts"),
        ("What is the acceleration due to gravity?", "9.8 metres per second squared"),
    ],
)
async def test_an_everyday_fact_is_answered_from_its_note(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Where do mangoes come from originally?",
        "Where do lemons come from?",
        "What is the density of seawater?",
        "What is the acceleration due to gravity on the Moon?",
        "What is atmospheric pressure on Mars?",
        "How long is a giraffe pregnant?",
        "What causes fowl pox?",
        "What actually causes lightning?",  # light, not lightning, is compared with sound
        "How long do ostrich eggs take to hatch?",  # the note times poultry eggs, not an ostrich's
        "Who discovered the proton?",  # the note names who found the electron, nucleus and neutron
        "Who discovered electricity?",  # Faraday discovered induction, not electricity
        "How high is Table Mountain in Queensland?",  # the note gives the one above Cape Town
        "Which country has the shortest coastline?",
        "where was the first outdoor ice hockey game played",
        "when did the first train run in Japan",
        "What is the smallest county in Scotland?",
    ],
)
async def test_a_question_beside_the_notes_is_declined(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
