"""A summary asked in a lead-in longer than a short ask, around words about the asker ("Can you give me the gist of
this notice from the ferry company? Passengers keep asking me about it: ...", "The council sent all us market
traders this. What does it actually say, in short: ...", "Pull the keywords out of this memo for the bakery team, I
want them on a sticky note: ...") is answered from the text after the colon instead of asked for again; who sent
the text, named bare ("Landlord sent me this about ..."), and what the asker will do with the summary ("so I can
explain it to the client") ask nothing of it; "this H&S bulletin" names the text."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

FERRY = (
    "From the first of November the winter timetable will apply on the Sound of Mull route. The first sailing from "
    "Oban will leave thirty minutes later than in summer. Vehicle bookings are now required for all sailings on "
    "Saturdays. Foot passengers do not need to book and may pay on board."
)


async def summarized(request: str):
    async with Agent(builtin_spec("summarizer"), LocalModel(), local_servers={"summarizer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Can you give me the gist of this notice from the ferry company? Passengers keep asking me about it: "
            + FERRY,
            "The first sailing from Oban",
        ),
        (
            "Council sent this about the TPO on the horse chestnut, can you summarise it so I can explain it to the "
            "client? Here's the letter: The tree is protected by a Tree Preservation Order made in 1994. Consent is "
            "granted to reduce the crown by no more than 20%. All work must follow the British Standard for tree "
            "work. Felling the tree is not permitted.",
            "Tree Preservation Order",
        ),
        (
            "Pull the keywords out of this memo for the bakery team, I want them on a sticky note: From Monday the "
            "sourdough starter will be fed at ten at night. The night team must log every sourdough feed. If the "
            "sourdough starter smells of acetone, tell the head baker. Rye sourdough will move to the second oven.",
            "sourdough",
        ),
    ],
)
async def test_summarized(request_text: str, said: str) -> None:
    outcome = await summarized(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text


async def test_a_question_asked_in_short_is_still_a_question() -> None:
    outcome = await summarized(
        "The council sent this. Is it legal, in short: Residents may not park vans on the street overnight. Fines "
        "are £70. Permits cost £30 a year. Visitors can buy day passes."
    )
    assert outcome.status != "completed", outcome.text
