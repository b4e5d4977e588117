"""Requests in the families behind the seventh held-out set's writer misses: a slogan under a word limit for a
business named with "the business is called" or "it's named", the limit said in a sentence of its own ("No more
than 8 words please."); a card meant in one sentence and its words asked for in the next ("Could you write a few
warm lines?"); readers named with a numbered place ("the nurses on Ward 7"). Each is written right, or declined
with the reason of the tool that writes."""

from __future__ import annotations

import re

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server
from tests.tools.conftest import call, drafted

pytestmark = pytest.mark.anyio


async def run(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


def body(text: str) -> str:
    return text.split("\n\nNote:")[0]


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text))


# -- a slogan under a word limit ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "name", "limit"),
    [
        (
            "Give me a catchy slogan for my mobile dog grooming van, the business is called Muddy Paws. "
            "Keep it under 12 words.",
            "Muddy Paws",
            12,
        ),
        ("I need a tagline for my food truck, it's called Taco Loco. No more than 8 words please.", "Taco Loco", 8),
        ("Write a slogan under 10 words for our cleaning company which is called Sparkle Homes", "Sparkle Homes", 10),
        (
            "Come up with a short slogan for my bike repair shop - it's named Pedal Power. Max 10 words.",
            "Pedal Power",
            10,
        ),
        ("Can you make me a motto for my bakery, the name is Crumb & Co, under 8 words?", "Crumb & Co", 8),
        ("Slogan for Rise & Shine Bakery, 10 words max.", "Rise & Shine Bakery", 10),
        ("give me a slogan for my dog walking business called Happy Tails, keep it under ten words", "Happy Tails", 10),
        (
            "Need a catchy line for my window cleaning business, its name is Crystal Clear. 7 words or less.",
            "Crystal",
            7,
        ),
    ],
)
async def test_a_slogan_under_a_limit_is_one_line_with_the_name_within_the_limit(
    request_text: str, name: str, limit: int
):
    outcome = await run(request_text)
    assert outcome.status == "completed", outcome.text
    line = body(outcome.text)
    assert name in line and "\n" not in line.strip()
    assert word_count(line) <= limit
    assert not re.search(r"\b(?:called|named|name is|keep it|please|words)\b", line, re.I)


async def test_slogans_without_a_limit_are_still_offered_as_options():
    text = await drafted("Write a slogan for my bakery, Crumb & Co.")
    assert text.count("\n- ") >= 1 and "Crumb & Co" in text


async def test_a_slogan_the_words_cannot_fit_gives_the_writing_tools_reason_not_a_count():
    outcome = await run("Write a 5 word slogan for Glowfin, a solar pond pump that runs all day on a 4-hour charge")
    assert outcome.status == "rejected"
    assert "slogan is a short line" in outcome.text


# -- the text meant, then its words asked for ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "must"),
    [
        (
            "I'd like to send a thank-you card to the nurses on Ward 7 who looked after my dad, Mr Okafor, after his "
            "hip operation last week. Could you write a few warm lines?",
            ("Dear nurses on Ward 7,", "looked after my dad, Mr Okafor, after his hip operation last week"),
        ),
        (
            "We're sending a thank-you card to the midwives at St Mary's who delivered our daughter last month. "
            "Can you write something warm?",
            ("midwives at St Mary's", "delivered our daughter last month"),
        ),
        (
            "I'd like to thank the fire crew from Station 12 who rescued our dog from the river on Sunday. Can you "
            "write a couple of lines?",
            ("fire crew from Station 12", "rescued our dog from the river on Sunday"),
        ),
        (
            "I want to send a thank-you note to the volunteers at the food bank who helped us over Christmas. Could "
            "you write a few lines?",
            ("volunteers at the food bank", "helped us over Christmas"),
        ),
    ],
)
async def test_a_card_meant_then_its_words_asked_for_thanks_the_readers(request_text: str, must: tuple[str, ...]):
    text = await drafted(request_text)
    assert all(m in text for m in must), text
    assert "thank" in text.lower() and "could you" not in text.lower() and "can you" not in text.lower()


async def test_a_card_meant_with_no_reason_to_thank_is_still_declined():
    outcome = await run(
        "I want to send a card to my team who covered for me during my surgery in March. Could you write a few "
        "kind words?"
    )
    assert outcome.status != "completed"


# -- readers named with a numbered place; "his" of someone else ---------------------------------------------------


async def test_readers_on_a_numbered_ward_are_greeted_there_and_his_stays_the_patients():
    text = await drafted(
        "help me write a thank you note to the nurses on ward 6 who looked after my dad for two weeks after his "
        "hip surgery"
    )
    assert "Hello nurses on ward 6," in text
    assert "after his hip surgery" in text and "your hip" not in text


async def test_parents_in_a_numbered_year_are_the_readers_not_the_topic():
    text = await drafted("Send a message to the parents in Year 4 saying the trip is on Friday")
    assert "parents in Year 4" in text and "The trip is on Friday." in text


# -- a reply written from the summary of what its reader said ------------------------------------------------------


