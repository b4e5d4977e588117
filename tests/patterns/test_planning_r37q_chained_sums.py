"""Round 37: operations chained with "then" on the figures a request gives, in users' words, stay one calculator
step; near-misses that ask another job after "then" still split."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.chained_sums import asks_its_result, orders_operations
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.rounds

ONE_SUM = [
    "Jockey wheels are $18 a pair. Take 20% off and then add 7% sales tax. What does the customer pay?",
    "Brake pads are £24 a set. Knock 15% off then add VAT at 20%. What's the final price?",
    "A boiler service is €180. Take 10% off and then add 23% VAT. How much does the customer pay?",
    "Test scores were 72, 85, 90 and 64. Add them up then divide by 4.",
    "Take 340, double it then take off 10%.",
    "Copper pipe is £6.40 a metre and I need 12 metres. Add 20% VAT then knock off my 5% trade discount. What do I "
    "pay?",
    "Hiking boots are $120. Take 25% off, then add 8% sales tax. What's the total?",
    "The dosage is 250 mg. Double it then halve it again and add 50 mg. What's the dose?",
    "Tyres cost $95 each. Multiply by 4 and then add 6% tax. What's the total bill?",
    "Garden gloves are €12 a pair. Take 30% off and then add 21% VAT - what does the customer pay?",
    "Shop owner here: a kettle is £34.99. Knock 15% off then add VAT. What does it come to?",
    "Class of 28 kids, each trip ticket is €6.50. Multiply that out then take off the €20 school grant. How much is "
    "left to pay?",
    "Our call-out fee is $85 plus $60 an hour for 3 hours. Add it all up then add 10% GST. What's the bill?",
    "Lunch was £48. Split it between 4 of us and then add a 10% tip each. How much do we each pay?",
    "Rent is $1,450 a month. Times it by 12 then take off the $500 deposit. What's the total?",
]

TWO_JOBS = [
    ("Garden gloves are €12 a pair. Take 30% off, then write an email to Sam with the total.",
     ["calculator", "writer"]),
    ("Take 20% off $18 and then write a tweet announcing the sale price", ["calculator", "writer"]),
    ("Work out 20% of 50 then check whether it's true that the Eiffel Tower is in Paris",
     ["calculator", "fact_checker"]),
    ("A kettle is £34.99. Knock 15% off then translate the price list into French.", ["calculator", "writer"]),
    ("Brake pads are £24 a set. Take 15% off, then write a note to the customer with the new price.",
     ["calculator", "writer"]),
]  # fmt: skip


@pytest.mark.parametrize("request_text", ONE_SUM)
@pytest.mark.anyio
async def test_chained_operations_are_one_sum(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


@pytest.mark.parametrize(("request_text", "agents"), TWO_JOBS)
@pytest.mark.anyio
async def test_a_job_after_then_is_still_a_step(decider: RankingDecider, request_text: str, agents: list[str]) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == agents


@pytest.mark.parametrize(
    "text",
    [
        "Add Sam to the 3pm meeting",
        "Add 2 eggs to the mix at 180C",
        "The Eiffel Tower is 330 m tall. Check whether that is true.",
        "Take 30% off, then write an email to Sam",
    ],
)
def test_no_chained_sum(text: str) -> None:
    assert not orders_operations(text)


@pytest.mark.parametrize(
    ("clause", "asked"),
    [("What do I pay?", True), ("What's the final price?", True), ("What is the capital of France?", False)],
)
def test_the_result_asked(clause: str, asked: bool) -> None:
    assert asks_its_result(clause) is asked
