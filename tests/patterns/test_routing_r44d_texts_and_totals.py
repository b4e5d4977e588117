"""What a text handed over "is actually saying", or the text "in plain English", is its summary, whatever the
user says of where it came from; figures and "total how much?" (or "total is how much?") are a sum, in any
currency. Near-misses keep today's worker: a rewrite in plain English is the writer's."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from tests.patterns.routed import routed

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "From next month, bins will be collected every other week. Food waste will still go every week. Residents "
    "who miss a collection can book a free pick-up online. Garden waste permits rise to 55 pounds a year."
)


@pytest.mark.parametrize(
    "text",
    [
        f"The council posted this through the door, whats it actually saying? {NOTICE}",
        f"My landlord sent this, what does it actually say? {NOTICE}",
        f"Can you put this in plain English for me, the council stuff always goes over my head: {NOTICE}",
        f"Put this in plain English: {NOTICE}",
        f"Got this letter, what's it saying? Short version please: {NOTICE}",
    ],
)
def test_what_a_handed_text_says_is_its_summary(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "summarizer"


@pytest.mark.parametrize(
    "text",
    [
        f"Rewrite this in plain English: {NOTICE}",
        f"Reword this in plain English for the parish newsletter: {NOTICE}",
    ],
)
def test_a_rewrite_in_plain_english_is_the_writers(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "writer"


@pytest.mark.parametrize(
    "text",
    [
        "hi, tyre patch is 40,000 dong, today I fix 23 tyre. total how much?",
        "Haircut is $25, I did 9 today. total how much?",
        "Wash and fold R45 a bag, 23 bags this week. so total how much?",
        "Dim sum lunch HK$68 a head, 14 staff. Total is how much?",
    ],
)
def test_figures_and_total_how_much_are_a_sum(decider: RankingDecider, text: str) -> None:
    assert routed(decider, text) == "calculator"
