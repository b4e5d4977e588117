"""Paraphrases of a restaurant bill named by its table's number ('Table 12 bill'), split with a service charge, and
near-misses: no one to split between, a second charge unnamed, a table that counts its diners."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Table 12 bill is HK$1,860, they want to add 10% service charge and split between 6 person. how much each?",
            341,
        ),
        ("Bill for table 12 is HK$1,860. Add 10% service charge and split between 6 people. How much each?", 341),
        ("table 7 wants to split their bill of $240 between 4 people. how much each?", 60),
        ("The table 7 bill is $240 plus 12.5% service, split 5 ways. How much each?", 54),
    ],
)
async def test_a_bill_named_by_its_table(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Table 12 bill is HK$1,860, they want to add service charge and split between 6 person. how much each?",
        "Table 12 bill is HK$1,860, they want to add 10% service charge. How much each?",
        "Table 12 bill is HK$1,860 and table 14 bill is HK$920, split between 6 people. how much each?",
        "Table 12 bill is HK$1,860, add 10% service charge and split between 6 person. How much each and the tip?",
    ],
)
async def test_a_table_bill_missing_a_figure_is_declined(request_text: str):
    await refused(request_text)
