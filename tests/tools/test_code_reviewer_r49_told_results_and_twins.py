"""Wrong results users report with figures, traced to their cause: a discount given as a whole percentage in a call
the user writes beside the code ("price_after(50, 20) gives -950"), a count rounded down ("it says 3 vans and we need
4"), grams multiplied into kilograms, an average divided by a count typed by hand, a parameter's twin read in its
place, and a free allowance charged once it is passed. Near-misses are left alone: the percentage divided by 100,
the count rounded up, kilograms into grams, the list's own length, each twin read once, the allowance subtracted."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply, traced

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "rule", "fix"),
    [
        (
            "Our shop's discount helper is broken, price_after(50, 20) gives -950 instead of 40. Why?\n\n"
            "def price_after(price, off_percent):\n    return price - price * off_percent\n",
            "percent-as-fraction",
            "/ 100",
        ),
        (
            "For 70 chairs at 20 per van it says 3 vans and we need 4. What's wrong?\n\n"
            "def vans_needed(chairs, per_van):\n    return chairs // per_van\n",
            "count-rounded-down",
            "math.ceil",
        ),
        (
            "This should give the flour in kg, but for 12 loaves of 500 grams it says 6000000 kg!\n\n"
            "def flour_kg(loaves, grams_each):\n    return loaves * grams_each * 1000\n",
            "conversion-inverted",
            "/ 1000",
        ),
        (
            "Average rainfall over 3 weeks looks too small. Why?\n\nrain = [12.5, 8.0, 15.5]\n"
            "average = sum(rain) / 4\nprint(average)\n",
            "divisor-not-count",
            "len(rain)",
        ),
        (
            "The cost of one cake comes out much too big, and sugar is cheap. Please check.\n\n"
            "def cake_cost(butter_kg, butter_price, sugar_kg, sugar_price):\n"
            "    return butter_kg * butter_price + sugar_kg * butter_price\n",
            "twin-name-swapped",
            "sugar_kg * sugar_price",
        ),
        (
            "First 2 hours of parking are free, then $3 an hour. But 5 hours bills $15 instead of $9.\n\n"
            "def parking(hours):\n    if hours <= 2:\n        return 0\n    return hours * 3\n",
            "allowance-charged",
            "(hours - 2)",
        ),
    ],
)
async def test_a_wrong_result_told_in_figures_is_traced_to_its_cause(request_text: str, rule: str, fix: str):
    text = await traced(request_text)
    assert rule in text and fix in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Review this:\n\ndef price_after(price, off_percent):\n    return price - price * off_percent / 100\n",
        "Review this:\n\nimport math\n\ndef vans_needed(chairs, per_van):\n    return math.ceil(chairs / per_van)\n",
        "Review this:\n\ndef to_grams(kg):\n    return kg * 1000\n",
        "Review this:\n\nrain = [12.5, 8.0, 15.5]\naverage = sum(rain) / len(rain)\n",
        "Review this:\n\ndef cake_cost(butter_kg, butter_price, sugar_kg, sugar_price):\n"
        "    return butter_kg * butter_price + sugar_kg * sugar_price\n",
        "Review this:\n\ndef parking(hours):\n    if hours <= 2:\n        return 0\n    return (hours - 2) * 3\n",
    ],
)
async def test_right_percentages_counts_and_charges_are_not_flagged(request_text: str):
    _, text = await review_reply(request_text)
    rules = ("percent-as-fraction", "conversion-inverted", "divisor-not-count", "twin-name-swapped")
    assert not any(rule in text for rule in (*rules, "allowance-charged")), text


async def test_a_list_printed_instead_of_another_is_no_figure_too_high():
    text = await traced(
        "why does this print 4 four times instead of 0 1 2 3?\n```javascript\nfor (var i = 0; i < 4; i++) {\n"
        "  setTimeout(function () {\n    console.log(i);\n  }, 50);\n}\n```"
    )
    assert "var" in text
