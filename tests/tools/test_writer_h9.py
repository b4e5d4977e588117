"""Requests in the families behind the ninth held-out set's writer misses: the ask typed as a text message ("pls
write ...", "can u ...", "hey could you ..."); the kind of text first and where it goes after it ("Product
description for my shop listing please. <facts>"); a slogan for a business named among more facts than one line
holds; a format said beside the chat it goes to ("for the club WhatsApp as 3 bullet points"); and a length asked
beyond the facts ("a two-sentence teaser" from one fact, "a one-line postcard greeting"). Each is written right,
with every fact given and none of the instruction's words, or declined with the reason of the tool that writes."""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


# -- the ask in chat spelling ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "pls write a short email to the parents of my U10 team: practice this week moves to Saturday at 9am, "
            "Riverside field instead of the school, and kids should bring a water bottle.",
            ["Saturday", "Riverside", "water bottle"],
        ),
        (
            "can u write a quick email to the parents of the under 9s: training is off on Tuesday because the pitch "
            "is flooded, we'll be back next week.",
            ["Tuesday", "flooded"],
        ),
        (
            "hey could you write an email to the swim squad parents: the gala on 3 May starts at 8am, please arrive "
            "by 7:30 with two towels.",
            ["3 May", "8am", "7:30"],
        ),
        (
            "hi, can you pls write a note to the allotment committee: the water will be off on Sunday from 8am to "
            "noon.",
            ["Sunday", "8am"],
        ),
        (
            "Could u write a short email to the parents of Year 4: the school trip on Friday leaves at 8:15, packed "
            "lunch needed.",
            ["Friday", "8:15"],
        ),
        (
            "pls can you write a message to the five-a-side group: we've booked pitch 3 for Wednesday at 8pm, £5 each.",
            ["Wednesday", "£5"],
        ),
    ],
)
async def test_an_ask_typed_like_a_text_message_is_read_as_the_ask(request_text: str, facts: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact.lower() in text.lower() for fact in facts), text
    assert not re.search(r"\b(?:pls|plz|can u|could u|hey could)\b", text, re.I), text


async def test_a_courtesy_closing_the_ask_is_not_part_of_whom_it_greets() -> None:
    text = await drafted("quick email to the choir pls: rehearsal on Monday is moved to 7pm in the church hall.")
    assert "Hello choir," in text and "pls" not in text and "please" not in text.lower()


# -- the kind of text, then where it goes, then the facts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Product description for my shop listing please. Handmade oak chopping board, 40 x 25 cm, finished with "
            "food-safe oil, £35, free UK delivery.",
            ["oak", "£35", "delivery"],
        ),
        (
            "Need a description for my eBay listing. Vintage Raleigh road bike, 56cm frame, new tyres, collection "
            "only, £120.",
            ["Raleigh", "56cm", "£120"],
        ),
        (
            "Product blurb for our website. Bamboo toothbrush, pack of 4, compostable handle, soft bristles, £6.",
            ["Bamboo", "pack of 4", "£6"],
        ),
        (
            "An ad for the community noticeboard please. Free piano to a good home, upright, needs tuning, buyer "
            "collects.",
            ["piano", "tuning"],
        ),
        (
            "can you do a product description for my shopify store. specs: 12 inch cast iron skillet, pre-seasoned, "
            "oven safe, $42",
            ["cast iron", "$42"],
        ),
        (
            "Put together a caption for our shop photo. We have sold handmade candles on the high street since 2011.",
            ["candles", "2011"],
        ),
    ],
)
async def test_where_a_text_goes_said_before_its_facts_is_not_its_opening(request_text: str, facts: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact.lower() in text.lower() for fact in facts), text
    assert not re.search(r"\b(?:listing|website|noticeboard|shopify store)\b", text, re.I), text
    assert "please" not in text.lower(), text


