"""A text asked at a size or as a list gets it from the facts given: two clauses joined by "and" make two sentences,
a reminder may close by asking the reader to keep it in mind, and "Bullet list of 3 points for ..." is a list."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_two_clauses_joined_by_and_make_the_two_sentences_asked() -> None:
    text = await drafted(
        "Email the letting agent, 2 sentences: flat 3 is vacant from 1 May and the asking rent is £875."
    )
    assert "Hello letting agent," in text and "Flat 3 is vacant from 1 May. The asking rent is £875." in text


async def test_a_two_sentence_reminder_of_one_fact_closes_by_asking_to_keep_it_in_mind() -> None:
    text = await drafted(
        "Write a 2 sentence reminder to applicants that the deadline for personal statements is 15 January."
    )
    assert "A reminder: the deadline for personal statements is 15 January. Please keep this in mind." in text


async def test_a_bullet_list_of_three_points_lists_them() -> None:
    text = await drafted(
        "Bullet list of 3 points for the governors: budget surplus of £18,400; new minibus ordered; roof repair "
        "delayed to spring."
    )
    assert text.count("\n- ") == 3 and "£18,400" in text and "3 points" not in text


async def test_a_bullet_list_counting_more_points_than_given_is_declined() -> None:
    message = await declined_by_writer("Bullet list of 4 points for the team: canteen shut Monday; new printer")
    assert "4 bullet points" in message


async def test_clauses_run_on_with_a_comma_make_the_sentences_asked() -> None:
    text = await drafted(
        "Email the parents in three sentences: the science museum trip is on 9 October, the coach leaves at 8.30am "
        "and we're back by 4pm."
    )
    assert "Hello parents," in text
    assert "The science museum trip is on 9 October. The coach leaves at 8.30am. We're back by 4pm." in text
