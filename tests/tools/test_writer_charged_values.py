"""A value handed on from an earlier step, named by what someone else did with it ("the amount they charged for
the fence"), is said of that whole phrase ("the amount they charged for the fence is £400"), never put in front
of the clause ("£400 they charged for the fence."). Where "they" may be the reader, or the clause is someone's the
rules cannot say, the writer declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a short note stating the amount they charged for the fence:\n\n£400",
            "The amount they charged for the fence is £400.",
        ),
        (
            "Write a short complaint giving the amount they charged for the fence:\n\n£400",
            "the amount they charged for the fence is £400.",
        ),
        (
            "Write a short note saying the total they billed us for the boiler repair:\n\n£275.50",
            "The total they billed us for the boiler repair is £275.50.",
        ),
        (
            "Write a short complaint including the amount they charged us for parking:\n\n£85",
            "the amount they charged us for parking is £85.",
        ),
    ],
)
async def test_an_amount_someone_charged_is_said_with_its_value(request_text: str, said: str):
    text = await drafted(request_text)
    assert said in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a short complaint to the builder giving the amount they charged for the fence:\n\n£400",
        "Write a text to my neighbour with the amount they charged for the fence:\n\n£400",
        "Write a message confirming the price they quoted for the roof:\n\n£1,200",
        "Send a note to Priya confirming the total she spent on the trip:\n\n£240.50",
    ],
)
async def test_an_amount_whose_clause_cannot_be_said_is_declined(request_text: str):
    assert await declined_by_writer(request_text)
