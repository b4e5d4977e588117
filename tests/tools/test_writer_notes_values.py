"""The writer turns notes into prose, uses an earlier step's value where the instruction refers to it, keeps
drafting asides ("keep refining it until it's good") out of the text, and writes from a person described by
appositive facts."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio

TOTE = "Write a short blurb for our tote bag: organic cotton, holds 15 kg, costs $18"


async def drafted(request: str) -> str:
    result = await call(create_server(), "draft", request=request)
    assert not result.is_error, result.content
    return result.structured_content["draft"]


async def test_notes_become_sentences_of_a_paragraph_not_the_notes_pasted_back():
    text = await drafted(
        "Turn my notes into a paragraph for the club newsletter: pool party on 2 August; lifeguard on duty from "
        "noon; towels for members at reception"
    )
    assert "2 August" in text and "noon" in text and "reception" in text
    assert ";" not in text and "newsletter" not in text.lower()
    assert "The towels are for members at reception." not in text  # no "is" after a word that may be a verb
    assert text.startswith("Pool party") or text.startswith("The pool party")


async def test_a_verbless_note_gets_its_is_and_parallel_notes_are_joined():
    text = await drafted("Make these notes into a short paragraph: red bin for food waste, grey bin for plastic")
    assert text == "The red bin is for food waste, and the grey bin is for plastic."


async def test_a_note_that_may_already_have_a_verb_is_kept_as_written():
    text = await drafted("Turn these notes into an email to the team:\n- shuttle leaves at 7:15\n- tickets at the desk")
    assert "Shuttle leaves at 7:15." in text and "Tickets are at the desk." in text


async def test_a_value_handed_on_is_said_in_the_message_with_the_readers_own_words():
    text = await drafted("draft a short message to Jo telling her that this amount is her bonus:\n\n126")
    assert "Jo" in text and "Your bonus is 126" in text and "her bonus" not in text and "this amount" not in text


async def test_the_value_may_come_with_its_working_lines():
    text = await drafted("write a short note to Sam saying this amount is the refund:\n\n90\n450 × 20% = 90")
    assert "The refund is 90" in text and "450" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("write a one-line update saying our wait time was that many minutes:\n\n16", "wait time was 16 minutes"),
        ("write a sentence telling the team how many minutes the tour lasts:\n\n225", "The tour lasts 225 minutes"),
        ("write a note saying that is how many seats we need for the gala:\n\n48", "We need 48 seats for the gala"),
        ("write a short note announcing that figure as our new plant budget:\n\n250", "new plant budget is 250"),
    ],
)
async def test_a_reference_to_the_earlier_result_is_resolved(request_text: str, said: str):
    text = await drafted(request_text)
    assert said in text and "that many" not in text and "how many" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        f"{TOTE}. Keep refining it until it's good.",
        f"{TOTE}, and have it reviewed and improved",
        f"{TOTE}. Iterate on it until it's polished.",
    ],
)
async def test_drafting_asides_never_reach_the_text(request_text: str):
    text = await drafted(request_text)
    assert "15 kg" in text and "$18" in text
    assert not any(w in text.lower() for w in ("refin", "review", "improv", "iterate", "polished"))


async def test_an_aside_about_a_named_person_is_content_and_stays():
    text = await drafted("Write an email to Lee saying the report is ready and ask him to review it by Friday")
    assert "Please review the report by Friday." in text and "ask him" not in text


async def test_a_person_described_by_appositive_facts_gets_a_bio():
    text = await drafted(
        "Write a two-sentence bio for Aiko Tanaka, a violinist with 15 years of experience who teaches in Osaka."
    )
    assert text == "Aiko Tanaka is a violinist with 15 years of experience. Aiko Tanaka teaches in Osaka."


async def test_a_topic_with_an_appositive_is_still_only_a_topic():
    result = await call(create_server(), "draft", request="Write a blog post about Oslo, the capital of Norway.")
    assert "topic" in error_text(result)


async def test_a_bio_with_too_few_facts_for_the_sentences_asked_is_declined():
    result = await call(
        create_server(), "draft", request="Write a three-sentence bio for Ruth Mensah, a nurse in Accra."
    )
    assert "sentence" in error_text(result)


async def test_a_contracted_reference_to_the_value_is_resolved_for_the_named_reader():
    text = await drafted("Write a short text to Priya saying that's her share of the rent:\n\n90")
    assert text == "Priya, your share of the rent is 90."


async def test_source_code_is_not_material_for_prose():
    request = (
        "write unit tests for this function\n```python\ndef clamp(x, lo, hi):\n    return max(lo, min(x, hi))\n```"
    )
    result = await call(create_server(), "draft", request=request)
    assert "code" in error_text(result)
