"""A note, email or message "summarising what to change", "explaining what needs fixing" or "explaining this",
handed a code review's findings (a pipeline's later stage): written from the findings, greeting its reader, with
neither the report's counting heading nor its rule tags; a bare "summarise this" stays the summarizer's."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

# What a pipeline hands the writer after the code reviewer: the instruction, then the review as material.
REVIEW = (
    "Review of 5 line(s) of Python: 2 finding(s) (1 error(s), 1 warning(s), 0 note(s)), worst first on each line:\n"
    "- line 2: SQL text built from strings is passed to execute(): SQL injection, since a value containing a quote "
    "can rewrite the query [sql-injection, error]. Fix: use a parameterized query\n"
    "- line 4: bare 'except:' catches every exception; real failures are hidden [bare-except, warning]. "
    "Fix: catch the specific errors you expect"
)


async def test_a_polite_note_summarising_what_to_change_says_each_finding_to_the_reader():
    text = await drafted(f"Write a polite note to the intern who wrote it summarising what to change:\n\n{REVIEW}")
    assert "SQL injection" in text and "parameterized query" in text
    assert "bare 'except:' catches every exception, real failures are hidden" in text  # one point, not two
    assert text.splitlines()[2].startswith("Hello")
    lowered = text.lower()
    for gone in ("summarising", "who wrote it", "finding(s)", "review of", "[sql-injection", "warning]"):
        assert gone not in lowered, gone


async def test_a_message_explaining_what_needs_fixing_does_not_say_the_phrase_as_a_sentence():
    text = await drafted(f"Write a short, friendly message to our junior dev explaining what needs fixing:\n\n{REVIEW}")
    assert "Hi junior dev," in text
    body = text.split("Hi junior dev,", 1)[1]
    assert "what needs fixing" not in body.lower()
    assert body.strip().startswith("Line 2: SQL text built from strings")


async def test_an_email_explaining_this_is_written_from_the_findings():
    text = await drafted(f"Write a short email to the dev team explaining this:\n\n{REVIEW}")
    assert "Hello dev team," in text and "This." not in text
    assert "Fix: catch the specific errors you expect." in text


async def test_a_reader_described_by_a_who_clause_is_greeted_and_the_clause_is_not_written():
    text = await drafted(
        "Write a short email to the caretaker who locks up the hall about the new key:\n\n"
        "The new key for the main hall is waiting for you in the school office next to reception. "
        "Please return the old one by Friday."
    )
    assert text.startswith("Subject: The New Key")
    assert "locks up" not in text.lower() and "by Friday" in text


async def test_a_bare_summary_of_a_review_stays_the_summarizers_job():
    message = await declined_by_writer(f"Summarise this:\n\n{REVIEW}")
    assert "summarizer" in message


async def test_an_email_summarising_a_report_in_prose_is_still_declined():
    message = await declined_by_writer(
        "Write an email to my boss summarising the report:\n\n"
        "The report covers the spring quarter. Sales rose 5% in March. Costs fell in April. The team grew by two."
    )
    assert "summarizer" in message


# -- "mentioning it", "that uses that fact": the words point at the answer handed over ------------------------------


async def test_a_postcard_greeting_mentioning_it_greets_and_says_the_answer():
    text = await drafted("Write a one-line postcard greeting mentioning it:\n\nCanberra is the capital of Australia.")
    assert text == "Greetings! Canberra is the capital of Australia."


async def test_a_caption_that_uses_that_fact_says_the_fact_under_its_occasion():
    text = await drafted(
        "Write a one-line caption for my holiday photo that uses that fact:\n\nThe Eiffel Tower was completed in 1889."
    )
    assert text == "My holiday: the Eiffel Tower was completed in 1889."


async def test_a_one_sentence_line_to_a_reader_is_the_answer_sentence_itself():
    answer = (
        "In Europe, London is the capital of the United Kingdom, Paris is the capital of France, Berlin is the "
        "capital of Germany, Rome is the capital of Italy and Madrid is the capital of Spain."
    )
    text = await drafted(f"Write a one-sentence postcard line to my aunt that mentions it:\n\n{answer}")
    assert text == answer


async def test_a_two_sentence_message_splits_clauses_with_named_subjects():
    text = await drafted(
        "Write a two-sentence postcard message to my gran that mentions it:\n\n"
        "In Asia, Tokyo is the capital of Japan, Beijing is the capital of China, New Delhi is the capital of India "
        "and Seoul is the capital of South Korea."
    )
    assert "mentions it" not in text.lower()
    assert "In Asia, Tokyo is the capital of Japan, Beijing is the capital of China. New Delhi is" in text


async def test_a_name_said_again_in_the_answer_keeps_its_capital_after_the_label():
    text = await drafted(
        "Write a one-line caption for our trip photo:\n\n"
        "Canberra is the capital of Australia, but Canberra was built as a compromise."
    )
    assert text.startswith("Our trip: Canberra is the capital")
