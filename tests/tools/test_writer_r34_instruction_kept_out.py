"""Round 34: the words that ask for a text never become the text (a view given, a sized intro, who is told about
what), a polite rewrite keeps a harsh word that is its sentence's point in a milder word, an outline asked in bullets
is those bullets, and a language is no place on a checklist."""

from __future__ import annotations

import pytest
from conftest import call, declined_by_writer, drafted, tool_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a LinkedIn post sharing my opinion that four-day weeks work: our output rose 12% in 2024.",
            "In my view, four-day weeks work. Our output rose 12% in 2024.",
        ),
        (
            "Draft a blog post arguing that cities need more trees: shade cuts heat by 5 degrees; trees clean the air.",
            "Cities need more trees. Shade cuts heat by 5 degrees. Trees clean the air.",
        ),
        (
            "Write a short post giving our view that the library should stay open on Sundays.",
            "In our view, the library should stay open on Sundays.",
        ),
        (
            "Write a paragraph stating my position that homework should be optional: kids need rest, and studies are "
            "mixed.",
            "In my view, homework should be optional. Kids need rest, and studies are mixed.",
        ),
        (
            "Write a post giving my honest opinion that the new bus route is worse: it takes 20 minutes longer.",
            "In my view, the new bus route is worse. It takes 20 minutes longer.",
        ),
        ("Write a post giving my view that: remote work is better", "Remote work is better."),
        (
            "Write a LinkedIn post about my opinion that meetings are too long: most could be emails.",
            "In my view, meetings are too long. Most could be emails.",
        ),
        (
            "Write a post expressing my belief that cycling to work is worth it: I save £60 a month and sleep better.",
            "In my view, cycling to work is worth it. I save £60 a month and sleep better.",
        ),
        (
            "Write a 2-sentence toast intro from these facts: Ana and Leo met in Porto in 2019, and they married "
            "today at Kew.",
            "Ana and Leo met in Porto in 2019. They married today at Kew.",
        ),
        (
            "Write a 3 sentence bio intro from these facts: Jo is a nurse, she lives in Leeds, and she runs marathons.",
            "Jo is a nurse. She lives in Leeds. She runs marathons.",
        ),
        (
            "Write a 2 sentence intro for a speech from these facts: the club turns 50 this year, and it has 300 "
            "members.",
            "The club turns 50 this year. It has 300 members.",
        ),
        (
            "Write a short toast for my brother's wedding: he married Ana in Lisbon today",
            "My brother's wedding: he married Ana in Lisbon today.",
        ),
    ],
)
async def test_the_asking_words_never_open_the_text(request_text: str, said: str) -> None:
    assert await drafted(request_text) == said


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        ("Let the volunteers know about the bake sale: Saturday 10am in the church hall.", "Hello volunteers,", "10am"),
        ("Tell my colleagues about the leaving do on Friday", "Hello colleagues,", "The leaving do is on Friday."),
        ("Tell everyone about the quiz: 8pm at the Crown.", "Hello everyone,", "8pm at the Crown."),
        ("Tell Sam about the move: we go on 3 May.", "Hello Sam,", "We go on 3 May."),
        ("Tell the team all about the offsite: 3 June, Bristol, coach at 8am.", "Hello team,", "3 June, Bristol"),
        ("Inform staff about the new parking rules: permits from 1 May, £40 a year.", "Hello staff,", "£40 a year"),
        (
            "Inform the residents that the water will be off on Tuesday.",
            "Hello residents,",
            "The water will be off on Tuesday.",
        ),
        ("Let the team know about the party: it starts at 6pm", "Hello team,", "The party starts at 6pm."),
        (
            "Write a message telling the team about the new rota: it starts Monday.",
            "Hello team,",
            "The new rota starts Monday.",
        ),
    ],
)
async def test_who_is_told_about_something_is_greeted_without_the_about(
    request_text: str, greeting: str, said: str
) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text and " about," not in text and " know," not in text


