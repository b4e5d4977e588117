"""Requests in the families behind the sixth blind set's writer misses: facts jotted as a comma run after a dash,
a count of sentences the clauses given can make, a place a post goes named with its owner ("the cafe's Facebook
page"), a polite rewrite of an accusation and a threat. Each is written right, or declined honestly."""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import call, declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


# -- jotted facts after a dash, said as a listing's short sentences ------------------------------------------------


async def test_a_flat_listing_from_a_dashed_run_of_facts_reads_as_sentences_without_the_askers_sorry():
    text = await drafted(
        "help me write a listing for my flat - 2 bedrooms, in Leith, £1,150 pcm, available from 1 February, "
        "sorry no pets, close to the tram stop"
    )
    assert "sorry" not in text.lower() and "help me" not in text.lower()
    assert "No pets." in text and "£1,150 pcm." in text and "Available from 1 February." in text
    assert "2 bedrooms, in Leith." in text  # "in Leith" stays with what it places


async def test_a_flyer_run_of_facts_keeps_a_time_with_its_day():
    text = await drafted("Write a flyer for the plant sale: Saturday 3 June, 10am to 4pm, village hall, all welcome")
    assert "Saturday 3 June, 10am to 4pm." in text and "Village hall." in text and "All welcome." in text


async def test_a_list_of_things_stays_one_list():
    text = await drafted("Write a short description of our deli counter: olives, cheeses, cured hams, fresh bread")
    assert "olives, cheeses, cured hams, fresh bread" in text.lower()


async def test_a_named_person_and_what_is_said_of_them_stay_one_sentence():
    text = await drafted("write a short bio of our new baker for the menu: Sam Reid, trained in Paris, loves rye")
    assert "Sam Reid, trained in Paris, loves rye" in text


# -- a number of sentences from clauses that each have their own subject -------------------------------------------


async def test_a_two_sentence_post_splits_where_a_second_clause_starts_with_we_will():
    text = await drafted(
        "Post for the cafe's Facebook page in two sentences: from 1 November we open 8am to 6pm Monday to "
        "Saturday, and we'll be closed on Sundays."
    )
    assert sentences(text) == ["From 1 November we open 8am to 6pm Monday to Saturday.", "We'll be closed on Sundays."]


async def test_a_three_sentence_bio_from_three_first_person_clauses():
    text = await drafted(
        "I need a 3-sentence speaker bio for the conference programme: I'm a paediatric nurse with 12 years' "
        "experience at St Mary's, I run the hospital's asthma clinic, and I'm speaking on inhaler technique. "
        "Keep refining it until the reviewer is satisfied."
    )
    assert len(sentences(text)) == 3 and "asthma clinic" in text and "inhaler technique" in text
    assert "programme" not in text.lower() and "refining" not in text.lower()


async def test_two_sentences_from_four_clauses_are_cut_near_the_middle():
    text = await drafted(
        "Write a 2 sentence bio for my conference page. I'm Tomás, I've been a paediatric nurse for 11 years, "
        "I run a support group for new parents, and I love trail running."
    )
    first, second = sentences(text)
    assert first != "I'm Tomás." and "trail running" in second


async def test_a_sentence_count_the_clauses_cannot_make_is_still_declined():
    reason = await declined_by_writer("Post for the bakery's Instagram in three sentences: we open at 8 on Sunday")
    assert "1 sentence" in reason


# -- a place named with its owner is where the text goes, not whom it greets -----------------------------------------


async def test_a_post_for_a_named_owners_page_greets_no_page():
    text = await drafted("Write a welcome post for the allotment society's page. The first meeting is on 3 March.")
    assert "page" not in text.lower() and "3 March" in text


async def test_a_message_for_the_group_chat_does_not_say_hello_to_the_chat():
    text = await drafted("make these notes into a message for the group chat: tickets sold out; extra show on Sunday")
    assert "group chat" not in text.lower()


# -- a polite rewrite takes out the accusation and the threat, or declines ----------------------------------------


