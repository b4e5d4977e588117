"""Whether the asker may take a medicine is advice for one person, a pharmacist's or doctor's to give: the
researcher declines it with that reason, even when a note shares its words (blood pressure). Questions about a
medicine or a condition in general are still answered from the notes."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "Can I take ibuprofen with my blood pressure tablets?",
        "Is it safe for my son to have paracetamol with a cold?",
        "How much aspirin should I take for a headache?",
        "Should I still take my statins if I feel fine?",
        "Could we give our daughter antihistamines before the flight?",
    ],
)
async def test_whether_to_take_a_medicine_is_declined_as_advice(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "pharmacist or doctor" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can antibiotics kill viruses?", "Antibiotics do not kill viruses"),
        ("What is high blood pressure?", "140/90"),
        ("Who discovered penicillin?", "Fleming"),
    ],
)
async def test_questions_about_medicines_in_general_are_still_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)
