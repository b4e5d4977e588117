"""Round 36: events named with the place they go to ("the summer quiz at the Red Lion on Thursday 12 June") keep
every fact; out-of-office messages told in one sentence joined by "and" make two; invitations with what is on after
their times make one sentence more; and texts whose points cannot honestly make the count asked are still declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Write an email to members about the summer quiz at the Red Lion on Thursday 12 June. Tickets are £5 and "
            "teams of up to six can enter.",
            ["summer quiz at the Red Lion", "Thursday 12 June", "£5"],
        ),
        (
            "Write a letter to parents about the Year 6 trip to Chester Zoo on Monday 9 June. It costs £22 and "
            "children need a packed lunch.",
            ["Year 6 trip to Chester Zoo", "Monday 9 June", "£22", "packed lunch"],
        ),
        (
            "Write an email to the choir about the concert at St Mary's Church on Saturday 5 July. Rehearsal starts "
            "at 2pm.",
            ["concert at St Mary's Church", "Saturday 5 July", "2pm"],
        ),
        (
            "Write a message to the squad about the away match at Elland Road on Sunday 14 September. The coach "
            "leaves at 9am.",
            ["away match at Elland Road", "Sunday 14 September", "9am"],
        ),
        (
            "Write a notice for residents about the litter pick at Victoria Park on Saturday 3 May at 10am. Gloves "
            "and bags will be provided.",
            ["litter pick at Victoria Park", "Saturday 3 May at 10am", "Gloves"],
        ),
        (
            "Write a letter to parents about the Year 9 geography field trip to Malham Cove on 2 October. It costs "
            "€30, payment is due by 20 September on ParentPay, and pupils need waterproofs.",
            ["Year 9 geography field trip to Malham Cove", "2 October", "€30", "20 September", "waterproofs"],
        ),
        (
            "Write an email to staff about the training at Head Office on Monday 2 June. Lunch is provided.",
            ["training at Head Office", "Monday 2 June", "Lunch is provided"],
        ),
    ],
)
async def test_an_event_at_a_named_place_keeps_every_fact(request_text: str, facts: list[str]):
    text = await drafted(request_text)
    for fact in facts:
        assert fact in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a 2 sentence out of office reply: I'm on leave until Monday 3 March and anything urgent should go "
            "to Priya Shah.",
            "I'm on leave until Monday 3 March. Anything urgent should go to Priya Shah.",
        ),
        (
            "Write a two-sentence auto-reply: I'm at a conference until 14 May and Sam Lee will handle urgent "
            "requests.",
            "I'm at a conference until 14 May. Sam Lee will handle urgent requests.",
        ),
        (
            "Write two sentences for my away message: I'm off until 9 September and urgent payroll questions must go "
            "to Aisha Khan.",
            "I'm off until 9 September. Urgent payroll questions must go to Aisha Khan.",
        ),
        (
            "Write a three-sentence invitation to our summer fete on Saturday 12 July, 1pm to 4pm, a tombola and pony "
            "rides.",
            "our summer fete on Saturday 12 July, 1pm to 4pm. A tombola and pony rides.",
        ),
        (
            "Write an invitation to our Christmas open house on 14 December, 10am to 2pm, mulled wine and mince pies, "
            "in 3 sentences.",
            "our Christmas open house on 14 December, 10am to 2pm. Mulled wine and mince pies.",
        ),
        (
            "Write a 3-sentence invitation to our garden party on Sunday 6 July at 2pm, live music and a barbecue.",
            "our garden party on Sunday 6 July at 2pm. Live music and a barbecue.",
        ),
        (
            "Write an invitation in three sentences to our launch party on 1 May, 6pm to 9pm, free drinks and a DJ.",
            "our launch party on 1 May, 6pm to 9pm. Free drinks and a DJ.",
        ),
    ],
)
async def test_points_laid_out_in_the_sentences_asked(request_text: str, said: str):
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a two-sentence out-of-office message: I'm away until 22 August.",
        "Write a three-sentence out-of-office message: I'm away until 22 August and urgent questions should go to "
        "Ben Clarke.",
        "Write an invitation to our open weekend on 7 and 8 June, 11am to 5pm, which is free, in three sentences.",
        "Write an invitation to our open weekend on 7 and 8 June, 11am to 5pm, free tastings in the cellar and "
        "vineyard tours every hour, in five sentences.",
    ],
)
async def test_points_that_cannot_make_the_count_are_declined(request_text: str):
    assert "sentence" in await declined_by_writer(request_text)
