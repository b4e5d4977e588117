"""Round 37: texts handed over to be fitted to a place or an audience, in many voices (a café owner, a club
secretary, a site manager, a head teacher, a landlord, a garden centre): shorter, friendlier or headed only as
asked, every figure and name of what is kept exact and none added, the instruction never the topic; a text too
short to shorten, and asks offline rules cannot meet (translate, jokes, a poem), still decline."""

from __future__ import annotations

import re

import pytest

from tests.benchmarks.scoring import summary_ok
from tests.tools.conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

_FIGURE = re.compile(r"[£$€]?\d[\d,.:]*\w*")


def _material(request: str) -> str:
    return request.split(":", 1)[1].strip().strip('\u201c\u201d"')


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Can you make this punchier for Instagram: The Riverside Café is now open on Sunday evenings until 9pm. "
            "Our new chef, Tomasz Nowak, has added a vegan menu. Families with children under 5 eat free on Tuesdays. "
            "We are grateful to all our regulars for their support over the years.",
            ["9pm", "Tomasz Nowak"],
        ),
        (
            "Cut this down for the noticeboard please: The tennis club AGM will be held on Thursday 20 November at "
            "7.30pm in the clubhouse. All members are welcome to attend. The committee will present the accounts for "
            "2025. Subs will rise to £95 from January. Nominations for the committee must reach the secretary by 6 "
            "November.",
            ["Thursday 20 November at 7.30pm"],
        ),
        (
            "Turn this into a short text for the team: The site will be closed on Friday 7 June for the crane "
            "inspection. Deliveries booked for that day have been moved to Monday 10 June. The canteen will also be "
            "shut. Please make sure all tools are locked away by 4pm on Thursday.",
            ["Friday 7 June"],
        ),
        (
            "Turn this into something short for the parents' newsletter: Year 6 will visit the Science Museum on "
            "Wednesday 12 March. The coach leaves school at 8.15am and returns by 4pm. Pupils need a packed lunch and "
            "a waterproof coat. The trip costs £14 per pupil, payable on ParentPay by 1 March.",
            ["Science Museum", "Wednesday 12 March"],
        ),
        (
            "hi, could you turn this into something shorter i can read out at assembly: The library will close early "
            "on Friday 3 May for stocktaking. Books due that day can be returned on Monday 6 May without a fine. The "
            "new graphic novel section opens on 13 May. Mrs Patel is looking for pupil helpers on Tuesdays.",
            ["Friday 3 May"],
        ),
        (
            "Make this shorter and friendlier for the tenants' WhatsApp: Tenants are reminded that the boiler service "
            "will take place on 9 October between 8am and 1pm. Access to every flat is required. If you cannot be "
            "home, you must leave a key with the caretaker, Dave Lewis. Failure to provide access will result in a "
            "rebooking charge of £60.",
            ["9 October between 8am and 1pm"],
        ),
        (
            "Please trim this for the volunteers' email: The food bank needs extra help on Saturday 14 December. "
            "Shifts run from 9am to 12pm and 12pm to 3pm at St John's Hall. We are especially short of drivers. "
            "Thank you so much for everything you do.",
            ["Saturday 14 December", "St John's Hall"],
        ),
        (
            "Make this snappier for our Facebook page: Hartley Garden Centre is holding a plant sale on Saturday 5 "
            "April from 9am. All bedding plants are half price. Free coffee will be served to the first 50 customers. "
            "The car park on Station Road will be open as usual.",
            ["Saturday 5 April from 9am"],
        ),
        (
            "Turn this into something shorter I can read out at the meeting: The gym will install six new rowing "
            "machines next month. The old treadmills will be sold to members at a low price. Opening hours on Sundays "
            "will be extended until 6pm. Locker keys must now be returned at reception before leaving. A members' "
            "survey will be sent by email in two weeks.",
            ["six new rowing machines"],
        ),
    ],
)
async def test_a_text_cut_down_for_its_place_keeps_its_lead_and_invents_nothing(
    request_text: str, kept: list[str]
) -> None:
    text = await drafted(request_text)
    said = " ".join(_material(request_text).split())
    assert all(k in text for k in kept), text
    assert all(f in said for f in _FIGURE.findall(text)), text
    assert len(text) < len(said)
    assert summary_ok(request_text, text)[0], text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Make it friendlier for the residents' group: Residents must not leave bulky items beside the bins. The "
            "council charges £40 for each collection. Items left after 1 May will be removed and the cost added to "
            "the service charge.",
            ["£40", "1 May"],
        ),
        (
            "Turn this into something for the bulletin: The parish office will move to the old school building on 1 "
            "September. The phone number stays the same, 01632 960555. Opening hours will be 9am to 1pm, Monday to "
            "Thursday.",
            ["Parish office\n\n", "01632 960555", "9am to 1pm"],
        ),
        (
            "Rework this for the club newsletter: The under-12s won the county cup on Sunday, beating Ashford 3-1 in "
            "the final. Goals came from Mia Clarke and Sam Okoro. The team will be presented with their medals at the "
            "club dinner on 22 June.",
            ["Under-12s\n\n", "3-1", "Mia Clarke", "22 June"],
        ),
    ],
)
async def test_a_text_fitted_without_cutting_keeps_every_fact(request_text: str, kept: list[str]) -> None:
    text = await drafted(request_text)
    assert all(k in text for k in kept), text


@pytest.mark.parametrize(
    "request_text",
    [
        "Make this shorter for the newsletter: The hall is closed on Monday. It reopens on Tuesday.",
        "Make this shorter for Instagram: Our shop is open.",
        "Translate this into French for the parents' WhatsApp group: School closes at 1pm on Friday 19 July. Pupils "
        "should bring a bag for their books. Uniform is not needed on the last day.",
        "Turn this into a poem for the club newsletter: The under-12s won the county cup on Sunday. Goals came from "
        "Mia and Sam. Medals are at the dinner on 22 June.",
        "Turn this into something for the newsletter: Bins",
        "Turn this into something I can read out at the meeting: The gym will install six new rowing machines on 3 "
        "March. The old bikes will be removed the week before.",
        "Make this funnier for the staff newsletter: The staff car park will be resurfaced on 12 June. Staff should "
        "park at the leisure centre. A minibus will run every 15 minutes.",
    ],
)
async def test_too_short_or_beyond_offline_still_declines(request_text: str) -> None:
    assert await declined_by_writer(request_text)
