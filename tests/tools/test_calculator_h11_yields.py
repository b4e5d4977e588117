"""A let property's rental yield (tuning_heldout_11 calc-37): a year's rent, less the running costs for a net yield,
over what the property cost. A net yield without its costs, costs for a yield not said to be net, a mortgage or a
percentage declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Small landlord question: the flat brings in 14,400 a year in rent, expenses are 3,150 a year and it cost "
         "240,000. What's the net yield as a percentage?", 4.6875),
        ("The house cost £200,000 and rents for £1,000 a month. What is the gross yield?", 6),
        ("I bought a flat for £180,000 and let it for £950 a month; running costs are £1,800 a year. What's my net "
         "yield?", 5.33),
        ("Our buy-to-let cost $320,000, the rent is $2,000 a month and expenses are $500 a month. Net yield?", 5.625),
        ("A studio bought for 150,000 brings in 9,000 a year in rent. What's the rental yield?", 6),
    ],
)  # fmt: skip
async def test_a_rental_yield_is_a_years_rent_over_the_price(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "the flat brings in 14,400 a year in rent, expenses are 3,150 a year and it cost 240,000. What's the yield?",
        "the flat brings in 14,400 a year in rent and it cost 240,000. What's the net yield?",
        "the flat brings in 14,400 a year in rent, the mortgage is 6,000 a year and it cost 240,000. What's the net "
        "yield?",
        "the flat brings in 14,400 a year in rent, expenses are 3,150 a year and it cost 240,000, the agent takes "
        "10%. What's the net yield?",
        "A studio bought for 150,000 brings in 9,000 a year in rent. It has 2 bedrooms. What's the rental yield?",
    ],
)
async def test_a_yield_with_costs_unsaid_or_more_to_it_declines(request_text: str):
    await refused(request_text)
