"""A claim that puts its subject first where the notes place it lower ("the Niger is the longest river in Africa":
third), or that another holds ("Victoria Falls is the tallest waterfall": Angel Falls), is contradicted; what
others are said to hate is a claim, not an opinion; remarks about the asker ("My neighbour and me we argue about
it", "Tourist did not believe me") are no claims; "throw up" is to vomit; a sentence read with the wrong verb
denies nothing; a question's closing "Approximately is fine." asks nothing more, a start is a beginning, and a
superlative with a second noun ("the highest mountain peak in Romania") keeps its place."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched, verdict

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Niger is the longest river in Africa.", "contradicted"),
        ("The Nile is the longest river of all Africa.", "supported"),
        ("A man at the market says Niagara Falls is the tallest waterfall in the world. Is that true?", "contradicted"),
        ("Angel Falls is the tallest waterfall in the world.", "supported"),
        ("Somebody told me bulls charge a red cape because they hate the colour red. True?", "contradicted"),
        ("Is it true that the Danube flows into the Black Sea? My brother and I argue about it.", "supported"),
        ("My cousin did not believe me. Guadalcanal is the largest island of the Solomon Islands, right?", "supported"),
        ("Is it true that cows can't throw up?", "unverified"),
        ("Is it true horses can't throw up?", "supported"),
        ("Is it true that the Dead Sea is the lowest place on land on Earth?", "supported"),
        ("Tobacco is in the same plant family as the potato.", "supported"),
        ("Is it true that Great Zimbabwe was built by the ancestors of the Shona people?", "supported"),
        ("Is it true a horse's hoof is made of the same stuff as our fingernails?", "supported"),
        ("Is it true that coral is a plant?", "contradicted"),
        ("Is it true abalone is a kind of sea snail?", "supported"),
    ],
)
async def test_rankings_remarks_and_wordings_are_read(tmp_path, claim: str, expected: str):
    assert await verdict(tmp_path, claim) == expected


async def test_a_sentence_read_with_the_wrong_verb_denies_nothing(tmp_path):
    note = "The pearl divers dive with no tanks, holding only their breath, as their fathers did."
    assert await verdict(tmp_path, "Pearl divers dive with no tank.", divers=note) != "contradicted"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the melting point of copper in Celsius? Approximately is fine.", "1,085"),
        ("How tall is Mount Everest? A rough figure will do.", "8,848"),
        ("When did the Battle of Guadalcanal start?", "1942"),
        ("What year was the first Kentucky Derby run?", "1875"),
        ("What is the biggest lake in Central America? The tourists always ask me.", "Nicaragua"),
        ("Which sea is on the coast of Gaza and Haifa?", "Mediterranean"),
        ("What sea is Odesa on?", "Black Sea"),
        ("What is the highest mountain in the world?", "Everest"),
        ("What year did Zimbabwe get its independence?", "1980"),
    ],
)
async def test_questions_with_remarks_and_beginnings_are_answered(tmp_path, question: str, said: str):
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize("request_text", ["Answer the buyers?", "Reply to my customers please", "Call the supplier"])
async def test_an_errand_with_people_is_no_question_to_look_up(tmp_path, request_text: str):
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error and "do something for you" in error_text(result)
