"""Round 38: notices asked kinder, warmer, friendlier or softer, in other trades and words; a guess ("must be
wrong") or a modal rule ("may have to be rebooked") is never turned into a request; spoken announcements."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said", "unsaid"),
    [
        (
            "Can you make this notice friendlier? It's for the gym door: Members must wipe down machines after use. "
            "No outdoor shoes. The gym closes at 10pm sharp.",
            ["Could members please wipe down machines after use?", "Sorry, no outdoor shoes.", "10pm"],
            [],
        ),
        (
            "Make this a bit nicer for the parents' newsletter: Children must be collected by 3.15pm. Late "
            "collection will be charged at £5 per 10 minutes.",
            ["Please make sure children are collected by 3.15pm.", "£5"],
            [],
        ),
        (
            "Warm this up a bit for our website: Deliveries take 5 to 7 days. We do not ship to the Channel Islands. "
            "Returns must be made within 14 days.",
            ["Please make sure returns are made within 14 days.", "Channel Islands"],
            [],
        ),
        (
            "Can you make this friendlier for the club noticeboard? Subs must be paid by 1 October. Kit must be "
            "returned after every match. No smoking in the changing rooms.",
            ["subs are paid by 1 October", "kit is returned", "Sorry, no smoking"],
            [],
        ),
        (
            "Make this notice kinder for the library: Books must be returned within 3 weeks. Fines are 20p a day. We "
            "do not do reservations by phone.",
            ["books are returned within 3 weeks", "Unfortunately, we do not do reservations by phone."],
            [],
        ),
        (
            "Make this nicer, it goes on the salon door: No walk-ins on Saturdays. Deposits are non-refundable. Late "
            "arrivals may have to be rebooked.",
            ["Sorry, no walk-ins on Saturdays.", "Late arrivals may have to be rebooked."],
            ["make sure late"],
        ),
        (
            "Can you make this less harsh? It's going on the reception desk: All visitors must be signed in. No "
            "mobile phones beyond this point. We do not do same-day appointments.",
            ["Please make sure all visitors are signed in.", "Sorry, no mobile phones", "Unfortunately, we do not"],
            [],
        ),
        (
            "Make this kinder please, it's for the nursery parents: Nappies must be provided by parents. Children "
            "who are unwell must be kept at home for 48 hours.",
            ["Please make sure children who are unwell are kept at home for 48 hours."],
            [],
        ),
        (
            "Make this more welcoming, it's for the campsite gate: Check-in is from 2pm. Dogs must be kept on a lead "
            "at all times. No fires on the grass.",
            ["Please make sure dogs are kept on a lead at all times.", "Sorry, no fires on the grass.", "2pm"],
            [],
        ),
        (
            "Make this email more polite: The invoice must be wrong. I want a refund by Friday.",
            ["The invoice must be wrong."],
            ["make sure the invoice"],
        ),
        (
            "Make this more polite: No excuses. The report must be on my desk by 9am tomorrow.",
            ["9am"],
            ["Sorry, no excuses"],
        ),
        (
            "Write a short announcement for me to read over the tannoy: the shop closes in 15 minutes and the tills "
            "are on the ground floor.",
            ["The shop closes in 15 minutes"],
            ["tannoy"],
        ),
        (
            "Write a 2-sentence warning for the neighbours. We'll be running the chipper on Thursday from 8am to "
            "4pm, and the lane will be closed to cars while we do.",
            ["We'll be running the chipper on Thursday from 8am to 4pm.", "The lane will be closed"],
            ["warning for the neighbours"],
        ),
        (
            "Write a short warning for the parents: there is a case of chickenpox in Year 2.",
            ["there is a case of chickenpox in Year 2"],
            ["short warning"],
        ),
        (
            "Write two lines for the bingo caller to read out: the raffle is drawn at 9pm and the bar closes at 11.",
            ["The raffle is drawn at 9pm"],
            ["bingo caller", "read out"],
        ),
        (
            "I need a quick announcement for the cabin crew to read: we are starting our descent and the toilets "
            "will close in 10 minutes.",
            ["We are starting our descent"],
            ["To Read", "to read"],
        ),
        (
            "Can you write two sentences for the intercom: the pool closes at 8pm tonight, and lockers must be "
            "emptied by 8.15pm.",
            ["The pool closes at 8pm tonight.", "8.15pm"],
            ["intercom"],
        ),
    ],
)
async def test_written(request_text: str, said: list[str], unsaid: list[str]) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    for words in said:
        assert words in outcome.text, outcome.text
    for words in unsaid:
        assert words not in outcome.text, outcome.text


async def test_an_announcement_with_nothing_to_say_is_declined() -> None:
    outcome = await writer_outcome("Write an announcement for the PA")
    assert outcome.status != "completed", outcome.text
