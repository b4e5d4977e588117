"""Requests in the families behind a blind set's wrong answers: a refusal made polite, where a text goes (a
listing, a wiki, a handbook) kept out of it, and a note to one named person that speaks to them. Each is written
right, or declined; the final gate declines the wrong texts the composing step used to return."""

from __future__ import annotations

import pytest

from servers.tools.inputs import ToolInputError
from servers.tools.writer.gate import final_problem
from servers.tools.writer.jobs import compose_request, rewrite_request


def composed(request: str) -> str:
    return compose_request(request).composition.text


def rewritten(request: str) -> str:
    return rewrite_request(request).rewrite.text


# -- a refusal made polite ---------------------------------------------------------------------------------------


def test_a_polite_refusal_says_it_with_regret_and_points_to_the_rules():
    text = rewritten("Please make this politer for a customer: we won't swap the shoes, you wore them. read the terms")
    assert text.startswith("Unfortunately, we won't swap the shoes")
    assert "read the terms" not in text.lower() and "You can find the details in the terms." in text


def test_a_flat_refusal_alone_is_softened_not_handed_back():
    text = rewritten("make this more polite: I can't cover your shift on Sunday.")
    assert text == "Unfortunately, I can't cover your shift on Sunday."


def test_the_gate_declines_a_polite_rewrite_that_still_refuses_flatly():
    request = "Make this polite, it goes to a guest: we are not refunding the deposit, check the terms."
    text = "We are not refunding the deposit. You can find the details in the terms."
    assert "not polite" in (final_problem(request, "rewrite", text) or "")


def test_words_that_only_look_like_a_refusal_are_left_alone():
    assert "unfortunately" not in rewritten("Make this nicer: we can't wait to see you all on Friday!").lower()


# -- where the text goes is not its heading --------------------------------------------------------------------


def test_a_description_for_a_listing_does_not_open_with_the_listing():
    text = composed("write a product description for my eBay listing: brass desk lamp, 45 cm tall, works perfectly")
    assert "listing" not in text.lower() and "45 cm" in text


def test_bullets_for_a_wiki_on_a_topic_are_headed_by_the_topic():
    text = composed("Write 2 bullet points for the team wiki on parking: use the back car park, show your pass")
    assert text.startswith("Parking:") and "wiki" not in text.lower()


def test_the_gate_declines_a_text_labelled_with_where_it_goes():
    request = "write a short description for my vinted listing: blue wool scarf, never worn"
    text = "My vinted listing: blue wool scarf, never worn."
    assert "where the text goes" in (final_problem(request, "compose", text) or "")


def test_exactly_before_a_bullet_count_is_not_a_heading():
    text = composed("Give me exactly 2 bullet points for the office noticeboard: lunch is at 1pm, bring a mug")
    assert text.splitlines()[0] == "- Lunch is at 1pm."


def test_a_sentence_for_the_notice_board_is_for_a_board_not_a_notice():
    text = composed("Write a sentence for the notice board: the lift is out of order until Friday")
    assert text == "The lift is out of order until Friday."


# -- a note to one named person speaks to them -------------------------------------------------------------------


def test_a_thank_you_note_thanks_the_reader_and_speaks_to_them():
    text = composed("Write a thank-you note to my neighbour Ines. She walked my dog every day while I was away.")
    assert "Hello Ines" in text and "Thank you" in text and "You walked my dog every day" in text


def test_a_note_about_the_readers_parcel_calls_it_theirs():
    text = composed("Draft an apology to Mr Lund. His order was sent to the wrong town and we have refunded it.")
    assert "Your order was sent to the wrong town" in text and "apolog" in text.lower()


def test_a_note_that_only_says_what_the_reader_did_is_declined():
    with pytest.raises(ToolInputError, match="what Karim did"):
        composed("Could you write a short note to Karim? He drove me to the airport at 5am on Sunday.")


def test_the_gate_declines_a_note_that_speaks_of_its_reader():
    request = "Draft a short note to my colleague Ana. She covered my desk on Friday."
    text = "Hello Ana,\n\nShe covered my desk on Friday.\n\nBest regards,\n[Your name]"
    assert "as 'she'" in (final_problem(request, "compose", text) or "")


def test_the_gate_declines_a_thank_you_note_that_never_thanks():
    request = "Write a thank-you note to Ana. She covered my desk on Friday."
    text = "Subject: Thank you\n\nHello Ana,\n\nYou covered my desk on Friday.\n\nBest regards,\n[Your name]"
    assert "never says what it is for" in (final_problem(request, "compose", text) or "")