# -- a slogan for a named business with more facts than one line holds ----------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "name", "facts"),
    [
        (
            "Catchy slogan for my dog walking business in Leeds? It's called Paws & Go and we do group walks and "
            "puppy visits.",
            "Paws & Go",
            ["Leeds", "group walks", "puppy visits"],
        ),
        (
            "Need a slogan for my cleaning company. It's called Sparkle Squad and we do end-of-tenancy cleans and "
            "office cleaning.",
            "Sparkle Squad",
            ["end-of-tenancy", "office cleaning"],
        ),
        (
            "Can you come up with a tagline for our cafe? The name is Bean There and we do vegan brunch and live "
            "music on Fridays.",
            "Bean There",
            ["vegan brunch", "live music"],
        ),
        (
            "I run a window cleaning business in Hull called Clearview. Could you write me a catchy slogan? We do "
            "gutters and conservatories too.",
            "Clearview",
            ["Hull", "gutters", "conservatories"],
        ),
        (
            "Write a slogan for Tiny Tots, a nursery in Bath with forest school and hot meals",
            "Tiny Tots",
            ["Bath", "forest school", "hot meals"],
        ),
    ],
)
async def test_a_slogan_says_the_name_with_what_was_given(request_text: str, name: str, facts: list[str]) -> None:
    text = await drafted(request_text)
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert lines and all(name in line for line in lines), text
    assert all(fact.lower() in text.lower() for fact in facts), text
    assert not re.search(r"\b(?:it's called|the name is|catchy|slogan for)\b", text, re.I), text


async def test_one_short_tagline_that_cannot_hold_the_facts_is_declined_not_cut() -> None:
    reason = await declined_by_writer(
        "Write a 6-word tagline for Northbeam, a bike light that lasts 40 hours and charges over USB-C"
    )
    assert "short" in reason


# -- a format said beside the chat it goes to ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "count", "facts"),
    [
        (
            "Announcement for the club WhatsApp as 3 bullet points: training moves to Thursdays 6-7:30pm from next "
            "week, new kit arrives on the 20th, and subs of £5 are due at the first session.",
            3,
            ["Thursdays", "kit", "£5"],
        ),
        (
            "Reminder for the choir WhatsApp in 2 bullets: rehearsal is at 7pm on Tuesday, bring your folders.",
            2,
            ["7pm", "folders"],
        ),
        (
            "Message for the team Slack as 2 bullet points: the office is closed on Monday, and payroll runs a day "
            "early.",
            2,
            ["Monday", "payroll"],
        ),
    ],
)
async def test_bullets_for_a_chat_list_the_facts_and_greet_no_chat(request_text: str, count: int, facts: list[str]):
    text = await drafted(request_text)
    assert len(re.findall(r"^- ", text, re.M)) == count, text
    assert all(fact.lower() in text.lower() for fact in facts), text
    assert not re.search(r"\b(?:whatsapp|slack|bullet)\b", text, re.I), text


# -- a length asked beyond the facts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "event"),
    [
        (
            "Write a two-sentence teaser for our school play:\n\nWilliam Shakespeare, the English playwright, wrote "
            "Romeo and Juliet, Hamlet and Macbeth.",
            "our school play",
        ),
        ("Write a two-sentence promo for our bake sale: it's on Saturday at 10am in the church hall.", "our bake sale"),
        ("Two sentences for a flyer for the summer fete: it's on 21 June on the village green.", "the summer fete"),
    ],
)
async def test_a_teaser_for_an_event_may_close_by_naming_it(request_text: str, event: str) -> None:
    text = await drafted(request_text)
    assert len(re.findall(r"[.!?](?:\s|$)", text)) == 2, text
    assert text.endswith(f"Don't miss {event}!"), text


async def test_an_event_called_off_gets_no_call_to_come() -> None:
    reason = await declined_by_writer("Write a two-sentence flyer for the summer fete: it is cancelled due to rain.")
    assert "1 sentence" in reason


async def test_a_fact_with_no_event_is_not_padded_to_the_sentences_asked() -> None:
    reason = await declined_by_writer("Write a 2-sentence announcement for the choir concert: it is on 12 December.")
    assert "1 sentence" in reason


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a one-line postcard greeting to my grandad that mentions it:\n\nOttawa is the capital of Canada; "
        "Toronto is its largest city.\n\nSource: Capital cities of the world (world-capitals.md, document 199)\n"
        "kind: answer\nmatched:\n  - capital\n  - canada",
        "Write a postcard greeting to my grandad: Ottawa is the capital of Canada.",
    ],
)
async def test_a_one_line_greeting_greets_its_reader_and_says_the_fact(request_text: str) -> None:
    text = await drafted(request_text)
    assert text.startswith("Hi Grandad! Ottawa is the capital of Canada"), text
    assert "Source" not in text and "postcard" not in text.lower()


# -- blame for something left undone, a reminder it was said before, a blunt ask -----------------------------------


