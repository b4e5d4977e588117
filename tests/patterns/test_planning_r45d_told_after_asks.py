"""Round 45: what people tell after they ask is what the ask works from. Statements after an ask for a text are
its facts; after an ask pointing at a text, that text; after a sum, how its answer is wanted: one part, not a second
part checking facts nobody doubted. A text pasted after an ask that follows the user's situation in the same
sentence ("..., can you summarize?") is handed over as that ask's text. Near-misses keep their parts: a question or
an order after the ask, a figure told after a sum, a claim after a question."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.handed_material import request_parts
from patterns.told_after import join_told_after, only_states
from tests.patterns.routed import routed_handed

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "From next month, bins will be collected every other week. Food waste will still go every week. Residents "
    "who miss a collection can book a free pick-up online. Garden waste permits rise to 55 pounds a year."
)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Could you knock up a thank-you note to the Rotary volunteers? They stacked 300 chairs and the tombola "
            "raised £2,400 for the hospice. From Pat in the office.",
            "They stacked 300 chairs",
        ),
        (
            "Can you do me an email to the parents? The trip is on 4 May and costs £12. Lunch is provided.",
            "The trip is on 4 May",
        ),
        (
            "Draft a notice for the gym members please. The pool closes at 6 on Friday. The sauna stays open.",
            "The pool closes at 6",
        ),
        (
            "write a welcome msg for the new tenants? bins go out on tuesdays. the laundry is in the basement.",
            "bins go out on tuesdays",
        ),
    ],
)
def test_statements_after_an_ask_for_a_text_are_its_facts(text: str, facts: str) -> None:
    parts = request_parts(text)
    assert len(parts) == 1
    assert facts.lower() in parts[0].text.partition(":\n\n")[2].lower()


@pytest.mark.parametrize(
    "text",
    [
        f"My landlord sent a long letter. Can you summarise it for me, please? {NOTICE}",
        f"Got the council's update on the bins. Could you boil it down for my neighbours?\n\n{NOTICE}",
        f"A resident left a long note at reception. Could you give me the gist of it?\n\n{NOTICE}",
    ],
)
def test_statements_after_an_ask_pointing_at_a_text_are_that_text(decider: RankingDecider, text: str) -> None:
    parts = request_parts(text)
    assert len(parts) == 1 and "Garden waste permits" in parts[0].text
    assert routed_handed(decider, text) == "summarizer"


@pytest.mark.parametrize(
    "text",
    [
        "Work out the simple interest on £5,000 at 4% a year for 3 years. Only the interest is needed.",
        "Please calculate 18% of 2,450. Just the figure is fine.",
        "Compute the monthly repayment on a $12,000 loan at 6% over 3 years. Rounded to the cent would be great.",
    ],
)
def test_a_statement_after_a_sum_says_how_its_answer_is_wanted(text: str) -> None:
    parts = request_parts(text)
    told = text.rstrip(".").rpartition(". ")[2]
    assert len(parts) == 1 and parts[0].text.endswith(told) and ":" not in parts[0].text


@pytest.mark.parametrize(
    "text",
    [
        # a question of its own after the ask
        "Write a note to Kev saying the truck comes Thursday. Is it true that the Eiffel Tower is 330 m tall?",
        # an order of its own
        "Draft a thank-you email to the volunteers. Then work out 15% of 2,400.",
        "Draft a thank-you email to the volunteers. Also, summarise the minutes of the last meeting.",
        # a figure told after a sum is no remark on how the answer is wanted
        "Calculate 18% of 2,450. The Eiffel Tower is 330 metres tall.",
        # a delivery of what it points at takes nothing told after it
        "Send it to the caretaker please. The boiler was serviced on Monday.",
        "email it to the committee. The accounts are signed off.",
        # after a question that is neither a text, a pointer nor a sum
        "Who wrote Hamlet? The Nile is the longest river in the world.",
    ],
)
def test_a_question_an_order_or_another_claim_after_the_ask_stays_a_part(text: str) -> None:
    assert len(request_parts(text)) == 2


def test_only_plain_statements_are_told() -> None:
    assert only_states("They baked 40 dozen scones. From Sharon at the station.")
    assert not only_states("They baked 40 dozen scones. Could you thank them?")
    assert not only_states("Also, check the date.")
    assert not only_states("Have a look at this script too")
    assert join_told_after([]) == []


@pytest.mark.parametrize(
    "text",
    [
        f"I got this letter from the council and I'm not great with formal English, could you summarise?\n\n{NOTICE}",
        f"Our residents' group sent this and honestly it's too much for me today, can you summarize it?\n\n{NOTICE}",
    ],
)
def test_a_text_after_a_situated_ask_is_summarized(decider: RankingDecider, text: str) -> None:
    assert routed_handed(decider, text) == "summarizer"
