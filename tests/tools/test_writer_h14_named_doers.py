"""What someone did, told of them with their role set off by commas before the ask ("Our plumber, Dave, fixed the
leak on a Sunday night. Can you write him a thank you note?"): the note thanks them by name for it, said to them;
an ask for anything but thanks is still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "name", "said"),
    [
        (
            "Our plumber, Dave, fixed the leak on a Sunday night. Can you write him a thank you note?",
            "Dave",
            "You fixed the leak on a Sunday night.",
        ),
        ("My neighbour, Rosa, fed our cat all week. Write her a thank-you card.", "Rosa", "You fed our cat all week."),
        (
            "Our builder, Tomasz, finished the extension two weeks early. Please write him a thank you email.",
            "Tomasz",
            "You finished the extension two weeks early.",
        ),
        (
            "My colleague, Ifeoma, covered my shifts while I was ill. Could you write her a quick thank you message?",
            "Ifeoma",
            "You covered my shifts while I was ill.",
        ),
        (
            "Our childminder, Beth, took the kids to the park on Saturday. Write her a short thank you note.",
            "Beth",
            "You took the kids to the park on Saturday.",
        ),
        (
            "My manager, Clare, approved my leave. Can you write her a thank you note?",
            "Clare",
            "You approved my leave.",
        ),
    ],
)
async def test_a_named_doer_set_off_by_commas_is_thanked(request_text: str, name: str, said: str) -> None:
    text = await drafted(request_text)
    assert f"{name}," in text and said in text and "Thank you" in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Our plumber, Dave, fixed the leak on a Sunday night. Can you write him a complaint?",
        "Our plumber, Dave, fixed the leak on a Sunday night. Can you write him a reminder?",
    ],
)
async def test_an_ask_for_no_thanks_is_still_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
