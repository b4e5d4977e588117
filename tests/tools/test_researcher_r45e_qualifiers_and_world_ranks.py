"""Round 45: a superlative ranked "on Earth" or "on the planet" asks no figure of the Earth, and a qualifier that
only says the ordinary case ("a normal pregnancy", "a typical adult") names nothing a note must repeat; the
starter notes say the everyday figures people ask for (a resting heart rate, an Olympic pool's length) in the
words people use."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("what's the deepest lake on earth", "Baikal"),
        ("Which is the deepest ocean on the planet?", "Pacific"),
        ("what is the largest desert on earth", "Antarctica"),
        ("how long is a normal full term pregnancy in weeks? settling an argument with a student", "40 weeks"),
        ("How long is a typical human pregnancy?", "40 weeks"),
        ("What is a normal resting heart rate for an adult? The nurses were on about it.", "60 to 100"),
        ("what's the normal resting heart rate of an adult", "60 to 100"),
        ("how long is an olympic size swimming pool? kid asked me today", "50 metres"),
    ],
)
async def test_a_ranked_or_ordinary_question_is_answered(tmp_path, request_text: str, expected: str) -> None:
    assert expected in await researched(tmp_path, request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "what's the deepest lake on Mars",
        "what is the surface temperature of the earth",
        "how long is a normal pregnancy for a giraffe?",
        "What is a normal resting heart rate for a horse?",
        "how many teeth does an adult shark have?",
        "how deep is an olympic size swimming pool?",
    ],
)
async def test_an_uncovered_subject_or_figure_is_declined(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
    assert error_text(result)
