"""A later step that names values of the earlier working ("with the VAT and the total") is handed those values as
facts, each by the user's name for it; a step that names none, or one the working does not hold, gets the stated
answer as before."""

from __future__ import annotations

import pytest

from patterns import Request, Result, Supervisor, handed_on
from patterns.planning import Plan, Task
from tests.patterns.scripted import Scripted

VAT = Result(
    text="£290.00 tax\nresult: 290",
    data=[{"answer": "£290.00 tax", "unit": "GBP", "values": {"bill": 1450, "tax": 290, "total": 1740}}],
)
SALE = Result(
    text="$59.99\nresult: 59.992",
    data=[{"answer": "$59.99", "unit": "USD", "values": {"bill": 74.99, "discount": 14.998, "total": 59.992}}],
)
TIP = Result(
    text="€12.60", data=[{"answer": "€12.60", "unit": "EUR", "values": {"bill": 84, "tip": 12.6, "total": 96.6}}]
)


@pytest.mark.parametrize(
    ("result", "instruction", "facts"),
    [
        (
            VAT,
            "Write a short email to my client Mrs Byrne with the VAT and the total",
            "The VAT is £290.00. The total is £1,740.00.",
        ),
        (VAT, "Tell Priya the total in a one-line message", "The total is £1,740.00."),
        (
            SALE,
            "Write a note to Dan with the discount and the sale price",
            "The discount is $15.00. The sale price is $59.99.",
        ),
        (TIP, "Draft a text to the group saying the tip and the total", "The tip is €12.60. The total is €96.60."),
    ],
)
def test_values_the_step_names_are_handed_on_as_facts(result: Result, instruction: str, facts: str) -> None:
    assert handed_on(result, instruction) == facts


@pytest.mark.parametrize(
    ("result", "instruction"),
    [
        (SALE, "Write the product description for it"),
        (VAT, "Write an email to Mrs Byrne with the VAT and the tip"),  # no tip in the working
        (Result(text="£290.00", data=[{"answer": "£290.00"}]), "Tell Sam the total"),  # no working to name from
    ],
)
def test_a_step_naming_no_value_the_working_holds_gets_the_stated_answer(result: Result, instruction: str) -> None:
    assert handed_on(result, instruction) == result.data[0]["answer"]


class FixedPlanner:
    def __init__(self, *tasks: Task) -> None:
        self.tasks = list(tasks)

    async def plan(self, request: Request, workers: object) -> Plan:
        return Plan(self.tasks)


@pytest.mark.anyio
async def test_the_email_after_a_vat_sum_is_handed_the_vat_and_the_total() -> None:
    writer = Scripted("writer", "Dear Mrs Byrne, ...")
    planner = FixedPlanner(
        Task("1", "Work out 20% VAT on a £1,450 invoice", "calculator"),
        Task("2", "Write a short email to my client Mrs Byrne with the VAT and the total", "writer", ("1",)),
    )
    await Supervisor([Scripted("calculator", VAT), writer], planner=planner).send(Request("Work out ... then ..."))
    assert writer.requests[0].text.endswith(":\n\nThe VAT is £290.00. The total is £1,740.00.")
