"""The text sent straight after the question that asks for its summary is the material: a letter whose first
sentence speaks to its own reader as "we" to "your" ("Following our inspection, we are pleased to confirm that your
premises ..."), a summary asked with what it is for ("... so I can pass it on to the lads in the yard?"), and a text
pointed at and named by who sent it, whatever its kind is called ("this advance from the venue", "these figures
from the co-op"). Near-misses still ask or decline: the asker's own "we" sentence after the question, another job
beside the summary, a question too long to be only the ask, and a part of a named document."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.summarizer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

LETTER = (
    "After reviewing your application in March, we are happy to tell you that your community grant of 2,000 pounds "
    "has been approved. The money will be paid into your account within ten working days. A short report on how "
    "the grant was spent is due by the end of the year. We may share your project's name in our annual newsletter. "
    "Please contact us if any of your details change."
)
REVIEW = (
    "We stayed three nights in the garden room and loved the quiet. The breakfast was generous and the eggs were "
    "cooked just right. The shower took ages to run hot in the mornings. Parking was easy and free on the street. "
    "We would happily come back in the autumn."
)
ADVANCE = (
    "Doors open at 7pm and the support act plays at 7.45. The stage is eight metres wide with no thrust. Merchandise "
    "is sold from the foyer only, at a 20 percent commission. Dressing rooms are on the first floor, with showers."
)


async def summarized(request: str):
    async with Agent(builtin_spec("summarizer"), LocalModel(), local_servers={"summarizer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    "question",
    [
        "Could you summarise this letter from the county council's community funding team?",
        "What does this say, in short?",
        "can u give me the gist of this one from the grants people",
        "I'd be grateful for a brief summary of the following correspondence, please?",
    ],
)
async def test_a_letter_to_its_reader_after_the_question_is_summarised(question: str):
    separator = " " if question.endswith("?") else "? "
    result = await summarized(f"{question}{separator}{LETTER}")
    assert result.status == "completed", result.text
    assert "approved" in result.text and len(result.text) < len(LETTER)


@pytest.mark.parametrize(
    "question",
    [
        "Can you sum up this review in a line or two so I can read it out to the housekeeping team on Monday?",
        "Could you boil this down to a sentence or two so that I can forward it to our two business partners?",
        "Would you give me the gist of this guest review, short enough that I can paste it into our weekly staff "
        "update?",
    ],
)
async def test_a_summary_asked_with_what_it_is_for_is_answered_from_the_text(question: str):
    result = await summarized(f"{question} {REVIEW}")
    assert result.status == "completed", result.text
    assert "garden room" in result.text or "breakfast" in result.text


@pytest.mark.parametrize(
    "head",
    [
        "Summarise this advance from the venue:",
        "Give me a quick summary of this rider from the promoter:",
        "sum up these notes from the stage manager pls:",
    ],
)
async def test_a_text_named_by_who_sent_it_is_the_text_sent(head: str):
    result = await summarized(f"{head} {ADVANCE}")
    assert result.status == "completed", result.text
    assert "7pm" in result.text or "Doors" in result.text


@pytest.mark.parametrize(
    "request_text",
    [
        # the asker's own "we", saying what they want: no text sent
        "Could you summarise this letter from the council? We would like you to keep it to two lines for our staff "
        "so your summary fits on the noticeboard. It needs to go up on Monday.",
        # another job beside the summary
        f"Can you sum up this review in a line or two and tell me if we should reply to it? {REVIEW}",
        # a question far longer than an ask
        "Can you sum up this review in a line or two, since I have to pass it on to the lads in the yard and the "
        "owners as well as the two new girls who started on reception this week and the night porter? " + REVIEW,
        # one part of the document named
        f"Summarise these complaints in the review: {REVIEW}",
        f"Summarise this advance from the venue and tell me whether we can sell merch in the hall: {ADVANCE}",
    ],
)
async def test_more_than_the_text_after_the_question_is_not_summarised(request_text: str):
    result = await summarized(request_text)
    assert result.status != "completed", result.text
