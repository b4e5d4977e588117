"""Plans for one writing job asked with a courtesy ("Would you mind drafting ...?") or followed by what the user
will do ("I'll attach the draft"): one writer step, which gets the aside as context, never a second job."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.asides import tells_of_the_user
from patterns.courtesy import courteous_order, plain_verb
from tests.patterns.test_routing_users import specialists

ONE_WRITING_JOB = [
    "Would you mind drafting an email to my tutor, Mr Okafor, asking to move our call from Monday 3pm to Tuesday "
    "at 10am? I'll attach the essay plan.",
    "Would you mind writing a short note to the couple upstairs? The electrician is coming Wednesday from 9am and "
    "the power will be off for an hour.",
    "Do you mind putting together a message for the choir? Rehearsal moves to Thursday at 7pm. I'll bring the "
    "sheet music.",
    "would you mind composing a text to my brother that dinner is at 8? I'm running late.",
    "Could you write a text to my sister that the party starts at 6? I'll bring the cake.",
    "Write a note to my landlord that the boiler is broken again. I'll be in all day Tuesday.",
    "Can you draft an email to Ms Garcia confirming the invoice of 340 euros? We'll pay it on Friday.",
    "Would u mind drafting a message to the team that the office is shut on Monday? Im in a rush",
]


@pytest.mark.parametrize("request_text", ONE_WRITING_JOB)
def test_a_courtesy_or_an_aside_leaves_one_writing_job(request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 1, [p.text for p in pieces]


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ONE_WRITING_JOB[:4])
async def test_the_writer_gets_the_aside_with_its_job(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["writer"]
    last_words = request_text.rstrip(".").split()[-2:]
    assert " ".join(last_words) in plan.tasks[0].text


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        # a sentence in the first person that asks for something is a job of its own
        ("Write a note to Sam that the car is fixed. I'd also like the total of 45 and 70.", 2),
        ("What is 15% of 80? I want a note to Jo about the party too.", 2),
        # a courtesy that asks no order, then the question
        ("Would you mind if I asked something? What is 12 times 7?", 2),
    ],
)
def test_what_asks_after_a_job_stays_a_part_of_its_own(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("I'll attach the chapter 3 draft.", True),
        ("I'm running late", True),
        ("We'll bring the cake", True),
        ("I'd also like the total", False),
        ("I wonder what 5 and 7 make", False),
        ("I'll need you to check it", False),
        ("Is it true?", False),
        ("The Eiffel Tower is in Berlin.", False),
    ],
)
def test_an_aside_only_tells_of_the_user(sentence: str, aside: bool) -> None:
    assert tells_of_the_user(sentence) is aside


def test_a_courtesy_reads_as_the_order_it_asks() -> None:
    verbs = frozenset("write draft put compose".split())
    assert courteous_order("would you mind drafting an email".split(), verbs) == ["draft", "an", "email"]
    assert courteous_order("do you mind putting together a note".split(), verbs) == ["put", "together", "a", "note"]
    assert courteous_order("would you mind if i asked".split(), verbs) is None
    assert plain_verb("writing", verbs) == "write" and plain_verb("ring", verbs) is None
