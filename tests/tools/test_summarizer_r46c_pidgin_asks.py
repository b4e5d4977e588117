"""A summary asked in the pidgin of West Africa: "abeg" for please, and the text named with how it came ("this notice
wey dem paste for our line", "the message wey my oga paste for group"). Near-misses: a question or a side of the
text asked beside it is still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome, picked_from

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The estate residents association wishes to inform everyone that the borehole will be serviced on Saturday. "
    "Water will be off from 8am until 4pm on that day. Each flat must pay a levy of ₦5,000 for the repairs before the "
    "end of the month. Residents who have not paid last quarter's dues should see the treasurer. The next general "
    "meeting will hold on the first Sunday of next month."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Abeg summarize this notice wey dem paste for our estate group: {NOTICE}",
        f"abeg sum up this message wey my landlord paste for whatsapp, make I understand am quick: {NOTICE}",
        f"Please summarise the notice they pasted in the group chat:\n\n{NOTICE}",
    ],
)
async def test_abeg_and_how_the_text_was_pasted_ask_nothing_more(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    assert picked_from(NOTICE, outcome.text)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Abeg summarize this notice wey dem paste. Who go collect the levy? {NOTICE}",
        f"abeg summarize only the parts about money for this notice wey dem paste: {NOTICE}",
    ],
)
async def test_a_question_or_a_side_beside_it_is_still_declined(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status != "completed", outcome.text
