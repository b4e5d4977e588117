"""Round 35: a count at a named success rate (germination, hatch, pass, attendance); the other part, a failure
rate, a second count or a share asked each decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Seeds have an 85% germination rate and I sowed 120. How many should sprout?", 102),
        ("Seeds have an 85% germination rate and I sowed 125. How many should sprout?", 106.25),
        ("The hens' eggs have a 90% hatch rate and we set 40. How many will hatch?", 36),
        ("The course has a pass rate of 92% and 250 students sat the exam. How many are expected to pass?", 230),
        ("Our event has a 70% attendance rate and we invited 300 guests. How many should come?", 210),
        ("The tomato seeds have a 75% germination rate. I planted 48. How many will germinate?", 36),
    ],
)
async def test_a_count_at_a_success_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Seeds have an 85% germination rate and I sowed 120. How many won't sprout?",
        "Seeds have an 85% germination rate and I sowed 120. How many fail to sprout?",
        "Seeds have a 15% failure rate and I sowed 120. How many should sprout?",
        "Seeds have an 85% germination rate and I sowed 120 seeds in 3 trays. How many should sprout?",
        "Seeds have an 85% germination rate and I sowed 120. How many more should sprout?",
        "Seeds have an 85% germination rate. How many should sprout?",
        "Seeds have an 85% germination rate and I sowed 120. How many should sprout in each tray?",
    ],
)
async def test_another_question_declines(request_text: str):
    await refused(request_text)
