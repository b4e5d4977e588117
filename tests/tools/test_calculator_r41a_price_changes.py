"""Paraphrases of one amount moved by one percentage (a sale, a price rise, a pay rise) whose question asks for the
amount after the move in everyday words ('sale price', 'what did I pay', 'what will it be', 'new rate'), and
near-misses that ask for the change, the amount before it, a percentage, or give the amount after the change."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The dresser in the window is £420. They're knocking 15% off it this weekend. What's the sale price?", 357),
        ("coat was listed at £80, got 25% off at the till, what did i pay", 60),
        (
            "Window cleaner charges £18 a visit. He's putting that up 10% in March. What's the new charge per visit?",
            19.8,
        ),
        ("Season ticket: £640. It goes up 5% next year. What will it be?", 672),
        ("The taxi firm's airport run is £55 and they've raised it by 12%, so what is it now?", 61.6),
        ("my phone contract is £32 a month normally but i get 20% off as a key worker, how much then", 25.6),
        ("Gym membership is £45 a month at present. From June it increases by 8%. What will it be?", 48.6),
        ("hourly rate £15 up 4% whats new rate", 15.6),
        ("Bread is going up 10% next week. A loaf is £1.60 at the moment - what will it be?", 1.76),
        ("Please state the revised weekly wage of a porter currently earning £560 after an increase of 5%.", 588),
        ("What's the new price if the £65 call-out charge goes up 8%?", 70.2),
        ("What's the cost of a £120 drill once 20% VAT is added?", 144),
        ("The plasterer quoted £600 but that's before VAT; with 20% on top what will I pay?", 720),
        ("What is the sale price of a £60 kettle with 15% off?", 51),
        ("Price of a £64.99 drill for my dad with 15% off, to the nearest penny?", 55.24),
        ("How much would a £250 bike come to once 10% is taken off?", 225),
        ("The kayak is $240 and the member discount is 15% off. What do I pay?", 204),  # the percentage's own name
    ],
)
async def test_an_amount_after_one_change_asked_in_everyday_words(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The rent is £1,450 and it's going up 4%. How much is the rise?",
        "The rent is £1,450 and it's going up 4%. By how much will it go up?",
        "He earns £43,470 after a 3.5% rise. What's his salary now?",
        "The fare was £24 and it went up 20%. What was it before?",
        "The rent is £1,450 and it's going up 4%. What's the new rent and how much more is that a year?",
        "The rent is £1,450 a month and it's going up 4%. What percentage is that?",
        "I sell mugs at £12 and want a 40% markup, what should the price be?",
        "The £90 jacket is 30% off, and the £40 shirt. What do I pay?",
        "With 20% off it costs £48. What does it cost?",
        "The sofa is £899. The shop is taking up to 30% off it. What's the sale price?",
        "The sofa is £899 and the margin is 30%. What's the new price?",
        "A loaf is £1.60 and prices rose 10% last year. What was it last year?",
        "The fee is £65 and goes up 8% if paid late. What's the new fee?",
        "Prices are going up 10% next week and a loaf will be £1.76. What will it be?",
        "My rent is £900 a month, up 3%. What's the new annual rent?",
        "My mortgage is £1,150 a month and my rent is going up 4.5%. What's the new payment?",
        "What was the price of a £45 kit before 20% VAT was added?",
        "The plasterer quoted £600 including VAT; with 20% VAT what's the price before VAT?",
        "What is the sale price of a £60 kettle with 15% off, and how much do I save?",
        "How much is left of £2,000 after 15% is added?",
        "my bill is £80. if I had paid 5% more last year what would I pay now?",
    ],
)
async def test_a_change_asked_of_or_before_the_amount_is_declined(request_text: str):
    await refused(request_text)
