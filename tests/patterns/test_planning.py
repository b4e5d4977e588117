import time

import pytest

from patterns import ClausePlanner, Plan, PlanError, Request, split_material, split_tasks
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider
from tests.patterns.test_supervisor import KeywordDecider

TEAM = [Scripted("calculator"), Scripted("fact_checker"), Scripted("writer")]


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_a_single_instruction_is_one_task() -> None:
    assert texts("Write a haiku about autumn leaves and falling rain.") == [
        "Write a haiku about autumn leaves and falling rain"
    ]


def test_splits_on_then_semicolons_and_sentences() -> None:
    assert texts("Translate the memo, then email it to Sam; also post a note. Finally tidy up.") == [
        "Translate the memo",
        "Email it to Sam",
        "Post a note",
        "Tidy up",
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "I drove 120 km at 60 km/h and then 90 km at 45 km/h. What was my average speed?",
        "We paid $40 for dinner, then $12 for dessert. What did we spend in total?",
        "She ran 10 km and then walked 3 km. How far did she go?",
    ],
)
def test_then_in_a_story_orders_what_happened_not_the_tasks(request_text: str) -> None:
    assert [p.text for p in split_tasks(request_text)] == [request_text]


def test_a_question_word_after_a_number_asks_anew() -> None:
    pieces = split_tasks("Three quick things: what is 15% of 80, who wrote Hamlet, and summarize this: It rained.")
    assert [p.text for p in pieces] == ["What is 15% of 80", "Who wrote Hamlet", "Summarize this: It rained."]


def test_then_after_a_statement_still_sequences_an_instruction() -> None:
    pieces = split_tasks("I have notes from the meeting and then write a summary of them")
    assert [p.text for p in pieces] == ["I have notes from the meeting", "Write a summary of them"]


def test_independent_parts_need_nothing_from_each_other() -> None:
    pieces = split_tasks("What's 15% of 2,400; was Napoleon really short? write a tagline for a flower shop")
    assert [p.text for p in pieces] == [
        "What's 15% of 2,400",
        "Was Napoleon really short?",
        "Write a tagline for a flower shop",
    ]
    assert not any(p.needs_previous for p in pieces)


def test_a_pronoun_alone_is_not_a_dependency() -> None:
    pieces = split_tasks("Convert 5 miles to km; is it true that goldfish only remember 3 seconds?")
    assert len(pieces) == 2 and not pieces[1].needs_previous


@pytest.mark.parametrize(
    "request_text",
    [
        "Look up when the Eiffel Tower opened, then turn that into a fun fact",
        "Find the population of Oslo. After that, write a sentence about it",
        "Research heat pumps and write a blog post based on the findings",
        "Compute 7% of 3,000 and write a memo with the answer",
    ],
)
def test_sequencing_or_a_reference_to_a_result_is_a_dependency(request_text: str) -> None:
    first, second = split_tasks(request_text)
    assert not first.needs_previous and second.needs_previous


def test_numbered_items_are_independent_unless_they_use_a_result() -> None:
    pieces = split_tasks("1. look up the boiling point of ethanol 2. write a limerick about frogs 3. recap the results")
    assert [p.text for p in pieces] == [
        "Look up the boiling point of ethanol",
        "Write a limerick about frogs",
        "Recap the results",
    ]
    assert [p.needs_previous for p in pieces] == [False, False, True]


def test_and_followed_by_a_new_instruction_splits_but_a_noun_list_does_not() -> None:
    assert texts("Buy apples and pears") == ["Buy apples and pears"]
    assert texts("Check the figures, compute the total, and draft a memo") == [
        "Check the figures",
        "Compute the total",
        "Draft a memo",
    ]


def test_numbers_inside_a_sentence_are_not_list_items() -> None:
    assert texts("Add 3 to 80. Also list the primes below 10.") == ["Add 3 to 80", "List the primes below 10"]


def test_bulleted_lists_drop_their_introduction() -> None:
    assert texts("Please do this:\n- proofread the draft\n- send it to Ann") == [
        "Proofread the draft",
        "Send it to Ann",
    ]


def test_material_after_a_colon_stays_whole() -> None:
    notes = "The council met on Monday. It approved the budget; roads get 2 million. Then everyone went home."
    assert texts(f"Give me the gist of this: {notes}") == [f"Give me the gist of this: {notes}"]
    assert split_material(f"Give me the gist of this: {notes}") == ("Give me the gist of this", notes)


def test_a_list_inside_the_material_is_not_a_list_of_tasks() -> None:
    request = "Summarize my notes:\n- revenue grew 4%\n- write the report by Friday\n- hire two engineers"
    assert texts(request) == [request]


