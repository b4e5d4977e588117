"""A focus the text names in its own words is met by every sentence that names it, said so in a note; a text named
by who wrote it ("what my daughter's teacher wrote") or asked shorter in a question is summarized."""

from __future__ import annotations

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio

FAIR = (
    "The spring fair committee met on Wednesday evening. Eight volunteers attended and two new members were "
    "welcomed. The budget for this year's fair is $6,500, up from $5,000 last year. Most of the increase will go to "
    "hiring a sound system and a second food tent. Ticket prices will stay at $5 for adults and free for children. "
    "The next meeting is planned for the first week of April."
)


async def digest(request: str, text: str):
    return await call(tool_server("summarizer"), "digest", request=request, text=text)


async def test_a_focus_on_the_budget_gives_the_sentences_about_money_with_a_note() -> None:
    result = await digest(
        f"I only care about the money part. Summarize the following with a focus on the budget: {FAIR}", FAIR
    )
    assert result.structured_content["summary"] == (
        "The budget for this year's fair is $6,500, up from $5,000 last year. Ticket prices will stay at $5 for "
        "adults and free for children."
    )
    assert "mention" in result.structured_content["note"]


async def test_a_focus_the_text_never_names_is_still_declined() -> None:
    result = await digest(f"Summarize this with a focus on the risks: {FAIR}", FAIR)
    assert result.is_error and "one side of the text" in error_text(result)


async def test_what_a_teacher_wrote_is_summarized() -> None:
    text = (
        "Emma has made great progress in reading this term and now enjoys chapter books. Her maths is improving but "
        "she still finds subtraction tricky. She is kind to her classmates and often helps others. Please keep "
        "practising times tables with her at home."
    )
    result = await digest(f'Can you sum up what my daughter\'s teacher wrote? "{text}"', text)
    assert not result.is_error and result.structured_content["summary"].startswith("Emma has made great progress")


async def test_a_letter_asked_shorter_in_a_question_is_summarized() -> None:
    result = await digest(f"Can you make this letter from the council shorter for me? {FAIR}", FAIR)
    assert not result.is_error and result.structured_content["summary"]
