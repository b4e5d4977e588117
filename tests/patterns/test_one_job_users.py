"""Plans that keep one job whole, in the words users write: a calculation whose later step only goes on from the
earlier result, a message that asks something of its readers, notes handed over after a question, and a close
runner-up asked after a decline because it declares the instruction's verb."""

import pytest

from patterns import ClausePlanner, InMemoryRunStore, Request, Result, Router, split_tasks
from patterns.references import goes_on_from_a_number
from tests.patterns.scripted import Scripted, skill
from tests.patterns.test_router import FixedDecider, RankedDecider

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "double 47 and add 6",
        "A $40 meal plus 8% tax, then a 15% tip on the total",
        "Take 250, subtract 40, then divide the result by 3",
        "what's 18 squared, and then halve",
        "Start with 1,200 and knock off 15%",
    ],
)
async def test_a_step_that_only_goes_on_from_the_number_before_stays_with_it(request_text: str) -> None:
    plan = await ClausePlanner(FixedDecider("calculator")).plan(Request(request_text), [])
    assert len(plan.tasks) == 1 and plan.tasks[0].depends_on == ()


async def test_a_step_with_numbers_of_its_own_is_still_a_task_of_its_own() -> None:
    first, second = split_tasks("What is 15% of 80, and add 5 to 12")
    assert not second.needs_previous and second.text == "Add 5 to 12"
    assert not goes_on_from_a_number("Double 47") and not goes_on_from_a_number("Double-check for me")


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an email to the staff saying the office is closed on Friday, and ask everyone to review it",
        "Draft a note to the team that the meeting moved to 3pm and remind them to bring laptops",
        "could you compose a message to the parents about the trip and tell them to pack a lunch",
    ],
)
def test_what_a_message_asks_of_its_readers_belongs_to_the_message(request_text: str) -> None:
    assert [p.text for p in split_tasks(request_text)] == [request_text[:1].upper() + request_text[1:]]


def test_a_request_to_the_assistant_after_a_message_is_a_part_of_its_own() -> None:
    pieces = split_tasks("Write an email to my landlord about the leak and tell me what 15% of 1,400 is")
    assert [p.text for p in pieces] == ["Write an email to my landlord about the leak", "Tell me what 15% of 1,400 is"]
    assert len(split_tasks("Write a poem about rain and ask the researcher when it last flooded")) == 2


def test_a_question_about_my_notes_keeps_the_notes_that_follow_as_its_material() -> None:
    pieces = split_tasks(
        "can you make my notes into a short email for the neighbours? Skip is coming on Tuesday. "
        "Bins go out Monday. Please park on the street."
    )
    assert len(pieces) == 1
    assert pieces[0].instruction == "Can you make my notes into a short email for the neighbours?"
    assert pieces[0].text.endswith("Bins go out Monday. Please park on the street.")


DRAFT = skill("messages", "emails, notes and announcements for any occasion", "Write a note to the team")
CONDENSE = skill("condensing", "condenses a text you send into a short summary", "Summarize this memo")


async def test_after_a_decline_a_close_runner_up_that_declares_the_instructions_verb_is_asked() -> None:
    summarizer = Scripted("summarizer", Result(text="no text to condense", status="rejected"), skills=[CONDENSE])
    writer = Scripted("writer", "Dear all, ...", skills=[DRAFT])
    store = InMemoryRunStore()
    decider = RankedDecider(("summarizer", 0.40), ("writer", 0.36))
    result = await Router([summarizer, writer], decider=decider, store=store).send(
        Request("Write a two-line welcome for our new volunteers")
    )
    assert result.ok and result.text == "Dear all, ..." and writer.calls == 1
    assert result.run_id is not None
    record = await store.get(result.run_id)
    assert record is not None and record.answered_by == ["reroute-1"]


async def test_after_a_decline_a_runner_up_without_the_verb_is_not_asked() -> None:
    writer = Scripted("writer", Result(text="beyond me offline", status="rejected"), skills=[DRAFT])
    summarizer = Scripted("summarizer", "a summary", skills=[CONDENSE])
    decider = RankedDecider(("writer", 0.40), ("summarizer", 0.36))
    result = await Router([writer, summarizer], decider=decider).send(Request("Write a sonnet about the sea"))
    assert result.status == "rejected" and summarizer.calls == 0


async def test_a_step_with_no_number_of_its_own_stays_with_the_worker_of_the_number_before() -> None:
    from tests.patterns.test_supervisor import KeywordDecider

    decider = KeywordDecider({"%": "calculator", "double": "fact_checker"})
    team = [Scripted("calculator"), Scripted("fact_checker")]
    plan = await ClausePlanner(decider).plan(Request("work out 15% of 80 and then double it"), team)
    assert [(t.text, t.worker) for t in plan.tasks] == [("Work out 15% of 80, then double it", "calculator")]
