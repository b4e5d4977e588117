"""A list asked to be added up after a label with its count or a comma, and numbers each labelled by where they
are."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_counted_label_then_a_comma_and_the_list():
    solution = await solved("Add up these three invoices, £420, £385.50 and £199.99")
    assert solution["result"] == pytest.approx(1005.49)


async def test_numbers_labelled_by_where_they_are():
    solution = await solved(
        "Add up the residents on soft diets, 14 on the ground floor, 9 on the first and 11 on the second"
    )
    assert solution["result"] == 34


async def test_a_count_that_is_not_the_lists_is_declined():
    await refused("Add up these four invoices, £420, £385.50 and £199.99")


async def test_a_label_that_runs_to_the_end_of_the_request_is_declined_not_a_crash():
    # the label's words reached the request's last token, where the list should open: read past the end before
    await refused(
        "Add up the three catering invoices, then take off the £20 deposit we already paid. What's left to pay:"
        "\n\n£23.40, £18.75 and £41.10"
    )
    await refused("Add up these invoices")
