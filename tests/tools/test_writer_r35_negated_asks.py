"""Paraphrases of asks, tellings and reminders not to (or never to) do something: the negation is the ask's and is
kept in what is asked; whom it asks is greeted without it. Near misses: a plain ask, and a "not" inside what is
asked or said ("9am, not 8am", "is not open"), stay as they were."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Email the team asking them not to reply-all to the newsletter", "Please don't reply-all to the newsletter."),
        (
            "Write a message to Sophie asking her not to bring the dog on Saturday",
            "Please don't bring the dog on Saturday.",
        ),
        ("Write an email asking the contractor not to start before 8am", "Please don't start before 8am."),
        ("Write a text asking Dad never to leave the back door unlocked", "never leave the back door unlocked."),
        (
            "Write an email to my tenants asking them not to put glass in the green bin",
            "Please don't put glass in the green bin.",
        ),
        ("Write a memo asking staff not to leave laptops in their cars", "Please don't leave laptops in your cars."),
        ("Draft a message to my flatmate asking him not to use my shampoo", "Please don't use my shampoo."),
        (
            "Can you write an email to the cleaners asking them never to move the papers on my desk",
            "Please never move the papers on my desk.",
        ),
        (
            "Write a short note to the kids asking them please not to slam the front door",
            "Please don't slam the front door.",
        ),
        (
            "Write a letter to the council asking them not to close the library on Sundays",
            "Please don't close the library on Sundays.",
        ),
        ("Write a polite email asking the visitors not to feed the ducks", "Please don't feed the ducks."),
        ("Send a message to Tom telling him not to forget his passport", "Please don't forget your passport."),
        (
            "Write a note to my son telling him never to open the door to strangers",
            "Please never open the door to strangers.",
        ),
        (
            "Write an email to staff reminding them never to share their passwords",
            "Please remember never to share your passwords.",
        ),
        ("Write a note to the kids reminding them not to eat the cake", "Please remember not to eat the cake."),
        ("Write an email to my landlord asking him to not raise the rent", "Please don't raise the rent."),
    ],
)
async def test_the_negation_is_kept_in_the_ask(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert " not," not in text and " never," not in text  # never greeted "Hello guests not,"


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a polite email to my neighbour asking them to trim the hedge", "Could you please trim the hedge?"),
        ("Write an email to the team asking them to reply by Friday", "Could you please reply by Friday?"),
        ("Write an email asking the contractor to start at 9am, not 8am", "Could you please start at 9am, not 8am?"),
        ("Write an email to the team saying the office is not open on Monday", "The office is not open on Monday."),
        ("Write an email to staff reminding them to lock their screens", "Please remember to lock your screens."),
        ("Write a note to Sam telling him to bring his laptop", "Could you please bring your laptop?"),
    ],
)
async def test_near_misses_keep_their_sense(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a thank you note to the Moreau family. Thank them for the dinner on Friday and ask them not to "
            "bring a gift next time.",
            "Thank you for the dinner on Friday. Please don't bring a gift next time.",
        ),
        (
            "Write a note to the kids. Tell them not to eat the cake and remind them never to open the door to "
            "strangers.",
            "Please don't eat the cake. Please remember never to open the door to strangers.",
        ),
        ("Write a note to the kids. Tell them to tidy their rooms.", "Could you please tidy your rooms?"),
        ("Write a note to the kids. Tell them I'll be home late.", "I'll be home late."),
    ],
)
async def test_orders_after_the_ask_keep_their_negation(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)
