"""Round 37: notes, notices, signs and messages asked in two sentences whose points are one statement and a plea
run on after its comma ("please ...", "don't ...", "remember to ...", "so please ...", "bring your own bib") keep
every fact, in two sentences; a plea alone, or one after no statement, still declines the count."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

from servers.tools.writer.sentence_splits import split_plea

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Note for the care staff, 2 sentences: Mr Hughes is now on a minced and moist diet, please do not give "
            "him biscuits.",
            ["Mr Hughes", "minced and moist", "Please do not give him biscuits."],
        ),
        (
            "Two sentences for the school newsletter: the car park will be resurfaced on Friday, please drop children "
            "at the front gate.",
            ["Friday.", "Please drop children at the front gate."],
        ),
        (
            "Write a 2-sentence notice for the staff room: the dishwasher is broken, don't put any more mugs in it.",
            ["The dishwasher is broken.", "Don't put any more mugs in it."],
        ),
        (
            "Message for the night porters, two sentences: the back door alarm has been fixed, remember to set it at "
            "midnight.",
            ["has been fixed.", "Remember to set it at midnight."],
        ),
        (
            "Note for the cleaners in 2 sentences: the carpets were shampooed on Monday, please keep off them until "
            "Wednesday.",
            ["on Monday.", "Please keep off them until Wednesday."],
        ),
        (
            "Two-sentence reminder for the choir: rehearsal moves to the church hall on Thursday, please bring your "
            "own music.",
            ["on Thursday.", "Please bring your own music."],
        ),
        (
            "Sign for the garden gate, 2 sentences: the lambs were born this week, please keep dogs on a lead.",
            ["The lambs were born this week.", "Please keep dogs on a lead."],
        ),
        (
            "Write a 2-sentence note for the kitchen: table 6 has a nut allergy, so please check every dish.",
            ["Table 6 has a nut allergy.", "So please check every dish."],
        ),
        (
            "Write a reminder for the netball team, 2 sentences: training is at 6pm on Wednesday, bring your own bib.",
            ["Training is at 6pm on Wednesday.", "Bring your own bib."],
        ),
        (
            "Note for the volunteers in two sentences: the hall opens at 8am, park at the back.",
            ["The hall opens at 8am.", "Park at the back."],
        ),
        ("Two-sentence note for parents: the trip is on 9 June, pay by Friday.", ["on 9 June.", "Pay by Friday."]),
    ],
)
async def test_a_plea_after_a_statement_is_its_own_sentence(request_text: str, kept: list[str]):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert all(fact in text for fact in kept), text


@pytest.mark.parametrize(
    "request_text",
    [
        "Two sentences for the noticeboard: for the carpets, please keep off them until Wednesday.",
        "Note for the team, 2 sentences: please do not park in bay 4.",
    ],
)
async def test_a_plea_with_no_statement_before_it_is_not_padded(request_text: str):
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed", outcome.text


@pytest.mark.parametrize(
    "text",
    [
        "The hall is free on Friday, and please tell Sam.",
        "Please, please come early.",
        "Because of the rain, please use the side door.",
    ],
)
def test_no_plea_split_without_a_clause_before_it(text: str):
    assert split_plea(text, 2) == [text]
