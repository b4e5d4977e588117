"""'..., and tell me whether it's true that <claim>' after another job asks a claim checked, a part of its own, where
'... and tell me if it's safe to merge' is still the verdict of the job before it."""

from patterns import split_tasks


def test_a_claim_asked_after_a_sum_is_a_part_of_its_own() -> None:
    request = "Calculate 18 grooms at €55, and tell me whether it's true that groomers in Dublin must be licensed."
    assert [p.text for p in split_tasks(request)] == [
        "Calculate 18 grooms at €55",
        "Tell me whether it's true that groomers in Dublin must be licensed",
    ]


def test_the_verdict_of_the_job_before_stays_with_it() -> None:
    assert len(split_tasks("Review this PR and tell me if it's safe to merge")) == 1
