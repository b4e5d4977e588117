"""Paraphrases of two offers compared per unit where the question names one by what holds it ('how much cheaper per
litre is the case?' of a carton and a case); near-misses where both share a container, none is named, or the
named one is not cheaper as asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Olive oil is £6.50 for a 500 ml bottle or £21 for a 2 litre tin. How much cheaper per litre is the "
         "tin?", 2.5),
        ("Dog food is $4.80 for a 2 kg bag or $30 for a sack of 15 kg. How much cheaper per kg is the sack?", 0.4),
        ("Oat milk is £1.85 for a 1 litre carton, or £9.60 for a case of six litres. How much dearer per litre is "
         "the carton?", 0.25),
    ],
)  # fmt: skip
async def test_an_offer_named_by_its_container(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Oat milk is £1.85 for a 1 litre carton, or £9.60 for a carton of six litres. How much cheaper per litre is "
        "the carton?",
        "Oat milk is £1.85 for a 1 litre carton, or £9.60 for a case of six litres. How much cheaper per litre is it?",
        "Oat milk is £1.85 for a 1 litre carton, or £9.60 for a case of six litres. How much cheaper per litre is "
        "the carton?",
        "Olive oil is £6.50 for a 500 ml bottle or £21 for a 2 litre tin. How much cheaper per litre is the jar?",
    ],
)
async def test_an_unnamed_or_contrary_offer_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "She had 2 nights at £95 a night or 3 nights at £80. Which is cheaper and by how much?",
        "Option one is 4 lessons at £30 a lesson, option two 6 lessons for £170. Which is cheaper per lesson?",
    ],
)
async def test_a_price_of_one_said_as_an_offer_is_declined(request_text: str):
    await refused(request_text)
