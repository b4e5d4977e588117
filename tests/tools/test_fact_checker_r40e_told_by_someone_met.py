"""Round 40: a claim passed on by someone named bare by where they were met ("bloke on my bus reckons ...", "Guy in
the taproom says ...") is checked as the claim alone, with a follow-up asking for the check ("fact check him")
left out. A name before the place ("Einstein at Princeton said ...") is a quote attributed, and a source that is
no person ("Law in France says ...") is part of the claim: both stay as they are."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.claims import strip_framing

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "bloke on my bus reckons the Channel Tunnel is about 50 km long. is he right?",
        "Guy in the taproom says the Channel Tunnel is about 50 km long. fact check him for me",
        "lad at work reckons the Channel Tunnel is about 50 km long, true?",
        "Fella down the pub said the Channel Tunnel is about 50 km long",
        "woman at the bakery told me the Channel Tunnel is about 50 km long. right?",
        "Customer in the shop insisted the Channel Tunnel is about 50 km long - fact check her",
        "kids at school say the Channel Tunnel is about 50 km long",
        "heard on the radio that the Channel Tunnel is about 50 km long. true?",
        "saw on facebook that the Channel Tunnel is about 50 km long",
    ],
)
def test_the_teller_met_somewhere_is_no_part_of_the_claim(request_text: str) -> None:
    assert strip_framing(request_text) == "the Channel Tunnel is about 50 km long"


@pytest.mark.parametrize(
    "request_text",
    [
        "Einstein at Princeton said God does not play dice",
        "Churchill in the Commons said we shall fight on the beaches",
        "Law in France says you must carry a breathalyser",
        "Research at Oxford says coffee is good for you",
        "Salt in the diet causes high blood pressure",
        "Guy Fawkes tried to blow up Parliament in 1605",
    ],
)
def test_a_named_speaker_or_a_source_that_is_no_person_stays_in_the_claim(request_text: str) -> None:
    assert strip_framing(request_text) == request_text


async def test_the_claim_passed_on_gets_its_own_verdict(tmp_path) -> None:
    supported = "bloke on my bus reckons the human heart has four chambers. is he right?"
    contradicted = "Guy in the taproom says the human heart has three chambers. fact check him for me"
    assert await verdict(tmp_path, supported) == "supported"
    assert await verdict(tmp_path, contradicted) == "contradicted"
