"""Round 36: summaries asked of texts whose words name another worker's topic (facts, claims, calculations, code,
a writer's kinds of text); near-misses whose verb another worker does."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists

TEXT = "The Moon is 384,000 km away. It has no atmosphere. Its gravity is a sixth of Earth's. It orbits in 27 days."


@pytest.mark.parametrize(
    "request_text",
    [
        f"Please summarize this fact sheet about the Moon: {TEXT}",
        f"Summarise these facts for my class: {TEXT}",
        "Summarize this list of claims from the brochure: Our boilers last 15 years. They cut bills by 30%. Over 2 "
        "million are installed in the UK. Each comes with a 10-year warranty.",
        "Summarize these calculations from the budget meeting: rent is £1,200 a month. Staff take 60% of costs. We "
        "agreed to recheck the sums on Friday. Travel is capped at £3,500.",
        "Summarize this code review discussion: Sam said the loop runs 10,000 times. Jo said it could be cached. "
        "They agreed to add caching. The build time dropped by 30%.",
    ],
)
def test_a_summary_asked_goes_to_the_summarizer(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "summarizer"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Write a summary paragraph for our annual report saying revenue grew 12% to £3.4m.", "writer"),
        ("Make this email more polite: Pay the £200 you owe me by Friday.", "writer"),
        (f"Fact check this summary: {TEXT}", "fact_checker"),
        ("Summary figures: Q1 £20k, Q2 £25k, Q3 £22k, Q4 £33k. What's the yearly total in k?", "calculator"),
        ("Check this fact for me: the Moon is 384,000 km away.", "fact_checker"),
        ("Review this code:\n```python\ndef area(r):\n    return 3.14 * r * 2\n```", "code_reviewer"),
    ],
)
def test_a_verb_another_worker_does_keeps_its_worker(decider: RankingDecider, request_text: str, worker: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker
