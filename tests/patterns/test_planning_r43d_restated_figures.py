"""A later part that only says again a figure the request gave ("Then WhatsApp Jonas confirming we received the
€1,344") needs nothing the sum before it works out: it does not wait for that sum, so a sum that is declined does
not take the message down with it. Near-misses keep waiting for the sum: a part that names its answer (the rate,
the total, what each costs, "how much that is"), works a figure out again ("less the deposit"), or gives a figure
the request never stated."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.restated import restates_a_given
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Tour bus hire was $2,760 for 4 days. What's the daily rate? Then email the driver, Marco, confirming "
            "we've paid the $2,760.",
            "Email the driver, Marco, confirming we've paid the $2,760",
        ),
        (
            "Our allotment society collected £1,920 from 48 plots. What does that average per plot? After that, "
            "write a thank-you note to members saying we raised £1,920 this year.",
            "Write a thank-you note to members saying we raised £1,920 this year",
        ),
        (
            "The school trip cost R18,500 for 37 learners. Work out the cost per learner, then draft an SMS to the "
            "parents' committee confirming the R18,500 has been paid.",
            "Draft an SMS to the parents' committee confirming the R18,500 has been paid",
        ),
        (
            "Please calculate the per-night charge for a booking of NZ$1,890 across 7 nights, and then compose an "
            "email to Mrs Tane acknowledging receipt of the NZ$1,890.",
            "Compose an email to Mrs Tane acknowledging receipt of the NZ$1,890",
        ),
        (
            "Tour bus hire was $2,760 for 4 days. What's the daily rate? Then text Marco saying that we've paid the "
            "$2,760.",
            "Text Marco saying that we've paid the $2,760",
        ),
    ],
)
async def test_a_message_restating_a_given_figure_waits_for_no_sum(
    decider: RankingDecider, text: str, message: str
) -> None:
    planned = await tasks(decider, text)
    assert planned[0][0] == "calculator"
    assert planned[1] == ("writer", message, ())


@pytest.mark.parametrize(
    "then",
    [
        "Then email Marco confirming we've paid the $2,760 and the daily rate.",
        "Then email Marco confirming the $2,760 and this rate.",
        "Then email Marco with the total.",
        "Then email Marco saying we paid $2,760 less the $300 deposit.",
        "Then email Marco saying it comes to $690 a day.",
        "Then email Marco confirming the $2,760 and what each day costs.",
        "Then email Marco confirming the $2,760 and how much that is per day.",
        "Then email Marco confirming the $2,760, with the answer.",
    ],
)
async def test_a_message_naming_the_answer_still_waits_for_it(decider: RankingDecider, then: str) -> None:
    planned = await tasks(decider, f"Tour bus hire was $2,760 for 4 days. What's the daily rate? {then}")
    assert planned[1][0] == "writer"
    assert planned[1][2] == ("1",)


async def test_a_message_with_that_total_still_waits_for_it(decider: RankingDecider) -> None:
    planned = await tasks(
        decider,
        "Two jobs. First, 14 kg of hake at £9.20 a kilo, what's that come to? Then write a text to Morag saying "
        "her hake is ready, with that total.",
    )
    assert planned[1][0] == "writer"
    assert planned[1][2] == ("1",)


@pytest.mark.parametrize(
    ("part", "before", "restates"),
    [
        ("Text Jonas confirming we received the €1,344", "A group of 8 paid €1,344 for 6 nights.", True),
        ("Text Jonas confirming we received the €1,344", "A group of 8 paid €1,434 for 6 nights.", False),
        ("Text Jonas confirming the €1,344 and the balance", "8 paid €1,344 for 6 nights.", False),
        ("Text Jonas that the 8 of them owe €1,344 after the discount", "8 paid €1,344 for 6 nights.", False),
        ("Text Jonas saying we're looking forward to seeing them", "8 paid €1,344 for 6 nights.", False),
        ("Text Sam the 15%", "What's 15% of £80?", False),
        ("Tell the client the 20 per cent VAT on the £2,150 quote", "What's 20 per cent VAT on £2,150?", False),
    ],
)
def test_only_figures_given_and_no_answer_named_restate(part: str, before: str, restates: bool) -> None:
    assert restates_a_given(part, before) is restates
