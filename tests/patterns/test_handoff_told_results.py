"""A text to write that names an earlier result by what it is ("with the amount we can claim") is handed that result
said as a statement ("saying the amount we can claim is £910.00"); and a part that delivers an answer ("then email
the total to the committee") is handed the answer it delivers."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists


def writer_step(instruction: str, answer: str) -> str:
    writer = next(w for w in specialists() if w.name == "writer")
    return step_text(instruction, writer, [answer])


def test_a_result_named_after_with_is_said_with_its_figure() -> None:
    assert writer_step("Write a short note to the treasurer Alan with the amount we can claim", "£910.00") == (
        "Write a short note to the treasurer Alan saying the amount we can claim is £910.00"
    )


def test_a_result_told_to_someone_is_said_with_its_figure() -> None:
    assert writer_step("Write a short email to Sam telling him the total he owes me", "£49.50 in total") == (
        "Write a short email to Sam telling him the total he owes me is £49.50"
    )


@pytest.mark.anyio
async def test_a_delivery_of_the_answer_is_a_part_of_its_own(decider: RankingDecider) -> None:
    # accord sends nothing: an email that would only carry the figure is declined apart, and the answer stands
    request = "Calculate 12% of 4,500, then email the total to our accountant."
    plan = await ClausePlanner(decider).plan(Request(request), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("writer", ())]


def test_a_result_made_into_a_notice_is_a_notice_to_write_from_it() -> None:
    assert writer_step("Make it a notice for the pontoon gates", "The water is off on Tuesday. Fill tanks early.") == (
        "Write a notice for the pontoon gates:\n\nThe water is off on Tuesday. Fill tanks early."
    )
