"""A text made from the points a step is handed may carry them word for word: "summarise this, then write a
tweet from it" is done when the tweet says the summary's sentences, the user's own; a part handed back undone,
a looked-up passage lifted whole, or a rewrite that changed nothing is still no answer."""

import pytest

from patterns import Request, Supervisor
from patterns.clauses import split_material
from patterns.echoes import only_echoes
from patterns.made_texts import asks_for_a_made_text
from patterns.planning import Plan, Task
from tests.patterns.scripted import Scripted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = "The pool shuts on 3 June for repairs. Lessons move to the leisure centre. Fees stay the same."
SUMMARY = "The pool shuts on 3 June for repairs. Lessons move to the leisure centre."


class FixedPlan:
    def __init__(self, plan: Plan) -> None:
        self.fixed = plan

    async def plan(self, request, workers):  # noqa: ANN001, ANN201 - the planner protocol
        return self.fixed


def _points(request: Request) -> str:
    return split_material(request.text)[1].strip()


@pytest.mark.parametrize(
    "instruction",
    [
        "Write a tweet from it",
        "then put together a short facebook post from the summary",
        "Use the summary to draft an email to the parents",
        "use that to write a quick text for the group chat",
        "Using that, write a notice for the noticeboard",
        "and could you draft a message to the swim club",
    ],
)
def test_a_part_asking_for_a_named_text_is_one_made_from_points(instruction: str) -> None:
    assert asks_for_a_made_text(instruction)


@pytest.mark.parametrize(
    "instruction",
    [
        "Translate it into French",
        "Make it friendlier",
        "then summarise it",
        "Use that to work out the total",
        "The pool shuts on 3 June",
        "Check whether that is true",
    ],
)
def test_a_part_that_makes_no_named_text_is_not(instruction: str) -> None:
    assert not asks_for_a_made_text(instruction)


def test_points_the_user_gave_said_back_as_the_text_are_no_echo_only_when_a_text_was_asked_for() -> None:
    given = f"Write a tweet from this:\n\n{SUMMARY}"
    request = f"Summarise this, then write a tweet from it: {NOTICE}"
    assert not only_echoes(SUMMARY, given, request, made_from_points=True)
    assert only_echoes(SUMMARY, given, request)  # no text asked for: handed back
    assert only_echoes(given, given, request, made_from_points=True)  # the instruction said back with them
    passage = "the tower was finished in March 1889, ready for the world's fair."
    looked_up = f"Write a post from this:\n\n{passage}"
    assert only_echoes(
        passage, looked_up, "Find when the Eiffel Tower was finished, then write a post", made_from_points=True
    )


@pytest.mark.parametrize(
    "asked",
    [
        "Write a tweet from the summary",
        "Use the summary to write a short post for our members",
        "then draft a text to the parents from it",
    ],
)
async def test_a_text_made_from_a_summary_completes_the_run(asked: str) -> None:
    summarizer = Scripted("summarizer", SUMMARY)
    writer = Scripted("writer", _points)
    plan = Plan([Task("1", f"Summarise this: {NOTICE}", "summarizer"), Task("2", asked, "writer", depends_on=("1",))])
    result = await Supervisor([summarizer, writer], planner=FixedPlan(plan)).send(
        Request(f"Summarise this: {NOTICE} {asked}")
    )
    assert result.status == "completed", result.text
    assert f"## {asked}\n{SUMMARY}" in result.text


async def test_a_text_to_write_from_the_users_own_points_completes() -> None:
    writer = Scripted("writer", _points)
    asked = "Could you draft a text to my landlord: the boiler has been broken since Monday."
    result = await Supervisor([writer], planner=FixedPlan(Plan([Task("1", asked, "writer")]))).send(Request(asked))
    assert result.status == "completed" and "boiler has been broken" in result.text


@pytest.mark.parametrize(
    "asked",
    [
        "Translate it into French",  # nothing translated
        "Make the summary friendlier",  # a rewrite that changed nothing
        "Check that summary is right",  # a verdict never given
    ],
)
async def test_a_summary_handed_back_unchanged_for_any_other_part_stays_undone(asked: str) -> None:
    summarizer = Scripted("summarizer", SUMMARY)
    writer = Scripted("writer", _points)
    plan = Plan([Task("1", f"Summarise this: {NOTICE}", "summarizer"), Task("2", asked, "writer", depends_on=("1",))])
    result = await Supervisor([summarizer, writer], planner=FixedPlan(plan)).send(
        Request(f"Summarise this: {NOTICE} {asked}")
    )
    assert result.status == "partial" and "only repeated" in result.text


async def test_a_looked_up_passage_lifted_whole_into_a_post_stays_undone() -> None:
    researcher = Scripted("researcher", "Work started in 1887, and the tower was finished in March 1889.")
    writer = Scripted("writer", _points)
    asked = "use that to write a fun-fact post for our page"
    plan = Plan(
        [
            Task("1", "Find when the Eiffel Tower was finished", "researcher"),
            Task("2", asked, "writer", depends_on=("1",)),
        ]
    )
    result = await Supervisor([researcher, writer], planner=FixedPlan(plan)).send(
        Request(f"Find when the Eiffel Tower was finished, then {asked}")
    )
    assert result.status == "partial" and "only repeated" in result.text
