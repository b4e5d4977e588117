"""Round 45: a question wrapped in the asker's chatter is answered alone, while a sentence beside it that asks
more, narrows the answer or leaves the question open to where it is asked still counts.

- A request sentence without a question mark ("Kindly tell me the capital city of Peru.") is the question it asks.
- A sentence about the asker or the people around them ("A buyer from there is visiting", "The pub quiz has
  beaten us") is chatter; one that asks for more ("also wants to know ...") or narrows ("I mean the old one")
  is not.
- A superlative ranked "in the world" is not narrowed by a place the chatter names.
- A short verb's forms meet: "take" and "takes", "get to" and "reach".
"""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kindly tell me the capital city of Australia. A buyer from there is visiting.", "Canberra"),
        ("Please tell me the capital of Australia. My cousin is flying there next month.", "Canberra"),
        ("Could you tell me the capital of Japan, please. Our guests are from there.", "Tokyo"),
        ("What is the capital of Canada? A customer from Vancouver is coming in.", "Ottawa"),
        ("What's the chemical symbol for gold? The pub quiz has beaten us.", "Au"),
        ("What is the chemical symbol for gold? A crossword in the weekend paper has defeated me.", "Au"),
        ("Kindly let me know who wrote Don Quixote. The book club meets tonight.", "Cervantes"),
        ("The guests from Melbourne are arguing about it. What's the capital of Australia?", "Canberra"),
        ("Which is the largest coral reef system in the world? My diving instructor reckons it's in Belize.", "Great"),
        ("Help me settle this, what's the biggest coral reef in the world? The lads reckon it's off Belize.", "Great"),
        ("A guest asked me which is the largest of Japan's islands. Could you tell me, please?", "Honshu"),
        ("which of Japan's islands is the biggest?", "Honshu"),
        ("how long does it take light from the sun to get to earth", "8 minutes"),
        ("How long does sunlight take to reach the Earth? My daughter's homework has us stumped.", "8 minutes"),
        ("How high is Mount Fuji? A guest is hoping to climb it.", "3,776"),
        ("What causes the tides? The kids were asking about it at tea.", "Moon"),
    ],
)
async def test_a_question_beside_chatter_is_answered(tmp_path, request_text: str, expected: str) -> None:
    assert expected in await researched(tmp_path, request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        # a second question inside the chatter
        "What is the capital city of Australia? A buyer from there also wants to know the population.",
        "Kindly tell me the capital city of Australia. A buyer from there asked which airport is closest.",
        "What is the chemical symbol for gold? My crossword also asks for silver.",
        "A guest asked me which is the largest of Japan's islands and how many people live on it. Could you tell me?",
        "What causes the tides? The kids were asking about it and the moon phases too.",
        # a sentence that narrows the answer
        "Tell me the capital of Australia. I mean the old one, before Canberra.",
        "What's the capital of Australia? I mean the old one, before Canberra.",
        # a superlative left open to the place the chatter names
        "What's the biggest coral reef system? We're diving in the Caribbean.",
        # an uncovered subject inside the question
        "Kindly tell me the capital city of Narnia. A buyer from there is visiting.",
        "What is the chemical symbol for unobtainium? The crossword has defeated me.",
        "Kindly tell me the population of Australia. A buyer from there is visiting.",
        "Tell me the population of Australia.",
        "how long does sunlight take to get to Neptune",
    ],
)
async def test_a_question_with_more_asked_or_uncovered_is_declined(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
    assert error_text(result)
