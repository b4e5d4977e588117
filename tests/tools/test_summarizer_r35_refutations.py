"""Round 35: a reported claim, rumour, fear or expectation is never summarized without what refutes it; a text with
no refuted claim is summarized as before."""

from __future__ import annotations

import pytest
from conftest import call, tool_server

pytestmark = pytest.mark.anyio

TEXTS = {
    "mayor": (
        "Police said there was no truth in reports that the mayor had been arrested. Social media posts on Sunday "
        "claimed he was detained at the airport with £50,000 in cash. The mayor was in fact at a charity event all "
        "weekend. Officers asked people not to share the posts."
    ),
    "virus": (
        "A viral post says drinking hot water kills the virus. Doctors say this is false. There is no evidence that "
        "hot drinks prevent infection. Washing hands and vaccination remain the best protection."
    ),
    "jobs": (
        "The company had been expected to announce 500 job cuts. In the end, it announced none. Instead it will move "
        "200 staff to a new site in Leeds. Unions welcomed the news."
    ),
    "lunches": (
        "Parents claimed the school had banned packed lunches. The head teacher said no such ban exists. Pupils may "
        "bring packed lunches or buy school meals. A letter explaining the policy went home on Monday."
    ),
    "market": (
        "Shoppers feared that the market would close for good. The council has now agreed a new ten-year lease. "
        "Traders will pay the same rent as before. The market is open six days a week."
    ),
    "data": (
        "The company denied that it had sold customer data. A newspaper had claimed the firm passed details of 2 "
        "million users to advertisers. The firm said it never shares personal information. Regulators are looking "
        "into the claims. No fine has been issued."
    ),
    "flood": (
        "The judge ruled that the landlord was not responsible for the flood. The tenant had claimed £8,000 in "
        "damages. The court heard that a neighbour's pipe burst. The tenant must pay the landlord's legal costs. She "
        "plans to appeal."
    ),
    "festival": (
        "Rumours spread that the festival had been cancelled. Organisers confirmed on Friday that it will go ahead as "
        "planned on 12 July. Tickets are still on sale. Gates open at noon."
    ),
}
# What each summary must hold (the refutation) whatever else it keeps.
REFUTED = {
    "mayor": "no truth",
    "virus": "no evidence|false",
    "jobs": "announced none",
    "lunches": "no such ban",
    "market": "new ten-year lease",
    "data": "denied|never shares",
    "flood": "not responsible",
    "festival": "go ahead",
}
ASKS = [
    "Summarize this in one sentence: {}",
    "tl;dr: {}",
    "Give me a one-line summary: {}",
    "Summarise in two sentences: {}",
    "Sum this up in under 15 words: {}",
    "What's the gist of this? {}",
]


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("ask", ASKS)
async def test_a_claim_is_never_summarized_without_its_refutation(name, ask):
    text = TEXTS[name]
    reply = await call(tool_server("summarizer"), "digest", request=ask.format(text), text=text)
    if reply.is_error:
        return  # a decline is honest; what is checked is that a summary given is not the rumour alone
    said = reply.structured_content["summary"] or ""
    assert any(w in said for w in REFUTED[name].split("|")), said


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The minister claimed the economy grew by 2% last year. Figures out on Monday show growth of 2.1%. "
            "Exports rose fastest.",
            "claimed",
        ),
        (
            "The new library opens on Monday. It has 40,000 books and a cafe. Entry is free for residents.",
            "opens on Monday",
        ),
    ],
)
async def test_a_text_without_a_refuted_claim_is_summarized_as_before(text, kept):
    request = f"Summarize this in one sentence: {text}"
    reply = await call(tool_server("summarizer"), "digest", request=request, text=text)
    assert not reply.is_error, reply.content[0].text
    assert kept in reply.structured_content["summary"]
