"""Plans and routes for requests as users write them (issue 9, the seventh tuning set's families): code put last
for the part that reviews it, "that" standing for the answer before it, a part that uses both earlier answers, a
situation told before a comma ("My landlord sent me this, summarise it: ..."), a story told in steps ("then they
add 8.25% tax"), and a short heading before the question ("Painting the bedroom.")."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.pipeline import stage_instructions
from patterns.reading import routing_text
from patterns.references import refers_back, uses_every_result
from tests.patterns.test_routing_users import specialists


async def plan(decider: RankingDecider, request: str) -> list[tuple[str | None, tuple[str, ...], str]]:
    made = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.depends_on, t.text) for t in made.tasks]


SQL = '```python\ndef get_user(db, user_id):\n    return db.execute("SELECT * FROM users WHERE id = " + user_id)\n```'
AVERAGE = "```python\ndef average(xs):\n    return sum(xs) / len(xs)\n```"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        f"Review this function and then write a short message to my colleague Sam explaining the problem you found"
        f" {SQL}",
        f"Review this code, then write a short plain-English explanation of the problems for my manager {SQL}",
        f"Can you check this script for bugs and then draft a quick email to my team lead about what you find?"
        f"\n{AVERAGE}",
        f"look over this snippet, after that write a slack message to the team summarising the issues {AVERAGE}",
        f"Code review this for me, then write a two-line note for the changelog describing what needs fixing\n{SQL}",
    ],
)
async def test_code_put_last_goes_to_the_part_that_reviews_it(decider: RankingDecider, request_text: str) -> None:
    (reviewer, first, code), (writer, after, note) = await plan(decider, request_text)
    assert (reviewer, first, writer, after) == ("code_reviewer", (), "writer", ("1",))
    assert "```" in code and "```" not in note


def test_a_pipeline_stage_that_reviews_gets_the_code_put_last() -> None:
    first, second = stage_instructions(f"Review this function, then write Sam a note on what you found {SQL}", 2)
    assert first.startswith("Review this function") and "db.execute" in first
    assert second == "Write Sam a note on what you found"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up 3 hours 20 minutes, 1 hour 55 minutes and 45 minutes. How many minutes is that altogether?",
        "Add 2 km, 750 m and 1.6 km together. What is that in metres?",
        "Work out 15% of 240. Is that more than 30?",
    ],
)
async def test_a_question_about_the_sum_before_it_is_the_same_sum(decider: RankingDecider, request_text: str) -> None:
    assert await plan(decider, request_text) == [("calculator", (), request_text)]


@pytest.mark.anyio
async def test_that_standing_for_an_earlier_answer_makes_a_step_wait_for_it(decider: RankingDecider) -> None:
    steps = await plan(
        decider,
        "Find out what year the Titanic sank, work out how many years before 2026 that was, and then write a "
        "two-line caption for my museum display using both numbers.",
    )
    assert [(worker, after) for worker, after, _ in steps] == [
        ("researcher", ()),
        ("calculator", ("1",)),
        ("writer", ("1", "2")),
    ]
    steps = await plan(decider, "What year did the first moon landing happen? How many years before 2030 was that?")
    assert [(worker, after) for worker, after, _ in steps] == [("researcher", ()), ("calculator", ("1",))]
    # "that" is the height found, a quantity to convert, though the part names no number of its own
    steps = await plan(decider, "Search for the height of Mount Everest in metres and tell me what that is in feet.")
    assert [(worker, after) for worker, after, _ in steps] == [("researcher", ()), ("calculator", ("1",))]
    steps = await plan(decider, "Who invented the telephone? When was that?")
    assert [worker for worker, _, _ in steps] == ["researcher"]


def test_what_that_stands_for_is_read_apart_from_that_as_a_word() -> None:
    assert refers_back("How many minutes is that altogether?")
    assert refers_back("how long ago that was") and refers_back("take 10% off that")
    assert not refers_back("Is that right?") and not refers_back("Is it true that bulls hate red")
    assert not refers_back("the problem is that the sum is wrong") and not refers_back(
        "Find a recipe that is in season"
    )
    assert uses_every_result("a fun fact using both numbers") and not uses_every_result("paint both sides")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up what we spent on the charity bake sale - £45 on ingredients, £18.50 on boxes and £12 for the stall - "
        "then write a short note to the volunteers telling them the total spend.",
        "Total up what the school trip cost - $120 for the coach, $85.50 for tickets and $40 for snacks - and then "
        "email the parents the total.",
        "add up the bake sale takings - 45 pounds, 18 pounds 50 and 12 pounds - then write a short thank-you post for "
        "the volunteers saying how much we raised",
    ],
)
async def test_adding_up_amounts_then_writing_is_the_calculator_then_the_writer(
    decider: RankingDecider, request_text: str
) -> None:
    (first, _, sums), (second, after, _) = await plan(decider, request_text)
    assert (first, second, after) == ("calculator", "writer", ("1",))
    assert not sums.endswith("-")


NOTICE = (
    "Hi, the gas safety inspection for your flat is booked for next Wednesday between 10am and 2pm. The engineer "
    "will need access to the boiler. If you cannot be in, please leave a key with the concierge."
)


@pytest.mark.parametrize(
    "lead",
    [
        "My landlord sent me this, summarise it in under 40 words",
        "I received this from my bank yesterday, summarise it briefly",
        "The council put this through our door, give me the short version",
        "My neighbour left this note, boil it down to one sentence",
    ],
)
def test_the_order_after_the_users_situation_says_who_acts(decider: RankingDecider, lead: str) -> None:
    assert decider.rank_now(f"{lead}: {NOTICE}", specialists())[0].worker == "summarizer"


def test_a_situation_before_a_comma_is_no_part_of_the_ask() -> None:
    assert routing_text(f"My landlord sent me this, summarise it in under 40 words: {NOTICE}") == (
        "summarise it in under 40 words"
    )


@pytest.mark.parametrize(
    "request_text",
    [
        "jacket is $120, it's 25% off this weekend, then they add 8.25% sales tax at the register. what do i "
        "actually pay",
        "Laptop costs €900, 20% discount, then they add 21% VAT at checkout - what do I pay in the end?",
        "shoes were £80, I got 30% off and then they added 5% tax, how much did I pay?",
    ],
)
def test_a_price_told_in_steps_is_one_sum(decider: RankingDecider, request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


def test_then_i_need_you_to_still_asks_for_a_part_of_its_own() -> None:
    assert len(split_tasks("Jacket is $120 in the sale, then I need you to write a price tag for it.")) == 2


@pytest.mark.parametrize(
    "request_text",
    [
        "Painting the bedroom. Two walls are 4.2 m wide and the other two are 3.5 m wide, all 2.4 m high. With paint "
        "covering 12 square metres per litre, how many litres do I need for two coats?",
        "Fencing the garden. The three sides are 12 m, 8 m and 12 m with a post every 2 m. How many posts?",
        "Bake sale maths. We sold 48 cupcakes at £1.50 and 30 cookies at 80p. How much did we make?",
        "Quick one. If a recipe needs 250 g flour for 12 cookies, how much flour for 30 cookies?",
    ],
)
def test_a_heading_before_the_question_is_no_part_of_its_own(decider: RankingDecider, request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


def test_a_short_claim_first_stays_a_part_of_its_own() -> None:
    assert [p.text for p in split_tasks("Bulls hate red. What is 5+5?")] == ["Bulls hate red", "What is 5+5?"]
    assert len(split_tasks("Bats are blind. Also what is 7 times 8?")) == 2


@pytest.mark.parametrize(
    "request_text",
    [
        "A quick message to the group chat: training's cancelled tonight because the pitch is flooded, we'll train on "
        "Thursday instead",
        "Two short paragraphs for the newsletter: the library opens until eight from March, and the reading club "
        "starts again in April",
        "A short notice for the lift: out of order until Friday, use the stairs, sorry for the trouble",
        "Three lines for the parents' WhatsApp: school closes at 1pm Friday, buses leave at 1:15, no after-school club",
    ],
)
def test_a_text_named_by_its_kind_with_points_to_say_is_written(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "writer"


def test_a_text_of_several_sentences_to_make_points_of_is_still_summarised(decider: RankingDecider) -> None:
    text = "Give me three bullet points from this: The council met on Tuesday. They approved the new park. Work starts."
    assert decider.rank_now(text, specialists())[0].worker == "summarizer"


def test_that_handed_to_the_calculator_becomes_the_one_year_the_answer_names() -> None:
    from patterns.handoff import step_text

    calculator = next(w for w in specialists() if w.name == "calculator")
    answer = "The Titanic sank at about 2:20 a.m. on 15 April 1912."
    assert step_text("How many years before 2026 was that?", calculator, [answer]) == (
        "How many years before 2026 was 1912?"
    )
    assert step_text("Work out how many years before 2026 that was", calculator, [answer]) == (
        "Work out how many years before 2026 was 1912"
    )
    height = "Mount Everest rises 8,848.86 metres above sea level, a height announced in 2020."
    assert step_text("What is that in feet?", calculator, [height], "How tall is Everest in metres?") == (
        "What is 8,848.86 metres in feet?"
    )


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up our wedding costs: £2,400 venue, £950 catering, £310 flowers, then draft a thank-you note to my "
        "parents mentioning the total.",
        "Average these scores: 78, 85, 92, and then email my tutor the result.",
        "Add up my expenses: taxi £23, hotel £140, meals £56, then write a short claim note for my manager.",
    ],
)
async def test_figures_after_a_colon_end_where_the_next_order_begins(
    decider: RankingDecider, request_text: str
) -> None:
    assert [(worker, after) for worker, after, _ in await plan(decider, request_text)] == [
        ("calculator", ()),
        ("writer", ("1",)),
    ]


def test_a_text_after_a_colon_keeps_its_own_then() -> None:
    assert len(split_tasks("Proofread this: Preheat the oven to 180C for 20 minutes, then add the flour.")) == 1
    assert len(split_tasks("Summarise this: the fair raised £1,200 and 300 people came, then we packed up.")) == 1
