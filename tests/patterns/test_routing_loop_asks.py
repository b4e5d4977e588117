"""A request that asks for its draft to be judged and revised ("..., Revise it until the critic approves.") is
routed on what is drafted: the loop is asked of the evaluator pattern and names nobody's job, as the orchestrator
already reads it when it picks the evaluator's generator."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        (
            "Write a 3-bullet list of our gym's new rules: towels required, 45-minute limit on machines at peak "
            "times, no outdoor shoes. Revise it until the critic approves.",
            "writer",
        ),
        (
            "Write a 3-bullet list of the library's new rules: no food, phones on silent, return books in 14 days. "
            "Keep improving it until a reviewer is happy.",
            "writer",
        ),
        (
            "Draft a short notice for the office kitchen: clean your mugs, label your food, fridge cleared on Fridays. "
            "Have it reviewed and improved.",
            "writer",
        ),
        (
            "Write a two-line welcome for new members of our choir: we meet on Thursdays at 7pm in St Mary's hall. "
            "Revise it until the critic approves.",
            "writer",
        ),
        (
            "Summarize this and keep improving it until a reviewer is happy: The council approved a new cycle lane on "
            "King Street. Work starts in May and takes six weeks. Parking will be suspended during the work.",
            "summarizer",
        ),
        ("What is 15% of 240? Revise it until the critic approves.", "calculator"),
    ],
)
def test_the_draft_not_its_loop_says_who_writes_it(decider: RankingDecider, request_text: str, worker: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker
