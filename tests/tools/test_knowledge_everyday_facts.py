"""General knowledge users ask for in their own words is in the starter notes: how long a marathon is, how bees
make honey, where coffee comes from, what Python's GIL is, the Pythagorean theorem, how many feet or yards make a
mile, that the Amazon is in South America and where Shakespeare was born. Each was 'nothing matched' (or
'unverified' to the fact checker). Questions next to them that the notes do not answer (a half marathon, what
wasps make, where tea comes from, the longest Olympic race) are still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched, verdict

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long is a marathon?", "42.195"),
        ("how long is a marathon exactly", "26.2 miles"),
        ("How many miles is a marathon?", "26.2"),
        ("How do honey bees actually make honey?", "nectar"),
        ("What is honey made from?", "nectar"),
        ("How do bees make honey?", "nectar"),
        ("Where did coffee originally come from?", "Ethiopia"),
        ("Where does coffee come from?", "Ethiopia"),
        ("What is Python's GIL?", "global interpreter lock"),
        ("What is the GIL in Python?", "global interpreter lock"),
        ("What does GIL stand for?", "global interpreter lock"),
        ("Can you explain the Pythagorean theorem? My daughter is stuck on it.", "hypotenuse"),
        ("What is the Pythagorean theorem?", "hypotenuse"),
        ("How many feet are in a mile?", "5,280"),
        ("How many yards in a mile?", "1,760"),
        ("Where was Shakespeare born?", "Stratford-upon-Avon"),
    ],
)
async def test_general_knowledge_in_users_words_is_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "How long is a half marathon?",
        "What is the longest race at the Olympics?",
        "What do wasps make?",
        "Where does tea come from?",
        "What is Ruby's GIL?",
        "How many metres are in a furlong?",
        "Who holds the marathon world record?",
        "When was the GIL added to Python?",  # the note tells of a build without it, not when it came in
        "When did the Natural History Museum open?",  # free since 2001 is not when it opened
    ],
)
async def test_a_question_beside_the_notes_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Claim from a beginners leaflet: honey bees make honey from flower nectar. Right?", "supported"),
        ("Check the claim that honey bees make honey from nectar", "supported"),
        ("Is it true a marathon is 26.2 miles?", "supported"),
        ("a marathon is 30 miles long", "contradicted"),
        ("Can you check whether the Amazon rainforest is in South America", "supported"),
        ("The Amazon rainforest is in Africa", "contradicted"),
        ("is it true Shakespeare was born in Stratford-upon-Avon?", "supported"),
        ("Wasps make honey from nectar", "unverified"),
        ("Bees make honey from pollen", "unverified"),
        ("Shakespeare was born in London", "unverified"),
    ],
)
async def test_the_fact_checker_reads_the_same_notes(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Also, is it true the Natural History Museum in London is free to get in?", "supported"),
        ("The Natural History Museum in London is free to enter", "supported"),
        ("Is the British Museum free?", "supported"),
        ("Check this claim: copper water pipes never corrode.", "contradicted"),
        ("copper pipes can corrode", "supported"),
        ("Copper pipes always last forever", "unverified"),
        ("The Science Museum charges for entry", "unverified"),
    ],
)
async def test_notes_on_london_museums_and_copper_pipes_decide_claims(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Is it true that honey never goes off?", "supported"),
        ("Honey does not go off", "supported"),
        ("Honey goes off", "contradicted"),
        ("check whether it's true that the flu jab can give you flu", "contradicted"),
        ("Is it true the flu jab gives you flu?", "contradicted"),
        ("Honey goes off after a year", "unverified"),
        ("The Great Barrier Reef is in Australia", "supported"),
    ],
)
async def test_notes_on_honey_keeping_and_the_flu_jab_decide_claims(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Look up what the Great Barrier Reef is", "Australia"),
        ("Does honey go off?", "never goes off"),
        ("Can the flu jab give you flu?", "cannot give you flu"),
    ],
)
async def test_the_researcher_reads_the_same_notes(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)
