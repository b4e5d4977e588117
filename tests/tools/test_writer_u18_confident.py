"""A text made more confident (bolder, firmer, less hedging) says its claims plainly: every hedge goes ("I think",
"maybe", "I guess" said as an aside, "I might be"), and a hedge the rules cannot take out is declined, never sent
back still hedging (it was returned with "I might ... I guess" left in)."""

from __future__ import annotations

import re

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

_HEDGES = re.compile(r"\b(?:I think|I guess|I suppose|I believe|maybe|perhaps|possibly|probably|might|kind of)\b", re.I)


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Can you make this sound more confident for my cover letter? 'I think I might maybe be a good fit for the "
            "role, I guess, because I've done 5 years of customer service.'",
            "I am a good fit for the role",
        ),
        ("Rewrite this to sound more confident: I guess I could probably lead the project, if that's okay.", "lead"),
        (
            "Please rewrite this more confidently for my LinkedIn: 'I feel like I'm maybe quite good at managing "
            "budgets of up to £40k, I think.'",
            "£40k",
        ),
        (
            "Can you make my bio sound more confident? 'I suppose I'm sort of a decent baker, maybe, and I've won 2 "
            "local prizes.'",
            "2 local prizes",
        ),
        (
            "Make my message firmer: 'Hi Tom, if it's possible, could you perhaps pay the £60 you owe me whenever you "
            "get a chance?'",
            "£60",
        ),
        (
            "Rewrite my speech line to sound bolder: 'We might be the best team in the league this year, possibly.'",
            "We are the best team",
        ),
        ("make this less hedging pls: 'I believe that I could maybe run the 10k in under 50 minutes.'", "50 minutes"),
        (
            "Make this sound more assertive for my appraisal: 'I think I kind of helped the team hit 3 deadlines "
            "early, I suppose.'",
            "3 deadlines",
        ),
    ],
)
async def test_a_confident_rewrite_keeps_no_hedge(request_text: str, kept: str) -> None:
    text = await drafted(request_text)
    assert kept in text
    assert not _HEDGES.search(text), text


@pytest.mark.parametrize(
    "request_text",
    [
        # a forecast, not the writer's hedge: said as certain it would change what the text claims
        "Make this sound more confident: 'It might rain on the day, so bring a coat.'",
        # "I'm not sure if it is right" doubts what follows: taking it out would claim the opposite
        "Make this more confident: 'I'm not sure if the invoice of £300 is right.'",
        # a suggestion left as a suggestion still hedges
        "Rewrite this so it sounds more confident: 'Perhaps we could move the launch to 14 May?'",
    ],
)
async def test_a_hedge_the_rules_cannot_take_out_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
