"""The writer's final gate: every text it returns accounts for the whole request, or the request is declined
with one line saying which rule the text failed. Each rule is shown firing on a plausible text that fails it,
and staying quiet on a right text."""

from __future__ import annotations

import pytest
from conftest import call

from servers.tools.inputs import ToolInputError
from servers.tools.writer import create_server
from servers.tools.writer.gate import check_final, final_problem

pytestmark = pytest.mark.anyio


# -- facts ---------------------------------------------------------------------------------------------------


def test_a_note_that_drops_the_person_it_is_for_fails():
    request = "Write a quick thank-you note to my colleague Arjun for covering the late shift on Sunday"
    problem = final_problem(request, "compose", "Hello [Name],\n\nThank you for covering the late shift on Sunday.")
    assert problem is not None and "Arjun" in problem


def test_a_note_that_names_the_person_passes():
    request = "Write a quick thank-you note to my colleague Arjun for covering the late shift on Sunday"
    text = "Hello Arjun,\n\nThank you for covering the late shift on Sunday.\n\nBest regards,\n[Your name]"
    assert final_problem(request, "compose", text) is None


def test_a_size_in_the_instruction_is_not_a_fact_to_write():
    request = (
        "Turn these notes into three bullet points: bake sale on Saturday, stalls from 10, all money to the library"
    )
    text = "- Bake sale on Saturday.\n- Stalls from 10.\n- All money to the library."
    assert final_problem(request, "compose", text) is None


def test_a_polite_rewrite_may_drop_the_threat_but_not_the_deadline():
    request = "Make this more polite: Send me the report by Friday or you're in trouble."
    assert final_problem(request, "rewrite", "Could you please send me the report by Friday? Thank you.") is None
    assert final_problem(request, "rewrite", "Could you please send me the report? Thank you.") is not None


# -- echo ----------------------------------------------------------------------------------------------------


def test_the_instruction_left_in_the_text_fails():
    request = (
        "Write a message to the volunteers saying the food bank needs help on Saturday, and sign it from the hosts"
    )
    text = "Hello volunteers,\n\nThe food bank needs help on Saturday, and sign it from the hosts.\n\nBest regards,"
    assert "repeats the instruction" in (final_problem(request, "compose", text) or "")


def test_the_content_the_instruction_gives_is_not_an_echo():
    request = "Write a short bio for Lena Ruiz, a nurse in Porto who runs marathons."
    assert final_problem(request, "compose", "Lena Ruiz is a nurse in Porto who runs marathons.") is None


def test_where_the_text_goes_is_not_a_label_before_it():
    request = "Write a line for the intranet: the new expenses tool goes live on 2 September"
    assert "opens with" in (
        final_problem(request, "compose", "The intranet: the new expenses tool goes live on 2 September.") or ""
    )
    assert final_problem(request, "compose", "The new expenses tool goes live on 2 September.") is None


# -- forms ---------------------------------------------------------------------------------------------------


def test_a_word_limit_not_met_fails():
    request = "Write a 5 word slogan for Glowfin: runs all day on a 4-hour charge"
    assert final_problem(request, "compose", "Glowfin runs all day on a 4-hour charge, every single day.") is not None


def test_a_bullet_count_not_met_fails():
    request = "Write 2 bullet points for the fridge: milk on Friday, bins on Tuesday"
    assert "bullet" in (final_problem(request, "compose", "- Milk on Friday.\n- Bins on Tuesday.\n- Rent due.") or "")
    assert final_problem(request, "compose", "- Milk on Friday.\n- Bins on Tuesday.") is None


def test_an_email_without_a_greeting_fails():
    request = "Write an email to my team saying the office is closed on Friday"
    assert "greeting" in (final_problem(request, "compose", "The office is closed on Friday.") or "")


def test_a_title_does_not_end_a_sentence():
    request = "Write a two-sentence bio for Dr. Lena Fischer, a paediatrician who volunteers in Nairobi every summer."
    text = "Dr. Lena Fischer is a paediatrician. She volunteers in Nairobi every summer."
    assert final_problem(request, "compose", text) is None


# -- changed -------------------------------------------------------------------------------------------------


def test_a_rewrite_that_hands_the_text_back_fails():
    request = "Polish this post: so excited to say i have joined Northwind as a data analyst"
    text = "So excited to say i have joined Northwind as a data analyst"
    assert "unchanged" in (final_problem(request, "rewrite", text) or "")


def test_notes_handed_back_as_notes_fail():
    request = "Turn these notes into a paragraph:\n- coach leaves 8am\n- bring packed lunch"
    assert "notes" in (final_problem(request, "compose", "- coach leaves 8am\n- bring packed lunch") or "")
    assert final_problem(request, "compose", "The coach leaves at 8am. Bring a packed lunch.") is None


# -- nothing invented ----------------------------------------------------------------------------------------


def test_a_number_the_request_never_gave_fails():
    request = "Write a sentence for the newsletter saying the canteen reopens on Monday"
    assert "12" in (final_problem(request, "compose", "The canteen reopens on Monday at 12.") or "")


def test_a_name_the_request_never_gave_fails():
    request = "Write a sentence for the newsletter saying the canteen reopens on Monday"
    assert "Marta" in (final_problem(request, "compose", "The canteen reopens on Monday, says Marta.") or "")


def test_the_writers_own_words_and_placeholders_are_not_inventions():
    request = "Write an email to the client apologising for the late delivery of order 4471"
    text = (
        "Subject: Apology\n\nHello [Name],\n\nI'm sorry for the late delivery of order 4471.\n\n"
        "Best regards,\n[Your name]"
    )
    assert final_problem(request, "compose", text) is None


# -- through the tool ----------------------------------------------------------------------------------------


def test_the_final_check_declines_a_text_that_drops_a_name_with_one_line():
    request = "Write a friendly note to my neighbour Greta saying thanks for feeding Biscuit"
    with pytest.raises(ToolInputError) as raised:
        check_final(request, "compose", "Hi [Name],\n\nThanks for feeding Biscuit.\n\nBest,\n[Your name]")
    assert "Greta" in str(raised.value) and "\n" not in str(raised.value)


async def test_the_draft_tool_greets_the_neighbour_it_names():
    result = await call(
        create_server(),
        "draft",
        request="Write a friendly note to my neighbour Greta saying thanks for feeding Biscuit",
    )
    assert not result.is_error, result.content
    assert "Hi Greta," in result.structured_content["draft"]


async def test_the_draft_tool_still_writes_a_right_text():
    result = await call(
        create_server(), "draft", request="Write a short email to Carla confirming our meeting on 3 April"
    )
    assert not result.is_error, result.content
    assert "Carla" in result.structured_content["draft"]
