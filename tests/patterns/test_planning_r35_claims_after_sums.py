"""Round 35: a claim asked after another job in other words and jobs; near-misses that ask the verdict of the job
before ("tell me if it's safe", "let me know whether I need to reply")."""

import pytest

from patterns import split_tasks


@pytest.mark.parametrize(
    "request_text",
    [
        "Work out 15% of 80, and tell me whether it is true that bats are blind.",
        "Convert 5 km to miles and tell me if it's true that a marathon is 26.2 miles.",
        "Calculate 12 times £4.50, and tell me whether it's correct that VAT is 20% in the UK.",
        "Add up 14, 27 and 31, and tell me whether it's a fact that Everest is the tallest mountain.",
        "Split £90 three ways and tell me if it is right that Canberra is the capital of Australia.",
        "Work out 8% of £250, and tell me if it's true that the Eiffel Tower opened in 1889.",
    ],
)
def test_a_claim_after_another_job_is_a_part_of_its_own(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    "request_text",
    [
        "Review this PR and tell me if it's safe to merge",
        "Summarize this and tell me whether I need to reply: The meeting moved. Bring your laptop.",
        "Check my maths and tell me whether it's right: 12 x 4 = 48",
    ],
)
def test_the_verdict_of_the_job_before_is_no_part_of_its_own(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
