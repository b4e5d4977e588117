"""A remark after the question on the form its answer may take. One that allows what the answer is anyway ('a decimal
answer is fine', 'rough is ok', 'no need to be exact') is set aside; one that asks for places ('to 2 dp please',
'round to the nearest whole number', '? 2 dp please') is honoured; one that asks for another form, or is negated,
is not read."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many feet is 180 cm? a decimal answer is fine", 5.9055),
        ("How many feet is 180 cm? rough is ok", 5.9055),
        ("how many km is 26.2 miles - ballpark figure will do", 42.1648),
        ("how many km is 26.2 miles (decimals are fine)", 42.1648),
        ("What's 1/3 + 1/4? a decimal answer is fine", 0.58333),
        ("How many pounds is 70 kg? no need to be exact, thanks", 154.32),
        ("convert 5 miles to km, decimal's fine", 8.04672),
        ("How many litres is 3 gallons? just a rough figure", 11.3562),
        ("What's 15% of 73? near enough is fine", 10.95),
        ("How many feet is 180 cm? thanks, an estimate is fine", 5.9055),
    ],
)
async def test_a_remark_allowing_the_answers_form_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("How many feet is 180 cm, to 2 dp please", "5.91 feet"),
        ("180 cm in feet, to 2 dp please", "5.91 feet"),
        ("How many feet is 180 cm? round it to 1 dp", "5.9 feet"),
        ("How many feet is 180 cm? 2 dp please", "5.91 feet"),
        ("How many feet is 180 cm? 2 decimal places is fine", "5.91 feet"),
        ("How many feet is 180 cm? round to nearest whole number", "6 feet"),
        ("How many miles is 42 km? Round to the nearest whole number.", "26 miles"),
        ("How many feet is 180 cm? just round it to the nearest tenth", "5.9 feet"),
        ("How many feet is 180 cm? give me the answer to 2 dp", "5.91 feet"),
        ("How many feet is 180 cm? a decimal answer is fine, to 2 dp please", "5.91 feet"),
        ("what's 17.5% of 249.99, to the nearest cent", "43.75"),
    ],
)
async def test_places_asked_after_the_question_are_honoured(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "How many feet is 180 cm? as a fraction please",
        "How many feet is 180 cm? in feet and inches please",
        "How many feet is 180 cm? a decimal answer isn't fine",
        "How many feet is 180 cm? decimal please",  # asked for, and an answer may be a fraction
        "How many feet is 180 cm? to 2 significant figures",
        "How many feet is 180 cm? a decimal answer is fine for 3 people",
    ],
)
async def test_a_remark_asking_another_form_is_declined(request_text: str):
    await refused(request_text)
