"""Round 46: the starter notes answer and settle everyday questions on US state capitals, plays and playwrights,
alloys and melting points, fermentation and distillation, crustaceans, Southeast Asia, the farthest points of
Britain, Mexico's independence, seawater, the Niger, Everest's two sides and Switzerland in the UN; what they do
not say stays unsaid."""

from __future__ import annotations

import pytest
from conftest import call, researched, verdict

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the capital of Louisiana? My grandbaby says New Orleans and I ain't so sure.", "Baton Rouge"),
        ("What is the capital of Texas?", "Austin"),
        ("Who wrote the play Our Town? We're considering it for the fall", "Wilder"),
        ("Quick trivia for our fundraiser quiz night. Who wrote A Midsummer Night's Dream?", "Shakespeare"),
        ("Who wrote Twelfth Night?", "Shakespeare"),
        ("who wrote war and peace", "Tolstoy"),
        ("What is bronze made of?", "tin"),
        ("what's the boiling point of ethanol? head brewer and I disagree", "78"),
        ("Which gas comes out when sugar ferments?", "carbon dioxide"),
        ("What river go through Bangkok? Tourist ask me.", "Chao Phraya"),
        ("What is the capital of Laos? My cousin go work there.", "Vientiane"),
        ("Could you tell me in which year Switzerland became a full member of the United Nations?", "2002"),
        ("What is the most southerly point of mainland Britain?", "Lizard"),
        ("What is the average salinity of seawater?", "35"),
        ("Which country is the north side of Mount Everest in?", "Tibet"),
        ("What is the highest mountain in the world?", "Everest"),
        ("Which mountain is the highest in the world?", "Everest"),
        ("Can babies have honey?", "one year"),
        ("What is beer made from?", "hops"),
    ],
)
async def test_everyday_questions_are_answered(tmp_path, question: str, expected: str) -> None:
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("New Orleans is the capital of Louisiana", "contradicted"),
        ("Baton Rouge is the capital of Louisiana", "supported"),
        ("Shakespeare wrote Our Town", "contradicted"),
        ("Thornton Wilder wrote Our Town", "supported"),
        ("Shakespeare wrote The Crucible", "contradicted"),
        ("Bronze is an alloy of copper and tin", "supported"),
        ("Ethanol boils at 78 degrees Celsius", "supported"),
        ("Ethanol boils at 90 degrees Celsius", "contradicted"),
        ("Ethanol boils at a lower temperature than water", "supported"),
        ("Water boils at a higher temperature at altitude", "contradicted"),
        ("Crawfish are crustaceans", "supported"),
        ("Thailand was never colonized", "supported"),
        ("John o' Groats is the most northerly point of mainland Britain", "contradicted"),
        ("Mexico won its independence from Spain in 1821", "supported"),
        ("Mexico won its independence from Spain in 1810", "contradicted"),
        ("The Benue is the longest river in Nigeria", "contradicted"),
        ("Vientiane is the capital of Laos", "supported"),
        ("Geneva is the capital of Switzerland", "contradicted"),
        # what the notes do not say stays unverified
        ("Bern is the capital of Switzerland", "unverified"),
        ("Zurich is the capital of Switzerland", "unverified"),
        ("Lobsters are insects", "unverified"),
        ("Mount Everest is on the border of Nepal and India", "unverified"),
        ("K2 is on the border between Pakistan and India", "unverified"),
        ("Mont Blanc is on the border between France and Spain", "unverified"),
        ("Mont Blanc is on the border between France and Italy", "supported"),
        ("Guy in the taproom says hops are in the same plant family as cannabis. fact check him for me", "supported"),
        ("Hops are in the same plant family as roses", "unverified"),
        ("one of the dads says Michael Phelps won 28 Olympic medals. true?", "supported"),
        ("Michael Phelps won 30 Olympic medals", "contradicted"),
    ],
)
async def test_everyday_claims_are_judged(tmp_path, claim: str, expected: str) -> None:
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    "question",
    [
        "When the agave sugar ferment in the tinas, which gas comes out and how much?",
        "What is the capital of Narnia?",
        "Who wrote the play Our Village?",
        "What is the melting point of pure platinum?",
    ],
)
async def test_what_the_notes_do_not_say_is_declined(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
