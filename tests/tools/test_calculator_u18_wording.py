"""Wording around a question the calculator already answers: the question asked before its givens ('How long was my
shift? Clocked on at 21:45 and off at 07:15'), 'what is it?' after a conversion, 'would you mind ...', a height in
'5 ft 10 in in cm', 'I had a 30 minute unpaid lunch'."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Would you mind working out how long my shift was? Clocked on at 21:45 and off at 07:15 the next morning.",
         9.5),
        ("How long was my shift? Clocked on at 21:45 and off at 07:15 the next morning.", 9.5),
        ("What's my tip? The bill was $80 and I want to leave 15%.", 12),
        ("How much does each of us pay? Dinner was $120 for 4 people.", 30),
        ("How many km is a marathon? It's 26.2 miles.", 42.1648128),
        ("30 degrees Celsius in Fahrenheit. What is it?", 86),
        ("12 times 7, what's that?", 84),
        ("would you mind working out 15% of 80", 12),
        ("5 ft 10 in in centimetres?", 177.8),
        ("6 ft 2 in to metres", 1.8796),
        ("5 foot 10 in into cm", 177.8),
        ("Shift started 7:45am, finished 4:15pm, and I had a 30 minute unpaid lunch. How many hours do I get paid "
         "for?", 8),
    ],
)  # fmt: skip
async def test_a_question_in_other_words_is_answered(request_text: str, result: float):
    reply = await solved(request_text)
    value = reply["result"] if isinstance(reply["result"], int | float) else None
    hours = {"9 h 30 min": 9.5}.get(reply["answer"])
    assert (hours if hours is not None else value) == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "What is it?",
        "Celsius in Fahrenheit. What is it?",
        "What's the total? 5 apples and 3 pears?",  # a second question: not one question turned round
        "What's 5 + 3? I have 2 more.",  # the question holds a number of its own
        "Shift started 7:45am, finished 4:15pm, and I had a 30 minute lunch. How many hours do I get paid for?",
        "5 ft 10 in",
    ],
)
async def test_wording_that_still_leaves_something_unsaid_is_declined(request_text: str):
    await refused(request_text)
