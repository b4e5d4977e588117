"""Where the material starts after a longer lead-in: a blank line, a short label, a long ask ending at its colon,
or a short question about the text that follows. And where it does not: the words after the ask are more of it."""

import time

import pytest

from agents.models.arguments import fill_arguments, free_text

DIGEST = {
    "properties": {"request": {"type": "string"}, "text": {"type": "string"}},
    "required": ["request", "text"],
}
REVIEW = {
    "properties": {"request": {"type": "string"}, "code": {"type": "string"}},
    "required": ["request", "code"],
}
NOTICE = (
    "The library reopens on 2 June after new windows were fitted. The study room now takes bookings online. "
    "Fines for May are cancelled."
)


def text_of(request: str) -> str | None:
    return fill_arguments(request, DIGEST).arguments.get("text")


@pytest.mark.parametrize(
    "request_",
    [
        f"My neighbour forwarded this to the whole street and I really can't face reading all of it tonight. "
        f"Here it is: {NOTICE}",
        f"I only need the main idea of this for our newsletter, nothing fancy, just the bits people care about. "
        f"Text: {NOTICE}",
        f"Quick favour before my train leaves, could you give me the short version of this email from the library?"
        f"\n\n{NOTICE}",
        f"Our residents' group got this from the council and everyone keeps asking me what it says, a summary "
        f"would help\n\n{NOTICE}",
        f"My mum sent me this from the library and I haven't got time to read it properly, can you summarise it: "
        f"{NOTICE}",
    ],
)
def test_a_long_lead_in_closed_by_a_blank_line_a_label_or_its_own_colon_is_not_material(request_):
    assert text_of(request_) == NOTICE


@pytest.mark.parametrize(
    "ask",
    [
        "Can you boil this down to two sentences?",
        "what are the main takeaways from this notice?",
        "could you cut this down a bit?",
        "Any chance you could sum this up for the residents' newsletter?",
    ],
)
def test_a_short_question_about_the_text_that_follows_leaves_the_text(ask):
    assert text_of(f"{ask} {NOTICE}") == NOTICE


@pytest.mark.parametrize("hurry", ["I'm in a rush.", "No time, sorry!", "I'm running late. I'm on my phone."])
def test_a_word_on_the_askers_hurry_before_the_text_is_not_the_text(hurry):
    assert text_of(f"Can you sum up this notice? {hurry} {NOTICE}") == NOTICE


def test_a_hurry_then_more_about_the_ask_still_has_no_text():
    request = "Can you summarize this? I'm in a rush. I wasn't there. It's for the board."
    assert fill_arguments(request, DIGEST).missing == ("text",)


@pytest.mark.parametrize(
    "request_",
    [
        "Could you summarise the minutes from yesterday's meeting? I wasn't able to be there. I need to brief my "
        "manager this afternoon.",
        "Can you sum up this report for me? It runs to forty pages. My boss wants the short version by noon.",
        "What's the gist of this article? I don't have time to read the whole thing. Thanks a lot!",
        "Can you summarise this? The notice is attached below. Please keep it short.",
        "Can you help with the school trip? The coach leaves at 8. The museum opens at 10. Lunch is provided.",
        "Can you summarize this report? The deadline is Friday. The board meets on Monday. My boss wants it short.",
        "Could you shorten this email? It's from my landlord. The rent goes up in May. The boiler gets replaced.",
        "My sister wrote a long message about the family reunion and everyone keeps asking me what she said, so "
        "I'd love a summary of it for the group chat. Thanks!",
    ],
)
def test_words_after_the_ask_that_go_on_about_it_are_not_taken_for_the_text(request_):
    assert fill_arguments(request_, DIGEST).missing == ("text",)


def test_a_long_run_of_words_ending_at_a_colon_without_an_ask_is_not_a_lead_in():
    request = (
        "The board agreed several changes to the parking rules after a long meeting with the staff union on "
        "Tuesday: permits now cost less. Visitors park free."
    )
    assert free_text(request) == request


