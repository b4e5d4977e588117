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
    # (the reason makes the second sentence: "The summer fete is cancelled. This is due to rain.")
    text = await drafted("Write a two-sentence flyer for the summer fete: it is cancelled due to rain.")
    assert "Don't miss" not in text and "due to rain" in text
    reason = await declined_by_writer("Write a two-sentence flyer for the summer fete: it is cancelled.")
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
