"""Round 38: a closing question that asks what remains after the operations ("What's left to pay?", "What is still
outstanding?") is the sum's own result; a question that gives a figure of its own is a part of its own."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.chained_sums import asks_its_result
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.rounds


@pytest.mark.parametrize(
    "request_text",
    [
        "Add up the three catering invoices, £23.40, £18.75 and £41.10, and then take off the £20 deposit we already "
        "paid. What's left to pay?",
        "Our hall hire is £240. Take off the £50 deposit and then knock 10% off. What is still outstanding?",
        "The bill was €180. Subtract the €45 we paid by card. What's left?",
        "Brake pads are £24 a set. Knock 15% off, then add VAT at 20%. What's still due?",
    ],
)
@pytest.mark.anyio
async def test_what_remains_is_the_same_sum(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What's left to pay?", True),
        ("What is still outstanding?", True),
        ("what's still owed?", True),
        ("What's left of the budget after we spend £300?", False),  # a figure of its own
        ("What's the capital of Peru?", False),
    ],
)
def test_asks_its_result_reads_what_remains(question: str, asks: bool) -> None:
    assert asks_its_result(question) is asks
