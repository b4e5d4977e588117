"""A list's items typed after the ask with no colon ("turn this into a bullet list for the group chat pls. bring your
own cup, meeting moved to 7pm, ..."), a figure's thousands comma kept inside its item ("₩5,000 each"), a notice's
terse clauses run on with a comma split into the sentences asked ("ATM is out of order until thursday, nearest ATM
is at the GS25"), and a reader named in lower case before what the thanks are for ("to my coworker jiho for
covering ..."). Near-misses: a sentence about the asker or a question after the ask, a clause that is no sentence
of its own, and a role with no name are not read so."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "items"),
    [
        (
            "can u turn this into a bullet list for the house chat pls. bins go out tuesday, rent due on the 1st, "
            "wifi password is on the fridge, cleaning fund is 10,000 won each",
            ["- Bins go out tuesday", "- Rent due on the 1st", "- Cleaning fund is 10,000 won each."],
        ),
        (
            "Please put this into bullet points for the staff room. Fire drill on Tuesday at 10am, meet at the car "
            "park, register taken by Mrs Hill.",
            ["- Fire drill on Tuesday at 10am.", "- Meet at the car park.", "- Register taken by Mrs Hill."],
        ),
        (
            "Turn this into a bulleted list. Coaches leave at 8, packed lunch needed, back by 5pm",
            ["- Coaches leave at 8", "- Packed lunch needed", "- Back by 5pm"],
        ),
    ],
)
async def test_items_typed_after_a_list_ask_are_laid_out(request_text: str, items: list[str]):
    text = await drafted(request_text)
    assert all(i in text for i in items), text
    assert "bullet" not in text.lower() and "please" not in text.lower()


@pytest.mark.parametrize(
    "request_text",
    [
        "Turn this into a bullet list please. I need it for the meeting.",
        "Can you turn this into a bullet list. Thanks",
        "Turn this into a bullet list. bring cups, what time is the meeting?, room 302",
        "Turn this into a bullet list. It's for the group chat, room 302, 7pm",
    ],
)
async def test_a_list_ask_with_no_items_after_it_asks_for_the_text(request_text: str):
    await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "write a notice for the store door, 2 sentences. Card machine is down until friday, nearest cash point "
            "is at the post office",
            ["Card machine is down until friday.", "Nearest cash point is at the post office."],
        ),
        (
            "Write a sign for the lift in two sentences: lift is broken until Monday, stairs are on the left",
            ["Lift is broken until Monday.", "Stairs are on the left."],
        ),
        (
            "Write a notice in two sentences. Kitchen is closed for cleaning, snacks are in the staff room",
            ["Kitchen is closed for cleaning.", "Snacks are in the staff room."],
        ),
    ],
)
async def test_terse_clauses_run_on_with_a_comma_make_the_sentences_asked(request_text: str, said: list[str]):
    text = await drafted(request_text)
    assert all(s in text for s in said), text


@pytest.mark.parametrize(
    "request_text",
    [
        "write a notice for the door, 2 sentences. The hall is booked, which is why we moved",
        "Write a two-sentence notice: tickets £5, children under 10 are free",
        "Write a notice in 3 sentences. Card machine is down until friday, nearest cash point is at the post office",
    ],
)
async def test_a_clause_that_is_no_sentence_of_its_own_is_not_split(request_text: str):
    await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("write a short thank-you msg to my coworker jiho for covering my shift on tuesday", "Jiho"),
        ("write a thank you note to my neighbour priya for watering the plants while we were away", "Priya"),
        ("draft a thank-you message to my colleague tomasz for the lift home on friday", "Tomasz"),
    ],
)
async def test_a_lowercase_name_before_what_the_thanks_are_for_is_greeted(request_text: str, name: str):
    text = await drafted(request_text)
    assert name in text and "[Name]" not in text, text


async def test_a_role_with_no_name_is_not_greeted_by_a_name():
    text = await drafted("write a thank-you note to my boss for the bonus")
    assert "Hello [Name]" in text or "Hello," in text, text
