"""Round 39: a sentence that announces the parts and says when the user asks ("Two things while it's quiet.",
"Couple of jobs before I forget.") is no part of its own; a "while" that carries an order or a figure is."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.lists import announces_list
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("Couple of jobs before I forget. Convert 12 miles to km, and write a note to Sam saying the van is booked "
         "for Friday.",
         [("calculator", "Convert 12 miles to km"),
          ("writer", "Write a note to Sam saying the van is booked for Friday")]),
        ("Two things now that the shop's shut. Add up £14, £27 and £9, and draft a text to Priya saying her order "
         "has arrived.",
         [("calculator", "Add up £14, £27 and £9"), ("writer", "Draft a text to Priya saying her order has arrived")]),
        ("Three quick questions while the kids nap. What's 15% of 240? Who wrote Dracula? And convert 3 litres "
         "to pints.",
         [("calculator", "What's 15% of 240?"), ("researcher", "Who wrote Dracula?"),
          ("calculator", "Convert 3 litres to pints")]),
    ],
)  # fmt: skip
async def test_the_moment_of_asking_is_no_part(
    decider: RankingDecider, request_text: str, parts: list[tuple[str, str]]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.text) for t in plan.tasks] == parts


@pytest.mark.parametrize(
    "sentence",
    ["Two things while it's quiet.", "Three questions before I forget.", "A couple of jobs whilst the van loads."],
)
def test_an_announcement_with_its_moment_announces(sentence: str) -> None:
    assert announces_list(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two things while you work out 5% of 80.",  # an order inside the "while"
        "Two things before I head out to the 3 sites.",  # a figure: something to account for
        "Two things while we wait: is the shop open and what does it sell?",  # a question
        "Add up the till while it's quiet.",  # an order, not an announcement
        "Two things while the delivery driver unloads the van and counts the boxes for me.",  # too long a remark
    ],
)
def test_a_moment_that_asks_or_counts_is_kept(sentence: str) -> None:
    assert not announces_list(sentence)
