"""Facts about the reader told in the third person inside a sentence ("It's her birthday on Friday and she loves
roses" on a card for Mum) are said to them ("It's your birthday on Friday and you love roses"); where someone else
in the sentence may share the pronoun, or the pronouns are mixed, the writer declines rather than send "her" to
Mum."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a card for Mum. It's her birthday on Friday and she loves roses.",
            "It's your birthday on Friday and you love roses.",
        ),
        ("Write a card for Grandma. It's her birthday tomorrow and she turns 90.", "you turn 90"),
        (
            "Write a note to my brother Sam. Tomorrow is his first day at the new job and he starts at 9.",
            "Tomorrow is your first day at the new job and you start at 9.",
        ),
        (
            "Write a card for my auntie. It's her retirement party on Saturday and she deserves a rest.",
            "It's your retirement party on Saturday and you deserve a rest.",
        ),
        ("Write a card for Mum. She loves roses and her birthday is on Friday.", "You love roses and your birthday"),
    ],
)
async def test_facts_about_the_reader_are_said_to_them(request_text: str, said: str):
    text = await drafted(request_text)
    assert said in text
    assert " her " not in text and " his " not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a card for Mum. It's her birthday and Dad says he will cook.",
        "Write a card for Mum. It's her birthday on Friday and he loves roses.",
        "Write a card for my sister. It's her birthday and she baked a cake for everyone.",
    ],
)
async def test_a_pronoun_that_may_be_someone_else_is_declined(request_text: str):
    assert await declined_by_writer(request_text)


async def test_a_pronoun_for_someone_other_than_the_reader_is_left_as_said():
    text = await drafted("Write a card for Dad. It's her birthday on Friday and she loves roses.")
    assert "It's her birthday on Friday and she loves roses." in text