async def test_a_polite_invoice_reminder_states_the_unpaid_invoice_and_keeps_the_consequence_plainly():
    text = await drafted(
        "Rewrite this so it's polite enough to send to a client: 'You still haven't paid invoice 2231. Pay it this "
        "week or we stop work.'",
        tool="rewrite",
    )
    assert "still haven't" not in text and "or we stop work" not in text
    assert "invoice 2231 hasn't been paid yet" in text and "Could you please pay it this week?" in text
    assert "Otherwise we may need to stop work." in text


async def test_a_reminder_about_things_not_returned_agrees_with_the_plural():
    text = await drafted("Make this polite: You haven't returned the library books yet. Bring them back on Monday.")
    assert "the library books haven't been returned yet" in text and "Could you please bring them back" in text


async def test_an_ultimatum_with_we_will_keeps_what_would_happen_not_the_threat():
    text = await drafted("Rewrite this politely: Send the signed form by Friday or we'll cancel your place.")
    assert "or we'll" not in text and "Otherwise we may need to cancel your place." in text


async def test_a_choice_offered_with_or_we_is_no_threat():
    text = await drafted(
        "Make this more polite: Stop calling me at 7am. We could meet on Monday, or we meet on Tuesday after 2pm.",
        tool="rewrite",
    )
    assert "Otherwise" not in text and "or we meet on Tuesday after 2pm" in text


async def test_an_accusation_with_no_object_to_state_is_declined_not_kept():
    reason = await declined_by_writer("Make this polite: You still haven't replied to me. Answer today.", "rewrite")
    assert "You still haven't" in reason


# -- who asks and what the business is, told before the ask -------------------------------------------------------


async def test_a_van_slogan_after_sentences_about_the_business_is_built_from_them_within_the_cap():
    text = await drafted(
        "I run a mobile dog-grooming van called Suds & Paws. We come to your driveway and only use natural "
        "shampoos. Give me a catchy line for the side of the van, 12 words max."
    )
    line = text.split("\n\nNote:")[0]
    assert line.startswith("- Suds & Paws:") and "natural shampoos" in line and "side of the van" not in line
    assert len(re.findall(r"[A-Za-z']+", line)) <= 12


async def test_a_slogan_asked_for_a_named_subject_of_its_own_is_not_read_as_the_business():
    reason = await declined_by_writer(
        "We run a florist called Petal & Stem. Everything is grown locally. Write a slogan for our Autumn Wreath Sale."
    )
    assert reason


async def test_a_teacher_saying_who_they_are_before_the_ask_gets_a_text_without_it():
    text = await drafted(
        "I'm a teacher. Need a text message to parents, no more than 50 words: school closes early this Friday at "
        "1pm for staff training, buses will run at 1pm too, and after-school clubs are cancelled that day."
    )
    assert text.startswith("School closes early this Friday at 1pm") and "clubs are cancelled" in text
    assert "teacher" not in text.lower() and "Subject:" not in text and len(text.split()) <= 50


async def test_who_asks_stays_when_the_text_is_about_them():
    from servers.tools.writer import create_server

    result = await call(
        create_server(), "draft", request="I'm the new treasurer. Write a post introducing me: I start in May"
    )
    assert result.is_error or "treasurer" in result.structured_content["draft"]  # never a post that drops who I am


# -- a card to the people just praised thanks them ------------------------------------------------------------------


async def test_a_card_to_the_nurses_after_praising_them_thanks_them_from_the_family():
    text = await drafted(
        "My dad spent two weeks on Ward 7 after his hip operation and the night staff were wonderful with him. "
        "Could you write a short card from our family to the nurses?"
    )
    assert text.startswith("Dear nurses,") and "Thank you" in text and "Ward 7" in text
    assert text.rstrip().endswith("from our family") and "could you write" not in text.lower()


async def test_a_card_with_nothing_said_in_praise_is_not_made_a_thank_you():
    from servers.tools.writer import create_server

    request = "Our café on King Street closes for good on 30 June. Write a card to our regulars."
    result = await call(create_server(), "draft", request=request)
    assert result.is_error or "thank" not in result.structured_content["draft"].lower()


async def test_a_lunchbox_blurb_keeps_its_sentences_in_case_after_the_label():
    text = await drafted(
        "Write a short product blurb for our lunchbox: leak-proof, holds 1.2 litres, dishwasher safe, costs $24"
    )
    assert "Leak-proof." not in text and "Holds 1.2 litres." in text


