"""Round table: long lead-ins closed by a summary ask after a comma, "so" or "and", and letters or notices after an
opening question that open by speaking to their own reader, in many voices; with the near-misses that must still be
asked again (an ask beyond a summary, no text, a question that is no summary ask, the asker's own notes)."""

from __future__ import annotations

import pytest
from mcp import Client

from agents.models.arguments import fill_arguments
from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

COMPLAINT = (
    "I ordered a standing desk on the 2nd and was promised delivery within five working days. It is now the 15th "
    "and nothing has arrived. Your tracking page has said 'processing' for a week. I want a refund or a firm date."
)
MARKET = (
    "Stalls open at 7am on Saturdays from April. Every trader must show a current hygiene certificate. Pitch fees "
    "rise to 30 pounds. Gazebos must be weighted, not pegged."
)
LEAD = "I'm on the support desk and have forty of these to get through today with nobody else on shift"


async def text_sent(request: str) -> str | None:
    """The text the offline model fills into the summarizer's ``digest`` tool (its schema as listed over MCP) for
    ``request``, or None when it would ask for the text again. Whether the summarizer then takes the whole ask is
    the summarizer's own decision, tested beside it."""
    async with Client(create_server()) as client:
        listed = next(t for t in (await client.list_tools()).tools if t.name == "digest")
    filled = fill_arguments(request, listed.input_schema)
    return None if filled.missing else filled.arguments.get("text")


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (f"I'm on the support desk and have forty of these to get through, give me the gist: {COMPLAINT}", "I ordered"),
        (
            "OK so the market organiser sends these long emails every spring and I never read them properly and then "
            f"I get told off for something, so please just summarise it for me: {MARKET}",
            "Stalls",
        ),
        (
            "My manager dumped a pile of complaints on me this morning before the audit, summarise this one: "
            f"{COMPLAINT}",
            "I ordered",
        ),
        (
            f"Customers keep writing in about late deliveries and I need to log each one, sum this up for me: "
            f"{COMPLAINT}",
            "I ordered",
        ),
        (
            f"Our head office wants a weekly report on complaints and I'm behind on it, so just sum it up: {COMPLAINT}",
            "I ordered",
        ),
        (
            "I handle returns for a furniture shop and this came in overnight, and could you give me the gist: "
            f"{COMPLAINT}",
            "I ordered",
        ),
        (
            "I'm the new volunteer coordinator at the market and this landed in the shared inbox, please summarise "
            f"it: {MARKET}",
            "Stalls",
        ),
        (
            "The chair asked me to brief the committee tonight and I've not read this yet, boil it down for me: "
            f"{MARKET}",
            "Stalls",
        ),
        (
            f"I run a small cafe stall and the organiser sends these every year, so give me the main points: {MARKET}",
            "Stalls",
        ),
        (
            "Been asked to triage the support queue while Sam is on holiday, quick summary please: " + COMPLAINT,
            "I ordered",
        ),
        (f"{LEAD} so give me a quick summary: {COMPLAINT}", "I ordered"),
    ],
)
async def test_a_closing_summary_ask_leaves_the_text_after_the_colon(request_text, kept):
    text = await text_sent(request_text)
    assert text is not None and text.startswith(kept)


