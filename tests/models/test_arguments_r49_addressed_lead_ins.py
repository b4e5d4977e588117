"""Long lead-ins before a colon that open with an address and "kindly" ("Sir kindly summarise this order letter
from ..., 3 sentences only:") or say who sent the text ("A tour agency wrote me this, ..., 2-3 sentences:") hand on
the text after the colon; a text's own long first sentence ending at a colon is still the text."""

from __future__ import annotations

import pytest
from mcp import Client

from agents.models.arguments import fill_arguments
from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

LETTER = (
    "The co-operative will collect the harvest from every farm on 12 and 13 May. Each member must bring their own "
    "sacks to the weighing shed. Payment is made in cash on the day of collection. Late deliveries cannot be accepted."
)


async def text_sent(request: str) -> str | None:
    async with Client(create_server()) as client:
        listed = next(t for t in (await client.list_tools()).tools if t.name == "digest")
    filled = fill_arguments(request, listed.input_schema)
    return None if filled.missing else filled.arguments.get("text")


@pytest.mark.parametrize(
    "lead",
    [
        "Sir kindly summarise this letter from the farmers' co-operative in the next district, 2 sentences only:",
        "Kindly summarise this notice from the co-operative office near the old market in town, two sentences:",
        "The co-operative secretary sent me this yesterday, tell me short what they want from us, 2 sentences:",
    ],
)
async def test_an_addressed_or_sent_lead_in_hands_on_the_text(lead: str):
    assert (await text_sent(f"{lead} {LETTER}") or "").startswith("The co-operative will collect")


async def test_a_texts_own_long_first_sentence_is_still_the_text():
    text = (
        "Summarise this please.\n\nThe board met on Tuesday evening in the village hall and after a long discussion "
        f"agreed three changes: {LETTER}"
    )
    assert (await text_sent(text) or "").startswith("The board met")
