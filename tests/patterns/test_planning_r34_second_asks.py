"""Round 34: a second ask beside a sum or a text to summarize, in other words, numbers and orders; and requests
that must stay one part (a message's own words, an operation on the answer before, a text's own instruction)."""

import pytest

from patterns import split_tasks

CODE = "\n```python\ndef f(x):\n    return x\n```"


@pytest.mark.parametrize(
    ("request_text", "first", "second"),
    [
        (f"What's 18% of 250, and is anything wrong with this function?{CODE}", "What's 18% of 250", "Is anything"),
        (f"Quick ones: what is 40 times 12, and is something off in this script?{CODE}", "What is 40", "Is some"),
        (f"How much is 300 divided by 8, and is there anything broken in this code?{CODE}", "How much", "Is there"),
        (f"Convert 12 miles to km, and is everything OK with this snippet?{CODE}", "Convert 12", "Is everything"),
        (f"What's 3/4 of 96, and is nothing missing from this loop?{CODE}", "What's 3/4", "Is nothing"),
        (f"Work out 15% of 80, is anything wrong with this code?{CODE}", "Work out 15%", "Is anything"),
        (f"What's the average of 3, 8, 10, 15 and can you review this function{CODE}", "What's the av", "Can you"),
        (f"Find the mean of 12, 15, 18, 21 and could you check this code for bugs{CODE}", "Find the", "Could you"),
        (f"Give me the range of 7, 2, 9, 4 and would you look over this script{CODE}", "Give me", "Would you"),
        ("What is 20% of 1,500, and can you also summarise this memo: The lift is out. Use the stairs.", "What", "Can"),
        ("Work out 45 times 3, and could you please proofread this: Their going tomorow.", "Work out 45", "Could you"),
        (f"What is 9 squared and can you also check this code{CODE}", "What is 9 squared", "Can you also check"),
        (
            "Summarise this feedback: The room was warm. The coffee ran out early. And check whether it's true that "
            "the hotel has five stars.",
            "Summarise this feedback",
            "Check whether it's true",
        ),
        (
            "Give me the gist of these notes: Sales rose. Costs fell. And can you verify if it's correct that "
            "inflation was 4% last year?",
            "Give me the gist",
            "Can you verify",
        ),
        (
            "Condense this review: The film drags. The ending is strong. And tell me whether it's true that it won "
            "an Oscar.",
            "Condense this review",
            "Tell me whether",
        ),
        (
            "Sum up this email: Parking is free. Lunch is at noon. And let me know if it's really true that parking "
            "in York is free on Sundays.",
            "Sum up this email",
            "Let me know if",
        ),
        (
            "Shorten this: The bins go out Monday. Recycling is Thursday. And find out whether that's true that the "
            "council charges for garden waste.",
            "Shorten this",
            "Find out whether",
        ),
    ],
)
def test_a_second_ask_is_a_part_of_its_own(request_text: str, first: str, second: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 2
    assert pieces[0].text.startswith(first) and pieces[1].text.startswith(second)


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarize this notice: Read the rota. And check whether your name is on it.",
        "Write a note to Sam saying the van is booked and could you pick it up on Friday",
        "Find the mean of 3, 4, 5 and can you round it",
        "Add 5 and 7 and can you double that",
        "Is something like 40% of 90 bigger than 35?",
        "Write a post announcing that our bakery, Crumb & Co, is opening its second shop",
    ],
)
def test_what_asks_one_thing_stays_one_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
