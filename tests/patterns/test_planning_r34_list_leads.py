"""Round 34: leads above a bulleted list, in other words, and items that name a text to write; and leads and items
that ask something of their own."""

import pytest

from patterns import split_tasks

ITEMS = "\n- what is 12 times 7\n- who painted the Mona Lisa"


@pytest.mark.parametrize(
    "lead",
    [
        "Three things for tomorrow",
        "Two jobs for this afternoon",
        "Can you do these for me?",
        "Could you sort these out please",
        "Please handle the following",
        "A few questions for you",
        "Can you help with these",
    ],
)
def test_a_lead_that_only_announces_the_items_is_no_part(lead: str) -> None:
    assert [p.text for p in split_tasks(f"{lead}{ITEMS}")] == ["What is 12 times 7", "Who painted the Mona Lisa"]


@pytest.mark.parametrize(
    ("item", "order"),
    [
        ("a text to Leanne saying the van is ready", "Write a text to Leanne saying the van is ready"),
        ("an email to the parents that school shuts at 2", "Write an email to the parents that school shuts at 2"),
        ("a note for Sam about the late delivery", "Write a note for Sam about the late delivery"),
        ("a short poem about autumn", "Write a short poem about autumn"),
        ("a thank-you card for our neighbour", "Write a thank-you card for our neighbour"),
        ("a reminder to the team about Friday's meeting", "Write a reminder to the team about Friday's meeting"),
    ],
)
def test_an_item_that_names_a_text_is_an_order_to_write_it(item: str, order: str) -> None:
    pieces = split_tasks(f"Two things:\n- what is 12 times 7\n- {item}")
    assert pieces[-1].text == order


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a poem about autumn\n- use rhyme\n- keep it short",
        "Summarise the meeting for the team\n- budget approved\n- launch moved to May",
    ],
)
def test_a_lead_that_asks_something_itself_stays(request_text: str) -> None:
    assert split_tasks(request_text)[0].text.startswith(request_text.split("\n")[0])