async def test_a_reply_based_on_a_summary_says_the_customers_points_back_to_them():
    text = await drafted(
        "Use the summary to draft a polite reply to the customer:\n\nI bought a stainless steel kettle from your "
        "Leeds store on 2 May and it stopped working after nine days. When I phoned customer services I was on "
        "hold for forty minutes. I would like either a replacement or a refund as soon as possible."
    )
    assert text.startswith("Subject: Re: your message\n") and "Thank you for your message." in text
    assert "you bought a stainless steel kettle from our Leeds store on 2 May" in text
    assert "When you phoned customer services you were on hold for forty minutes." in text
    assert "You would like either a replacement or a refund as soon as possible." in text
    assert " I " not in text and "your Leeds" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Draft a short reply to the team based on the summary:\n\nThe new rota is clearer than the old one. Several "
        "people want the late shift to end at ten instead of eleven.",
        "Write a response to the guest using their email:\n\nThe shower in room 12 was cold all weekend. I would "
        "like a partial refund.",
    ],
)
async def test_a_reply_from_what_its_reader_said_thanks_them_and_says_each_point(request_text: str):
    text = await drafted(request_text)
    assert "Thank you for your message. You told us that" in text
    assert "based on" not in text and "using" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        # ("Reply to this email politely and say yes: Hi, could you join our panel ...?" is answered since round 26:
        # "Yes, I can join your panel ...", tests/tools/test_writer_h9.py)
        "Write a reply to Tom using my notes:\n\nWe can meet on Friday. I will book the room.",
    ],
)
async def test_a_reply_to_a_message_or_from_the_users_own_notes_is_still_declined(request_text: str):
    outcome = await run(request_text)
    assert outcome.status == "rejected" and "A reply needs what you want to say" in outcome.text


def test_said_back_turns_the_senders_words_round_once():
    from servers.tools.writer.replies import said_back

    assert said_back("You promised me a call back.") == "We promised you a call back."
    assert said_back("Our order was late, so we missed the party. I was upset.") == (
        "Your order was late, so you missed the party. You were upset."
    )


# -- a count of sentences from one fact with a clause set off after a name -----------------------------------------


async def test_two_sentences_from_a_finding_split_at_the_clause_after_a_name():
    text = await drafted(
        "Write a two-sentence fun fact for our kids' club newsletter based on what you find:\n\nThe telephone was "
        "invented by Alexander Graham Bell, who patented it in 1876."
    )
    assert text == "The telephone was invented by Alexander Graham Bell. Alexander Graham Bell patented it in 1876."


@pytest.mark.parametrize(
    "request_text",
    [
        # (a name's role set beside it is a second fact: "Alexander Fleming, a Scottish doctor, ..." may make two
        # sentences, the name said again; ``sentence_splits``)
        "Write a two-sentence fun fact for the school newsletter:\n\nPenicillin was discovered in September 1928 at "
        "St Mary's Hospital in London.",
        "Write a fun fact in two sentences for our class blog:\n\nMount Everest is the highest mountain on Earth, "
        "measured by height above sea level: no other peak reaches higher.",
    ],
)
async def test_one_fact_that_makes_one_sentence_is_not_padded_to_two(request_text: str):
    outcome = await run(request_text)
    assert outcome.status == "rejected" and "make 1 sentence, not the 2" in outcome.text


# -- plain words for a reader outside the field, from technical points ---------------------------------------------


async def test_a_plain_english_explanation_of_review_findings_is_declined_not_pasted():
    outcome = await run(
        "Write a short plain-English explanation of the problems for my manager, who doesn't code:\n\n"
        "- line 3: 'API_KEY' is set to a literal secret in the source code [hardcoded-secret, error]\n"
        "- line 7: requests.get() has no timeout, so a server that never answers hangs this code forever "
        "[request-without-timeout, warning]"
    )
    assert outcome.status == "rejected" and "plain words" in outcome.text


# -- the judge reads the task as the writer does -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("task", "draft"),
    [
        (
            "Write a reminder for the night shift nurses as exactly 3 bullet points: hand hygiene audit on Thursday, "
            "IV pump training in room 4B at 7am, ward door badge readers replaced on Saturday",
            "Hello night shift nurses,\n\n- Hand hygiene audit on Thursday.\n- IV pump training in room 4B at 7am.\n"
            "- Ward door badge readers replaced on Saturday.\n\nBest regards,\n[Your name]",
        ),
        (
            "Write a note to the team in two sentences: the lift in block C3 is out of order, the stairs are open",
            "Hello team,\n\nThe lift in block C3 is out of order. The stairs are open.\n\nBest,\n[Your name]",
        ),
    ],
)
async def test_the_judge_takes_a_size_for_a_form_and_a_codes_number_as_said(task: str, draft: str):
    result = await call(create_server(), "judge", request=f"Task: {task}\n\nDraft:\n{draft}")
    assert not result.is_error and result.structured_content is not None
    assert result.structured_content["meets_task"], result.structured_content["feedback"]
