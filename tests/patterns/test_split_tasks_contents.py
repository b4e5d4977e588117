"""What a text to write is to cover, said in a sentence after the job names the text ("Give me an outline for a
talk on staying safe online. I want to cover passwords and phishing."), is that job's material: one part, not a
second writing job of its own."""

import pytest

from patterns import split_tasks


@pytest.mark.parametrize(
    "text",
    [
        "Give me an outline for a 10 minute talk to Year 9 about staying safe online. I want to cover passwords, "
        "phishing emails and oversharing on social media.",
        "Could you give me a quick outline for a staff training session on fire safety? I'd like it to cover exits, "
        "alarms and extinguishers.",
        "Write a welcome email for new volunteers. It should include the sign-in desk, parking and the Friday "
        "briefing.",
        "Draft a leaflet for the allotment society. I want to mention the seed swap on 4 May and the 15 pound fee.",
        "Write a short speech for Grandad's 80th. I'd like to talk about his allotment and his terrible jokes.",
    ],
)
def test_what_the_text_covers_is_part_of_the_writing_job(text: str):
    pieces = split_tasks(text)
    assert len(pieces) == 1, [p.text for p in pieces]
    assert pieces[0].text.rstrip(".") == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Give me an outline for a talk on recycling. Also what's 15% of 80?", 2),
        ("Look up the history of the Eiffel Tower. I want to include it in a talk for my class.", 2),
    ],
)
def test_a_job_of_its_own_after_a_writing_job_stays_apart(text: str, parts: int):
    assert len(split_tasks(text)) == parts


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "What's 7.5% VAT on a 640 dollar order, and can you check this code for problems?\n"
            "```python\nx = eval(s)\n```",
            "Can you check",
        ),
        ("What's 20% of 340, and could you summarise this: The shop opens at nine. It closes at five.", "Could you"),
        ("Who wrote Hamlet, and could you write a tweet about Shakespeare's birthday?", "Could you write"),
        ("Work out 12 times 14, and can you review this function?\n```python\ndef f():\n    return 1\n```", "Can you"),
    ],
)
def test_an_instruction_asked_as_a_question_after_a_comma_is_a_part_of_its_own(text: str, second: str):
    pieces = split_tasks(text)
    assert len(pieces) == 2 and pieces[1].text.startswith(second), [p.text for p in pieces]


@pytest.mark.parametrize(
    "text",
    ["Work out 15% of 80, and can you round it up", "Add 5 and 7, and can you double the result"],
)
def test_a_question_asking_for_more_work_on_the_answer_stays_with_it(text: str):
    assert len(split_tasks(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "I'd like a summary and also a friendlier rewrite of this notice: The gym closes at 8 on Friday. The pool "
        "reopens Monday.",
        "Give me a tl;dr and also a more polite version of this email: The invoice is late. Pay it now.",
        "I need a recap and also a shorter rewrite of these minutes: We met on Tuesday. The budget was agreed.",
        "Quick overview please and also a formal rewrite of this memo: Staff must wear badges. Visitors sign in.",
    ],
)
def test_a_summary_named_alone_beside_a_rewrite_is_of_the_same_text(text: str):
    material = text.split(": ", 1)[1]
    pieces = split_tasks(text)
    assert len(pieces) == 2 and all(p.text.endswith(material) for p in pieces), [p.text for p in pieces]


def test_a_summary_before_a_step_that_follows_on_keeps_no_copy():
    text = "Give me the gist and then check the claim about the Eiffel Tower: The tower opened in 1889. It is tall."
    first, second = split_tasks(text)
    assert "1889" not in first.text and "1889" in second.text


@pytest.mark.parametrize(
    "text",
    [
        "Write my out of office. I'm away 12 to 19 August, no email access, urgent stuff should go to Sam.",
        "Can you do my out-of-office? I'm on leave 3 to 10 June and can't check emails, contact Lisa.",
        "Please write our away message. We are closed from 24 December and reopen on 2 January.",
        "Draft my auto-reply. I'm at a conference until Friday and will reply on Monday.",
    ],
)
def test_an_away_reply_takes_the_statements_after_it(text: str):
    assert len(split_tasks(text)) == 1


def test_an_away_reply_before_a_question_of_its_own_stays_apart():
    assert len(split_tasks("Write my out of office. Also what's 15% of 80?")) == 2
