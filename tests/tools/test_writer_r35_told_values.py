"""Round 35: a value handed on from an earlier step ("<instruction>:\\n\\n<the answer>") is told by what it is
("telling him my weight in kg" -> "My weight is 81.65 kilograms"), to a reader named with their team ("Dana in
accounts"), greeted by a title they are called by ("Hi Coach,"); with no value handed on, it is asked for."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a short email to Dana in accounts telling her that's the deposit amount:\n\n£441.00",
            "The deposit amount is £441.00.",
        ),
        ("Write a short email to Dana telling her the deposit amount:\n\n£441.00", "The deposit amount is £441.00."),
        ("Write a short message to my coach telling him my weight in kg:\n\n81.65 kilograms", "is 81.65 kilograms."),
        ("Text my sister telling her my height in cm:\n\n172.7 centimetres", "My height is 172.7 centimetres."),
        ("Write a line for my tax notes stating the net figure:\n\n£2,340.00", "The net figure is £2,340.00."),
        ("Write a label instruction stating that quantity:\n\n84 tablets", "The quantity is 84 tablets."),
        ("Write a label stating the dose:\n\n2 tablets", "The dose is 2 tablets."),
        ("Write a message to Priya telling her her share:\n\n£37.50", "Your share is £37.50."),
        ("Write a short message to the team giving them the new budget:\n\n€12,000", "The new budget is €12,000."),
        ("Write an email to my landlord confirming the rent:\n\n£950.00", "The rent is £950.00."),
        (
            "Write a line for my expenses log stating the total mileage:\n\n412 miles",
            "The total mileage is 412 miles.",
        ),
        (
            "Write an email to my book club telling them how much each person owes:\n\n$43.50",
            "Each person owes $43.50.",
        ),
        ("Write a message to the team saying how much everyone gets:\n\n£125.00", "Everyone gets £125.00."),
        (
            "Write an email to the choir telling them how many tickets each singer gets:\n\n4",
            "Each singer gets 4 tickets.",
        ),
        (
            "Write an email to Jo in the finance team telling her that this amount is the refund:\n\n$87.20",
            "The refund is $87.20.",
        ),
        ("Email the total to the finance committee:\n\n£1,596.55", "The total is £1,596.55."),
    ],
)
async def test_a_value_handed_on_is_told_by_what_it_is(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
    for asked in ("telling", "stating", "giving", "confirming", "instruction", "expenses log", "tax notes"):
        assert asked not in outcome.text.lower()


@pytest.mark.parametrize(
    ("request_text", "greeting"),
    [
        ("Write a short message to my coach telling him my weight in kg:\n\n81.65 kilograms", "Hello Coach,"),
        ("Write an email to my coach saying training moves to Thursday at 6pm", "Hello Coach,"),
        ("Write a short email to the captain saying the match starts at 2pm", "Hello Captain,"),
        ("Write a message to my doctor saying my blood pressure was 128/82 this morning", "Hello Doctor,"),
        ("Write a friendly email to my coach saying I can play on Sunday", "Hi Coach,"),
        ("Write a short note to my landlord saying the boiler is fixed", "Hello [Name],"),
    ],
)
async def test_a_reader_called_by_a_title_is_greeted_by_it(request_text: str, greeting: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert greeting in outcome.text


@pytest.mark.parametrize(
    ("request_text", "said", "greeting"),
    [
        (
            "Write a short email to Sam in HR telling him the start date is 3 June",
            "The start date is 3 June.",
            "Hello Sam,",
        ),
        (
            "Write a message to Priya at the bank saying the transfer is £2,500",
            "The transfer is £2,500.",
            "Hello Priya,",
        ),
        (
            "Draft an email to Tom from facilities letting him know the boiler service is on 4 March",
            "The boiler service is on 4 March.",
            "Hello Tom,",
        ),
        (
            "Write a short email to Dana in accounts saying the deposit amount is £441.00",
            "The deposit amount is £441.00.",
            "Hello Dana,",
        ),
        (
            "Write an email to Ravi in the IT team telling him the new laptop arrives on Friday",
            "The new laptop arrives on Friday.",
            "Hello Ravi,",
        ),
        (
            "Write an email to Megan from payroll saying my bank details changed on 1 May",
            "My bank details changed on 1 May.",
            "Hello Megan,",
        ),
    ],
)
async def test_a_reader_named_with_their_team_is_who_is_greeted(request_text: str, said: str, greeting: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text and greeting in outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a short message to my coach telling him my weight in kg",
        "Write a short email to Dana in accounts telling her the deposit amount",
        "Write a line for my tax notes stating the net figure",
        "Write an email to Sam telling him the total",
        "Write an email to my book club telling them how much each person owes",
        "Write a short email to Dana in accounts telling her that's the deposit amount",
    ],
)
async def test_a_value_named_but_not_handed_on_is_asked_for(request_text: str) -> None:
    assert "value you did not give me" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        # a time said after the reader is no team: read as a topic, it is declined, never dropped
        "Write a text to Sam in the morning saying the shop is closed",
        "Write an email to Sam in 2 weeks saying the shop is closed",
        # a clause whose verb goes on after the value ("needs to bring") has no place the rules can put it
        "Write a note to the parents telling them how much each child needs to bring:\n\n£4.50",
    ],
)
async def test_what_the_rules_cannot_place_is_still_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed", outcome.text
