"""Word problems told as a little story (issue 9): the context first and the question last, in two or three
sentences, numbers in words or figures, money with or without a currency sign. A purchase list (counts at a price
each, items with a price, fees), people sharing, a tip, tax or discount on the bill, a rate times a usage plus a
fixed charge, the legs of a journey, and quiz marks added up into one percentage; and the near misses (a number
missing, two readings, a given left unused) that must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import cpu_time, error_text, refused, solve, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a purchase list: counts at a price each, things with a price, a fee
        ("I bought 3 shirts at 12.50 each. What did I spend?", 37.5),
        ("Sam bought two coffees at 3.20 each and a muffin for 2.75. How much did he pay?", 9.15),
        ("We got 5 cinema tickets at £8.40 each plus a £2 booking fee. What was the total?", 44),
        ("The varnish is €14 a tin and I need two tins, plus a €4 brush. How much altogether?", 32),
        ("He paid $30 for 3 mugs and $12 for a teapot. What did he spend?", 42),
        ("I bought 8 pencils at 35 cents each. How much did that cost?", 2.8),
        # one sentence that is both the story and the question
        ("How much are 3 tickets at $42.50 each plus a $6 booking fee?", 133.5),
        ("Work out the cost of 3 concert tickets at $42.50 each plus a $6 booking fee", 133.5),
        ("How much is 3 shirts at $12 each and a hat for $9?", 45),
        ("Split 270 between 3 flatmates", 90),
        # a rate times a usage, plus a fixed charge; and a usage that is itself a rate times an amount
        ("Our electricity: 845 kWh at $0.142 per kWh plus a $12 monthly fee. What is the bill?", 131.99),
        ("The electrician charges $60 per hour plus a $40 call-out fee. The job took 2.5 hours. What's the bill?", 190),
        (
            "My van does 9 litres per 100 km. The trip is 250 km and diesel is 1.60 a litre. What will diesel cost?",
            36,
        ),
        # people sharing, with a tip or tax on the whole
        ("We are four people and the bill is ninety-six pounds with a ten percent tip. How much each?", 26.4),
        ("Lunch for two came to $38 and we added a 10% tip. How much does each of us pay?", 20.9),
        ("I bought a kettle for $30 and a toaster for $45. Sales tax is 6%. What do I pay in total?", 79.5),
        # what each of the people gave, together
        ("Five friends each paid $8 towards a gift. How much did the gift cost?", 40),
        # a price per thing asked is not the amount paid
        ("I paid $3.60 for a dozen eggs. How much is that per egg?", 0.3),
        # legs of a journey, and marks over several tests
        ("I drove 120 km at 60 km/h and then 90 km at 90 km/h. What was my average speed?", 70),
        ("We sailed 12 miles in 3 hours and then 18 miles in 2 hours. What was our average speed?", 6),
        ("The first stage was 40 km at 20 km/h and the second 30 km at 15 km/h. How long did it take in total?", 4),
        ("I scored 18 out of 20 on the first quiz and 27 out of 30 on the second. What is my overall percentage?", 90),
        ("In the two tests he got 30 out of 40 and 45 out of 60. What was his overall percentage?", 75),
    ],
)
async def test_stories_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a number missing: the count, a price, a usage, a rate, a fee, a mark's maximum
        "I bought some shirts at 12.50 each. What did I spend?",
        "Sam bought two coffees and a muffin for 2.75. How much did he pay?",
        "I bought 3 notebooks at $4 each and a backpack. How much did I spend?",
        "Our electricity costs $0.142 per kWh plus a $12 monthly fee. What is the bill?",
        "The taxi charges $2.20 per mile plus a flag fee. The ride was 12 miles. How much was the fare?",
        "The bill for 6 of us was $180 plus a tip. How much each?",
        "what's 20% off $50? and the tax",
        "What is 20% off $50 plus sales tax?",
        "I drove 120 km at 60 km/h and then 90 km more. What was my average speed?",
        "We walked 5 km at 4 km/h and then took the bus. What was our average speed?",
        "I scored 18 out of 20 on the first quiz and 27 on the second. What's my overall percentage?",
        # a given the answer would leave unused
        "I bought 3 shirts at 12.50 each and my friend is 30. What did I spend?",
        "I bought 3 shirts at $12.50 each and paid with a $50 note. How much did I spend?",
        "Five of us had dinner and the bill came to $140 with a 15% tip. What was the total?",
        "4 of us each chipped in $12, how much does each person pay?",
        "We bought 2 pizzas at $12 each and a salad for $6. How much each?",
        # two readings
        "The meal was $80 and the tip is 10% or 15%. How much each for 4 of us?",
        "I scored 18 out of 20 and 27 out of 30. What is my average percentage?",
    ],
)
async def test_story_near_misses_are_declined(request_text: str):
    await refused(request_text)


async def test_a_shared_bill_says_each_share_and_the_working():
    reply = await solve(
        "Our group of 4 ordered 3 pizzas at $14 each and drinks for $10. We leave a 10% tip. How much each?"
    )
    assert not reply.is_error, error_text(reply)
    data = reply.structured_content
    assert data["answer"] == "$14.30 per person"
    assert data["steps"][0] == "3 × $14.00 + $10.00 = $52.00"


async def test_a_price_per_100_g_is_given_for_each_pack():
    reply = await solve("Pack A is 500 g for $3.50 and pack B is 750 g for $4.80. What is the price per 100 g of each?")
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["answer"] == (
        "500 grams for $3.50: $0.70 per 100 grams; 750 grams for $4.80: $0.64 per 100 grams"
    )


@pytest.mark.pathological  # long hostile stories timed at two sizes: about 11 s, run apart
@pytest.mark.parametrize(
    "hostile",
    [
        lambda n: "I bought 3 shirts at 12.50 each" + " and a hat" * n + ". What did I spend?",
        lambda n: "I drove 1 km at 1 km/h" + ", then 1 km at 1 km/h" * (n // 2) + ". What was my average speed?",
        lambda n: "a, " * (3 * n) + "what did I spend?",
    ],
)
def test_the_story_readers_stay_linear_in_the_request(hostile):
    """Four times the words cost about four times the work, never sixteen (a regex that backtracks, a reader that
    rescans): the ratio of the CPU time of one request to that of its quarter, best of three each, up to the size the
    calculator takes (about 3,000 characters). A ratio, not a budget: every reader added makes both sides slower
    alike, and a faster or busier machine scales both sides alike."""
    from servers.tools.calculator.solver import solve_request
    from servers.tools.inputs import ToolInputError

    def cost(request: str) -> float:
        best = float("inf")
        for _ in range(3):
            with cpu_time() as spent:
                try:
                    solve_request(request)
                except ToolInputError:
                    pass
            best = min(best, spent.seconds)
        return best

    quarter, whole = cost(hostile(75)), cost(hostile(300))
    assert whole < 8.0 * quarter + 0.02, (quarter, whole)  # linear work is four times; quadratic, sixteen
