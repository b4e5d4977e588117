"""A summary (or a sum) and then a text made from it, in one sentence: "Summarise these notes and turn them into an
email to the team: <notes>", "Add up these costs: ..., then put the total into an email to Sue". The text is a
part of its own, for the writer, and it depends on the part before: it is handed that part's result, not a second
copy of the notes. "turn"/"put" open such a part; "turn it into km" is a sum, and a part that recasts nothing
stays as it was."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.recasts import recasts_the_result
from tests.patterns.test_routing_users import specialists

NOTES = (
    "The warehouse stock take is on Friday. Everyone must arrive at 7am. The loading bay will be closed all day. "
    "Overtime will be paid at time and a half."
)

CHAINS = [
    f"Summarise these notes and turn them into an email to the team: {NOTES}",
    f"summarize this and turn it into a text I can send my partner: {NOTES}",
    f"Sum up these minutes and make them into a notice for the staff room: {NOTES}",
    f"Summarise the site notes and turn the summary into an email to the client, Mr Hale: {NOTES}",
    f"Give me a summary of this, then put it into a short newsletter item: {NOTES}",
    f"Summarize my notes: {NOTES} Then turn that summary into a study list with exactly 3 bullet points.",
    f"Condense this and turn it into a reminder for the night shift: {NOTES}",
]


@pytest.mark.parametrize("request_text", CHAINS)
@pytest.mark.anyio
async def test_the_text_is_made_from_the_summary(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    first, second = plan.tasks
    assert (first.worker, second.worker) == ("summarizer", "writer")
    assert second.depends_on == (first.id,)
    assert "stock take" in first.text and "stock take" not in second.text  # the notes are the summary's only


SUMS_THEN_TEXT = [
    "Add up these costs: £145, £89.50 and £230, then put the total into a short email to my accountant Sue.",
    "Work out 3 nights at $189 a night, then put the total into a message to the guest, Ms Patel.",
    "Add up £12.40, £8.75 and £20, then put the result into a note for the treasurer.",
]


@pytest.mark.parametrize("request_text", SUMS_THEN_TEXT)
@pytest.mark.anyio
async def test_a_total_put_into_a_text_is_a_sum_then_the_text(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]
    assert plan.tasks[1].depends_on == ("1",)


@pytest.mark.parametrize(
    ("instruction", "recasts"),
    [
        ("turn them into an email to the team", True),
        ("make it into a short, friendly notice", True),
        ("put these into a bullet list", True),
        ("then turn it into a tweet", True),
        ("turn it into km", False),  # a sum on the answer
        ("put it in the diary", False),
        ("turn the heating on", False),
        ("summarise it", False),
    ],
)
def test_only_a_recast_into_a_text_counts(instruction: str, recasts: bool) -> None:
    assert recasts_the_result(instruction) is recasts


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarize this and fact-check it: The tower opened in 1889. It is 330 metres tall.",
        "It's your turn to summarise the meeting: we agreed the budget. We moved the launch.",
        "Put the kettle on",
    ],
)
def test_requests_that_recast_nothing_keep_their_parts(request_text: str) -> None:
    assert all("turn" not in p.text.lower()[:4] for p in split_tasks(request_text))