# -- an out of office, however it is called -------------------------------------------------------------------------


async def test_an_out_of_office_set_up_for_me_is_an_email_headed_out_of_office():
    text = await drafted(
        "Set up an out of office for me: I'm away from 12 to 19 August with no access to email. For anything "
        "urgent, people should contact Priya Shah at priya.shah@example.com."
    )
    assert text.startswith("Subject: Out of office\n") and "for me" not in text
    assert "I'm away from 12 to 19 August with no access to email." in text and "priya.shah@example.com" in text


# -- a reader named with a title or by name in a text ----------------------------------------------------------------


async def test_a_note_to_my_landlord_mr_byrne_greets_him_and_is_sent():
    text = await drafted("Write a short note to my landlord Mr. Byrne saying the boiler is leaking again")
    assert "Hello Mr. Byrne," in text and "The boiler is leaking again." in text and "landlord" not in text


async def test_a_text_to_my_cousin_names_him_first():
    text = await drafted("Send a friendly text to my cousin Mateo saying congrats on passing the driving test")
    assert text == "Mateo, congrats on passing the driving test."


async def test_a_text_whose_words_speak_of_the_reader_as_him_speaks_to_him():
    # (declined until round 26; "him" is the reader, Luca, and is said to him as "you")
    text = await drafted("Write a text to my brother Luca saying I'll pick him up from Gatwick at 7")
    assert text == "Luca, I'll pick you up from Gatwick at 7."


async def test_a_size_said_before_the_ask_is_read_and_two_that_clauses_make_two_sentences():
    text = await drafted(
        "In exactly two sentences, tell our customers that the shop now accepts contactless payments and that the "
        "minimum card spend of $5 has been removed."
    )
    assert "The shop now accepts contactless payments. The minimum card spend of $5 has been removed." in text
    assert "exactly" not in text.lower()


async def test_this_and_that_is_no_second_clause():
    reason = await declined_by_writer("In two sentences, tell the team that this and that is sorted")
    assert "1 sentence" in reason


async def test_an_accusation_of_how_or_when_is_not_turned_into_nonsense():
    reason = await declined_by_writer(
        "Make this polite: You still haven't finished the report on time. Finish it today.", "rewrite"
    )
    assert "You still haven't" in reason


async def test_a_group_named_with_the_signs_the_email():
    text = await drafted(
        "Write an email to the tenants that the lift at Block C is out of order until Wednesday, and sign it from "
        "the Building Office"
    )
    assert text.endswith("Best regards,\nThe Building Office") and "sign it" not in text


async def test_signing_a_form_is_content_not_a_signature():
    text = await drafted("Write a note to the parents asking them to sign the consent form, thanks")
    assert "consent form" in text and not text.endswith("The consent form")


async def test_readers_with_where_they_are_are_greeted_as_the_readers():
    text = await drafted(
        "can you write a quick email to the parents in my daughter's class saying the bake sale has moved from "
        "Friday to next Wednesday, same time (3pm)"
    )
    assert "Hello parents," in text and "daughter" not in text and "next Wednesday, same time (3pm)" in text


async def test_a_bank_card_or_being_out_of_office_is_no_kind_of_text():
    for request in (
        "My credit card was charged twice, what should I do?",
        "I'm out of office tomorrow, check the sums",
    ):
        assert "does not ask me to write" in await declined_by_writer(request)


# -- facts given in brackets after what the text is about -----------------------------------------------------------


async def test_a_description_with_its_facts_in_brackets_is_written_from_them():
    text = await drafted(
        "Write a short, friendly description of my dog-walking service (group walks, 1 hour, £12 per walk, "
        "fully insured) and have it reviewed and improved until it's good enough for my website."
    )
    assert "£12 per walk" in text and "Fully insured" in text and "group walks" in text.lower()
    assert "(" not in text and "reviewed" not in text and "website" not in text


async def test_how_to_write_it_in_brackets_is_no_fact():
    message = await declined_by_writer("Write a short email to my landlord (polite, brief, formal) about the boiler")
    assert "topic" in message
