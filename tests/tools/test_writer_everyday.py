"""Everyday requests in the families behind tuning_everyday_10's writer misses: a polite rewrite of a text typed
without apostrophes that complains ("frankly im sick of it, sort it out"), blames ("you didnt read the
instructions"), refuses flatly ("the refund is not happening") or threatens ("fix it now or im withholding rent").
Each is written with the rudeness changed and the facts kept, or declined with the reason of the tool that writes."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def rewritten(request: str) -> str:
    return await drafted(request, tool="rewrite")


# -- a polite rewrite changes the complaint, the blame, the flat refusal and the threat ---------------------------


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "make this polite: your dog barks all night and frankly im sick of it, sort it out",
            ["dog barks all night"],
            ["sick of it", "sort it out"],
        ),
        (
            "make this polite: your music is way too loud every night and honestly im fed up with it, turn it down",
            ["too loud every night", "turn it down"],
            ["fed up"],
        ),
        (
            "can you make this nicer: your car is blocking my drive again and to be honest im tired of it, move it",
            ["blocking my drive"],
            ["tired of it", "to be honest"],
        ),
        (
            "rewrite this so its polite, its going to a customer: you didnt read the instructions, the refund is "
            "not happening, the box was opened",
            ["instructions", "refund", "box was opened"],
            ["didnt read", "didn't read", "not happening"],
        ),
        (
            "make this polite for a customer: you didnt follow the setup guide, the replacement isnt happening",
            ["setup guide", "replacement"],
            ["didn't follow", "isnt happening", "isn't happening"],
        ),
        (
            "rewrite politely: you didn't check the label, the exchange is not going to happen",
            ["label", "exchange"],
            ["didn't check", "not going to happen"],
        ),
        (
            "rewrite politely for my landlord: the boiler has been broken for 3 weeks, ive asked 4 times, fix it "
            "now or im withholding rent",
            ["boiler has been broken for 3 weeks", "withholding rent"],
            ["fix it now", "im withholding"],
        ),
        (
            "make this polite: the heating doesnt work, fix it now or im calling the council",
            ["heating doesn't work", "calling the council"],
            ["fix it now", "im calling"],
        ),
        (
            "rewrite this politely: the window has been stuck for a month, repair it this week or im cancelling "
            "the contract",
            ["stuck for a month", "Could you please repair it this week?", "cancelling the contract"],
            ["im cancelling"],
        ),
    ],
)
async def test_a_polite_rewrite_changes_what_is_rude_and_keeps_the_facts(
    request_text: str, kept: list[str], gone: list[str]
) -> None:
    text = await rewritten(request_text)
    assert all(fact in text for fact in kept), text
    assert not any(rude in text for rude in gone), text


@pytest.mark.parametrize(
    ("request_text", "polite"),
    [
        (
            "rewrite politely: we dont do refunds on sale items, thats not happening, read the terms",
            "Unfortunately, we don't do refunds on sale items. You can find the details in the terms.",
        ),
        (
            "can you make this sound nicer: youre always late to meetings and honestly im sick of it, stop it",
            "You're often late to meetings. Could you please stop it? Thank you.",
        ),
        (
            "polite version please: you didnt pay the invoice, pay it by friday",
            "It looks like the invoice wasn't paid. Could you please pay the invoice by Friday? Thank you.",
        ),
    ],
)
async def test_a_refusal_said_twice_is_regretted_once_and_always_becomes_often(request_text: str, polite: str) -> None:
    assert await rewritten(request_text) == polite


async def test_an_order_of_a_verb_not_listed_is_asked_too() -> None:
    text = await rewritten(
        "make this polite: the hedge is blocking the path, chop it down this weekend or im reporting you to the council"
    )
    assert text.startswith("The hedge is blocking the path. Could you please chop it down this weekend?"), text


async def test_it_after_a_thing_named_behind_a_preposition_still_means_the_subject() -> None:
    text = await rewritten(
        "make this nicer for my neighbour: your tree is over my fence, cut it back now or im calling someone"
    )
    assert "cut it back" in text and "cut my fence" not in text


# -- the occasion or version named in the instruction is a fact the text says --------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "could you write an invitation for my dad's 70th birthday lunch:\n- Sunday 17 January, 1pm\n"
            "- The Red Lion, Ashford\n- RSVP to Jo by 5 January",
            ["70th birthday lunch", "17 January", "Red Lion", "RSVP to Jo by 5 January"],
        ),
        (
            "please write an invitation to my daughter's 5th birthday party:\n- Saturday 14 June, 2pm\n"
            "- Jungle Gym, Bexley\n- RSVP to Sam by 7 June",
            ["5th birthday party", "14 June", "Jungle Gym"],
        ),
        (
            "an invite to our housewarming party: - Saturday 8pm - 12 Park Road - bring a bottle",
            ["housewarming party", "12 Park Road"],
        ),
        (
            "write a notice for the summer fete:\n- Saturday 6 July, 11am\n- school field\n- cake stall and tombola",
            ["Summer Fete", "6 July", "tombola"],
        ),
        (
            "write release notes for version 2.4.1:\n- fixed the login timeout on Safari\n"
            "- added CSV export to the reports page\n- dropped support for Python 3.8",
            ["2.4.1", "Safari", "added CSV export", "Python 3.8"],
        ),
        (
            "Draft an email to the team about the Q3 offsite:\n- Thursday 12 March\n- Leeds office\n- bring laptops",
            ["Q3 Offsite", "12 March", "Leeds office"],
        ),
    ],
)
async def test_the_occasion_named_before_the_list_is_said(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in said), text
    assert "Hello housewarming" not in text and "Hello my" not in text


@pytest.mark.parametrize(
    "request_text",
    ["invitation for my son's birthday party", "Write an invitation to my party, keep it fun."],
)
async def test_an_occasion_with_no_when_or_where_is_a_topic(request_text: str) -> None:
    assert "topic, not content" in await declined_by_writer(request_text)


async def test_a_class_written_to_is_still_greeted() -> None:
    text = await drafted(
        "Please write a cancellation email to the yoga class: Monday's 6 pm class is cancelled because the "
        "instructor is ill"
    )
    assert "Hello yoga class," in text


# -- the facts typed after the request, in lower case or after the reader's comma, are the content ----------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "put together an announcement for the under-12s parents. training on Wednesday is cancelled because the "
            "pitch is flooded, next session is Saturday 10am at Riverside Park",
            ["Training on Wednesday is cancelled", "Saturday 10am at Riverside Park"],
        ),
        (
            "write a note for the choir. rehearsal on Thursday is moved to 8pm, bring your folders",
            ["Hello choir,", "Rehearsal on Thursday is moved to 8pm"],
        ),
        (
            "email to the book club. next meeting is on 4 March at Anna's house, we're reading Middlemarch",
            ["4 March at Anna's house", "Middlemarch"],
        ),
        (
            "write a message to my airbnb host Lucia, our flight lands at 11:40pm so we'll arrive around 1am, ask if a "
            "late self check-in is ok",
            ["Hello Lucia,", "11:40pm", "1am", "Could you let me know if a late self check-in is ok?"],
        ),
        (
            "text to my landlord Mr Shah, the kitchen tap is leaking again, ask when a plumber can come",
            # a text message: no greeting line or sign-off, the reader named as it opens
            ["Mr Shah", "the kitchen tap is leaking again.", "Could you let me know when a plumber can come?"],
        ),
        (
            "write an email to my manager Priya, I'm ill today and won't be in, I'll check messages after lunch",
            ["Hello Priya,", "I'm ill today"],
        ),
        (
            "thank-you email to the Hendersons for having us at their farm in Devon last weekend. the kids loved "
            "feeding the lambs and we'll bring the cider next time",
            ["Thank you for having us at your farm in Devon last weekend.", "lambs"],
        ),
    ],
)
async def test_facts_typed_after_the_request_are_written(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in said), text
    assert "ask if" not in text and "ask when" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "email to my son's teacher Mrs Evans, Tom will miss school on Friday for a dentist appointment",
            ["Hello Mrs Evans,", "Tom will miss school on Friday"],
        ),
        (
            "write a text to my brother, mum's birthday is on Sunday, ask if he can bring the cake",
            ["Mum's birthday is on Sunday.", "Could you let me know if you can bring the cake?"],
        ),
        (
            "write a quick message to the neighbours. we're having a party on saturday night, sorry in advance for "
            "the noise",
            ["Hello neighbours,", "We're having a party"],
        ),
    ],
)
async def test_a_statement_after_the_reader_names_them_and_asks_them(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in said), text


async def test_a_she_who_may_be_the_pet_is_not_made_the_reader() -> None:
    reason = await declined_by_writer(
        "thank you note to Mrs Patel for looking after our cat while we were away. she was very happy when we got home"
    )
    assert "as 'she'" in reason


async def test_details_promised_but_not_given_are_no_content() -> None:
    assert "topic, not content" in await declined_by_writer(
        "Write a product description for my etsy store. details to follow"
    )


# -- a sign, a poster or a flyer is a notice put up ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "sign for the shop door: closed from 24 December to 2 January, back on 3 January at 9am, merry christmas "
            "from everyone at Patel's Hardware",
            ["Closed from 24 December to 2 January", "Patel's Hardware"],
        ),
        (
            "lost cat poster. ginger tom called Marmalade, missing since 28 November near Elm Street, wearing a blue "
            "collar, call 07700 900123",
            ["Lost Cat", "Marmalade", "07700 900123"],
        ),
        (
            "found dog poster: black labrador, found on 2 December by the canal, call 07700 900456",
            ["Found Dog", "2 December", "07700 900456"],
        ),
        (
            "short description for our farm shop sign: free-range eggs, £2.80 a dozen, honesty box, open 8am to 6pm "
            "every day",
            ["£2.80 a dozen", "Honesty box"],
        ),
    ],
)
async def test_a_sign_or_poster_says_its_news(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in said), text
    assert "Announcement" not in text and "farm shop sign" not in text


@pytest.mark.parametrize(
    "request_text", ["My credit card was charged twice, what should I do?", "please sign the form by Friday"]
)
async def test_a_sign_or_card_that_is_no_text_asks_for_nothing(request_text: str) -> None:
    reason = await declined_by_writer(request_text)
    assert "topic, not content" not in reason


# -- a thank-you is a kind of text, and a question asked of the reader is put to them -------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a quick thank-you to Priya for reviewing my thesis chapter on Friday",
            ["Hello Priya,", "Thank you for reviewing my thesis chapter on Friday."],
        ),
        (
            "send a thank-you to Mr Ahmed for fixing the gate on Saturday",
            ["Hello Mr Ahmed,", "Thank you for fixing the gate on Saturday."],
        ),
        (
            "Write a two sentence thank-you email to Grace for covering my shifts at the pharmacy last weekend.",
            ["Hello Grace,", "Thank you for covering my shifts at the pharmacy last weekend."],
        ),
        (
            "Send a text to my landlord saying the boiler is broken again and asking when someone can come",
            ["The boiler is broken again.", "Could you let me know when someone can come?"],
        ),
        (
            "email my landlord saying the fridge is broken, asking if he can send someone this week",
            ["The fridge is broken.", "Could you let me know if you can send someone this week?"],
        ),
    ],
)
async def test_a_thank_you_and_a_question_for_the_reader_are_written(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in said), text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "could you compose a message to the parents about Thursday's zoo trip and tell them to pack a lunch",
            "Regarding Thursday's zoo trip, please pack a lunch.",
        ),
        (
            "write a note to the team about the fire drill on Monday and remind them to leave their bags at their "
            "desks",
            "Regarding the fire drill on Monday, please leave your bags at your desks.",
        ),
        (
            "email the players about Saturday's match and ask them to bring their away kit",
            "Regarding Saturday's match, please bring your away kit.",
        ),
    ],
)
async def test_a_topic_with_an_ask_of_the_readers_is_content(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    ["write a note to my neighbour, the Jones family", "write a message to my landlord, the usual details"],
)
async def test_a_phrase_after_the_readers_comma_that_says_nothing_is_no_content(request_text: str) -> None:
    assert "topic, not content" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    "request_text",
    ["make this polite: i didnt do it, you did", "make this polite: you didnt listen, as usual"],
)
async def test_a_polite_rewrite_that_only_adds_apostrophes_is_declined(request_text: str) -> None:
    assert "unchanged" in await declined_by_writer(request_text, tool="rewrite")


@pytest.mark.parametrize(
    "request_text",
    [
        "write an email to my boss. not sure what to say",
        "Write an email to my boss. Not sure what to say.",
        "write a poster. something eye-catching",
    ],
)
async def test_a_sentence_that_gives_no_fact_is_no_content(request_text: str) -> None:
    assert "topic, not content" in await declined_by_writer(request_text)


# -- a describing text for a thing with its facts after commas ------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "write a description for a wool scarf, 180 cm long, hand-knitted in Shetland",
            "A wool scarf: 180 cm long, hand-knitted in Shetland.",
        ),
        (
            "write a blurb for a ceramic mug, holds 350 ml, dishwasher safe",
            "A ceramic mug: holds 350 ml, dishwasher safe.",
        ),
        (
            "write a listing for a used road bike, 56 cm frame, new tyres, £250",
            "A used road bike: 56 cm frame, new tyres, £250.",
        ),
    ],
)
async def test_facts_set_off_after_the_thing_are_written(request_text: str, said: str) -> None:
    assert await drafted(request_text) == said


@pytest.mark.parametrize(
    "request_text", ["write a description for our café, please", "write a description for the team, short and sweet"]
)
async def test_a_comma_after_the_thing_with_no_fact_is_still_a_topic(request_text: str) -> None:
    assert "topic, not content" in await declined_by_writer(request_text)
