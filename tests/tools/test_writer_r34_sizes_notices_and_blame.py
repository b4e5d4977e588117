"""Round 34: sizes and lists met from the facts given (two clauses joined by "and", a reminder's closing, "Bullet list
of 3 points for ..."), notices made friendlier by speaking to their readers, blame on "nobody" said of the thing, a
statement after the reader's comma said, and corrections that never repeat their slips."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write 2 sentences for the newsletter: the library is open on Sundays and the café has new hours.",
            "The library is open on Sundays. The café has new hours.",
        ),
        (
            "In two sentences, tell the club the hall is booked for 9 May and the fee is £40.",
            "The hall is booked for 9 May. The fee is £40.",
        ),
        (
            "Text my landlord, 2 sentences: the boiler is fixed and the invoice is €120.",
            "The boiler is fixed. The invoice is €120.",
        ),
        (
            "Write a two sentence update: our shop is moving to Bath and its new number is 01225 400100.",
            "Our shop is moving to Bath. Its new number is 01225 400100.",
        ),
        (
            "Write 2 sentences: the shop is open until 6pm, the café closes at 4pm.",
            "The shop is open until 6pm. The café closes at 4pm.",
        ),
        (
            "Write 3 sentences: the hall is booked for Saturday, the band starts at 8pm and we're done by midnight.",
            "The hall is booked for Saturday. The band starts at 8pm. We're done by midnight.",
        ),
        (
            "Write a post in two sentences: our café opens on Monday and the first coffee is free.",
            "Our café opens on Monday. The first coffee is free.",
        ),
        (
            "Write a two-sentence reminder for the team that timesheets are due on Friday.",
            "A reminder: timesheets are due on Friday. Please keep this in mind.",
        ),
        (
            "Remind the parents in 2 sentences that school photos are on 3 March.",
            "A reminder: school photos are on 3 March. Please keep this in mind.",
        ),
        (
            "Write a 2-sentence reminder to members that subs of $30 are due by 1 April.",
            "A reminder: subs of $30 are due by 1 April. Please keep this in mind.",
        ),
    ],
)
async def test_the_sentences_asked_come_from_the_facts_given(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "items"),
    [
        (
            "3 bullet points for the governors: budget surplus of £18,400; new minibus ordered; roof repair delayed "
            "to spring.",
            3,
        ),
        ("Write a list of three key points for the board: sales up 4%; two new hires; office move in May.", 3),
        ("Bulleted list for the board: sales up 4%, two new hires", 2),
        ("Bullet list of 2 points for parents: trip on 4 June; bring a packed lunch.", 2),
    ],
)
async def test_a_list_named_as_the_text_lists_the_points(request_text: str, items: int) -> None:
    text = await drafted(request_text)
    assert text.count("\n- ") == items and "points for" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write 2 sentences: the price is £5 for adults and the children go free.",
        "Write 2 sentences: on Friday, the coach leaves at 8am.",
        "Write a 2 sentence note: tea and the cake will be served at 4pm.",
        "Write a 3 sentence reminder to staff that the fire drill is at 10am.",
        "Bullet list of 5 points for the team: canteen shut Monday; new printer; parking changes",
        "Write a message to Tom, the new laptop for the office arrived today.",
    ],
)
async def test_a_size_or_count_the_facts_cannot_meet_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this friendlier: Residents are advised that the car park will be resurfaced on 3 June.",
            "Just so you know, the car park will be resurfaced on 3 June.",
        ),
        ("Make this more casual: All staff are reminded to lock the back door.", "Please lock the back door."),
        ("Make this friendlier: Parents are asked to collect children by 3pm.", "Please collect children by 3pm."),
        (
            "Make this sound warmer: Guests are reminded that checkout is at 11am.",
            "Just a reminder that checkout is at 11am.",
        ),
        (
            "Make this friendlier: Tenants are informed that the water will be off on Tuesday from 9am.",
            "Just so you know, the water will be off on Tuesday from 9am.",
        ),
        ("Make this polite: Nobody cleaned the fridge again.", "The fridge wasn't cleaned again."),
        (
            "Make this more polite: No one emptied the bins last week. The kitchen smells.",
            "The bins weren't emptied last week. The kitchen smells.",
        ),
        ("Make this polite: Nobody paid the invoice on time.", "The invoice wasn't paid on time."),
        (
            "Make this less blunt: The printer on floor 2 is jammed. No one reported it yesterday.",
            "The printer on floor 2 is jammed. It wasn't reported yesterday.",
        ),
    ],
)
async def test_a_notice_speaks_to_its_readers_and_blame_is_said_of_the_thing(request_text: str, said: str) -> None:
    assert await drafted(request_text, "rewrite") == said


@pytest.mark.parametrize(
    "request_text",
    [
        # "their keys" after "Please" would still speak of the readers: left, and nothing else to change
        "Rewrite this in a friendly tone: Guests are kindly requested to leave their keys at reception.",
        "Make this polite: Nobody told me about the meeting.",
    ],
)
async def test_a_notice_or_blame_no_rule_can_say_plainly_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text, "rewrite")


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write an email to my landlord, the boiler in the kitchen has been leaking for a week, please send "
            "someone.",
            "The boiler in the kitchen has been leaking for a week, please send someone.",
        ),
        (
            "Email to my manager, the train from Leeds was cancelled this morning, I will be 40 minutes late.",
            "The train from Leeds was cancelled this morning, I will be 40 minutes late.",
        ),
    ],
)
async def test_a_statement_after_the_readers_comma_is_said(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "slips"),
    [
        ("Correct my grammar: He don't like coffee and they was late.", ("don't like", "they was")),
        ("Please fix my English: I could of come but I have forgot my ticket.", ("could of", "have forgot ")),
    ],
)
async def test_a_correction_never_repeats_its_slips(request_text: str, slips: tuple[str, ...]) -> None:
    text = await drafted(request_text, "rewrite")
    assert not any(slip in text for slip in slips) and "other mistakes may remain" in text
