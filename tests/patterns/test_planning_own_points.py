"""Parts that bring their own content take none of the material pasted beside them: a message that tells its own
facts, a search for a document elsewhere; and a sum with figures of its own after a summary waits for nothing."""

from __future__ import annotations

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

CODE = "```python\ndef area(r):\n    return 3.14 * r * rr\n```"


async def plan(decider: RankingDecider, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    made = await ClausePlanner(decider).plan(Request(text), specialists())
    return [(t.worker, t.text, t.depends_on) for t in made.tasks]


async def test_an_email_telling_its_own_news_gets_no_code(decider: RankingDecider) -> None:
    request = (
        f"Review this snippet and write a quick email to my team saying code freeze starts Wednesday at noon\n{CODE}"
    )
    assert (await plan(decider, request))[1] == (
        "writer",
        "Write a quick email to my team saying code freeze starts Wednesday at noon",
        (),
    )


async def test_a_document_looked_for_is_the_researchers_without_the_code(decider: RankingDecider) -> None:
    request = (
        f"Review this code and also find our internal secure-coding policy document for the payments team:\n{CODE}"
    )
    assert (await plan(decider, request))[1] == (
        "researcher",
        "Find our internal secure-coding policy document for the payments team",
        (),
    )


async def test_a_sum_of_its_own_after_a_summary_waits_for_nothing(decider: RankingDecider) -> None:
    request = (
        "Summarize this: The kitchen will close. Contractors will replace the counter. Then calculate 15% of £8,200."
    )
    assert (await plan(decider, request))[1] == ("calculator", "Calculate 15% of £8,200", ())
