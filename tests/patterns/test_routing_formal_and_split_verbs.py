"""Asks that open with a formal lead ("I would be obliged if you could summarise ...", "would you be so kind as to
...") are routed by the ask after the lead, and a verb with its particle after a pronoun ("sum this up", "sum it up
for me") is the verb it is: a summary is the summarizer's, whatever text it names ("the crop insurance letter",
"a visitor leaflet")."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists

PASSAGE = (
    "The old mill was built in 1790 by the Hargreaves family. It ground wheat for the village until 1952. The "
    "building was restored by volunteers in 2004 and now opens to visitors on Sundays."
)


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        (
            f"Dear assistant, I would be obliged if you could summarise the following passage for a leaflet: {PASSAGE}",
            "summarizer",
        ),
        (f"I'd be grateful if you would shorten this for the parish newsletter: {PASSAGE}", "summarizer"),
        ("I would be grateful if you could write a letter to the parents: the recital is on Sunday at 4pm.", "writer"),
        ("Would you be so kind as to check this claim: the Eiffel Tower is in Rome", "fact_checker"),
        (f"sum this up from the insurance letter: {PASSAGE}", "summarizer"),
        (f"sum it up for me, its from the council: {PASSAGE}", "summarizer"),
    ],
)
def test_the_ask_after_the_lead_routes(decider: RankingDecider, request_text: str, worker: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker
