"""Regrets asked without naming a text ("I need to politely decline my cousin Aisha's wedding on 21 June, I'm
working that weekend and can't swap. Say I'll send a gift and I'm gutted to miss it."): a message to the one whose
event it is, saying the writer won't be able to come, then the writer's reasons and words said to them; an offer
(no event) or anything but the writer's own statements is not read this way."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "I need to politely decline my cousin Aisha's wedding on 21 June, I'm working that weekend and can't "
            "swap. Say I'll send a gift and I'm gutted to miss it.",
            "Hello Aisha,",
            [
                "Unfortunately, I won't be able to come to your wedding on 21 June.",
                "I'm working that weekend and can't swap.",
                "I'll send a gift.",
                "I'm gutted to miss it.",
            ],
        ),
        (
            "I have to turn down my boss Karen's leaving do on Friday. I'm on holiday that week.",
            "Hello Karen,",
            ["I won't be able to come to your leaving do on Friday.", "I'm on holiday that week."],
        ),
        (
            "I need to kindly decline my friend Oli's 40th birthday party on 9 May. I'll be in Spain. Say I'll take "
            "him out for dinner when I'm back.",
            "Hello Oli,",
            ["your 40th birthday party on 9 May.", "I'll be in Spain.", "I'll take you out for dinner when I'm back."],
        ),
        (
            "I need to say no to Priya's hen do in Dublin, I can't afford the flights.",
            "Hello Priya,",
            ["I won't be able to come to your hen do in Dublin.", "I can't afford the flights."],
        ),
        (
            "I want to decline Sam's housewarming on Saturday, I'm ill.",
            "Hello Sam,",
            ["I won't be able to come to your housewarming on Saturday.", "I'm ill."],
        ),
        (
            "I'd like to decline Maya's leaving drinks on Thursday. I've got a dentist appointment. Tell her I'll "
            "miss her.",
            "Hello Maya,",
            ["your leaving drinks on Thursday.", "I've got a dentist appointment.", "I'll miss you."],
        ),
    ],
)
async def test_regrets_for_someones_event_are_written_to_them(
    request_text: str, greeting: str, said: list[str]
) -> None:
    text = await drafted(request_text)
    assert greeting in text and all(s in text for s in said), text


@pytest.mark.parametrize(
    "request_text",
    [
        "I need to politely decline Aisha's wedding on 21 June. Can you write it as a poem?",
        "I need to politely decline my cousin Aisha's wedding on 21 June.",
    ],
)
async def test_regrets_with_another_ask_or_nothing_to_say_are_declined(request_text: str) -> None:
    await declined_by_writer(request_text)


async def test_an_offer_is_no_event_to_send_regrets_for() -> None:
    text = await drafted("I need to decline Tom's offer, I've taken another job.")
    assert "come to" not in text
