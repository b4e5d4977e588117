"""Round 35: parts that bring their own content beside pasted material, in other words and orders; and near-misses
that still take the material or the result (a message about "it", a sum that names the result)."""

from __future__ import annotations

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.own_points import looks_elsewhere, tells_its_own
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

CODE = "```python\ndef total(xs):\n    return sum(x for x in xs if x > O)\n```"
NOTES = "The kitchen will close in October. Contractors will replace the counter. Lunches will be packed."


@pytest.mark.parametrize(
    "request_text",
    [
        f"Review this function and write an email to the team saying the release moves to Friday\n{CODE}",
        f"Check this code for bugs and draft a note to Sam telling him the demo is at 3pm\n{CODE}",
        f"Review this script, and write a short message to my manager that I'll be late tomorrow\n{CODE}",
        f"Look over this code and text my partner saying dinner is at eight tonight\n{CODE}",
        f"Review this snippet and also find the style guide for our Python projects:\n{CODE}",
        f"Please review this code, and look up our deployment checklist for the web team:\n{CODE}",
    ],
)
async def test_the_part_with_its_own_content_gets_no_code(decider: RankingDecider, request_text: str) -> None:
    made = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert len(made.tasks) == 2
    assert "```" in made.tasks[0].text and "```" not in made.tasks[1].text


@pytest.mark.parametrize(
    ("request_text", "sum_text"),
    [
        (f"Summarize this: {NOTES} Then calculate 15% of £8,200.", "Calculate 15% of £8,200"),
        (f"Summarise this: {NOTES} After that, work out 12 times $45.", "Work out 12 times $45"),
        (f"Give me the key points of this: {NOTES} Then what is 18% of 640?", "What is 18% of 640?"),
    ],
)
async def test_a_sum_of_its_own_after_a_summary_waits_for_nothing(
    decider: RankingDecider, request_text: str, sum_text: str
) -> None:
    made = await ClausePlanner(decider).plan(Request(request_text), specialists())
    last = made.tasks[-1]
    assert (last.worker, last.text, last.depends_on) == ("calculator", sum_text, ())


@pytest.mark.parametrize(
    "clause",
    [
        "write Ben a note saying I've looked at it",  # tells of the material
        "write an email about this saying it is fine",
        "write an email to Sam",  # tells nothing
        "summarize it",
    ],
)
def test_a_clause_that_points_at_the_material_is_no_message_of_its_own(clause: str) -> None:
    assert not tells_its_own(clause) and not looks_elsewhere(clause)


async def test_a_sum_that_names_the_result_still_waits_for_it(decider: RankingDecider) -> None:
    request = "Find out when the Eiffel Tower was built, then work out how many years ago that was from 2025"
    made = await ClausePlanner(decider).plan(Request(request), specialists())
    assert made.tasks[-1].depends_on == ("1",)
