"""Round 5 of issue 9, in the words users write: code with the symptom beside it is one review, a text to write
with the facts after it is one writer request, notes turned into a paragraph are the writer's, and a part whose
worker only hands back what it was given is never shown as done."""

import pytest

from patterns import ClausePlanner, InMemoryRunStore, RankingDecider, Request, Result, Supervisor, split_tasks
from patterns.echoes import only_echoes, unless_echo
from patterns.jobs import about_the_code, are_notes, names_text_to_write
from patterns.planning import Plan, Task
from patterns.reading import recast_head, routing_text
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

AVERAGE = "```python\ndef mean(values):\n    return sum(values) // len(values)\n```"
FLOATS = "```js\nconst ok = price * qty === 0.3;\n```"


@pytest.mark.parametrize(
    "request_text",
    [
        f"why does my mean come out as a whole number? with [3, 4] I get 3, not 3.5\n{AVERAGE}",
        f"It's off by a few cents. Why is the total wrong?\n{AVERAGE}",
        f"0.1 * 3 should be 0.3 but this says false\n{FLOATS}",
        f"{AVERAGE}\nwhy do I get a ZeroDivisionError sometimes?",
        f"TypeError when I pass a list, what am I missing\n{AVERAGE}",
    ],
)
def test_sentences_describing_what_the_code_does_wrong_stay_with_the_code(request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 1, [p.text for p in pieces]
    assert "```" in pieces[0].text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Why is my mean a whole number?\n{AVERAGE}\nAlso, write a slogan for my maths tutoring club.",
        f"What is 15% of 80? Review this please:\n{AVERAGE}",
        f"Review this function:\n{AVERAGE}\nAnd separately, who wrote Hamlet?",
    ],
)
def test_a_separate_job_beside_code_is_still_a_part_of_its_own(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


def test_what_reads_as_a_symptom_and_what_does_not() -> None:
    code = AVERAGE
    assert about_the_code("for [1, 2] I get 1 instead of 1.5", code)
    assert about_the_code("It's off by a few cents", code)
    assert about_the_code("the mean is never right for odd lengths", code)
    assert not about_the_code("What is 15% of 80?", code)  # nothing of the code in it
    assert not about_the_code("Write a slogan for my club", code)  # an order: a job of its own


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you write a quick note for the choir. Rehearsal moves to the church hall this Thursday.",
        "Draft an apology to Mrs Patel. Her parcel went to the wrong street and we have refunded the postage.",
        "I'd like a short invitation to our street party. It starts at 2 pm on Saturday. Bring a dish to share.",
        "Write a welcome post for the new members' forum? Our first meetup is on the 3rd at the Red Lion.",
    ],
)
def test_a_text_to_write_and_the_statements_after_it_are_one_request(request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 1, [p.text for p in pieces]
    assert names_text_to_write(pieces[0].instruction)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a short thank-you note to our volunteers. Then tell me what 12 times 15 is.",
        "Write a notice for the gym members. What year did the first Olympics take place?",
        "Draft an email to the landlord about the boiler. Also summarize this: The lease ends in May. Rent rises.",
    ],
)
def test_a_text_to_write_followed_by_an_order_or_a_question_is_two_parts(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


def test_kinds_of_text_named_in_the_words_people_use() -> None:
    assert names_text_to_write("Could you write a short notice for the gym members")
    assert names_text_to_write("I'd like a brief email to the cleaning crew")
    assert names_text_to_write("put together a caption for our shop photo")
    assert not names_text_to_write("Write down what 4 times 9 is")
    assert not names_text_to_write("I'd like to know who painted the Mona Lisa")


def test_notes_are_short_items_not_sentences_of_a_text() -> None:
    assert are_notes("water, sun cream, a packed lunch, a waterproof jacket")
    assert are_notes("bake sale on Saturday; stalls from 10; all money to the library")
    assert not are_notes("The hall is booked until 9. We need six volunteers. Tea is served at half time.")
    assert not are_notes("just one item")


def test_turning_notes_into_a_form_reads_as_a_rewrite() -> None:
    assert recast_head("Turn these notes into a paragraph") == "Rewrite these notes into a paragraph"
    assert recast_head("please convert my jottings into an email") is not None
    assert recast_head("Turn left at the church") is None  # no "into": not a text recast
    assert routing_text(f"TypeError when I pass a list, what am I missing\n{AVERAGE}").endswith("(code)")


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("Turn these notes into a paragraph for the parish magazine: jumble sale Saturday; doors open at 10", "writer"),
        ("please turn my jottings into a short email: plumber Tuesday 9am; water off until noon", "writer"),
        ("Write a bullet list of what the kids need for swimming: towel, goggles, a swim cap, a snack", "writer"),
        (
            "Summarize this: The hall is booked until 9. We need six volunteers. Tea is served at half time.",
            "summarizer",
        ),
        (f"ValueError when counting the scores, what did I miss\n{AVERAGE}", "code_reviewer"),
        (f"Write a short explanation of this function for our newsletter:\n{AVERAGE}", "writer"),
    ],
)
def test_who_gets_notes_to_turn_into_a_text_and_code_with_its_symptom(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    ranked = decider.rank_now(request_text, specialists())
    assert ranked[0].worker == agent, ranked[:2]


def test_an_answer_that_only_repeats_what_it_was_given_is_an_echo() -> None:
    given = "The sauna is out of order until Friday"
    assert only_echoes("The sauna is out of order until Friday.", given)
    notice = "Write a notice for the gym members: The sauna is closed."
    assert only_echoes("Write a notice for the gym members", "The sauna is closed", notice)  # the request's words
    assert not only_echoes("True. The sauna is out of order until Friday.", given)  # a verdict says something
    text = "Summarize: The pool closes in May. It reopens in June. Lessons move to Tuesdays. Fees stay the same."
    assert not only_echoes("The pool closes in May. It reopens in June.", text)  # a summary quoting the text
    assert not only_echoes("42", "What is 6 times 7?")


def test_an_echo_becomes_an_honest_decline_and_anything_else_stays_as_it_is() -> None:
    echoed = unless_echo(Result(text="We meet at Rosa's flat.", worker="researcher"), "We meet at Rosa's flat")
    assert echoed.status == "rejected" and "only repeated" in echoed.text
    answer = Result(text="Rosa's flat is on Hill Street.", worker="researcher")
    assert unless_echo(answer, "We meet at Rosa's flat") is answer


class FixedPlan:
    def __init__(self, plan: Plan) -> None:
        self.fixed = plan

    async def plan(self, request, workers):  # noqa: ANN001, ANN201 - the planner protocol
        return self.fixed


async def test_a_part_whose_worker_only_echoes_is_not_shown_as_done_and_the_run_is_partial() -> None:
    calculator = Scripted("calculator", "42")
    researcher = Scripted("researcher", lambda request: request.text)  # hands the sentence straight back
    plan = Plan([Task("1", "What is 6 times 7?", "calculator"), Task("2", "We meet at Rosa's flat", "researcher")])
    store = InMemoryRunStore()
    result = await Supervisor([calculator, researcher], planner=FixedPlan(plan), store=store).send(
        Request("What is 6 times 7? We meet at Rosa's flat")
    )
    assert result.status == "partial"
    assert "42" in result.text and "## We meet at Rosa's flat" not in result.text
    assert result.run_id is not None
    record = await store.get(result.run_id)
    assert record is not None
    assert {s.agent: s.status for s in record.steps} == {"calculator": "completed", "researcher": "rejected"}


async def test_when_every_part_only_echoes_the_run_declines() -> None:
    parrot = Scripted("writer", lambda request: request.text)
    plan = Plan([Task("1", "We meet at Rosa's flat on Friday", "writer")])
    result = await Supervisor([parrot], planner=FixedPlan(plan)).send(Request("We meet at Rosa's flat on Friday"))
    assert result.status == "rejected" and "only repeated" in result.text


async def test_the_planner_keeps_a_code_question_whole_for_one_worker() -> None:
    request = Request(f"why is my mean always a whole number? for [1, 2] I get 1\n{AVERAGE}")
    plan = await ClausePlanner(FixedDecider("code_reviewer")).plan(request, [])
    assert len(plan.tasks) == 1 and plan.tasks[0].text.endswith("```")
