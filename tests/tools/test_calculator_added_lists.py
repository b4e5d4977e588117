"""A labelled list asked to be added up ('Add up these costs: £145, £89.50 and £230'); a list with more asked of it
than its total stays as the readers leave it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Add up these costs: £145, £89.50 and £230", 464.5),
        ("add up the following amounts: 12.50, 8.75, 3.20", 24.45),
        ("Add together my receipts: $45, $12.99 and $7", 64.99),
        ("total up these invoices: €1,200, €850 and €430", 2480),
        ("add these costs: £145, £89.50 and £230", 464.5),
        ("Add up all the mileage: 34, 56, 12 and 80", 182),
    ],
)
async def test_a_labelled_list_is_added_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up these costs: £145, £89.50 and £230 and take off 10%",
        "Add up these costs: £145, £89.50 and 3 kg",
        "add up these costs: £145 each for 3",
        "add the discounts up: 14.99, 3.49",
        "Add up these costs - £145, -£89.50 and £230",
    ],
)
async def test_lists_with_more_to_them_are_declined(request_text: str):
    await refused(request_text)