async def rewritten(request: str) -> str:
    return await drafted(request, tool="rewrite")


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "make this nicer before i send it to my team: 'Nobody bothered to update the rota again. Get it done by "
            "Wednesday or don't bother coming in.'",
            ["rota", "Wednesday"],
            ["nobody bothered", "don't bother"],
        ),
        (
            "Make this polite: 'No one bothered to empty the dishwasher. Do it before you leave today.'",
            ["dishwasher", "today"],
            ["no one bothered"],
        ),
        (
            "Rewrite this nicely: 'You couldn't be bothered to fill in the timesheet. Send it by Friday.'",
            ["timesheet", "Friday"],
            ["bothered"],
        ),
        (
            "Can you rephrase this politely for a customer? 'We told you twice already, the refund takes 5 working "
            "days. Stop emailing us.'",
            ["refund", "5 working days"],
            ["told you twice", "stop emailing us"],
        ),
        (
            "Rephrase politely: 'I told you three times already, the office is closed on Mondays. Stop calling me.'",
            ["closed on Mondays"],
            ["told you", "stop calling"],
        ),
        (
            "Polite version of this please: 'Where's my money? You owe me £40 from the concert tickets and it's been "
            "a month.'",
            ["£40", "concert"],
            ["where's my money"],
        ),
        (
            "Polite version please: 'Where's my refund? I returned the jacket two weeks ago.'",
            ["refund", "jacket"],
            ["where's my refund"],
        ),
    ],
)
async def test_blame_and_blunt_asks_go_and_the_facts_stay(request_text: str, kept: list[str], gone: list[str]):
    text = await rewritten(request_text)
    assert all(fact.lower() in text.lower() for fact in kept), text
    assert not any(word in text.lower() for word in gone), text


# -- a reply that says something of its own to a quoted message -----------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Reply politely to this customer, apologising and offering 15% off their next order: 'My order arrived "
            "two weeks late and the box was crushed.'",
            "I'm sorry that your order arrived two weeks late and the box was crushed. We'd like to offer you 15% off "
            "your next order.",
        ),
        (
            "Respond to this complaint, apologising and offering a full refund: 'The kettle stopped working after a "
            "week.'",
            "I'm sorry that the kettle stopped working after a week. We'd like to offer you a full refund.",
        ),
        (
            "Answer this message from a parent, apologising: 'My son came home without his coat today.'",
            "I'm sorry that your son came home without his coat today.",
        ),
        (
            "reply to this customer and say sorry, we'll send a replacement by Friday: 'The mug I ordered arrived "
            "broken.'",
            "I'm sorry that the mug you ordered arrived broken. We'll send a replacement by Friday.",
        ),
    ],
)
async def test_a_reply_apologises_for_what_the_message_says_spoken_to_its_sender(request_text: str, said: str):
    text = await drafted(request_text)
    assert said in text, text
    assert not re.search(r"\b(?:reply|respond|answer)\b|'My|this customer|this complaint", text, re.I), text


async def test_a_reply_thanking_its_sender_says_their_message_back_to_them() -> None:
    text = await drafted(
        "Write a reply to this email thanking her: 'I've attached the signed contract and the invoice for March.'"
    )
    assert "Thank you" in text and "you've attached the signed contract and the invoice for March" in text, text


# -- a value handed on, sent to someone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "Email the total to the client, Mr Hughes:\n\n£1,380.00 in total",
            "Hello Mr Hughes,",
            "The total is £1,380.00.",
        ),
        ("Send the amount to my landlord:\n\n£1,150.00", "Hello [Name],", "The amount is £1,150.00."),
        ("Message the total to the group:\n\n£87.60", "Hello group,", "The total is £87.60."),
        ("Email the new price to the customer, Mrs Lee:\n\n$52.00", "Hello Mrs Lee,", "The new price is $52.00."),
    ],
)
async def test_a_value_sent_to_someone_is_said_to_them(request_text: str, greeting: str, said: str) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text


# -- more of the same families, as other people put them --------------------------------------------------------------


async def test_a_message_asked_for_as_a_msg_greets_its_readers() -> None:
    text = await drafted("plz can u draft a msg to the book club: next meeting is Tuesday 8pm at Anna's.")
    assert "Hello book club," in text and "Tuesday 8pm" in text and "msg" not in text, text


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        (
            "need a tagline for my tutoring business, Bright Sparks, we do GCSE maths and English in Leeds",
            "- Bright Sparks: tutoring business, GCSE maths and English in Leeds.",
        ),
        (
            "Tagline for our gym? We're called IronWorks and we're open 24/7 with free parking.",
            "- IronWorks: gym, we're open 24/7, free parking.",
        ),
    ],
)
async def test_a_name_said_after_the_kind_of_business_leads_the_slogan(request_text: str, line: str) -> None:
    assert line in await drafted(request_text)


