"""Four rewrites that were handed back unchanged, and so declined.

- Anger said of the writer ("I am FURIOUS that ...", "We are absolutely livid about ...") is said as
  disappointment in a polite, friendly or professional text; what went wrong is kept word for word.
- A budget "blown" is, formally, exceeded ("we blew the marketing budget by about 12k").
- A thing needed by a time, with what happens if it is late ("need the signed timesheets for week 32 by noon
  Friday or payroll misses them"), is asked for politely, and the consequence kept as a plain statement.
- An attendance required in ceremony ("Attendance at ... is required of all staff") is said plainly in a
  friendlier text: "All staff need to come to ...".
"""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Tone it down please, it's for my kid's teacher: I am FURIOUS that nobody told us about the excursion "
            "cost of $45.",
            "I'm disappointed that nobody told us about the excursion cost of $45.",
        ),
        (
            "Make this more polite: 'We are absolutely livid about the 3-week delay to our order.'",
            "We're disappointed about the 3-week delay to our order.",
        ),
        (
            "Rewrite this professionally: I'm fuming that the invoice was sent to the wrong address again.",
            "disappointed that the invoice was sent to the wrong address again.",
        ),
        (
            "Make this friendlier: 'I am so angry that the bins were not collected on Tuesday.'",
            "I'm disappointed that the bins were not collected on Tuesday.",
        ),
        (
            "Soften this for the school office: 'I was outraged that my son missed lunch on 4 March.'",
            "I was disappointed that my son missed lunch on 4 March.",
        ),
        (
            "Make this calmer: 'We're really fed up that the lift has been broken since 2 May.'",
            "We're disappointed that the lift has been broken since 2 May.",
        ),
    ],
)
async def test_anger_is_said_as_disappointment(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Rewrite more formally for the board pack: we blew the marketing budget by about 12k because of the "
            "trade show.",
            "We exceeded the marketing budget by about 12k because of the trade show.",
        ),
        ("Make this formal: we've blown the IT budget for Q3 on new laptops.", "exceeded the IT budget for Q3"),
        (
            "Make this sound professional: the team blew through the travel budget by £2,000 in March.",
            "The team exceeded the travel budget by £2,000 in March.",
        ),
        ("Rewrite formally: I blew our events budget on the 12 June gala.", "I exceeded our events budget"),
    ],
)
async def test_a_blown_budget_is_exceeded(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Turn this into a polite chaser: 'need the signed timesheets for week 32 by noon Friday or payroll misses "
            "them'",
            "Could you please send the signed timesheets for week 32 by noon Friday? Otherwise, payroll misses them.",
        ),
        (
            "Make this politer: 'I need the expense receipts by 5pm Thursday or they won't be paid this month.'",
            "Could you please send the expense receipts by 5pm Thursday? Otherwise, they won't be paid this month.",
        ),
        (
            "Make this more polite: 'We need the signed contract by Monday, otherwise the start date slips.'",
            "Could you please send the signed contract by Monday? Otherwise, the start date slips.",
        ),
        (
            "Rewrite politely: 'need the room bookings by 3pm tomorrow.'",
            "Could you please send the room bookings by 3pm tomorrow?",
        ),
    ],
)
async def test_a_thing_needed_by_a_time_is_asked_for(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "rewrite this so it sounds friendlier and less stiff: 'Attendance at the mandatory compliance training "
            "on 9 October is required of all staff.'",
            "All staff need to come to the mandatory compliance training on 9 October.",
        ),
        (
            "Make this friendlier: 'Attendance at the fire safety briefing on Monday 3 March is compulsory for every "
            "volunteer.'",
            "Every volunteer needs to come to the fire safety briefing on Monday 3 March.",
        ),
        (
            "Make it more casual: Participation in the team quiz on Friday at 4pm is expected of all members of the "
            "sales team.",
            "All members of the sales team need to come to the team quiz on Friday at 4pm.",
        ),
        (
            "Less formal please: 'Attendance at the parents' evening on 12 May is required of all parents and carers.'",
            "All parents and carers need to come to the parents' evening on 12 May.",
        ),
    ],
)
async def test_a_required_attendance_is_said_plainly(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        # a need with no time it is due by: no chaser, nothing these rules may change
        "Make this polite: 'I need a holiday.'",
        # the wind blew no budget: left as it is, and so declined as unchanged
        "Make this formal: 'The wind blew the fence down on 2 March.'",
    ],
)
async def test_what_no_rule_covers_is_still_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
