"""Round 35: a notice or sign for a place that asks a group of readers to act is said as that ask ("Could you please
...?"), the place being where it goes; a story told before an ask to rework the user's own text is left out of it."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a notice for inside the bus asking people to give up the priority seats to passengers with "
            "buggies or wheelchairs.",
            "give up the priority seats to passengers with buggies or wheelchairs",
        ),
        ("Write a sign for the staff kitchen asking people to wash their own mugs.", "wash your own mugs"),
        (
            "Write a notice for the lift asking residents to report faults to the caretaker.",
            "report faults to the caretaker",
        ),
        (
            "Write a notice for the changing rooms asking swimmers to shower before entering the pool.",
            "shower before entering the pool",
        ),
        (
            "Write a sign for the car park reminding drivers to display their permit.",
            "display your permit",
        ),
        (
            "Write a notice for the library noticeboard asking visitors to keep phones on silent.",
            "keep phones on silent",
        ),
    ],
)
async def test_a_notice_for_a_place_asks_its_readers(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
    assert "asking" not in outcome.text and "reminding" not in outcome.text


@pytest.mark.parametrize(
    ("request_text", "kept", "left_out"),
    [
        (
            "So my flatmate keeps leaving her shopping in the hallway and I can never get my bike out, and I wrote her "
            "a note but it came out way too sharp. Can you make it sound nicer? Here it is: You left your shopping "
            "bags in the hallway again so I couldn't get my bike out. Move them today or they go in the shed.",
            ("hallway", "shed"),
            "flatmate",
        ),
        (
            "My neighbour's dog barks all night and I'm exhausted. I wrote a message but it's rude. Could you make it "
            "politer? Here's the message: Your dog barked until 3am again. Keep it inside or I'm calling the council.",
            ("3am", "council"),
            "exhausted",
        ),
        (
            "I run the allotment society and people keep ignoring the rules. Can you soften this? Here's what I "
            "wrote: Stop leaving hoses running. Water costs us £400 a year.",
            ("hoses", "£400"),
            "allotment society",
        ),
        (
            "The caretaker never fixes anything. Please rewrite it more politely. Here it is: The back door has been "
            "broken for 3 weeks. Fix it by Friday.",
            ("3 weeks", "Friday"),
            "never fixes",
        ),
        (
            "My boss wants an update. Can you make it shorter? Here it is: We are writing to let you know that the "
            "audit finishes on 14 June and the report follows a week later.",
            ("14 June", "a week later"),
            "boss",
        ),
        (
            "So my flatmate keeps leaving her shopping in the hallway, and my note came out way too sharp. Can you "
            "make it sound nicer:\n\nYou left your shopping bags in the hallway again. Move them today or they go "
            "in the shed.",
            ("hallway", "shed"),
            "flatmate",
        ),
        (
            "Our treasurer is upset with me. Could you make this friendlier? Here it is: I need the receipts by "
            "Monday. No receipts, no refund.",
            ("Monday", "receipts"),
            "upset",
        ),
    ],
)
async def test_the_story_before_a_rework_is_left_out(request_text: str, kept: tuple[str], left_out: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert all(word in outcome.text for word in kept)
    assert left_out not in outcome.text


async def test_a_text_handed_over_with_no_ask_is_not_reworked_as_one() -> None:
    outcome = await writer_outcome("I wrote a note to my landlord. Here it is: The boiler is broken again.")
    assert "wrote a note" not in outcome.text
