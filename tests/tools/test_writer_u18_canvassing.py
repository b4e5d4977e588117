"""A request to gather opinions, or one put to the agents themselves ("Ask every agent what they personally think of
the new bypass and collect their opinions"), is no text to write: it is declined (it was written up as an email,
"Could you help with every agent what they personally think ..."). A request to write a text for someone is still
written."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Ask every agent what they personally think of the new bypass and collect their opinions.",
        "Ask the team what they think of the new rota",
        "Poll each of the agents on how they feel about remote work.",
        "Could you ask all the agents what they reckon about the new logo and gather their views?",
        "Ask the other assistants what they make of the council's parking plan.",
        "Go and survey the committee about what they think of the new kit, then collect their thoughts.",
        "please check with my flatmates how they feel about getting a cat",
        "Get every agent to give its honest take on the 2026 budget and gather their verdicts.",
    ],
)
async def test_gathering_opinions_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "not to write a text" in said or "does not ask me to write anything" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Ask my landlord to fix the boiler by Friday", "fix the boiler by Friday"),
        (
            "Write an email to the volunteers saying the litter pick is on Sunday at 10am.",
            "The litter pick is on Sunday at 10am",
        ),
    ],
)
async def test_a_text_for_someone_is_still_written(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)
