"""Three wrong results users report: a unit conversion written the wrong way round against the factor they state
("1 carat is 0.2 g" and grams * 0.2), a percentage with decimals used as a multiplier (ht * tva with tva=5.5), and a
JavaScript form field's text added to a number ('10' + 5 is '105'). Near-misses are left alone: the conversion
written the right way, a factor the request does not state, an hourly rate, and a value made a number first."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply, traced

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "rule", "fix"),
    [
        (
            "Wrote this to turn grams into carats for me sales book, 1 carat is 0.2 g. The numbers look way off.\n\n"
            "def grams_to_carats(grams):\n    return grams * 0.2\n",
            "conversion-inverted",
            "grams / 0.2",
        ),
        (
            "An inch is 2.54 cm. Why are my numbers wrong?\n\ndef inches_to_cm(inches):\n    return inches / 2.54\n",
            "conversion-inverted",
            "inches * 2.54",
        ),
        (
            "My nephew wrote this for my invoices but the prices come out crazy high. What's wrong?\n\n"
            "def prix_ttc(ht, tva=5.5):\n    return ht * tva\n\nprint(prix_ttc(100))  # gives 550.0\n",
            "percent-as-fraction",
            "ht * (1 + tva / 100)",
        ),
        (
            "I type 10 kg and it says total 105 kg, should be 15. Where is the mistake?\n\n```javascript\n"
            "const kg = document.getElementById('kg').value;\nconst extra = 5;\nconst total = kg + extra;\n```",
            "input-not-converted",
            "Number(",
        ),
    ],
)
async def test_a_wrong_result_is_traced_to_its_cause(request_text: str, rule: str, fix: str):
    text = await traced(request_text)
    assert rule in text and fix in text


@pytest.mark.parametrize(
    "request_text",
    [
        "1 carat is 0.2 g. Review this:\n\ndef carats_to_grams(c):\n    return c * 0.2\n",
        "Review this:\n\ndef grams_to_carats(grams):\n    return grams * 0.2\n",
        "Review this:\n\ndef pay(hours, rate=15):\n    return hours * rate\n",
        "Review this:\n\n```javascript\nconst kg = Number(document.getElementById('kg').value);\n"
        "const total = kg + 5;\n```",
    ],
)
async def test_right_conversions_rates_and_numbers_are_not_flagged(request_text: str):
    _, text = await review_reply(request_text)
    assert not any(rule in text for rule in ("conversion-inverted", "percent-as-fraction", "input-not-converted"))
