"""What someone did for the writer, told of them by name before the ask ("My neighbour Gwen watered all my plants
while I was away. Write her a thank you note."), is what the note thanks them for, said to them ("You watered all
my plants ..."); a note that is no thanks, or anything else told first, is declined as before."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "name", "said"),
    [
        (
            "My neighbour Gwen watered all my plants while I was away for two weeks. Write her a short thank you "
            "note, something warm.",
            "Gwen",
            "You watered all my plants while I was away for two weeks.",
        ),
        (
            "Priya covered my shifts last week. Can you write her a quick thank you note?",
            "Priya",
            "You covered my shifts last week.",
        ),
        (
            "My colleague Tom stayed late to finish the report. Write him a thank you email.",
            "Tom",
            "You stayed late to finish the report.",
        ),
        (
            "Our neighbour Marek fed the cat all weekend. Write him a thank you card.",
            "Marek",
            "You fed the cat all weekend.",
        ),
    ],
)
async def test_what_they_did_is_thanked_for_and_said_to_them(request_text: str, name: str, said: str):
    text = await drafted(request_text)
    assert name in text and said in text and "thank" in text.lower(), text


@pytest.mark.parametrize(
    "request_text",
    [
        "My neighbour Gwen crashed into my car. Write her a note.",
        "My neighbour Gwen watered my plants. Write her an apology.",
    ],
)
async def test_a_note_that_is_no_thanks_is_declined(request_text: str):
    assert await declined_by_writer(request_text)


async def test_a_named_doer_thanked_with_a_hyphenated_note_is_thanked_too():
    text = await drafted("Tom covered my shift on Saturday. Please write him a thank-you note.")
    assert "Tom" in text and "You covered my shift on Saturday." in text
