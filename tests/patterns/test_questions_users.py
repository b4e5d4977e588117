"""Questions, sums and code as users send them, over the six specialists' real cards and the sentence ranker: a
question about the world goes to the researcher, a sum in words to the calculator, code to the code reviewer;
and compound requests are planned the same way."""

from __future__ import annotations

import pytest

from patterns import ClausePlanner, Request
from patterns.forms import question_form
from patterns.reading import is_claim, is_expression, routing_text
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

LOOP_CODE = "```python\nwhile n > 0:\n    print(n)\n```"
TOTAL_CODE = "```python\ndef total(xs):\n    for x in xs:\n        t += x\n    return t\n```"


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("At what altitude do passenger jets usually cruise?", "researcher"),
        ("In what year did the Titanic sink?", "researcher"),
        ("On which continent is Kenya?", "researcher"),
        ("To whom did Marie Curie get married?", "researcher"),
        ("What is the currency of Japan?", "researcher"),
        ("Which planet has the most moons?", "researcher"),
        ("7 squared minus 3 cubed", "calculator"),
        ("fifteen times four divided by six", "calculator"),
        (f"Review:\n{TOTAL_CODE}", "code_reviewer"),
        (f"Look at this:\n{TOTAL_CODE}", "code_reviewer"),
    ],
)
def test_each_question_goes_to_the_agent_that_answers_it(decider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


def test_a_question_may_open_with_a_preposition() -> None:
    assert question_form("In which year did the wall come down?") == "open"
    assert question_form("For how long do owls sleep?") == "open"
    assert question_form("In the morning I run.") is None


def test_a_sum_in_words_and_a_named_thing_are_no_claims() -> None:
    assert is_expression("9 squared plus 4 cubed") and not is_claim("9 squared plus 4 cubed")
    assert not is_claim("A one-line slogan for a bakery called Crumbs")
    assert is_claim("The Eiffel Tower was painted red in 1889")  # a statement with a past tense still is one
    assert not is_expression("Pluto was reclassified in 2006")


def test_code_material_says_who_reads_it() -> None:
    assert routing_text(f"Review:\n{TOTAL_CODE}") == "Review (code)"
    assert routing_text("Summarize this: The pool closes on Sunday. It reopens on Monday.") == "Summarize this"


@pytest.mark.parametrize(
    ("request_text", "plan"),
    [
        (f"Why does this loop never stop? Please check it.\n{LOOP_CODE}", [("code_reviewer", ())]),
        (
            "What's 250 minus 10%? Then use the result to write a one-line price tag for a lamp.",
            [("calculator", ()), ("writer", ("1",))],
        ),
        (
            "Summarize these notes and then turn the summary into a short email to the staff: The lift in block B "
            "is out of service from Monday. Engineers expect the repair to take three days.",
            [("summarizer", ()), ("writer", ("1",))],
        ),
        (
            "Who painted the Mona Lisa; what is 45 times 12; and a slogan for a juice bar called Pulp Friction.",
            [("researcher", ()), ("calculator", ()), ("writer", ())],
        ),
    ],
)
async def test_compound_requests_are_planned_part_by_part(decider, request_text: str, plan) -> None:
    planned = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.depends_on) for t in planned.tasks] == plan


async def test_a_question_about_code_keeps_the_code_that_follows_it(decider) -> None:
    planned = await ClausePlanner(decider).plan(Request(f"Why does this crash? Review it.\n{LOOP_CODE}"), specialists())
    assert len(planned.tasks) == 1 and planned.tasks[0].text.endswith(LOOP_CODE)