@pytest.mark.parametrize(
    ("request_text", "subject"),
    [
        ("Tell the volunteers about the litter pick: Saturday 10am at the park gates.", "Subject: The Litter Pick"),
        ("Let everyone know about the power cut: Tuesday 9am to 1pm.", "Subject: The Power Cut"),
        ("Write an email to the team about the party: Friday at 6pm in the Crown.", "Subject: The Party"),
        ("Email the residents about our open day: Saturday 2pm to 5pm.", "Subject: The Open Day"),
    ],
)
async def test_a_topic_the_body_never_names_heads_the_email(request_text: str, subject: str) -> None:
    assert (await drafted(request_text)).startswith(f"{subject}\n")


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a post giving my view on remote work",
        "Tell the parents about the trip",
        "Tell the choir about the concert",
        "Write a 3-sentence intro for a podcast from these notes: I'm Dev, I cook vegan food, and new episodes drop "
        "on Fridays.",
    ],
)
async def test_a_topic_alone_or_too_few_facts_is_still_declined(request_text: str) -> None:
    await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this more professional: Is it crazy to ask for an extension?",
            "Is it unreasonable to ask for an extension?",
        ),
        (
            "Can you make this nicer: It's ridiculous that we still have no heating.",
            "It's unreasonable that we still have no heating.",
        ),
        ("Rewrite politely: Would it be stupid to ask for a discount?", "Would it be unwise to ask for a discount?"),
        (
            "Make this polite: Honestly, it's absurd for us to pay twice.",
            "Honestly, it's unreasonable for us to pay twice.",
        ),
        (
            "Make this friendlier: Isn't it insane that the bus is late again?",
            "Isn't it unreasonable that the bus is late again?",
        ),
        ("Rewrite this politely: Is it ridiculous to want my money back?", "Is it unreasonable to want my money back?"),
        (
            "Make this professional: Is it stupid that we pay for parking?",
            "Is it unreasonable that we pay for parking?",
        ),
        ("Make this friendlier: It is crazy how busy we are.", "It's crazy how busy we are."),
    ],
)
async def test_a_harsh_judgement_is_said_mildly_never_dropped(request_text: str, said: str) -> None:
    assert await drafted(request_text, "rewrite") == said


async def test_an_outburst_of_its_own_is_still_no_judgement_to_keep() -> None:
    text = await drafted("Make this polite: This is ridiculous. I want a refund.", "rewrite")
    assert text == "I would like a refund, please."


@pytest.mark.parametrize(
    ("request_text", "text"),
    [
        (
            "Outline my talk in 3 bullet points: why bees matter, what harms them, how to help",
            "# Talk\n\n- Why bees matter\n- What harms them\n- How to help",
        ),
        (
            "Give me an outline for a blog post on composting as bullet points: what to compost, bins, turning the "
            "heap, using it",
            "# Composting\n\n- What to compost\n- Bins\n- Turning the heap\n- Using it",
        ),
        (
            "Can you outline the quarterly report in bullet points? Sections: revenue, costs, outlook.",
            "# Quarterly Report\n\n- Revenue\n- Costs\n- Outlook",
        ),
        ("Outline a workshop on budgeting with two bullets: rent, food", "# Budgeting\n\n- Rent\n- Food"),
        (
            "Outline an essay on climate policy with 5 bullets",
            "# Climate Policy\n\n- Introduction\n- Background\n- Key ideas\n- In practice\n- Conclusion",
        ),
    ],
)
async def test_an_outline_in_bullets_is_its_points_as_bullets(request_text: str, text: str) -> None:
    result = await call(tool_server("writer"), "outline", request=request_text)
    assert result.structured_content["text"] == text


@pytest.mark.parametrize(
    "request_text", ["Outline a lesson in 6 bullets: starter, main, plenary", "Outline in bullet points"]
)
async def test_an_outline_in_bullets_that_cannot_be_met_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text, "outline")


@pytest.mark.parametrize(
    ("email", "answer"),
    [
        (
            "the quiz night is on Friday at 7pm, and the questions are in English.",
            "No: it gives the date (Friday) and the time (7pm), but it does not mention the place.",
        ),
        (
            "the talk is on Monday at 6pm, in French with subtitles.",
            "No: it gives the date (Monday) and the time (6pm), but it does not mention the place.",
        ),
        (
            "the party is on Saturday at 8pm at Christmas House.",
            "Yes: the text covers everything on the checklist: the date (Saturday), the time (8pm) and the place "
            "(at Christmas House).",
        ),
        (
            "the fair is on Sunday at 10am in the Town Hall, signs in Welsh and English.",
            "Yes: the text covers everything on the checklist: the date (Sunday), the time (10am) and the place "
            "(in the Town Hall).",
        ),
    ],
)
async def test_a_language_is_no_place_on_a_checklist(email: str, answer: str) -> None:
    text = await drafted(
        f"Does this email cover everything on the checklist? Checklist - date, time, place. Email - Hi all, {email}"
    )
    assert text == answer
