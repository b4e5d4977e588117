"""Paraphrases of a question whose givens are told in an 'if' clause, after it ('How much does Ben get if ...?') or
before it ('If ..., how much ...?'), and near-misses: a figure missing, a party not named, a 'what if' or 'tell me
if', a second change or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How much does Priya get if £900 is shared between Tom and Priya in the ratio 4:5?", 500),
        ("How much does Ben get if £1,200 is shared between Ann and Ben in the ratio 3:5?", 750),
        ("If £1,500 is shared between Sam and Alex in the ratio 2:3, how much does Alex get?", 900),
        ("What was the average donation if 18 people gave a total of £405?", 22.5),
        ("How much does each of us pay if the £84 bill is split between 4 of us?", 21),
        ("how much is each share if £96 is split 4 ways", 24),
    ],
)
async def test_a_question_told_its_givens_in_an_if_clause(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "How much does Ben get if £1,200 is shared between Ann and Ben?",
        "How much does Cara get if £1,200 is shared between Ann and Ben in the ratio 3:5?",
        "What if £1,200 is shared between Ann and Ben in the ratio 3:5?",
        "Can you tell me if £1,200 shared between Ann and Ben 3:5 gives Ben £750?",
        "How much does Ben get if £1,200 is shared between Ann and Ben in the ratio 3:5 and Ann gives him £50?",
        "What's the average spend if 12 customers spent £270 altogether, and what's the most anyone spent?",
        "How much does each of us pay if the bill is split between 4 of us?",
        "what's the total before tax if the bill is $50 with 8% tax",
        "If the coat is £60 with 25% off, what was the original price before the sale, and what did I save?",
    ],
)
async def test_an_if_clause_that_does_not_tell_the_whole_problem_is_declined(request_text: str):
    await refused(request_text)
