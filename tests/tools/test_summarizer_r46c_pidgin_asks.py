"""A summary asked in the pidgin of West Africa: "abeg" for please, and the text named with how it came ("this notice
wey dem paste for our line", "the message wey my oga paste for group"). Near-misses: a question or a side of the
text asked beside it is still declined."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.summarizer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The estate residents association wishes to inform everyone that the borehole will be serviced on Saturday. "
    "Water will be off from 8am until 4pm on that day. Each flat must pay a levy of ₦5,000 for the repairs before the "
    "end of the month. Residents who have not paid last quarter's dues should see the treasurer. The next general "
    "meeting will hold on the first Sunday of next month."
)


async def _outcome(request: str):
    async with Agent(builtin_spec("summarizer"), LocalModel(), local_servers={"summarizer": create_server()}) as agent:
        return await agent.run(request)


def _from(material: str, answer: str) -> bool:
    sentences = [s.strip() for s in answer.replace("\n", " ").split(". ") if s.strip()]
    return bool(sentences) and all(s.rstrip(".") in material for s in sentences)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Abeg summarize this notice wey dem paste for our estate group: {NOTICE}",
        f"abeg sum up this message wey my landlord paste for whatsapp, make I understand am quick: {NOTICE}",
        f"Please summarise the notice they pasted in the group chat:\n\n{NOTICE}",
    ],
)
async def test_abeg_and_how_the_text_was_pasted_ask_nothing_more(request_text: str):
    outcome = await _outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert _from(NOTICE, outcome.text)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Abeg summarize this notice wey dem paste. Who go collect the levy? {NOTICE}",
        f"abeg summarize only the parts about money for this notice wey dem paste: {NOTICE}",
    ],
)
async def test_a_question_or_a_side_beside_it_is_still_declined(request_text: str):
    outcome = await _outcome(request_text)
    assert outcome.status != "completed", outcome.text
