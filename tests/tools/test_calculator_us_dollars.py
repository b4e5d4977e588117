"""A dollar named with its country ('1 US dollar = 0.92 euros', '1.08 US dollars') is the US dollar, and 'US' is never
'us' counted as people; another country's dollar stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If 1 US dollar = 0.92 euros, how many euros do I get for 350 dollars?", 322),
        ("1 US dollar = 0.92 euros, how many euros is 350 dollars?", 322),
        ("if 1 euro is 1.08 US dollars, how many US dollars for 200 euros?", 216),
        ("1 euro = 1.08 US dollars, how many dollars is 200 euros?", 216),
        ("1 American dollar = 0.79 pounds sterling, how many pounds for 500 dollars?", 395),
        ("If one US dollar is 0.92 euros, what are 120 US dollars in euros?", 110.4),
    ],
)
async def test_the_us_dollar_named_with_its_country(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "If 1 US dollar = 0.92 euros, how many euros for 350 Canadian dollars?",
        "If 1 US dollar = 0.92 euros, how many euros for 350 Australian dollars?",
    ],
)
async def test_another_dollar_is_declined(request_text: str):
    await refused(request_text)
