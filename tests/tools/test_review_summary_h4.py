"""Summaries that must account for the whole ask, and reviews that name the bug the way people name it.

The summarizer reads the words around the text as the instruction: a limit inside "boil this email down to under
40 words" is kept, and a focus, a second question, a form or new words that an extract of whole sentences cannot
give are declined rather than answered with a plain summary. The reviewer finds a fetch used without await in
JavaScript, and says "every exception" and "while iterating" in words people search for.

Each request goes to the entry tool with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from conftest import call_as_asked, error_text

from servers.tools.code_reviewer import create_server as code_reviewer
from servers.tools.summarizer import create_server as summarizer
from servers.tools.summarizer.sentences import words

pytestmark = pytest.mark.anyio

MEMO = (
    "Hi all, the office move planned for this Friday is off. The lift contractor found a fault and needs another "
    "week to fix it. The new date is Friday the 21st, starting at 7 in the morning. During the move the printers "
    "and the meeting rooms will be out of use for most of the day. Phones and laptops are not affected. Please "
    "pack your desk into the crates provided before you leave on Thursday. Thanks, Dana"
)


async def summary(request: str) -> tuple[bool, str]:
    """(declined, the decline or the summary) for ``request`` sent to ``digest``."""
    result = await call_as_asked(summarizer(), "digest", request)
    assert result is not None, "the offline model found no text in the request"
    if result.is_error:
        return True, error_text(result)
    data = result.structured_content or {}
    return False, str(data.get("summary") or data.get("points") or data.get("keywords"))


@pytest.mark.parametrize(
    ("ask", "most"),
    [
        ("Boil this email down to under 40 words", 40),
        ("Cut this message down to 30 words", 30),
        ("sum the memo up in no more than thirty words", 30),
        ("Trim this down to about 35 words please", 35),
        ("Summarize this, word limit 30", 30),
    ],
)
async def test_a_limit_inside_a_boil_down_ask_is_kept(ask: str, most: int):
    declined, said = await summary(f"{ask}: {MEMO}")
    assert not declined, said
    assert len(words(said)) <= most and not said.lower().startswith(ask.split()[0].lower())


async def test_a_limit_no_sentence_fits_is_declined_not_ignored():
    declined, said = await summary(f"Boil this email down to 6 words: {MEMO}")
    assert declined and "6 words" in said


@pytest.mark.parametrize(
    "ask",
    [
        "Summarize this, focusing on what we have to do",
        "Summarise the printer arrangements in this email",
        "Give me a summary, I'm mostly interested in the dates",
        "Summarize this and tell me whether I need to come in on Friday",
        "tl;dr, and should I book a meeting room elsewhere?",
        "Summarize this in chronological order",
        "Summarize this as a table",
        "Summarize this in plain words for the new starters",
        "Give me a summary in two paragraphs",
        "Summarize the second half of this email",
        "Summarize this in under 80 characters",
    ],
)
async def test_an_ask_a_plain_extract_would_miss_is_declined(ask: str):
    declined, said = await summary(f"{ask}: {MEMO}")
    assert declined, said


@pytest.mark.parametrize(
    "ask",
    [
        "can u summarise this email for me, no time to read it all",
        "Summarise the following message from facilities in 2 sentences",
        "give me the short version of this for my team",
        "Condense this into a couple of sentences before my meeting",
        "What's this email about?",
    ],
)
async def test_a_plain_summary_ask_with_context_is_still_answered(ask: str):
    declined, said = await summary(f"{ask}: {MEMO}")
    assert not declined, said
    assert len(words(said)) < len(words(MEMO))


async def test_a_summary_asked_as_a_list_comes_as_points():
    result = await call_as_asked(summarizer(), "digest", f"Summarize this in a bulleted list: {MEMO}")
    assert result is not None and not result.is_error
    assert len(result.structured_content["points"]) >= 2


async def review(request: str) -> tuple[bool, str]:
    result = await call_as_asked(code_reviewer(), "review_request", request)
    assert result is not None
    return result.is_error, error_text(result) if result.is_error else result.structured_content["answer"]


async def test_a_fetch_used_without_await_is_found_at_its_line():
    declined, said = await review(
        "the page prints [object Promise], why?\n```javascript\nasync function title(id) {\n"
        "  const reply = fetch('/pages/' + id);\n  const page = reply.json();\n  return page.title;\n}\n```"
    )
    assert not declined, said
    assert "line 2" in said and "await" in said


async def test_awaited_fetches_are_left_alone():
    declined, said = await review(
        "any bugs?\n```javascript\nasync function title(id) {\n  const reply = await fetch('/pages/' + id);\n"
        "  const page = await reply.json();\n  return page.title;\n}\n```"
    )
    assert declined and "await" not in said.split("(")[0]


async def test_a_bare_except_is_said_to_catch_every_exception():
    declined, said = await review(
        "review please\n```python\ndef port(text):\n    try:\n        return int(text)\n    except:\n"
        "        return 80\n```"
    )
    assert not declined and "every exception" in said


async def test_a_list_changed_in_its_own_loop_is_named_as_modified_while_iterating():
    declined, said = await review(
        "some old entries survive this, why?\n```python\ndef prune(entries):\n    for e in entries:\n"
        "        if e.old:\n            entries.remove(e)\n    return entries\n```"
    )
    assert not declined and "while iterating" in said


async def test_a_value_treated_as_zero_is_explained_by_loose_equality():
    declined, said = await review(
        "An empty string passes this check as if it were zero, why?\n```javascript\nfunction none(n) {\n"
        "  return n == 0;\n}\n```"
    )
    assert not declined and "line 2" in said and "===" in said
