"""A teller named without "my", as a text message drops it ("Mate reckons ...", "Customer told me ...", "Boss
says ..."), is no part of the claim: the claim after it is checked. A source that is no person ("Law says",
"Science says") or a named person quoted ("Einstein said") stays part of what is checked.
A rule or a piece of advice a note calls a myth is denied, as an idea called one is."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.claims import extract_claims
from servers.tools.fact_checker.frames import unframe

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "claim"),
    [
        ("Mate reckons the Berlin Wall fell in 1989. True or false?", "The Berlin Wall fell in 1989"),
        ("Customer told me Mount Everest is the highest mountain on Earth, is that right?", "Mount Everest"),
        ("Boss says the Titanic sank in 1912", "The Titanic sank in 1912"),
        ("Husband reckons the Great Fire of London was in 1666 - right?", "The Great Fire of London"),
        ("Apprentice swears the Berlin Wall fell in 1991", "The Berlin Wall fell in 1991"),
    ],
)
def test_a_bare_teller_is_set_aside(request_text: str, claim: str) -> None:
    (found,) = extract_claims(request_text)
    assert found.text.startswith(claim)


@pytest.mark.parametrize(
    ("request_text", "opening"),
    [
        ("Law says you must stop at a red light", "Law says"),
        ("Science says the Great Fire of London was in 1666", "Science says"),
        ("Einstein said the Titanic sank in 1912", "Einstein said"),
    ],
)
def test_a_source_that_is_no_teller_stays_in_the_claim(request_text: str, opening: str) -> None:
    (found,) = extract_claims(request_text)
    assert found.text.startswith(opening)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Mate reckons the Berlin Wall fell in 1989. True or false?", "supported"),
        ("Customer told me the Berlin Wall fell in 1979, is that right?", "contradicted"),
    ],
)
async def test_the_claim_after_a_bare_teller_is_settled(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    ("sentence", "inner"),
    [
        ("The rule that you must wait an hour after eating before swimming is a myth", "you must wait an hour"),
        ("The advice that you should feed a cold and starve a fever is an old myth", "you should feed a cold"),
        ("There is no scientific basis for the rule that everyone must drink eight glasses of water a day", "everyone"),
    ],
)
def test_a_rule_or_advice_called_a_myth_is_denied(sentence: str, inner: str) -> None:
    framed = unframe(sentence)
    assert framed and framed.denied and framed.inner.startswith(inner)


def test_a_rule_that_is_no_belief_frames_nothing() -> None:
    assert unframe("The Easter Rising was an armed rebellion against British rule that began on Easter Monday") is None


async def test_a_rule_a_note_denies_contradicts_the_claim(tmp_path) -> None:
    assert await verdict(tmp_path, "My gran says you must drink eight glasses of water a day. True?") == "contradicted"
