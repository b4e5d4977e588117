"""Two direct questions joined by "and", with no asking verb before them ("What's the capital of Australia and
what's 48 times 12?"): each is a part of its own, for its own worker, and a statement before them informs both.
A pair that is one question ("what salt and what pepper cost"), a second that goes on about the first ("and how
does it form"), or a first that waits for the second's figures ("the mean and ... the median of 3, 5, 9") stays
whole."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from tests.patterns.test_routing_users import specialists

PAIRS = [
    ("What's the capital of Australia and what's 48 times 12?", ["researcher", "calculator"]),
    ("what's the capital of Canada and which ocean is the biggest", ["researcher", "researcher"]),
    ("Who wrote Hamlet and what is 17 times 23?", ["researcher", "calculator"]),
    ("what is 45 divided by 9 and who painted the Mona Lisa", ["calculator", "researcher"]),
    ("How many grams are in 3 pounds and who discovered penicillin?", ["calculator", "researcher"]),
    ("Which planet is the largest and what's 15% of 300?", ["researcher", "calculator"]),
    ("what's 12 squared and what's the square root of 81", ["calculator", "calculator"]),
]


@pytest.mark.parametrize(("request_text", "agents"), PAIRS)
@pytest.mark.anyio
async def test_two_direct_questions_are_two_parts_each_for_its_worker(
    decider: RankingDecider, request_text: str, agents: list[str]
) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 2
    # each part asks only its own question: none carries the other's words
    first, second = (p.text.lower() for p in pieces)
    assert " and " not in first.replace("and prejudice", "")
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == agents
    assert all(t.depends_on == () for t in plan.tasks)


@pytest.mark.parametrize(
    "request_text",
    [
        "I ran 5.5 km this morning. What was my pace and how many calories did I burn?",
        "The room is 4 m by 3 m. How many square feet is that and what's 12 m in feet?",
    ],
)
def test_a_statement_with_figures_before_the_two_questions_informs_both(request_text: str) -> None:
    context = request_text.split(". ", 1)[0]
    pieces = split_tasks(request_text)
    assert len(pieces) == 2
    assert all(p.text.startswith(context) for p in pieces)


@pytest.mark.parametrize(
    "request_text",
    [
        "I'm filling in a form in US units. What's 64 kg in pounds, and what's 70 inches in cm?",
        "We're driving in France. How many km is 90 miles and what's 40 litres in gallons?",
    ],
)
def test_a_statement_without_figures_says_only_why_and_is_left_out(request_text: str) -> None:
    context = request_text.split(". ", 1)[0]
    pieces = split_tasks(request_text)
    assert len(pieces) == 2
    assert not any(context in p.text for p in pieces)


@pytest.mark.parametrize(
    "request_text",
    [
        "what salt and what pepper cost",  # one question over two things
        "what is a black hole and how does it form",  # the second goes on about the first
        "what time does the shop open and where is it",
        "My son is 12. What's his height and what's his weight?",
        "what's the mean and what's the median of 3, 5, 9",  # the figures are both questions'
        "how many apples and how many pears do I need for 3 pies?",  # one verb for both counts
        "What's the difference between a crocodile and an alligator?",  # one question
    ],
)
def test_one_question_stays_whole(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
