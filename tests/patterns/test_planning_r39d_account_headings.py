"""Round 39: a first sentence that only names what the sums after it are of ("Bank holiday overtime.", "School trip
costs.") heads them, and is no part some worker must guess at; near-misses: an order on such a thing ("Pay the
invoice.") and a claim ("Wages are falling.") stay parts of their own."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.headings import heads_the_request
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Bank holiday overtime. 12 porters each worked 7.5 hours at £14 an hour. Work out the total.",
        "School trip costs. The coach is £340 and entry is £12 a child for 30 children. What's the total?",
    ],
)
async def test_a_heading_of_the_sums_is_their_part(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.text) for t in plan.tasks] == [("calculator", request_text.rstrip("."))]


@pytest.mark.parametrize("sentence", ["Easter weekend overtime.", "March mileage.", "Kit order totals.", "Fees."])
def test_names_of_accounts_head_the_request(sentence: str) -> None:
    assert heads_the_request(sentence)


@pytest.mark.parametrize(
    "sentence", ["Pay the invoice.", "Check my mileage.", "Wages are falling.", "What about overtime?"]
)
def test_orders_claims_and_questions_are_no_headings(sentence: str) -> None:
    assert not heads_the_request(sentence)


async def test_an_order_on_a_bill_stays_a_part(decider: RankingDecider) -> None:
    plan = await ClausePlanner(decider).plan(
        Request("Pay the invoice. Then write a note to Sam saying it's paid."), specialists()
    )
    assert plan.tasks[0].text == "Pay the invoice" and len(plan.tasks) == 2
