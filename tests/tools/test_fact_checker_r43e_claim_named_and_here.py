"""Round 43: a claim named in a request's last sentence ("Can you check the claim that X?", "Is it true that X?")
after a story of who said what is the claim checked; and "up here at altitude" claims what "at altitude" does, the
"here" only pointing at the place said after it."""

from __future__ import annotations

import pytest
from conftest import fact_check, verdict

from servers.tools.fact_checker.asked import asked_claim
from servers.tools.fact_checker.deixis import without_here

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "A customer is adamant antibiotics will clear up her cold. Can you check the claim that antibiotics work "
        "against viruses?",
        "My neighbour swears antibiotics sort out a cold. Is it true that antibiotics work against viruses?",
        "My patient's husband insists a course of antibiotics will shift his flu. Could you verify the claim that "
        "antibiotics work against viruses?",
        "Lad at the bar reckons penicillin fixes everything. Is it right that antibiotics work against viruses?",
    ],
)
async def test_the_claim_named_after_a_story_is_the_one_checked(tmp_path, request_text: str) -> None:
    checked = await fact_check(tmp_path, request_text)
    assert checked["verdict"] == "contradicted"
    assert checked["checks"] == []


@pytest.mark.parametrize(
    "text",
    [
        "My uncle says the wall fell in 1989. Is that right?",  # no claim named: the story is the claim
        "My uncle says the wall fell in 1989. Is it true that it fell in November?",  # points back at the story
        "The wall fell in 1989. Is it true that the Titanic sank in 1912?",  # a claim stated, not passed on
        "My uncle says the wall fell in 1975. Also, is it true that the Titanic sank in 1912?",  # both asked
        "Is it true that the Titanic sank in 1912?",
    ],
)
def test_a_story_that_is_itself_asked_about_stays(text: str) -> None:
    assert asked_claim(text) == text


async def test_two_claims_asked_together_are_both_checked(tmp_path) -> None:
    checked = await fact_check(
        tmp_path, "My uncle says the Berlin Wall fell in 1975. Also, is it true that the Titanic sank in 1912?"
    )
    assert checked["verdict"] == "contradicted"
    assert len(checked["checks"]) == 2


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Water boils at a higher temperature up here at altitude", "Water boils at a higher temperature at altitude"),
        ("It is colder down here in the valley", "It is colder in the valley"),
        ("It snows a lot round here", "It snows a lot round here"),
        ("Here at the moment it is cold", "Here at the moment it is cold"),
    ],
)
def test_here_before_the_place_it_points_at_is_dropped(claim: str, said: str) -> None:
    assert without_here(claim) == said


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "A guest insisted water boils at a higher temperature up here at altitude than at sea level. Is that true?",
            "contradicted",
        ),
        ("our ski instructor told me water boils at a higher temperature up here at altitude", "contradicted"),
        ("Is it true that water boils at a lower temperature up here at altitude?", "supported"),
        ("Water boils at 100 degrees Celsius here at sea level", "supported"),
    ],
)
async def test_a_claim_said_up_here_is_checked_at_the_place_named(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected
