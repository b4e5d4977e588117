"""Amounts to add up, named first by what they are ('Add up the quarter's materials, £1,240 + £385 + £72.50' ->
£1,697.50; it was declined): the name, with an owner or a whose ('the quarter's'), and a pause or nothing before
the list, only says what is added. A list that takes something away or holds a percentage still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Add up the quarter's materials, £1,240 + £385 + £72.50", 1697.5),
        ("Add up the materials: £1,240 + £385 + £72.50", 1697.5),
        ("Add up my expenses £1,240 + £385 + £72.50", 1697.5),
        ("Add up our quarterly bills of £84, £92, £78 and £101", 355),
        ("Add up the week's receipts - $18.40, $7.25 and $12", 37.65),
    ],
)
async def test_a_named_list_of_amounts_is_added_up(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up the quarter's materials, £1,240 + £385 - £72.50",
        "Add up the week's takings, £1,240 + £385 and 10% off",
    ],
)
async def test_a_list_that_is_not_only_additions_declines(request_text: str):
    await refused(request_text)
