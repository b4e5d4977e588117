"""The writer answers requests as users phrase them: every given fact, the form asked for, never the instruction."""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import call

from servers.tools.writer import create_server
from servers.tools.writer.lengths import measure

pytestmark = pytest.mark.anyio


async def answer(tool: str, request: str) -> dict[str, Any]:
    result = await call(create_server(), tool, request=request)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def drafted(request: str) -> str:
    return (await answer("draft", request))["draft"]


async def rewritten(request: str) -> str:
    return (await answer("rewrite", request))["rewritten"]


def bullets(text: str) -> list[str]:
    return re.findall(r"^- (.+)$", text, re.M)


async def test_a_three_sentence_description_has_three_sentences_led_by_its_subject():
    text = await drafted(
        "Write a three-sentence description of the Lumo bike light: it is waterproof, it charges over USB-C, "
        "it lasts 12 hours."
    )
    assert text == "The Lumo bike light is waterproof. It charges over USB-C. It lasts 12 hours."


async def test_a_two_sentence_blurb_splits_the_things_its_subject_does():
    text = await drafted(
        "Write a two-sentence blurb for a ceramic mug that holds 350 ml and keeps coffee warm for an hour"
    )
    assert measure(text).sentences == 2
    assert "350 ml" in text and "keeps coffee warm for an hour" in text


async def test_a_bio_in_two_sentences_names_the_person_first():
    text = await drafted("Write a bio in two sentences for Mina Cho: she is a nurse in Leeds, she runs marathons")
    assert text == "Mina Cho is a nurse in Leeds. She runs marathons."


async def test_a_one_sentence_notice_is_one_sentence_without_a_title():
    text = await drafted("Write a one-sentence notice that the car park closes at 8 pm tonight")
    assert text == "The car park closes at 8 pm tonight."


async def test_two_sentences_of_invitation_close_with_a_line_that_claims_nothing():
    text = await drafted("Write 2 sentences inviting the book club to a picnic in Victoria Park on Sunday")
    assert measure(text).sentences == 2
    assert text.startswith("You're invited to a picnic in Victoria Park on Sunday.")
    assert "2 sentences" not in text


async def test_four_bullet_points_from_a_comma_list():
    text = await drafted("Give me 4 bullet points for the flyer: free parking, live music, food trucks, entry is £5")
    assert bullets(text) == ["Free parking", "Live music", "Food trucks", "Entry is £5"]
    assert "bullet" not in text.lower()


async def test_a_checklist_keeps_each_task_and_says_what_it_is_for():
    text = await drafted("Make a checklist for moving day: book the van, pack the kitchen, return the keys")
    assert bullets(text) == ["Book the van", "Pack the kitchen", "Return the keys"]
    assert text.startswith("Moving day:")


async def test_a_bullet_list_from_notes_split_by_semicolons():
    text = await drafted(
        "Turn my notes into a bulleted list: the office opens at 8 from June; visitors sign in at reception; "
        "the lift is being replaced"
    )
    assert len(bullets(text)) == 3 and "- Visitors sign in at reception." in text


async def test_an_email_takes_the_subject_line_it_was_given():
    text = await drafted("Write an email to Jo with the subject 'Budget sign-off', saying the budget is approved")
    assert text.startswith("Subject: Budget sign-off\n")
    assert "The budget is approved." in text and "with the subject" not in text


async def test_an_email_is_signed_with_the_name_asked_for():
    text = await drafted(
        "Email the tenants saying the lift is out of service until Thursday, signed Building Management"
    )
    assert text.endswith("\nBuilding Management") and "[Your name]" not in text
    assert "The lift is out of service until Thursday." in text and "signed" not in text


async def test_an_email_announcing_news_to_a_team_named_with_an_ing_word():
    text = await drafted(
        "Please write a short email to the design team announcing that Lea Novak is our new art director from 1 May"
    )
    assert "Hello design team," in text and "Lea Novak is our new art director from 1 May." in text
    assert "announcing" not in text


async def test_a_follow_up_email_about_a_proposal():
    text = await drafted("Draft a follow-up email to Ms. Reyes about the proposal I sent last week")
    assert "Hello Ms. Reyes," in text and "I'm following up on the proposal I sent last week." in text


async def test_following_up_with_someone_addresses_them_and_speaks_to_them():
    text = await drafted("write a quick note to follow up with Omar on the slides he promised for Tuesday")
    assert "Hello Omar," in text and "the slides you promised for Tuesday" in text


async def test_a_welcome_note_tells_the_newcomer_what_the_request_said():
    text = await drafted("Write a welcome note for Ravi, who joins the finance team on Monday")
    assert "Hello Ravi," in text and "Welcome! You join the finance team on Monday." in text


async def test_a_thank_you_speaks_to_the_person_thanked():
    text = await drafted("Thank Grace for the flowers she sent after my surgery")
    assert "Thank you for the flowers you sent after my surgery." in text


async def test_an_apology_that_something_happened_reads_as_a_sentence():
    text = await drafted("email my neighbour to apologise that the builders blocked the driveway this morning")
    assert "I'm sorry that the builders blocked the driveway this morning." in text


async def test_an_announcement_to_everyone_starts_with_the_news():
    text = await drafted("Announce to the whole office that the kitchen will be repainted on Saturday")
    assert "The kitchen will be repainted on Saturday." in text
    assert "to the whole office" not in text.lower()


async def test_a_product_description_with_features_stays_under_its_word_limit():
    text = await drafted(
        "Write a product description in under 30 words for a wool scarf with a herringbone pattern and tassels"
    )
    assert text == "This wool scarf has a herringbone pattern and tassels."


async def test_a_shouted_sentence_in_a_rude_note_is_lowered_and_the_threat_goes():
    text = await rewritten(
        "Make this less aggressive: 'WHERE IS THE INVOICE? Send it today or I'm cancelling the contract.'"
    )
    assert text.startswith("Where is the invoice? Could you please send it today?")
    assert "or I'm cancelling" not in text and "INVOICE" not in text and "'" not in text[:2]


async def test_sarcasm_about_being_someones_cleaner_goes():
    text = await rewritten("Rewrite this politely: Clean up after yourselves. Nobody here is your cleaner.")
    assert text == "Could you please clean up after yourselves? Thank you."


async def test_a_dismissive_tail_goes_from_a_professional_rewrite():
    text = await rewritten("Make this more professional: the launch is delayed to friday, deal with it")
    assert "deal with it" not in text and "Friday" in text


async def test_a_formal_rewrite_asked_as_a_question_fixes_slang_and_names():
    text = await rewritten(
        "Can you make this message formal? hi all, the audit starts monday, pls have your receipts ready"
    )
    assert "Monday" in text and "please" in text and "pls" not in text and "hi all" not in text


async def test_quotes_around_the_text_to_rewrite_are_not_kept():
    text = await rewritten("Rewrite this nicely: 'Move your car. It's blocking my garage.'")
    assert text.startswith("Could you please move your car?") and "'" not in text.replace("'s", "")


async def test_turning_the_summary_into_an_announcement_keeps_the_summary():
    text = await drafted(
        "Turn the summary into a short announcement: The car park is resurfaced next weekend. Level two closes."
    )
    assert "The car park is resurfaced next weekend. Level two closes." in text and "summary" not in text
