"""An ultimatum in a text to be made polite ("... or don't expect payment this month", "... or you won't be paid",
"..., otherwise I'll ..."): the order becomes a request and the threat goes, its consequence kept as a plain,
polite statement; an "or else" or "otherwise" that offers a choice or a plan is no threat."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "Can you make this sound more polite? Send me the invoice by tomorrow or don't expect payment this month.",
            ["invoice by tomorrow", "payment this month"],
            "don't expect",
        ),
        (
            "Make this more polite: Get the report to me by Friday or don't expect a good reference.",
            ["report to me by Friday", "a good reference"],
            "don't expect",
        ),
        (
            "Could you rewrite this politely? Return the keys by Monday or don't expect your deposit back.",
            ["keys by Monday", "deposit back"],
            "don't expect",
        ),
        (
            "Can you make this more polite? Send the signed contract today otherwise don't expect us to start on "
            "Monday.",
            ["signed contract today", "we may not be able to start on Monday"],
            "don't expect",
        ),
        (
            "Make this polite: Send me the timesheet by 5pm or you won't be paid this week.",
            ["timesheet by 5pm", "you may not be paid this week"],
            "won't",
        ),
        (
            "Make this polite: Book by Friday or you can't come on the trip.",
            ["book by Friday", "may not be able to come on the trip"],
            "can't come",
        ),
        (
            "Make this polite: Finish the slides tonight, otherwise I'll present without them.",
            ["finish the slides tonight", "present without them"],
            "I'll",
        ),
    ],
)
async def test_an_ultimatum_becomes_a_request_and_a_polite_consequence(
    request_text: str, kept: list[str], gone: str
) -> None:
    text = await drafted(request_text, tool="rewrite")
    assert all(k.lower() in text.lower() for k in kept), text
    assert gone.lower() not in text.lower()
    assert " or " not in text.lower() and "otherwise i'll" not in text.lower()
    assert text.startswith("Could you please")


async def test_or_else_offering_a_choice_is_no_threat() -> None:
    assert "nothing to change" in await declined_by_writer(
        "Make this friendlier: Would you like tea, or else coffee?", tool="rewrite"
    )


async def test_otherwise_after_a_plan_is_no_threat() -> None:
    assert "nothing to change" in await declined_by_writer(
        "Make this more polite: I'll bring the cake, otherwise we'll buy one.", tool="rewrite"
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make this polite: Either reply today or don't bother.", "Could you please reply today? Thank you."),
        (
            "Make this polite: Either send the invoice by Friday or don't expect payment this month.",
            "Could you please send the invoice by Friday? Otherwise I'm afraid I can't promise payment this month. "
            "Thank you.",
        ),
    ],
)
async def test_either_goes_with_the_ultimatum_it_opened(request_text: str, expected: str) -> None:
    assert await drafted(request_text, tool="rewrite") == expected
