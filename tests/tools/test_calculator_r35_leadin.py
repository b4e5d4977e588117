"""Round 35: purposes, wants and remarks about the asker around the arithmetic ('for my stats homework', 'I need
the mean of', "I'm 81 and hopeless at maths.", 'the band's $2,400 fee') are set aside; a purpose that names a count,
people a sum is shared among or the thing asked about, and an age the rest may use, are not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("For my lab report I need the mean of these readings: 118, 95, 143, 110, 132", 119.6),
        ("For my biology assignment I need the median of 4, 9, 2, 7, 5", 5),
        ("For my science project, what is the average of 12, 15 and 18?", 15),
        ("need the sample standard deviation of 10, 12, 14, 16, 18 for my stats homework", 3.16227766),
        ("need the range of 3, 9, 14, 22 for my maths coursework", 19),
        ("I need the mean of 20, 30, 40 for my physics worksheet", 30),
        ("Recipe says 350 degrees Fahrenheit - what's that in Celsius for my fan oven?", 176.6666667),
        ("What's 180 degrees Celsius in Fahrenheit for my old oven?", 356),
        ("How many kilometres is 26.2 miles for my running log?", 42.1648128),
        ("Add VAT at 20% to £1,845 for the new projector", 2214),
        ("Add 20% VAT to €640 for the new laptop", 768),
        ("What's 15% off £80 for the garden table?", 68),
        ("I'm 81 and hopeless at maths. What's 12% of £450?", 54),
        ("I'm not very confident with numbers. What's 7 times 8?", 56),
        ("I'm 68, not good at sums. £2,000 at 4% simple interest for 3 years - how much interest?", 240),
        (
            "I'm 74 and not good with sums. I have 10,000 pounds in a bond paying 5% a year, compounded once a "
            "year. What will it be worth after 3 years?",
            11576.25,
        ),
        ("I'm 74, retired and not good with sums. What's 15% of £260?", 39),
        ("I'm a widow and hopeless with numbers. What is 12 times 35?", 420),
        ("I'm 80 and rubbish at maths. How much is £45 plus 20% VAT?", 54),
        ("whats a 15% tip on the band's $2,400 fee", 360),
        ("whats a 20% tip on the plumber's £180 bill", 36),
        ("what's 10% of the school's £3,000 budget", 300),
    ],
)
async def test_a_lead_in_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "how much is 3 tickets at £12 for my 3 kids?",
        "For my 3 kids I need the total of £12, £15 and £9",
        "What's £90 split for my friends?",
        "I'm 74 and not good with sums. How many years until I'm 80?",
        "I'm 74 and not good with sums. My wife is 5 years younger. How old is she?",
        "I'm 40 and bad at maths. Tickets are £10, or £7 for over-65s. How much for me?",
        "I'm 74, retired and not good with sums. How many years until I turn 80?",
        "I'm 70, retired and not good with sums. Tickets are £10, or £7 for seniors. How much for me?",
        "Apples are 30p each. How much for the basket?",
        "need the mean for my homework",
        "What's the price per week for my flat?",
    ],
)
async def test_a_lead_in_that_may_say_something_still_declines(request_text: str):
    await refused(request_text)
