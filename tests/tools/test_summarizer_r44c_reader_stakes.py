"""What the reader of a summary or a shortened text has at stake, said of them ("she needs to know about the
withheld milk", "he's worried about the boiler", "my partner only cares about the bedding"), is a focus: the
sentences that name it are kept, in the summary and in a short note the writer makes of it. Near-misses: a stake
the text never names is declined, not answered with sentences that skip it."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.summarizer import create_server
from tests.tools.conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

VET = (
    "Vet came out March 14 for the monthly herd check on 142 cows. Eleven cows were confirmed pregnant. Three cows "
    "were treated for mastitis and their milk must be withheld for 4 days. One heifer has a mild foot infection and "
    "should be kept on dry bedding. The next herd check is booked for April 11."
)
FLAT = (
    "The flat was inspected on Monday. The boiler is leaking and needs a new valve. The kitchen window does not "
    "close properly. The tenants have paid rent up to the end of May. The next inspection is in October."
)
MILK = "Three cows were treated for mastitis and their milk must be withheld for 4 days."


async def _summary(request: str):
    async with Agent(builtin_spec("summarizer"), LocalModel(), local_servers={"summarizer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Summarize this vet report for my wife Karen, she does the books and needs to know about the withheld "
         f"milk: {VET}", MILK),
        (f"sum this up for the missus, she wants to know about the milk being withheld: {VET}", MILK),
        (f"My business partner is worried about the bedding. Could you summarise the following for him? {VET}",
         "One heifer has a mild foot infection and should be kept on dry bedding."),
        (f"Summarise this for the landlord, he needs to know about the boiler: {FLAT}",
         "The boiler is leaking and needs a new valve."),
        (f"brief summary pls, the agent cares most about the rent: {FLAT}",
         "The tenants have paid rent up to the end of May."),
    ],
)  # fmt: skip
async def test_a_readers_stake_keeps_the_sentences_that_name_it(request_text: str, kept: str):
    outcome = await _summary(request_text)
    assert outcome.status == "completed", outcome.text
    assert kept in outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise this for the landlord, he needs to know about the parking: {FLAT}",
        f"sum this up for Karen, she's worried about the vaccinations: {VET}",
    ],
)
async def test_a_stake_the_text_never_names_is_declined(request_text: str):
    outcome = await _summary(request_text)
    assert outcome.status != "completed", outcome.text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Turn it into a short note for my wife Karen, she does the books and needs to know about the withheld "
         f"milk: {VET}", MILK),
        (f"Make this shorter for my boss, he's worried about the boiler: {FLAT}",
         "The boiler is leaking and needs a new valve."),
        (f"cut this down for the herd manager, he has to know about the bedding: {VET}",
         "One heifer has a mild foot infection and should be kept on dry bedding."),
        (f"Turn this into a short message for the tenants, they need to know about the window: {FLAT}",
         "The kitchen window does not close properly."),
    ],
)  # fmt: skip
async def test_a_shortened_note_keeps_what_its_reader_needs(request_text: str, kept: str):
    text = await drafted(request_text, "rewrite")
    assert kept in text


async def test_a_shortened_note_for_a_stake_the_text_never_names_is_declined():
    await declined_by_writer(f"Make this shorter for my boss, he's worried about the parking: {FLAT}", "rewrite")


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Summarize this vet report and then turn it into a short note for my wife Karen, she does the books and "
            f"needs to know about the withheld milk: {VET}",
            MILK,
        ),
        (
            "Sum up this inspection report, then make it a short message for the landlord, he needs to know about "
            f"the boiler: {FLAT}",
            "The boiler is leaking and needs a new valve.",
        ),
    ],
)
async def test_a_summary_then_a_note_keeps_what_the_notes_reader_needs(request_text: str, kept: str):
    from patterns.clauses import with_material
    from patterns.pipeline import stage_instructions
    from servers.tools.writer import create_server as writer_server

    first, second = stage_instructions(request_text, 2)
    summary = await _summary(first)
    assert summary.status == "completed", summary.text
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": writer_server()}) as agent:
        note = await agent.run(with_material(second, summary.text))
    assert note.status == "completed", note.text
    assert kept in note.text