async def test_a_reply_to_a_question_it_cannot_answer_is_declined() -> None:
    reason = await declined_by_writer(
        "reply to this email politely, thanking her and saying yes: 'Could you bring the projector on Friday?'"
    )
    assert "Could you bring the projector on Friday?" in reason


async def test_already_told_you_goes_and_what_was_told_stays() -> None:
    text = await rewritten("make this polite: 'I already told you, the meeting is at 3pm. Stop messaging me about it.'")
    assert text.startswith("The meeting is at 3pm.") and "told you" not in text and "Stop" not in text, text


# -- a text about an event on a named day says when it is ------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a message to the office about the fire drill on Wednesday at 11am; everyone meets at the car park "
            "assembly point.",
            "The fire drill is on Wednesday at 11am. Everyone meets at the car park assembly point.",
        ),
        ("Write an email to the parents about the school trip next Friday", "The school trip is next Friday."),
        ("Write a note about the new opening hours from 1 March", "The new opening hours are from 1 March."),
    ],
)
async def test_a_text_about_an_event_on_a_named_day_says_when_it_is(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Please write a heartfelt eulogy for my grandad's funeral on Saturday.",
        "Draft a blurb for the bookshop that opened on Church Street in March.",
        "Write an announcement about the changes to the schedule.",
    ],
)
async def test_a_text_for_an_event_or_about_a_topic_still_asks_for_the_points(request_text: str) -> None:
    assert "topic, not content" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Rewrite this more professionally: 'hey guys the server's gonna be down sat night for upgrades, dunno how "
            "long, prob till 2am'",
            "down Saturday night for upgrades",
        ),
        ("Make this professional: 'cant make the fri morning meeting, prob stuck at the dentist'", "probably stuck"),
    ],
)
async def test_days_and_probably_typed_short_are_written_out(request_text: str, said: str) -> None:
    assert said in await rewritten(request_text)


@pytest.mark.parametrize(
    "request_text", ["can you write a slogan for my business?", "slogan for our new app", "a tagline for my company"]
)
async def test_a_slogan_for_any_business_at_all_asks_for_its_name(request_text: str) -> None:
    assert "the name and what it does" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Send a text to my flatmate Sam saying I'll meet him at the station at 6",
            "Sam, I'll meet you at the station",
        ),
        ("Write a quick note to Mr Evans saying we'll send him the invoice on Monday", "We'll send you the invoice"),
        ("Write a message to Priya saying I'll call her after work", "I'll call you after work."),
        ("Write a text to Jo saying I saw her sister at the shop", "I saw her sister at the shop."),
    ],
)
async def test_what_is_said_of_the_one_reader_is_said_to_them(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Reply to this email politely and say yes: Hi, could you join our panel on 12 March at 3pm?",
            "Yes, I can join your panel on 12 March at 3pm.",
        ),
        ("Reply to this email saying yes: Could you bring the projector on Friday?", "Yes, I can bring the projector"),
        ("Reply saying no: Can you cover my shift on Saturday?", "Unfortunately, I can't cover your shift"),
    ],
)
async def test_a_reply_saying_yes_or_no_answers_what_it_was_asked(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and "?" not in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a recap email for the team about Friday's offsite: we visited the brewery, we set the Q3 goals, and "
        "Lena won the quiz.",
        "Write a short recap post for the club page: we won 3-1, Sam scored twice, next game is Saturday.",
    ],
)
async def test_a_recap_made_of_the_points_given_is_written(request_text: str) -> None:
    text = await drafted(request_text)
    assert "recap" not in text.lower() and ("Lena" in text or "3-1" in text), text


async def test_a_text_written_through_the_outline_tool_carries_no_title_of_its_own() -> None:
    from servers.tools.writer import create_server
    from tests.tools.conftest import call

    result = await call(
        create_server(),
        "outline",
        request="Message for the team Slack as 2 bullet points: the office is closed "
        "on Monday, and payroll runs a day early.",
    )
    assert not result.is_error and result.structured_content["title"] == ""
    assert "- The office is closed on Monday." in result.structured_content["text"]
