"""Requests in the families behind the fifth blind set's wrong answers: facts labelled after where the text goes
("for my etsy shop. facts: ..."), a professional rewrite that kept slang, and a polite rewrite that kept an
ultimatum. Each is written right, or declined; the final gate declines the wrong texts that used to go out."""

from __future__ import annotations

from servers.tools.writer.gate import final_problem
from servers.tools.writer.jobs import compose_request, rewrite_request
from servers.tools.writer.requests import job_of


def composed(request: str) -> str:
    return compose_request(request).composition.text


def rewritten(request: str) -> str:
    return rewrite_request(request).rewrite.text


# -- where the text goes, then a label and the facts --------------------------------------------------------------


def test_a_listing_for_a_shop_is_written_from_the_facts_not_the_shop_and_label():
    text = composed("Write a listing for my Vinted shop. details: green wool coat, size 12, worn twice, £40")
    assert text.startswith("Green wool coat") and "£40" in text
    assert "shop" not in text.lower() and "details" not in text.lower()


def test_a_label_after_a_comma_is_not_the_text_either():
    text = composed("write a blurb for our gym's website, here are the key facts: open 24/7, free parking, day pass $9")
    assert "facts" not in text.lower() and "website" not in text.lower() and "$9" in text


def test_something_for_a_page_is_a_paragraph_of_the_facts():
    text = composed("Write something for our club's about page. Info: founded in 1987, 120 members, meets Thursdays")
    assert text.startswith("Founded in 1987") and "page" not in text.lower()


def test_the_gate_declines_a_text_that_pastes_the_requests_label():
    request = "Write a product description for my shop. facts: beeswax wrap, set of three, reusable for a year"
    text = "Facts: beeswax wrap, set of three, reusable for a year."
    assert "label 'facts:'" in (final_problem(request, "compose", text) or "")


def test_the_gate_declines_a_label_run_across_the_requests_sentence_end():
    request = "Write a description for my stall. notes: beeswax wrap, set of three, reusable for a year"
    text = "My stall. notes: beeswax wrap, set of three, reusable for a year."
    assert final_problem(request, "compose", text) is not None


def test_the_store_manager_is_a_reader_not_a_place():
    text = composed("Write a thank-you note for the store manager: she found my lost wallet and kept it safe")
    assert "Thank" in text


# -- a professional rewrite keeps no slang ------------------------------------------------------------------------


def test_a_professional_rewrite_replaces_slang_for_broken_and_keeps_the_department():
    text = rewritten("make this professional: the scanner on level 3 is busted, wait till IT has a look")
    assert text == "The scanner on level 3 is broken, wait until IT has a look."


def test_a_formal_rewrite_drops_the_chat_opening_and_loads_of():
    text = rewritten("rewrite formally: yeah so loads of people asked about parking, kids go free on Sunday")
    assert "yeah" not in text.lower() and "loads" not in text and text.startswith("Plenty of people")
    assert "children go free" in text


def test_the_till_at_the_counter_is_not_until():
    assert "the till" in rewritten("make this more professional: the till at the front is busted").lower()


def test_a_word_with_no_plain_equivalent_is_declined_not_returned():
    request = "rewrite this professionally: the new rota totally sucks"
    assert "not professional" in (final_problem(request, "rewrite", "The new rota sucks.") or "")


def test_a_professional_version_please_is_a_rewrite():
    assert job_of("professional version please, for the staff room: the fridge gets cleared out friday") == "rewrite"


# -- a polite rewrite drops an ultimatum --------------------------------------------------------------------------


def test_an_ultimatum_that_only_ends_things_goes():
    text = rewritten("make this nicer, it's for the plumber: Come back and fix the tap tomorrow or we're done.")
    assert text == "Could you please come back and fix the tap tomorrow? Thank you."


def test_a_consequence_after_the_ultimatum_is_kept_as_a_plain_statement():
    text = rewritten("soften this: Return my drill by Sunday or that's it, I'm reporting it stolen.")
    assert "Otherwise I may end up reporting it stolen." in text and "that's it" not in text


def test_the_gate_declines_a_polite_text_that_still_issues_an_ultimatum():
    request = "make this polite: Send the deposit back or I'm done with this agency."
    text = "Hello, could you please send the deposit back? Thank you. Or I'm done with this agency."
    assert "not polite" in (final_problem(request, "rewrite", text) or "")


def test_an_order_to_do_it_again_becomes_a_request():
    text = rewritten("make this more polite: The labels are crooked. Redo them before the launch.")
    assert "Could you please redo them before the launch?" in text


# -- a bullet count asked late in a long instruction --------------------------------------------------------------


def test_a_bullet_count_after_a_long_audience_is_still_kept():
    text = composed(
        "Write a reminder for the cleaning crew on the late weekend shift as exactly 2 bullet points: "
        "mop the lobby last, lock the bin store"
    )
    assert text.count("\n- ") == 2 and "exactly" not in text


def test_the_gate_declines_a_text_without_the_bullets_asked_late():
    request = "Write a reminder for the cleaners on the late weekend shift as exactly 2 bullet points: mop, lock up"
    text = "Hello cleaners on the late weekend shift,\n\nMop. Lock up.\n\nBest regards,\n[Your name]"
    assert "bullet points" in (final_problem(request, "compose", text) or "")
