"""Round 43: a word of opinion written as a name inside a sentence ("Banting and Best", "George Best") leaves the
sentence a claim; notes on wine and vines, Mount Kenya, the Bridgewater Canal, Assam, Colorado, the Lisbon
earthquake of 1755, the Arbroath smokie, the salmon's life cycle, the Falkirk Wheel and the Grand Canyon answer
questions and decide claims about them."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched, verdict

from servers.tools.fact_checker.opinions import states_opinion

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("sentence", "judges"),
    [
        ("Insulin was first isolated by Banting and Best", False),
        ("George Best played for Manchester United", False),
        ("Best of all, the wall fell in 1989", True),
        ("The Titanic was the best ship ever built", True),
        ("I think the wall fell in 1989", True),
        ('"Best" is a name', True),
    ],
)
def test_an_opinion_word_written_as_a_name_judges_nothing(sentence: str, judges: bool) -> None:
    assert states_opinion(sentence) is judges


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is it right that insulin was first isolated in 1921 by Banting and Best?", "supported"),
        ("Insulin was first isolated in 1921 by Banting and Best, my lecturer says", "supported"),
        ("Fact check: insulin was first isolated in 1950 by Banting and Best.", "contradicted"),
        ("Customer told me salmon hatch in fresh water and then head out to sea. Is that right?", "supported"),
        ("my nephew says assam tea is made from camellia sinensis. correct?", "supported"),
        ("Quick check: Denver is the capital of Colorado, right?", "supported"),
        ("A skier told me Boulder is the capital of Colorado.", "contradicted"),
        ("Colorado became a state in 1876", "supported"),
        ("Is it true that Colorado joined the union in 1900?", "contradicted"),
        ("Did the Colorado River carve the Grand Canyon?", "supported"),
        ("Is it true Colorado has the highest average elevation of any US state?", "supported"),
        ("The Falkirk Wheel is in Scotland", "supported"),
        ("Shiraz and Syrah are the same grape", "supported"),
    ],
)
async def test_a_claim_is_decided_by_its_note(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Salmon hatch in the sea",
        "Salmon spawn at sea",
        "Arbroath smokies are made from cod",
        "The Grand Canyon was carved by the Mississippi",
    ],
)
async def test_a_claim_beside_the_notes_is_not_backed(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What does terroir mean when people talk about wine?", "soil"),
        ("what exactly is phylloxera", "roots of grapevines"),
        ("What's the difference between shiraz and syrah?", "same grape"),
        ("Which is the highest mountain in Kenya?", "Mount Kenya"),
        ("how tall is mount kenya", "5,199 metres"),
        ("Who was the engineer behind the Bridgewater Canal?", "Brindley"),
        ("What is the capital of Assam?", "Dispur"),
        ("Which big river flows through Assam?", "Brahmaputra"),
        ("What year did Colorado become a state?", "1876"),
        ("What's the capital of Colorado?", "Denver"),
        ("What year was the big Lisbon earthquake?", "1755"),
        ("What fish is an Arbroath smokie made from?", "haddock"),
        ("When was the Domesday Book compiled?", "1086"),
        ("When did the Falkirk Wheel open?", "2002"),
        ("How deep is the Grand Canyon?", "1.8 kilometres"),
        ("What is the highest mountain in the world?", "Everest"),
    ],
)
async def test_an_everyday_question_is_answered_from_its_note(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    ["Who built the Falkirk Wheel?", "When was the Domesday Book destroyed?", "How long do salmon live?"],
)
async def test_a_question_the_notes_do_not_answer_is_declined(tmp_path, question: str) -> None:
    from servers.tools.researcher import create_server

    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base" in error_text(result) or "notes" in error_text(result)
