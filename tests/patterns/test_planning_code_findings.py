"""Code, then a text written from its review ("Review this code, then write a short summary of the problems for my
manager, who isn't technical: ```<code>```"): the reviewer gets the code, the writer the findings, after the review,
wherever the user put the code."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from tests.patterns.test_routing_users import specialists

CODE = (
    "```python\ndef find(db, email):\n"
    "    return db.execute(\"SELECT * FROM customers WHERE email = '%s'\" % email)\n```"
)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        f"Review this code, then write a short summary of the problems for my manager, who isn't technical:\n{CODE}",
        f"Check this function for bugs, then write a plain-English note about what you found for our owner:\n{CODE}",
        f"Look over my code and then write up the issues in a short email to my boss, who doesn't code:\n{CODE}",
        f"Review this snippet. Then write a brief summary of the risks for the non-technical board.\n{CODE}",
    ],
)
async def test_the_reviewer_gets_the_code_and_the_writer_its_findings(
    decider: RankingDecider, request_text: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    review, note = plan.tasks
    assert (review.worker, note.worker, note.depends_on) == ("code_reviewer", "writer", (review.id,))
    assert review.text.endswith(CODE)
    assert "```" not in note.text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Review my code. Also, write a haiku about autumn:\n{CODE}",  # set apart: no result of the review
        f"Look over my code and write a haiku about autumn:\n{CODE}",  # side by side: nothing handed on
    ],
)
def test_a_part_of_its_own_keeps_what_it_was_given(request_text: str) -> None:
    *_, last = split_tasks(request_text)
    assert last.text.endswith(CODE)
