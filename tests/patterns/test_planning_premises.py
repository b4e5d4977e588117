"""Plans where the request opens by stating figures, then asks for a sum and a text from it ("Our rent is going from
£875 to £910 a month. Work out the percentage rise, then write a note telling the tenants the new rent and the
rise."): the text's step is told the opening statement too, beside the sum's answer, so it can say the new rent."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.handoff import step_text
from patterns.premises import premises
from tests.patterns.test_routing_users import specialists


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "told"),
    [
        (
            "Our rent at the Elm Road flat is going from £875 to £910 a month. Work out the percentage rise, then "
            "write a short note to the tenants in flat 2 telling them the new rent and the rise.",
            "£910",
        ),
        (
            "The gym fee is rising from $40 to $46 a month. Work out the increase as a percentage, then draft a "
            "message to members giving the new fee and the rise.",
            "$46",
        ),
        (
            "My mortgage is £1,150 a month and it's going up 4.5%. Work out the new payment, then draft a message "
            "to my partner telling her the new amount.",
            "£1,150",
        ),
        (
            "Guest in room 9 is staying 12 nights at £68 a night. Work out his total, then email the guest, Mr "
            "Tanaka, confirming that total for his stay.",
            "12 nights",
        ),
        (
            "The cottage is €1,254 for the weekend and there are 6 of us. Work out what each person owes, then "
            "write a message for the group chat telling everyone the amount.",
            "€1,254",
        ),
        (
            "Our members went from 240 to 300. What percent increase is that? Then write a one-line note to the "
            "board saying that is our membership growth.",
            "240 to 300",
        ),
    ],
)
async def test_the_text_after_a_sum_is_told_what_the_request_stated(
    decider: RankingDecider, request_text: str, told: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]
    assert plan.tasks[1].depends_on == ("1",) and told in plan.tasks[1].text


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # what the user says of themselves is why they ask, not what the text should say
        "I'm paid £14 an hour for 38 hours a week. Work out my weekly pay, then write a note to my boss confirming it.",
        # a request that opens with its ask states nothing for the later part
        "Work out 15% of £2,400, then write a note to Sam saying that amount is his bonus.",
    ],
)
async def test_no_premise_is_told_when_the_request_states_none(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert "\n" not in plan.tasks[-1].text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("My mortgage is £1,150 a month and it's going up 4.5%. Work out the new payment", "going up 4.5%."),
        ("The order is 40 boxes at £12.50 each. Work out the total: boxes and tape.", "£12.50 each."),
        ("Take these notes, summarize them: The offsite is on 9 October. Coaches leave at 8.", ""),
        ("Our rent is going up from £875 to £910.", ""),
        ("I'm teaching Year 6 on Monday. Look up when the Titanic sank.", ""),
    ],
)
def test_premises_are_the_opening_statements_of_figures(text: str, found: str) -> None:
    assert premises(text).endswith(found) if found else premises(text) == ""


def test_a_step_told_premises_gets_them_before_the_answer() -> None:
    (writer,) = [w for w in specialists() if w.name == "writer"]
    text = step_text("Write a note telling them the new rent:\n\nRent goes from £875 to £910.", writer, ["4% increase"])
    assert text == "Write a note telling them the new rent:\n\nRent goes from £875 to £910.\n\n4% increase"
