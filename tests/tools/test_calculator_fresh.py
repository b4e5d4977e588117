"""Requests as people write them when they do not know the calculator (issue 9, round 3): talk around the
numbers that changes nothing (asides), misspelt words, a span a shop or shift 'runs', a conversion wanted by
'the form', a figure described before it is named, whose list of scores it is, a recipe that 'serves 4', and
'a year and a half'; and the near misses that must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import error_text, solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # adverbs of emphasis or habit, and a place, say nothing about the sum
        ("the boots were $90 and now it's 20% off, what would I really pay?", 72),
        ("Dinner came to $50 and the tip here is normally 18%. How much is the tip?", 9),
        ("it's 86 fahrenheit outside, what is that in celsius", 30),
        # 'before tax' labels an amount given, or says no tax is taken when none is given
        ("Cost before tax is $80 and the tax is 5%. What's the total?", 84),
        ("I make $3,000 a month before tax, how much is that per year?", 36000),
        # the form the answer has anyway, and a shift with no break
        ("I work 7:30 to 16:00 with no break, how many hours is that as a decimal?", 8.5),
        # nothing repaid is what compound interest assumes
        (
            "I borrow $1,000 at 12% a year compounded monthly. What do I owe after 1 year if I pay nothing back?",
            1126.83,
        ),
        # misspelt question and keyword
        ("wat is 25 percnt of 80", 20),
        ("hw much is the averge of 10, 20 and 60", 30),
        # a span something 'runs' or 'is open'
        ("The museum is open from 10:00 to 16:30, how many hours?", 6.5),
        # a conversion wanted by someone in a clause of its own
        ("The parcel says 3 kg but the courier wants pounds", 6.61386786553),
        # a figure described before it is named, and the unit it is already in
        ("The small spare room is 3 m by 2.5 m, what's the area in square metres?", 7.5),
        ("perimeter of a square which has sides of 6 cm", 24),
        # whose scores they are
        ("My nephew's test scores were 60, 70 and 95. What's his average?", 75),
        # 'serves 4' counts people
        ("this soup serves 4 and needs 800 ml of stock, how much stock for 6 people?", 1200),
        # 'an hour and a half' is 1.5 hours
        ("I walk at 5 km/h for an hour and a half, how far do I get?", 7.5),
    ],
)
async def test_requests_in_fresh_words_are_answered(request_text: str, result: float):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a price before tax asked of a total with tax in it is not an aside
        "I make $3,000 a month before tax and the tax is 25%. How much is that per year?",
        # a break of a given length changes the hours
        "my shift is 8:00 to 16:30 with a 30 minute break, how many hours did I work?",
        # not paying is not what the sentence says
        "I owe $900 at 10% a year compounded monthly, what do I owe after 2 years if I don't pay anything back?",
        # the clause and the question want different units
        "The map says 20 miles but my car uses km, what's that in pounds?",
        # a figure scaled by a word
        "area of half the lawn that's 10 m by 6 m",
        # a recipe with nothing to scale
        "A tray of lasagne serves 6. How much for 9 people?",
    ],
)
async def test_near_misses_are_still_declined(request_text: str):
    reply = await solve(request_text)
    assert "I can't work out" in error_text(reply)
