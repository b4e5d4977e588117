"""Talk around a calculation the calculator can read (issue 9, tuning_everyday_12): a clause of scene-setting
closed by a pause before the problem's first number ('stuck on homework, 3x + 7 = 25'), and a clause of why it is
asked after a closing 'please' ('... please — my calculator has given up.'). Talk that carries a number or a word
that could change the arithmetic still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("stuck on my homework, 4x + 2 = 30, what is x", 7),
        ("revising for the exam tomorrow, 5y - 4 = 16. solve for y", 4),
        ("Helping the grandkids: 2n + 10 = 40, what's n?", 15),
        ("bit rusty on this — 6a = 42, find a", 7),
        ("sorting out the shop, £12.50 times 8", 100),
    ],
)
async def test_a_clause_of_scene_before_the_first_number_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Excluding the tip, 60 / 4",  # a condition on the sum, not a scene
        "Twice a week, £12.50 times 8",  # 'twice' could change the arithmetic
        "stuck on homework, 3x + 7 = 25 and then double it, what is x",  # a step the reading does not place
    ],
)
async def test_a_clause_that_could_change_the_sum_still_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Nine thousand six hundred divided by eight, please — my old calculator has finally given up.", 1200),
        ("2450 / 7 please — the batteries in mine have gone flat.", 350),
        ("What's 15 times 13, please, my phone has died.", 195),
        ("Seventy two divided by nine please - my son has borrowed my calculator.", 8),
    ],
)
async def test_talk_after_a_closing_please_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "2450 / 7 please — and add 5.",  # a step, not talk
        "2450 / 7 please — my calculator has given up, it needs 3 batteries.",  # a number of its own
        "2450 / 7 please — then double it.",
    ],
)
async def test_talk_with_a_number_or_a_step_after_please_still_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("hit 28 mph on the descent!! what's that in km/h", 45.06),
        ("Hit 50 km/h down the hill! what is that in mph?", 31.07),
        ("ran 10 miles!!! what's that in km", 16.09),
        ("the scale said 80 kg!! what's that in pounds", 176.37),
    ],
)
async def test_a_quantity_exclaimed_before_its_conversion_is_read(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["5!! what's that in km", "hit 28!! what's that in km/h"])
async def test_an_exclaimed_number_without_a_unit_still_declines(request_text: str):
    await refused(request_text)
