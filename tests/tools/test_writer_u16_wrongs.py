"""Answers that were confidently wrong: a question about a text composed as a new text, a formal rewrite that kept
"it stinks", a card that thanked Mrs Patel for "her help with your reading", and "Make this shorter" that handed
back a notice one word shorter."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        # (a checklist of dates, times and places is checked now, item by item: ``test_writer_checklists``)
        "Is my cover letter too long? Dear Sir, I am applying for the job of assistant manager.",
        "Does the poster mention the time? Quiz night, Friday, Red Lion.",
        "Is this email polite enough: Send me the report by Friday.",
        "Did my note say where to meet? Hi all, the walk starts at 10am on Sunday.",
        "Has this letter got everything the council needs? Dear Sir, the bins on Elm Road are overflowing.",
    ],
)
async def test_a_question_about_a_text_is_not_answered_with_a_new_text(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "does not ask me to write anything" in said


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you write an email to Sam saying the quiz is on Friday?",
        "Could you draft a note to the team: the quiz is on Friday at 8pm.",
    ],
)
async def test_a_request_for_a_text_asked_as_a_question_is_still_written(request_text: str) -> None:
    assert "Friday" in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Rewrite this more formally, it's going to the council: hey, the bins on Elm Road haven't been collected "
            "for 3 weeks and it stinks, can someone sort it",
            "there is an unpleasant smell, can someone resolve it",
        ),
        ("Make this professional: the bins stink and nobody has sorted them out", "The bins smell unpleasant"),
        ("Make this more formal: the toilets stink, please sort this out by Friday", "please resolve this by Friday"),
        ("Make this formal: the gym stinks", "The gym smells unpleasant."),
        ("Rewrite this formally: the stairwell reeks of smoke, can you sort it out", "smells strongly of smoke"),
        ("Rewrite this professionally: the fridge pongs and someone needs to sort it", "The fridge smells unpleasant"),
    ],
)
async def test_a_formal_rewrite_says_a_smell_and_an_errand_plainly(request_text: str, said: str) -> None:
    text = await drafted(request_text, tool="rewrite")
    assert said in text, text
    for casual in ("stink", "reek", "pong", "sort"):
        assert casual not in text.lower(), text


async def test_sorting_things_is_no_errand_and_stays() -> None:
    text = await drafted("Make this more formal: hey, can you sort the files by date before Friday", tool="rewrite")
    assert "sort the files by date" in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Please write a thank-you card message to Mrs Patel, my son Leo's teacher, for all her help with his "
            "reading this year.",
            "Thank you for all your help with Leo's reading this year.",
        ),
        (
            "Write a thank-you note to Mr Hughes, my daughter Amy's football coach, for helping her with her "
            "confidence this season.",
            "Thank you for helping Amy with Amy's confidence this season.",
        ),
        (
            "Write a card to Ms Rivera, my son Sam's tutor, thanking her for getting him through his maths exam.",
            "Thank you for getting Sam through Sam's maths exam.",
        ),
        (
            "Write an email to Mr Grant, my wife Jo's boss, saying she will be off sick today and he can call me.",
            "Jo will be off sick today and you can call me.",
        ),
        (
            "Write a thank-you note to Miss Kaur, our son Dev's childminder, for looking after him while he was ill.",
            "Thank you for looking after Dev while Dev was ill.",
        ),
        (
            "write a thank you card to Mrs Obi, my son Kofi's swimming teacher, for her patience with him",
            "Thank you for your patience with Kofi.",
        ),
    ],
)
async def test_the_readers_pronouns_are_yours_and_the_other_persons_are_their_name(
    request_text: str, said: str
) -> None:
    assert said in await drafted(request_text)


async def test_a_reader_with_no_one_else_named_is_still_you() -> None:
    assert "Thank you for the letter you wrote." in await drafted(
        "Write a thank-you email to Mr Evans for the letter he wrote."
    )


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this shorter: We would like to take this opportunity to inform all residents that due to essential "
            "maintenance works being carried out on the water mains, the water supply to the building will be "
            "switched off on Wednesday from 10am until approximately 3pm.",
            "Due to essential maintenance works being carried out on the water mains, the water supply",
        ),
        (
            "Shorten this: I am writing to let you know that the library will close at 4pm on Friday.",
            "The library will close at 4pm on Friday.",
        ),
        (
            "Make this more concise: Please be advised that the car park is closed on Sunday.",
            "The car park is closed on Sunday.",
        ),
        (
            "Shorten this: The hall is booked. We would like to inform parents that the school trip is on Monday.",
            "The hall is booked. The school trip is on Monday.",
        ),
        (
            "Can you make this shorter? This is to inform you that the pool reopens on 3 May.",
            "The pool reopens on 3 May.",
        ),
        (
            "Make this shorter: We are writing to remind all members that subs are due by 1 April.",
            "Subs are due by 1 April.",
        ),
    ],
)
async def test_a_lead_in_that_only_announces_news_is_cut_from_a_shortening(request_text: str, said: str) -> None:
    text = await drafted(request_text, tool="rewrite")
    assert said in text, text
    assert not text.lower().startswith(("we ", "i am", "please be", "this is to"))


async def test_a_sentence_that_thanks_someone_is_no_lead_in() -> None:
    text = await drafted(
        "Shorten this: We would like to thank Sam for organising the quiz, and we apologise for any inconvenience.",
        tool="rewrite",
    )
    assert "thank Sam for organising the quiz" in text
