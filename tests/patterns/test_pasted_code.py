"""Code pasted after a blank line, without a fence, is set in a ``` block after a colon, so the planner reads it as
the ask's material and not as sentences of its own; prose after a blank line is left as it is. "Every now and then"
is no step after a step."""

import pytest

from patterns import RankingDecider
from patterns.pasted_code import fenced
from tests.patterns.routed import tasks

CODE = "def last_bids(bids, n):\n    return [bids[i] for i in range(len(bids) - n, len(bids) + 1)]\n"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"review pls, this blows up every now and then\n\n{CODE}", f"review pls, this blows up every now and then"
         f":\n\n```\n{CODE.rstrip()}\n```"),
        ("never finishes. review?\n\ni = 0\nwhile i < n:\n    if xs[i]:\n        continue\n    i += 1\n",
         "never finishes. review:\n\n```\ni = 0\nwhile i < n:\n    if xs[i]:\n        continue\n    i += 1\n```"),
    ],
)  # fmt: skip
def test_code_pasted_after_a_blank_line_is_set_in_a_block(text: str, said: str):
    assert fenced(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Summarise this please.\n\nThe meeting is on Friday. We will discuss the budget. Bring your notes.",
        "Dear team,\n\nThe total = 5 items. Please review.\n\nThanks",  # one line reads as code, the rest is prose
        f"Review this:\n\n```\n{CODE}```",  # a block already
        "Review this: x = 1",  # no blank line
    ],
)
def test_prose_or_code_already_set_apart_is_left_as_it_is(text: str):
    assert fenced(text) == text


@pytest.mark.anyio
async def test_pasted_code_is_planned_as_one_review_of_it():
    planned = await tasks(RankingDecider(), fenced(f"review pls, this blows up every now and then\n\n{CODE}"))
    assert [(worker, "```" in text) for worker, text, _ in planned] == [("code_reviewer", True)]


@pytest.mark.anyio
async def test_now_and_then_before_a_new_ask_still_orders_the_steps():
    planned = await tasks(RankingDecider(), "Work out 15% of 80 now and then write a note to Sam with it.")
    assert [(worker, after) for worker, _, after in planned] == [("calculator", ()), ("writer", ("1",))]
