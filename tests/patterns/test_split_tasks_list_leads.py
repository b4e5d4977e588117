"""A line above a bulleted list that only announces it ("Three things for tomorrow", "Can you do these for me?") is
no part of its own, and an item that names a text by its kind ("- a text to Leanne saying ...") is an order to
write it."""

from patterns import split_tasks


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_a_lead_that_announces_the_items_is_no_part() -> None:
    request = "Three things for tomorrow\n- what's the mean of 14, 17 and 12\n- email the parents that it's on Friday"
    assert texts(request) == ["What's the mean of 14, 17 and 12", "Email the parents that it's on Friday"]


def test_a_lead_that_points_at_the_items_is_no_part() -> None:
    assert texts("Can you do these for me?\n- What is 45 divided by 0.75\n- Who wrote Emma?") == [
        "What is 45 divided by 0.75",
        "Who wrote Emma?",
    ]


def test_an_item_naming_a_text_is_an_order_to_write_it() -> None:
    request = "Bits for the weekend:\n- what's 9.5% of $18,400\n- a text to Leanne saying the van's booked for Friday"
    assert texts(request)[1] == "Write a text to Leanne saying the van's booked for Friday"