def test_quoted_and_fenced_material_stays_with_its_instruction() -> None:
    claim = '"the Great Wall is visible from space; everyone says so, and then some"'
    code = "```\nx = 1; y = 2\nprint(x and y)\n```"
    assert texts(f"Check {claim} and review this: {code}") == [f"Check {claim}", f"Review this: {code}"]


def test_parts_pointing_at_the_material_share_it_and_a_dependent_part_gives_it_up() -> None:
    text = "Wind farms grew fast. Costs fell by half."
    shared = split_tasks(f"Condense this and fact-check it: {text}")
    assert [p.text for p in shared] == [f"Condense this: {text}", f"Fact-check it: {text}"]
    chained = split_tasks(f"Condense this, then write a tweet about it: {text}")
    assert [p.text for p in chained] == [f"Condense this: {text}", "Write a tweet about it"]
    assert chained[1].needs_previous


def test_a_label_before_a_colon_is_not_part_of_the_task() -> None:
    assert texts("Two things: what is 9 squared; name a rhyme for orange") == [
        "What is 9 squared",
        "Name a rhyme for orange",
    ]


def test_a_megabyte_of_adversarial_text_is_read_quickly() -> None:
    for text in [
        "and write " * 100_000,
        "\u201c" * 1_000_000,
        "summarize: " * 90_000,
        "a; 1. " * 160_000,
        '"a" ' * 250_000,
    ]:
        started = time.process_time()  # CPU time: the work done, not how busy the machine is
        split_tasks(text)
        split_material(text)
        assert time.process_time() - started < 1.0


@pytest.mark.anyio
async def test_the_clause_planner_makes_a_graph() -> None:
    decider = KeywordDecider({"%": "calculator", "napoleon": "fact_checker", "tagline": "writer"})
    request = Request("What's 15% of 2,400; was Napoleon really short? write a tagline for a flower shop")
    plan = await ClausePlanner(decider).plan(request, TEAM)
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("fact_checker", ()), ("writer", ())]


@pytest.mark.anyio
async def test_the_clause_planner_links_a_part_that_uses_the_result() -> None:
    decider = KeywordDecider({"%": "calculator", "note": "writer"})
    plan = await ClausePlanner(decider).plan(Request("What is 8% of 1,250, then use the result in a sales note"), TEAM)
    assert [(t.text, t.depends_on) for t in plan.tasks] == [
        ("What is 8% of 1,250", ()),
        ("Use the result in a sales note", ("1",)),
    ]


@pytest.mark.anyio
async def test_a_continuation_for_the_same_worker_stays_one_step() -> None:
    plan = await ClausePlanner(FixedDecider("w")).plan(Request("Draft a thank-you note and proofread it"), [])
    assert [t.text for t in plan.tasks] == ["Draft a thank-you note and proofread it"]
    # a sequenced part for the same worker is that worker's to do in one go, not a fragment sent on its own
    plan = await ClausePlanner(FixedDecider("w")).plan(Request("Take 30% off $120, then another 10% off that."), [])
    assert [(t.text, t.depends_on) for t in plan.tasks] == [("Take 30% off $120, then another 10% off that", ())]


@pytest.mark.anyio
async def test_a_sequenced_part_for_another_worker_depends_on_the_one_before() -> None:
    decider = KeywordDecider({"find": "researcher", "chart": "charts"})
    team = [Scripted("researcher"), Scripted("charts")]
    plan = await ClausePlanner(decider).plan(Request("Find the data. Then chart it."), team)
    assert [(t.text, t.worker, t.depends_on) for t in plan.tasks] == [
        ("Find the data", "researcher", ()),
        ("Chart it", "charts", ("1",)),
    ]


def test_plan_from_json_is_validated() -> None:
    good = {"tasks": [{"id": "a", "text": "x", "worker": "w"}, {"id": "b", "text": "y", "depends_on": ["a"]}]}
    assert Plan.from_dict(good, ["w"]).tasks[1].depends_on == ("a",)
    bad = [
        {"tasks": [{"id": "a", "text": "x", "worker": "nobody"}]},
        {"tasks": [{"id": "a", "text": "x", "depends_on": ["b"]}, {"id": "b", "text": "y"}]},
        {"tasks": [{"id": "a", "text": "x", "depends_on": ["a"]}]},
        {"tasks": [{"id": "1", "text": "x"}, {"id": "12", "text": "y", "depends_on": "1"}]},
        {"tasks": []},
        {"tasks": ["just text"]},
    ]
    for plan in bad:
        with pytest.raises(PlanError):
            Plan.from_dict(plan, ["w"])


