"""Round 36: a short opener of greeting or mood before what the user wants is its context, not a part of its own;
near-misses: a short claim first, or a second job, are still parts."""

import pytest

from patterns import split_tasks
from patterns.occasions import opens_with_an_aside


@pytest.mark.parametrize(
    "request_text",
    [
        "Hi! Long day. What is 12 times 8?",
        "Hiya! Hope you're well. My daughter's school trip is £36 a day for 4 days, how much is that altogether?",
        "Morning all. Long week. Could you sum this up for me: The council spent £2.4 million. Roads got more.",
        "Ugh. Mondays. What is 15% of 80?",
        "Hello! Quick one. Convert 5 miles to km.",
        "Hey. Long shift. Who wrote Pride and Prejudice?",
    ],
)
def test_an_opener_is_the_next_parts_context(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    [
        "Bulls hate red. What is 5+5?",
        "Hi! Long day. What is 12 times 8? Also write a haiku about spring.",
        "Hey team! Write a poem about cats. Then what is 5+5?",
    ],
)
def test_a_claim_or_second_job_is_still_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    "sentence",
    ["Bulls hate red.", "Long day: 12 hours.", "Hi, please help.", "Morning, write a poem.", "Is it Monday?"],
)
def test_not_an_opener(sentence: str) -> None:
    assert not opens_with_an_aside(sentence)


@pytest.mark.parametrize(
    "request_text",
    [
        "Right then. 2,450 divided between 7 people, how much each?",
        "OK then. What is 15% of 80?",
        "Right then! Who wrote Hamlet?",
        "Well then. Convert 12 miles to km.",
        "So then. What's 3 squared?",
        "Alright then. What's 40% of 250?",
    ],
)
def test_then_closing_an_opener_is_no_sequencer(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    ["Summarize this, then write a tweet: The fair is on Sunday.", "Work out 12 times 8 then email it to Sam."],
)
def test_then_before_an_order_still_sequences(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2
