"""A shorter version of a pasted text, as users ask for it ("cut this down", "key points please", "have the
summariser and the writer each give me a short version"): the writer keeps the text's key sentences word for word
and leaves the rest out; a text of one sentence, a new text that only mentions a summary, and a summary asked beside
a tone rewrite are not condensed."""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import declined_by_writer, drafted, writer_outcome

pytestmark = pytest.mark.anyio


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


CONDENSED = [
    "Cut this down for the parish magazine: The church roof appeal has reached £18,400. The builders start on "
    "12 May. Services will move to the village hall for six weeks. Thank you to everyone who has given so generously.",
    "Make this shorter please: Hi all, just a reminder that the swimming gala is on Saturday 21 June at Kingsway "
    "pool. Swimmers must arrive by 8.30am. Spectators pay £2 at the door. Any help with timekeeping would be really "
    "welcome.",
    "can u shorten this for the team chat:\nThe printer on floor 2 is broken again. IT will fix it on Wednesday. "
    "Until then please use the one by reception. Sorry for the hassle.",
    "Summarise this for the bulletin: The allotment AGM is on 4 March at 7pm in the scout hut. Rents rise to £45 "
    "a plot from April. Two plots are free for new members. Tea and biscuits will be served.",
    "Key points please: Flu jabs for over-65s start on 1 October. Book through the surgery app or call 01632 "
    "960123. Walk-in clinics run on Saturday mornings. Carers can also book a jab.",
    "Have the summariser and the writer each give me a short version of this: The bakery on Mill Lane closes for "
    "a refit from 3 to 17 August. Orders can be collected from the Bridge Street shop. Gift cards stay valid.",
    "Condense this for our noticeboard: Bin collections move to Tuesdays from 6 January. Garden waste is collected "
    "every other week. Bulky items need booking online. Please put bins out by 7am.",
    "Run this past the summarizer and the writer in parallel and give me both versions: Choir practice moves to "
    "the Methodist hall on 9 September. It starts at 7.30pm as before. New singers are welcome. Subs stay at £5.",
    "Caro, make this short for me: The Consorzio informs members that the milk price for the new season is set at "
    "1.30 euro per litre. Payments will be made every two months by bank transfer. Milk must be cooled to 6 degrees "
    "within two hours of milking. The assembly of members is on 20 November in Macomer.",
]


@pytest.mark.parametrize("request_text", CONDENSED)
async def test_a_shorter_version_keeps_key_sentences_word_for_word_and_leaves_some_out(request_text: str) -> None:
    text = await drafted(request_text)
    material = request_text.partition(":")[2]
    given, kept = _sentences(material), _sentences(text.replace("\n- ", " ").removeprefix("- "))
    assert 1 <= len(kept) < len(given), text
    for sentence in kept:  # each kept sentence is the user's own words, none invented or reworded
        assert _normal(sentence) in _normal(material), sentence
    assert len(text) < len(material)


async def test_key_points_come_as_a_list_of_the_texts_sentences() -> None:
    text = await drafted(CONDENSED[4])
    assert text.startswith("- Flu jabs for over-65s start on 1 October.")
    assert all(line.startswith("- ") for line in text.splitlines())


async def test_the_opening_greeting_and_reminder_lead_in_go_and_the_news_stays() -> None:
    text = await drafted(CONDENSED[1])
    assert text.startswith("The swimming gala is on Saturday 21 June at Kingsway pool.")
    assert "would be really welcome" not in text


async def test_the_agent_answers_a_shortening_with_the_condensed_text() -> None:
    outcome = await writer_outcome(CONDENSED[0])
    assert "£18,400" in outcome.text and "Thank you" not in outcome.text


async def test_a_one_sentence_text_with_nothing_to_cut_is_declined_not_condensed() -> None:
    declined = await declined_by_writer(
        "Make this shorter: The car park will be resurfaced next week so patients should park on Elm Street.",
        "rewrite",
    )
    assert "nothing to change" in declined


async def test_an_email_summarising_a_review_is_composed_not_condensed() -> None:
    request = "Write an email to the team summarising this: The server moves on Friday. Logins stop at 6pm."
    try:
        text = await drafted(request)
    except AssertionError:
        return  # declined: never a condensed copy
    assert "Friday" in text and "6pm" in text


async def test_a_word_limit_is_still_met_by_the_courtesy_cuts_first() -> None:
    text = await drafted(
        "Shorten this to under 20 words: The pool is closed on Monday. We apologise for any inconvenience. "
        "The gym stays open."
    )
    assert text == "The pool is closed on Monday. The gym stays open."


TONE_TAKES = [
    (
        "I want two takes on this text, a summary and a friendlier rewrite: Residents must remove bins from the "
        "kerb by 8pm. Bins left out will not be emptied next week. Repeat offences may be fined.",
        "8pm",
    ),
    (
        "Give me a summary and a more polite version of this: Send the forms by Friday. Late forms will be binned. "
        "Stop phoning the office.",
        "Friday",
    ),
]


@pytest.mark.parametrize(("request_text", "kept"), TONE_TAKES)
async def test_a_summary_asked_beside_a_tone_rewrite_gets_the_rewrite_from_the_writer(
    request_text: str, kept: str
) -> None:
    text = await drafted(request_text, "rewrite")
    assert kept in text
    assert "please" in text.lower()


async def test_two_sentences_of_news_are_not_halved() -> None:
    declined = await declined_by_writer(
        "Cut this down: The hall is shut on 3 May for rewiring. Classes move to the library that week.", "rewrite"
    )
    assert "3 May" not in declined or "summarizer" in declined or "nothing to change" in declined


async def test_two_sentences_with_a_thank_you_lose_the_thanks() -> None:
    text = await drafted("Make this shorter: The hall is shut on 3 May for rewiring. Thank you all for being so kind.")
    assert text == "The hall is shut on 3 May for rewiring."
