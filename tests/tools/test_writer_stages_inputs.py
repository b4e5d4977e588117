"""The writer as a later pipeline stage: handed "<instruction>:\n\n<the previous stage's output>", it writes from
that output, keeps the instruction's words out of the text, and hands summary requests to the summarizer."""

from __future__ import annotations

import pytest
from conftest import call, cpu_time, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio

SUMMARY = "The bike shed by the north gate closes on 5 May. A new shed opens behind the gym on 12 May."
FINDINGS = "- line 3: the file is opened but never closed\n- line 9: load_rows catches every exception"


async def drafted(request: str) -> str:
    result = await call(create_server(), "draft", request=request)
    assert not result.is_error, result.content
    return result.structured_content["draft"]


@pytest.mark.parametrize(
    "instruction",
    [
        "Turn the summary into a short announcement",
        "Then write an email to the staff from the summary",
        "Use that summary to write a message to the cycling club",
        "Based on the summary, draft a notice for the noticeboard",
        "Put the key points in an email to my manager",
        "Tell the students about it in a short email",
    ],
)
async def test_a_stage_instruction_writes_from_the_earlier_output(instruction: str):
    text = await drafted(f"{instruction}:\n\n{SUMMARY}")
    assert "5 May" in text and "12 May" in text
    assert instruction.lower()[:20] not in text.lower() and "summary" not in text.lower()


async def test_review_findings_become_a_note_to_the_developer_with_every_finding():
    text = await drafted(f"Use the findings below to write a short message to Priya about what to fix:\n\n{FINDINGS}")
    assert "Priya" in text and "Line 3" in text and "load_rows" in text and "findings below" not in text


async def test_a_short_result_stands_in_where_the_instruction_refers_to_it():
    text = await drafted("Write a one-line note to the team saying that is the new price:\n\n14.50")
    assert "The new price is 14.50" in text and "that is" not in text


async def test_asking_for_it_in_another_form_writes_that_form():
    result = await call(create_server(), "rewrite", request=f"Make it into a short announcement:\n\n{SUMMARY}")
    assert not result.is_error, result.content
    assert "5 May" in result.structured_content["rewritten"]


@pytest.mark.parametrize(
    "request_text",
    [
        f"in a nutshell, what does this say? {SUMMARY} Staff can use either shed in the week between.",
        f"Give me a quick recap of the following:\n\n{SUMMARY}",
        # (two sentences of news: leaving one out would lose half of it)
        f"I only need the highlights of this memo:\n\n{SUMMARY}",
        f"boil this down for me: {SUMMARY}",
    ],
)
async def test_a_summary_request_is_handed_to_the_summarizer(request_text: str):
    message = error_text(await call(create_server(), "draft", request=request_text))
    assert "summarizer" in message


@pytest.mark.parametrize(
    "request_text",
    [
        f"can you give me the short version of this: {SUMMARY} Staff can use either shed in the week between.",
        f"I only need the highlights of this memo:\n\n{SUMMARY} Staff can use either shed in the week between.",
        f"boil this down for me: {SUMMARY} Staff can use either shed in the week between.",
    ],
)
async def test_a_shorter_version_asked_of_a_pasted_text_is_its_key_sentences(request_text: str):
    # (the writer's shortening: sentences left out, the kept ones in the text's own words; ``condensing``)
    text = (await drafted(request_text)).removeprefix("- ")
    assert text.startswith("The bike shed by the north gate closes on 5 May.")
    assert "12 May" not in text or "either shed" not in text  # a sentence left out


async def test_a_reply_to_a_message_without_what_to_say_is_declined():
    message = error_text(await call(create_server(), "draft", request=f"Draft a reply to this email:\n\n{SUMMARY}"))
    assert "what you want to say" in message


@pytest.mark.parametrize("instruction", ["Grade this essay out of ten", "Check whether these dates are right"])
async def test_a_job_on_the_text_is_not_answered_with_the_text(instruction: str):
    message = error_text(await call(create_server(), "draft", request=f"{instruction}:\n\n{SUMMARY}"))
    assert "not to write a text" in message


async def test_a_hostile_stage_instruction_is_read_in_bounded_time():
    instruction = "Use the " + "findings " * 2_000 + "to tell " + "the team " * 1_000 + "in a"
    with cpu_time() as spent:
        await call(create_server(), "draft", request=f"{instruction}:\n\n{SUMMARY}")
    assert spent.seconds < 2