LETTERS = [
    "We are writing to let you know that our prices will rise by 6% from 1 July because of higher bean and transport "
    "costs. Orders placed before then are charged at the current price. Delivery charges are unchanged. Our account "
    "team can answer any questions.",
    "Just to let you know that the gym will close for refurbishment from 3 to 10 March. Members can use the "
    "Riverside branch free of charge during that week. Classes will resume on 11 March. The new changing rooms will "
    "open at the same time.",
    "Please note that the bin collection day moves from Monday to Wednesday from next month. Garden waste is "
    "collected every other week. Bags left out on the wrong day will not be taken. A new calendar is being posted "
    "to every house.",
    "We're pleased to tell you that your application for a parking permit has been approved. The permit is valid "
    "for twelve months from 1 May. It must be shown on the dashboard at all times. Renewal reminders are sent a "
    "month before expiry.",
    "Thank you for your order of 14 March. Your parcel has been dispatched with a tracked courier. Delivery usually "
    "takes two to three working days. The tracking number is in the email we sent you.",
    "We would like to inform you that the clinic is changing its opening hours. From 1 June it opens at 8am and "
    "closes at 6pm. Saturday morning appointments are no longer available. Emergency cover is unchanged.",
    "This is to let you know that your tenancy renewal is due on 30 September. The rent will go up by 40 pounds a "
    "month. The deposit remains in the protection scheme. The landlord will contact you about a new inventory.",
    "We regret to inform you that the concert on 12 May has been cancelled because of the singer's illness. All "
    "tickets will be refunded automatically within ten days. The new date will be announced in June. Ticket "
    "holders get priority booking.",
    "Thanks for getting in touch about your broadband fault. An engineer visit has been booked for Thursday between "
    "8am and 1pm. Someone over 18 must be at home. The router should be left switched on.",
    "I am writing to let you know that the school will be closed on Friday for staff training. Breakfast club will "
    "not run that day. Pupils return on Monday as normal. The term dates on the website have been updated.",
    "Congratulations, you have been selected for the regional under-14 squad. Training takes place on Sunday "
    "mornings at the county ground. Kit is provided on the first day. Parents must sign the consent form before the "
    "first session.",
]
QUESTIONS = [
    "Can you summarise this supplier email?",
    "Could you sum this up for me?",
    "What's the gist of this letter?",
    "can u boil this down to a couple of lines?",
    "Any chance you could summarise this notice?",
]


@pytest.mark.parametrize("index", range(len(LETTERS)))
async def test_a_letter_speaking_to_its_reader_after_the_question_is_the_text(index):
    letter = LETTERS[index]
    assert await text_sent(f"{QUESTIONS[index % len(QUESTIONS)]} {letter}") == letter


@pytest.mark.parametrize(
    "request_text",
    [
        f"{LEAD}, summarise it in Spanish: {COMPLAINT}",
        f"{LEAD}, sum it up and tell me if she is owed a refund: {COMPLAINT}",
        f"{LEAD}, give me the gist:",
        f"{LEAD}, who should handle this one: {COMPLAINT}",
        f"{LEAD}, is she right to be angry: {COMPLAINT}",
        f"{LEAD}, give me a reply I can send: {COMPLAINT}",
        f"{LEAD}, translate it into French: {COMPLAINT}",
        f"{LEAD} " + "and honestly it has been a very long week " * 5 + f", give me the gist: {COMPLAINT}",
        "Could you summarise this? Please note it's for our newsletter. Keep it short. We need it today.",
        "Can you summarise this? Please note that the summary must be short. The board meets Monday. Keep dates in.",
        "Can you sum this up? Thank you for your help. The board meets Monday. The chair wants it by noon.",
        "Can you sum this up? Just to let you know this is from my landlord. The rent goes up. The boiler is new.",
        "Can you summarise this for me? Just to let you know I'm on my phone. Keep it short. Bullet points are fine.",
        f"Work out the cost of 3 nights at £89 a night plus a £25 cleaning fee, and summarise this message: {MARKET}",
        f"Write a quick note to Jo saying the printer on the second floor is fixed, and summarise these: {MARKET}",
        f"Is it right that the Moon orbits the Earth? And separately, summarise this note for me: {MARKET}",
        f"How much is 45 packed lunches at £3.20 each for the trip on Friday, and give me the gist: {COMPLAINT}",
        f"Three things, 15% off a £240 cake, a note for the window and then summarise this: {MARKET}",
    ],
)
async def test_an_ask_beyond_a_summary_no_text_or_the_askers_own_note_is_asked_again(request_text):
    assert await text_sent(request_text) is None