def test_a_remark_on_the_part_before_is_not_a_task_of_its_own():
    assert [p.text for p in split_tasks("Was the first iPhone sold in 2007? Double-check for me.")] == [
        "Was the first iPhone sold in 2007? Double-check for me"
    ]
    assert len(split_tasks("What is 9% of 250; did Newton invent calculus; write a motto for a gym")) == 3


@pytest.mark.parametrize(
    "request_text",
    [
        "Find what the notes say about idempotency keys and summarize it",
        "1. Find sources on heat pumps 2. condense them",
        "Look up the opening hours of the museum; translate it into French",
    ],
)
def test_a_part_that_opens_by_working_on_it_with_no_material_of_its_own_uses_the_result(request_text: str) -> None:
    first, second = split_tasks(request_text)
    assert not first.needs_previous and second.needs_previous


def test_a_part_with_its_own_material_or_a_pronoun_later_on_stays_independent() -> None:
    pieces = split_tasks("What is 9% of 700, and summarize this: The shop opens at nine. It sells bread.")
    assert len(pieces) == 2 and not pieces[1].needs_previous
    pieces = split_tasks("What is 9% of 700; write a slogan for it")
    assert len(pieces) == 2 and not pieces[1].needs_previous


def test_statements_after_an_instruction_that_points_at_material_are_its_material() -> None:
    pieces = split_tasks(
        "What are the main points here? The policy allows remote work two days a week. Managers approve "
        "schedules. It starts in May."
    )
    assert [p.text for p in pieces] == [
        "What are the main points here:\n\nThe policy allows remote work two days a week. Managers approve "
        "schedules. It starts in May."
    ]
    assert pieces[0].instruction == "What are the main points here?"
    first, second = split_tasks("Check this claim. The Eiffel Tower opened in 1889. Also, what is 2+2?")
    assert first.text == "Check this claim:\n\nThe Eiffel Tower opened in 1889." and second.text == "What is 2+2?"


def test_a_short_task_without_a_verb_is_still_a_task_of_its_own() -> None:
    pieces = split_tasks("What's 12% of 4,500; did Einstein fail maths; a bakery slogan")
    assert [p.text for p in pieces] == ["What's 12% of 4,500", "Did Einstein fail maths", "A bakery slogan"]


def test_a_statement_stays_with_the_question_it_informs() -> None:
    assert texts("I cycled 45 km in 1.5 hours. What was my average speed?") == [
        "I cycled 45 km in 1.5 hours. What was my average speed?"
    ]
    assert texts("My uncle says lightning never strikes twice. Is he right? Also compute 2+2.") == [
        "My uncle says lightning never strikes twice. Is he right?",
        "Compute 2+2",
    ]


def test_material_introduced_by_words_that_point_forward_stays_whole() -> None:
    material = "The bus runs at night. Fares stay the same. Tickets are sold online."
    for intro in ("TL;DR of the following please", "What are the main points here", "Key takeaways from this"):
        assert texts(f"{intro}: {material}") == [f"{intro}: {material}"]
    # a forward-pointing intro before a list of tasks introduces the tasks, not material
    assert texts("Please do the following: compute 2+2 and write a haiku") == ["Compute 2+2", "Write a haiku"]


def test_an_opening_phrase_before_the_verb_belongs_to_that_instruction() -> None:
    request = "In two sentences, summarize: The volcano erupted. Flights stopped."
    assert texts(request) == [request]
    assert texts("For my landlord, write a polite note and compute 12 times 3") == [
        "For my landlord, write a polite note",
        "Compute 12 times 3",
    ]


def test_a_line_after_a_code_block_starts_a_new_part_and_connectives_are_dropped() -> None:
    code = "```python\nx = 1\n```"
    assert texts(f"Check this code for bugs:\n{code}\nAlso, what is 45 plus 78?") == [
        f"Check this code for bugs:\n{code}",
        "What is 45 plus 78?",
    ]
    assert texts("Find out what causes tides; separately, work out 250 divided by 8.") == [
        "Find out what causes tides",
        "Work out 250 divided by 8",
    ]
    # a statement introducing the code is the question's context, not a part
    assert texts(f"Here is my code:\n{code}\nWhat is wrong with it?") == [
        f"Here is my code:\n{code} What is wrong with it?"
    ]


def test_a_question_after_a_comma_is_its_own_part_only_after_a_question_or_an_instruction() -> None:
    assert texts("Three things: what is 25% of 640, is it true that owls sleep by day, and write a haiku") == [
        "What is 25% of 640",
        "Is it true that owls sleep by day",
        "Write a haiku",
    ]
    assert texts("If it rains, what should I bring?") == ["If it rains, what should I bring?"]
    assert texts("Compose a haiku about autumn and order me a pizza") == [
        "Compose a haiku about autumn",
        "Order me a pizza",
    ]