def test_a_clock_time_is_not_the_colon_that_ends_the_lead_in():
    notes = "The choir now starts at 7:30 in the church hall. Blue folders are needed. Parking is free."
    assert text_of(f"Can you shorten these notes for the choir? {notes}") == notes
    assert free_text("Write a reminder that the book club meets at 6:30 in room B") == (
        "Write a reminder that the book club meets at 6:30 in room B"
    )


def test_apostrophes_inside_words_are_not_a_quotation():
    request = "What's the gist of this article? I don't have time to read it."
    assert free_text(request) == request


def test_prose_after_a_question_is_never_taken_for_code():
    request = f"Can you check this for me? {NOTICE}"
    assert fill_arguments(request, REVIEW).missing == ("code",)


def test_code_after_a_long_lead_in_with_a_label_is_found():
    code = "def average(values):\n    return sum(values) / len(values)"
    request = (
        "This helper keeps blowing up whenever the list it gets is empty and I have stared at it for an hour "
        f"without seeing why. Here is the code:\n{code}"
    )
    assert fill_arguments(request, REVIEW).arguments["code"] == code


def test_lead_in_reading_stays_fast_on_a_hostile_question():
    hostile = "why? " + "a. " * 200_000 + "thanks"
    started = time.perf_counter()
    free_text(hostile, prose=True)
    free_text("? " * 300_000, prose=True)
    free_text("1:" * 300_000 + "\n", prose=True)
    assert time.perf_counter() - started < 1.0


LETTER = (
    "We will be replacing the boilers in all flats during the week of 9 September. Engineers will need access to "
    "each flat for around four hours, and we will confirm your appointment time by letter. Hot water will be off "
    "in your flat during that time. The work will not affect your rent."
)


@pytest.mark.parametrize(
    "ask",
    [
        # a pasted letter speaks to its own reader ("your flat", "your rent"): that is the text, not the asker
        "My landlord sent this and the wording is confusing. What does it boil down to?",
        # "them" points at the text too
        "Our tenants' association minutes, could you shorten them for the noticeboard?",
    ],
)
def test_a_text_that_says_you_after_a_short_question_is_the_text(ask):
    assert text_of(f"{ask} {LETTER}") == LETTER


def test_a_texting_ask_ending_at_its_colon_is_a_lead_in():
    request = f"can u summarise this letter from my son's school, I don't have time to read it all: {NOTICE}"
    assert text_of(request) == NOTICE


@pytest.mark.parametrize(
    "after",
    ["You can skip the dates.", "Let me know if you need it any shorter than that."],
)
def test_words_to_the_assistant_after_the_text_still_leave_it_unclear(after):
    request = f"Can you sum this up? {NOTICE} {after}"
    assert fill_arguments(request, DIGEST).missing == ("text",)


def test_a_word_about_the_text_and_a_short_word_to_you_are_not_the_text():
    request = "Can you shorten them? The minutes are below. Your comments are welcome. The meeting starts at 9."
    assert fill_arguments(request, DIGEST).missing == ("text",)


LETTER = (
    "Dear member, from 1 March the car park closes at 9 pm. The sauna is shut for cleaning on Mondays. "
    "Lockers now take a card instead of a coin. Thank you for being part of our club."
)


@pytest.mark.parametrize(
    "request_",
    [
        f"Can you summarise this? {LETTER}",
        f"could u sum this up? {LETTER}",
        f"What does this say? {LETTER.replace('Dear member,', 'Hi all,')}",
        f"Can you shorten this? {LETTER.replace('Dear member,', 'Hello everyone,')}",
    ],
)
def test_a_pasted_letter_after_a_short_question_is_the_text_sign_off_and_all(request_):
    text = text_of(request_)
    assert text is not None and text.endswith("Thank you for being part of our club.")
    assert "car park closes at 9 pm" in text
