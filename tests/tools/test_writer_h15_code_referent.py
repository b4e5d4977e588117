"""Code handed over with a message that says something of its own ("a short message to my colleague Ben saying
I've looked at it") is only what "it" is: the message says its clause, and none of the code. A text that would
have to say something of the code (explain it, say what it does) is still declined: offline the writer does not
read code."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

PYTHON = (
    '```python\ndef get_order(db, order_id):\n    return db.execute(f"SELECT * FROM orders WHERE id = {order_id}")\n```'
)
JS = "```js\nfunction add(a, b) { return a + b; }\n```"


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            f"Write a short message to my colleague Ben saying I've looked at it:\n{PYTHON}",
            "Hello Ben,",
            "I've looked at it.",
        ),
        (
            f"Send a quick note to Priya saying the function looks fine to me:\n{JS}",
            "Hello Priya,",
            "The function looks fine to me.",
        ),
        (
            f"write an email to Omar saying I have reviewed his code:\n\n{PYTHON}",
            "Hello Omar,",
            "I have reviewed your code.",
        ),
        (
            f"Write a message to the team saying the patch is ready to merge:\n{JS}",
            "Hello team,",
            "The patch is ready to merge.",
        ),
        (f"Draft an email to Ms Lee telling her I'll fix it tomorrow:\n{PYTHON}", "Ms Lee", "fix it tomorrow"),
        (
            f"Write a short note to Sam saying I checked it and it works:\n{JS}",
            "Hello Sam,",
            "I checked it and it works.",
        ),
    ],
)
async def test_a_message_that_says_its_own_clause_leaves_the_code_out(
    request_text: str, greeting: str, said: str
) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text
    assert "def " not in text and "function add" not in text and "SELECT" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Write an email to Ben explaining this function:\n{PYTHON}",
        f"Write a note to Ben saying what this does:\n{JS}",
        f"Write a short note to the team:\n{PYTHON}",
        f"Write a message to Priya about it:\n{JS}",
    ],
)
async def test_a_text_that_would_say_something_of_the_code_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "source code" in said
