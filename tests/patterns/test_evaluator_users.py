"""The evaluator on what users ask a writer: a rewrite handed back unchanged, a revision that pastes the text back,
and which agents may generate (those that revise to feedback)."""

import pytest

from patterns import EvaluatorOptimizer, Request, Result, Skill, has_revising_skill
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio

JUDGING = Skill("judge", "Judge drafts", tags=("judge", "score"))
ROUGH = "hey all, the printer on floor 2 is broken again, stop using it"


def judge(*scores: float) -> Scripted:
    replies = [Result(text=f"{s:.0%}", data=[{"score": s, "feedback": "more formal"}]) for s in scores]
    return Scripted("judge", replies=replies, skills=[JUDGING])


async def test_a_translation_handed_back_unchanged_declines_before_any_judge_scores_it() -> None:
    task = f"Translate this note into French: {ROUGH}"
    critic = judge(1.0)
    result = await EvaluatorOptimizer(Scripted("writer", f"Into French\n\n{ROUGH}"), critic).send(Request(task))
    assert result.status == "rejected" and critic.calls == 0
    assert "handed the text back unchanged" in result.text


async def test_a_real_rewrite_of_the_text_is_judged_as_usual() -> None:
    task = f"Rewrite this more politely: {ROUGH}"
    polite = "Hello everyone, the printer on floor 2 is out of order again; please do not use it for now."
    result = await EvaluatorOptimizer(Scripted("writer", polite), judge(0.9)).send(Request(task))
    assert result.status == "completed" and result.text == polite


async def test_a_revision_that_pastes_the_rough_text_back_is_no_revision() -> None:
    task = f"Rewrite this in a professional tone: {ROUGH}"
    first = "Hello all, the printer on floor 2 is broken again, stop using it."
    writer = Scripted(
        "writer", replies=[first, f"{first} Hey all, the printer on floor 2 is broken again, stop using it"]
    )
    critic = judge(0.6, 1.0)
    result = await EvaluatorOptimizer(writer, critic).send(Request(task))
    assert critic.calls == 1 and writer.calls == 2  # the pasted revision is never judged
    assert result.status == "partial" and result.text.startswith(first)
    assert "the revision repeats the draft or the feedback" in result.text


def test_a_generator_must_declare_that_it_revises_to_feedback() -> None:
    writer = Scripted("writer", skills=[Skill("rewriting", "Rewrites text", tags=("rewrite", "Revise"))])
    calculator = Scripted("calculator", skills=[Skill("arithmetic", "Works out sums", tags=("math",))])
    assert has_revising_skill(writer) and not has_revising_skill(calculator)
    assert has_revising_skill(Scripted("editor", skills=[Skill("revise", "Revises drafts")]))
