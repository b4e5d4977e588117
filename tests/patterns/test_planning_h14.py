"""Plans and routes for requests as users write them (the fourteenth tuning set's families): the length an answer
is held to ("In two sentences, ...") is no number to work on; a rewrite asked as a question is one job with the
text after it; code to check is the code reviewer's; material after a later part is the earlier part's when that
part names it ("my project update ... then write them up: <update>", "these minutes ... Minutes: <minutes>")."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.charges import charge_head
from patterns.manner import without_length_frame
from patterns.needs import needs_head
from patterns.publications import published_head
from patterns.rewrites import rewrite_of_what_follows
from tests.patterns.routed import routed
from tests.patterns.test_routing_users import specialists


async def planned(decider: RankingDecider, request: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    plan = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.text, t.depends_on) for t in plan.tasks]


@pytest.mark.parametrize(
    "request_text",
    [
        "In two sentences, write a reminder for staff that the fire drill is on Wednesday morning and everyone should "
        "meet in the car park.",
        "In three sentences, write a note to parents that school closes early on Friday.",
        "In 2 sentences, write a thank-you to Priya for covering my shift on Saturday.",
        "In under 50 words, draft a notice that the gym closes at 6pm on Sundays from next month.",
    ],
)
def test_the_length_an_answer_is_held_to_is_no_number_to_work_on(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    "request_text",
    ["In two years, how much will £500 be worth at 4% a year?", "In 3 hours at 60 mph, how far do I go?"],
)
def test_a_time_that_opens_a_sum_is_no_length(decider: RankingDecider, request_text: str) -> None:
    assert without_length_frame(request_text) == request_text
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    ("request_text", "text"),
    [
        (
            "Can you make this sound more polite? Send me the invoice by tomorrow or don't expect payment this month.",
            "Send me the invoice by tomorrow or don't expect payment this month.",
        ),
        (
            "Could you rewrite this so it sounds friendlier? Fix the printer today, it has been broken for a week.",
            "Fix the printer today, it has been broken for a week.",
        ),
        ("Can you soften this a little? Stop parking in my space or I will call the council.", None),
        ("Would you make this more professional? Tell Raj to get his figures in by noon, no excuses.", None),
    ],
)
@pytest.mark.anyio
async def test_a_rewrite_asked_as_a_question_takes_the_text_after_it(
    decider: RankingDecider, request_text: str, text: str | None
) -> None:
    ((worker, handed, _),) = await planned(decider, request_text)
    assert worker == "writer"
    assert handed.endswith(text or request_text.split("? ", 1)[1])


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you make this sound more polite? Also, what is 15% of 80?",
        "Can you make this sound more polite? Then send it to Sam.",
        "Can you check this? Send me the report by Friday.",
        "Can you make this sound more polite? Thanks!",
    ],
)
def test_a_part_after_a_rewrite_question_that_is_no_text_stays_a_part(request_text: str) -> None:
    assert rewrite_of_what_follows(request_text) is None


CODE = "```python\ndef f(items=[]):\n    items.append(1)\n    return items\n```"


@pytest.mark.parametrize(
    "request_text",
    [
        f"Three jobs for you: work out 7 x 38.5, check whether this code has a problem\n{CODE}\nand write a one-line "
        "note to my manager saying I'll be late on Monday.",
        f"Work out 12% of 300 and check whether this function is right: {CODE}",
        f"Two things: what's 45 times 12, and can you check if this has a bug?\n{CODE}",
        f"Check whether this code works\n{CODE}\nand then work out 15% of 80.",
    ],
)
@pytest.mark.anyio
async def test_code_to_check_is_the_code_reviewers(decider: RankingDecider, request_text: str) -> None:
    workers = [worker for worker, text, _ in await planned(decider, request_text) if "```" in text]
    assert workers == ["code_reviewer"]


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Check whether the Eiffel Tower is 330 metres tall and work out 15% of 80.", "fact_checker"),
        (f"Summarize this code for my manager: {CODE} and then work out 12% of 300.", "summarizer"),
    ],
)
@pytest.mark.anyio
async def test_a_claim_checked_or_code_summarized_keeps_its_worker(
    decider: RankingDecider, request_text: str, worker: str
) -> None:
    assert (await planned(decider, request_text))[0][0] == worker


UPDATE = "We migrated billing to Postgres in March. Downtime was under four minutes. Queries got 40 percent faster."


@pytest.mark.parametrize(
    "request_text",
    [
        f"Pull the main points out of my project update and then write them up as a short LinkedIn post: {UPDATE}",
        f"Summarize my notes, then write them up as an email to Sam: {UPDATE}",
        f"Take the key points from our team update, then turn them into a tweet: {UPDATE}",
        f"Boil down my weekly update, then make it into a Slack message for the team: {UPDATE}",
    ],
)
def test_material_after_a_step_on_the_earlier_result_is_the_earlier_steps(request_text: str) -> None:
    first, second = split_tasks(request_text)
    assert first.text.endswith(UPDATE)
    assert second.needs_previous and UPDATE not in second.text


MINUTES = "The budget was approved. Printing costs have gone up by ten percent. Maria will ask two printers for quotes."


@pytest.mark.parametrize(
    ("request_text", "label"),
    [
        (
            "Summarize these minutes and draft a short email to Sam saying the next meeting moves to Wednesday.",
            "Minutes",
        ),
        ("Summarise my meeting notes and write a note to Ola that the room is now B2.", "Meeting notes"),
        ("Give me the gist of the report below and write a reminder to Tom that it is due on Friday.", "Report"),
        ("Summarize our committee minutes and draft a message to Lee saying drinks are at 6.", "Minutes"),
    ],
)
def test_labelled_material_goes_to_the_part_that_named_it(request_text: str, label: str) -> None:
    first, second = split_tasks(f"{request_text} {label}: {MINUTES}")
    assert first.text.endswith(MINUTES)
    assert MINUTES not in second.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Work out 20% of 80 and then write them up as a post: the sale starts Monday and ends Friday.",
        "Summarize my notes and write a thank-you card to Ana. Card: thanks for the flowers, they were lovely.",
    ],
)
def test_material_no_earlier_part_names_stays_where_it_is(request_text: str) -> None:
    first = split_tasks(request_text)[0]
    assert first.text == first.instruction


@pytest.mark.parametrize(
    "request_text",
    [
        "Convert a marathon, 26.2 miles, into kilometres, then use that to work out my average speed in km/h if I "
        "finished in 4 hours 15 minutes.",
        "Convert 10 miles into km, then use that to work out my pace in minutes per km if I ran it in 50 minutes.",
        "Convert 5 kg to pounds, then use it to work out the postage if it costs £1.20 per pound.",
        "Add up 3 hours 20 minutes and 45 minutes, then use the result to work out my pay if I earn £12 an hour.",
    ],
)
@pytest.mark.anyio
async def test_an_answer_used_in_a_new_sum_is_a_step_of_its_own(decider: RankingDecider, request_text: str) -> None:
    (first, _, before), (second, _, after) = await planned(decider, request_text)
    assert (first, second) == ("calculator", "calculator")
    assert (before, after) == ((), ("1",))


@pytest.mark.parametrize(
    "request_text",
    [
        "Take 30% off $120, then another 10% off the new price.",
        "A $40 meal plus 8% tax, then a 15% tip on the total.",
        "Take 10% off 700, then use the result to work out the weekly amount over 4 weeks.",
    ],
)
@pytest.mark.anyio
async def test_a_sum_that_goes_on_from_the_one_before_stays_one_step(
    decider: RankingDecider, request_text: str
) -> None:
    ((worker, _, _),) = await planned(decider, request_text)
    assert worker == "calculator"


REPORT = "Customers see other customers' orders in search. It started after the release. Support logged six complaints."
SNIPPET = (
    '```python\ndef search(db, term):\n    return db.execute("SELECT * FROM orders WHERE name = \'" + term + "\'")\n```'
)


@pytest.mark.parametrize(
    ("request_text", "label"),
    [
        ("Please summarize the bug report below and review the snippet it mentions.", "Bug report"),
        ("Summarise the incident report below and check the function it mentions.", "Incident report"),
        ("Summarize these notes and review the query they mention.", "Notes"),
        ("Summarize the report below, and review the script it mentions.", "Report"),
    ],
)
@pytest.mark.anyio
async def test_labelled_prose_and_its_code_go_to_the_parts_that_named_them(
    decider: RankingDecider, request_text: str, label: str
) -> None:
    (summary, summarized, _), (review, reviewed, _) = await planned(
        decider, f"{request_text} {label}: {REPORT}\n{SNIPPET}"
    )
    assert (summary, review) == ("summarizer", "code_reviewer")
    assert summarized.endswith(REPORT) and "```" not in summarized
    assert reviewed.endswith(SNIPPET) and REPORT not in reviewed


@pytest.mark.anyio
async def test_labelled_material_with_one_part_stays_whole(decider: RankingDecider) -> None:
    ((worker, text, _),) = await planned(decider, f"Summarize the bug report below. Bug report: {REPORT}")
    assert worker == "summarizer" and text.endswith(REPORT)


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you summarise the new Dune film? Haven't seen it yet",
        "What happens in the new Bond film? Never watched any of them.",
        "Who won the match last night? Didn't catch it.",
        "What's the plot of Wicked? Not seen it yet.",
    ],
)
def test_a_remark_on_the_users_own_without_the_i_stays_with_the_question(request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text.rstrip(".")


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you summarise the new Dune film? Never mind that, what is 12 times 4?",
        "Who won the match last night? Not important, but also check whether bats are blind.",
    ],
)
def test_a_sentence_that_asks_or_adds_a_part_after_a_question_is_still_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the VAT on my invoice?",
        "How much VAT is on my invoice?",
        "What's the tip on our bill?",
        "What's the discount on my basket?",
    ],
)
def test_a_charge_on_the_users_own_amount_is_a_sum(decider: RankingDecider, request_text: str) -> None:
    assert charge_head(request_text) is not None
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    "request_text",
    ["What's the VAT rate in France?", "What's the tipping etiquette in Japan?", "Is there VAT on children's clothes?"],
)
def test_a_charge_asked_of_the_world_is_no_sum_on_the_users_amount(request_text: str) -> None:
    assert charge_head(request_text) is None


LATE = "Your application is incomplete. Submit the missing documents by Friday."


@pytest.mark.parametrize(
    ("question", "reader"),
    [
        ("Can you make this friendlier?", "It's for applicants to our volunteer scheme"),
        ("Could you make this more polite?", "This is for my landlord"),
        ("Can you soften this?", "It's for my team"),
        ("Can you rewrite this more professionally?", "It's going to our biggest client"),
    ],
)
def test_who_a_rewrite_is_for_is_part_of_the_ask_not_the_text(question: str, reader: str) -> None:
    (piece,) = split_tasks(f"{question} {reader}: {LATE}")
    assert piece.text == f"{question} {reader}:\n\n{LATE}"


@pytest.mark.parametrize(
    ("request_text", "text"),
    [
        ("Can you make this friendlier? Tell them: the office is closed on Monday.", "Tell them: the office is closed"),
        ("Can you make this friendlier? It's for applicants: too late.", "It's for applicants: too late."),
    ],
)
def test_a_text_that_opens_otherwise_stays_whole(request_text: str, text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert text in piece.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Describe the new opening hours at the leisure centre for our residents' newsletter",
        "Explain the new parking rules for our staff newsletter",
        "Describe our summer menu for the café's Facebook page",
        "Can you explain the new visiting times for the ward noticeboard?",
    ],
)
def test_describing_for_a_publication_is_writing_a_piece(decider: RankingDecider, request_text: str) -> None:
    assert published_head(request_text) is not None
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    "request_text",
    [
        "Describe how photosynthesis works",
        "Summarize this for our newsletter: The fete raised 400 pounds. The raffle was won by Jo.",
    ],
)
def test_describing_for_no_publication_or_another_verb_keeps_its_reading(request_text: str) -> None:
    assert published_head(request_text) is None


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you work out how much paint I need for the living room?",
        "How much petrol money will I need for the drive down to Cornwall next month?",
        "Work out how much carpet I need for the hallway",
        "How many tiles will I need for the bathroom floor?",
    ],
)
def test_a_quantity_needed_for_the_users_own_thing_is_a_sum(decider: RankingDecider, request_text: str) -> None:
    assert needs_head(request_text) is not None
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    "request_text", ["How much flour do I need for a sourdough loaf?", "How much sleep do I need?"]
)
def test_a_quantity_needed_in_general_is_no_sum_on_the_users_thing(request_text: str) -> None:
    assert needs_head(request_text) is None
