"""A summary asked in the framings people use in several Englishes is answered from the text: a formal "Kindly
prepare a brief summary of the following ... for our notice board", a Scots "Can ye make sense of this letter ...
Short version please", the asker's situation told as "we" before the ask ("We have received new guidance. I would
be grateful for a summary for the staff:"), someone else's wish for it ("boss wants a short version ..."), and the
text named as the user calls it and pointed at below ("Summarise the council's new parking rules below"). Near-
misses still decline: no text sent, a question the text's sentences may not answer, one side of the text, a part
of a named document, another job beside the summary."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.summarizer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The lift in Block C will be out of service from Monday for two weeks while the motor is replaced. Residents "
    "on the upper floors can ask the caretaker for help with heavy shopping. The stairwell lights have been "
    "renewed. Deliveries should be left at the concierge desk during the works. The management committee "
    "apologises for the disruption."
)


async def summarized(request: str):
    async with Agent(builtin_spec("summarizer"), LocalModel(), local_servers={"summarizer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    "head",
    [
        "Kindly prepare a short summary of the following notice from the estate office for our residents' group:",
        "Please produce a brief summary of this bulletin for our notice board:",
        "Could ye make sense of this letter from the factor for me, my head's mince. Short version please:",
        "Can u make sense of this notice for me? Short version pls:",
        "The committee has received this from the managing agent. I would be grateful for a summary for members:",
        "We got this notice through the door yesterday. I'd be grateful for a short summary for my neighbours:",
        "gaffer wants a short version of the notice for the lads' group chat. summarise this:",
        "My manager needs a quick summary of the notice below for the team:",
        "Summarise the estate's new lift arrangements below:",
    ],
)
async def test_a_framed_ask_is_answered_from_the_text(head: str) -> None:
    result = await summarized(f"{head} {NOTICE}")
    assert result.status == "completed", result.text
    assert "Block C" in result.text
    assert len(result.text) < len(NOTICE)


@pytest.mark.parametrize(
    "request_text",
    [
        "Kindly prepare a brief summary of the following circular for our notice board:",
        "boss wants a short version of the toolbox talk for the group chat. summarise this:",
        "We have received new guidance from the crematorium. I would be grateful for a summary for the staff:",
    ],
)
async def test_a_framed_ask_with_no_text_is_not_answered(request_text: str) -> None:
    result = await summarized(request_text)
    assert result.status != "completed", result.text


@pytest.mark.parametrize(
    "head",
    [
        "Can ye make sense of this letter for me? Does it mean I have to pay for the lift?",
        "We have received this notice. Is the landlord allowed to do this? Short version please:",
        "Boss wants a short version of this and wants to know whether we have to reply:",
        "Summarise the lift rules in the tenancy handbook below:",
        "Kindly prepare a brief summary of the following notice and draft a reply to the committee:",
    ],
)
async def test_near_misses_are_declined(head: str) -> None:
    result = await summarized(f"{head} {NOTICE}")
    assert result.status != "completed", result.text
