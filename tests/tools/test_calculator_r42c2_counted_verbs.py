"""A count followed by a verb ('a meal for 6 came to £150') counts no things named by that verb: no answer is
given 'per came'. Paraphrases with the people named are still answered; near-misses whose count names nothing
decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A meal for 6 came to £150. How much each?", 25),
        ("Dinner for 8 came to $240. How much each? The waiter was slow.", 30),
        ("4 of us went out and the bill came to £90. How much each?", 22.5),
        ("Bill for 5 people came to €100, how much each?", 20),
        ("3 pints £12, what's that a pint?", 4),
        ("Sorting sandwiches for 15 people at £4.20 a head. What will that cost?", 63),
    ],
)  # fmt: skip
async def test_a_bill_shared_by_a_count_of_people_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "A meal for 6 came to £150. How much each? My mate reckons it's more.",
        "A meal for 6 came to £150. How much each? Dave left early.",
        "Lunch for 6 totalled £72. How much each? My mate says more.",
        "Curry for 5 came to £80, how much each? Hers was bigger.",
        "A takeaway for 4 arrived at £36. How much each? Jo got extra chips.",
        "A meal for 6 hit £150. How much each? Mate says more.",
        "Dinner for 6 amounted to £150. How much each? My mate says more.",
        "Lunch for 4 worked out at £60 - how much each? Reckon it's wrong.",
        "Dinner for 6 reached £150. Each? Gaz swears it's less.",
        "Dinner for 6 totals £150. How much each? Mate says more.",
    ],
)
async def test_a_verb_after_a_count_names_no_share(request_text: str):
    assert "per came" not in await refused(request_text)
