"""Round 42: a claim passed on by a teller is checked as the clause after the reporting verb, whoever the teller is
("The science teacher reckons ...", "One of the Year 6 lads insists that ...", "A customer swore ..."), with the
wager or the asker's own reply told after it left out ("... and he has bet me a Mars bar on it", "... and I said
he's wrong"), and a statement someone wrote, named before a colon ("Please verify this statement my nephew wrote in
his homework: X"), is X. What a teller says of the asker ("my doctor says I should rest") is no fact to check."""

from __future__ import annotations

import pytest
from conftest import call, verdict

from servers.tools.fact_checker import create_server
from servers.tools.fact_checker.claims import strip_framing

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "The science teacher reckons potatoes come from Ireland",
        "the new apprentice swore potatoes come from Ireland",
        "One of the Year 9 girls insists that potatoes come from Ireland",
        "one of my regulars swears blind that potatoes come from Ireland",
        "A customer swore potatoes come from Ireland",
        "fact check pls, mate reckons potatoes come from Ireland",
        "fact check plz: the bloke at the bar swore potatoes come from Ireland",
        "One of the lads insists potatoes come from Ireland and he has bet me a pint on it",
        "A lad at the depot bet me a fiver that potatoes come from Ireland",
        "The head chef reckons potatoes come from Ireland and I said he's wrong",
    ],
)
def test_the_teller_and_the_wager_are_no_part_of_the_claim(request_text: str) -> None:
    assert strip_framing(request_text) == "potatoes come from Ireland"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Fact check me! A customer swore chilli peppers come from Asia.", "contradicted"),
        ("fact check pls, mate reckons sound travels faster than light", "contradicted"),
        ("The physics teacher insists light travels slower than sound. Is that right?", "contradicted"),
        (
            "Please verify this statement my nephew wrote in his school homework: Lagos is the capital of Nigeria.",
            "contradicted",
        ),
        ("Can you check this line my boss wrote in the newsletter: Canberra is the capital of Australia.", "supported"),
        ("Fact check this thing my uncle posted on Facebook: sound travels faster than light", "contradicted"),
        ("One of my regulars insists that Ottawa is the capital of Canada", "supported"),
        ("A lad at the depot bet me a tenner that Sydney is the capital of Australia, check it", "contradicted"),
        ("Fact check pls, my brother in law swears blind that potatoes come from Ireland", "contradicted"),
    ],
)
async def test_a_passed_on_claim_is_checked_alone(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "my doctor says I should rest",
        "My mate reckons he can run 5k in 20 minutes",
        "The pharmacist told me I need to take it with food",
        "One of the lads insists he is the best darts player in the pub",
    ],
)
async def test_what_a_teller_says_of_the_asker_or_himself_is_not_settled(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "fact_check", request=request_text)
    assert result.is_error or result.structured_content["verdict"] not in ("supported", "contradicted")
