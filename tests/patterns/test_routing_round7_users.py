"""Round 7 of issue 9: a remark after a question stays with it, a lead that only introduces the user ("Plumber
here:") is no instruction, "my bill" and the "it" of "will it snow" point at no text, a second job after colon
material ("... And translate this ..."), "fact check" as a verb, and a result placed in a text to write, in the
words users write them."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.clauses import split_tasks
from patterns.forms import points_at_material
from patterns.jobs import remarks_on_the_question
from patterns.reading import recast_head, routing_text
from patterns.references import without_result_reference
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "text",
    [
        "How many cups are in 2 litres? baking for the school fair",
        "what's 7% of 3,200? asking for my expense report",
        "Distance from Porto to Faro? we're thinking of driving",
        "How tall is Ben Nevis? my brother reckons about 1,000 m",
        "compound interest on 900 at 4% for 3 years? only need the final amount",
    ],
)
def test_a_remark_after_a_question_stays_with_it(text: str) -> None:
    assert len(split_tasks(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "What's 15% of 60? I need you to draft a tweet about it too",
        "Who founded IKEA? Also summarise this: The firm grew fast. It opened abroad.",
        "How far is Oslo from Bergen? Then write a haiku about fjords.",
    ],
)
def test_a_second_job_after_a_question_is_still_a_part(text: str) -> None:
    assert len(split_tasks(text)) == 2


def test_what_a_remark_is() -> None:
    assert remarks_on_the_question("planning a picnic on Sunday")
    assert remarks_on_the_question("we only need a rough number")
    assert not remarks_on_the_question("I'd like a poem about it as well")
    assert not remarks_on_the_question("Using that, compute the new price")
    assert not remarks_on_the_question("is that right?")


def test_a_question_pointing_at_a_text_keeps_the_sentences_after_it_as_its_text() -> None:
    text = "Can you sum up this email? I'm in a rush. The office closes Friday. Staff work from home next week."
    assert len(split_tasks(text)) == 1


def test_a_lead_that_only_introduces_the_user_is_read_past() -> None:
    assert routing_text("Plumber here, quick q: a pipe is 2.4 m long, how many feet?") == (
        "a pipe is 2.4 m long, how many feet?"
    )
    assert routing_text("Summary for my boss: the launch slipped. QA found two bugs.") != (
        "the launch slipped. QA found two bugs."
    )
    # a label over data in sentences of its own, then the question: the question is what is asked
    assert routing_text("Ground coffee: 340 g for $8.50. How much per 100 g?").strip() == (
        "340 g for $8.50. How much per 100 g?"
    )


def test_my_thing_and_the_dummy_it_point_at_no_text() -> None:
    assert not points_at_material("What's my phone bill likely to be?")
    assert not points_at_material("Will it snow in Oslo on Friday?")
    assert points_at_material("Is my essay too long?")
    assert points_at_material("Why does my script print None?")
    assert points_at_material("Can you shorten it for me?")


def test_a_result_placed_in_a_text_asks_for_that_text() -> None:
    assert recast_head("Put the total in a short thank-you note") == "Write a short thank-you note"
    assert without_result_reference("use the answer in a two-line toast") == "write a two-line toast"
    assert recast_head("Use a knife in the kitchen") is None


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("Plumber here, quick q: a pipe is 2.4 m long, how many feet?", "calculator"),
        ("Pharmacy tech here: tablets are 250 mg, the dose is 750 mg, how many tablets?", "calculator"),
        ("Cake maths: the recipe needs 350 g of flour for 8 people, how much for 12 people?", "calculator"),
        ("How many cups are in 2 litres? baking for the school fair", "calculator"),
        ("Who designed the Sydney Opera House? my dad thinks it was an Australian", "researcher"),
    ],
)
def test_round7_requests_reach_the_specialist_that_answers_them(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "route"),
    [
        (
            "Fact check this: octopuses have three hearts. And summarise this paragraph too: "
            '"The library extends its hours in May. It opens at 8am on weekdays. Weekend hours stay the same."',
            ["fact_checker", "summarizer"],
        ),
        (
            "Work out 18% of 450, then use that in a one-line caption for our bake sale post.",
            ["calculator", "writer"],
        ),
    ],
)
async def test_round7_compound_requests_are_planned_part_by_part(
    decider: RankingDecider, request_text: str, route: list[str]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == route


def test_what_people_said_handed_over_is_read_as_a_text() -> None:
    comments = "The ward was clean. Nurses were kind. Meals came late."
    assert routing_text(f"Condense this patient feedback for the ward manager: {comments}") == (
        "Condense this patient text for the ward manager"
    )
    assert routing_text("Give me feedback on my pitch") == "Give me feedback on my pitch"


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("What is Python named after?", "researcher"),
        ("Does HTTPS encrypt the data sent between my browser and the server?", "fact_checker"),
        ("Is Mount Everest the highest mountain above sea level?", "fact_checker"),
        # code handed over or named still goes to the code reviewer
        ("Is this function thread-safe?", "code_reviewer"),
        ("Why does my Python script crash with a KeyError?", "code_reviewer"),
    ],
)
def test_a_question_that_hands_over_no_code_and_names_none_is_not_the_code_reviewers(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent
