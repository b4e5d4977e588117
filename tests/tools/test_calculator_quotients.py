"""A division asked with its remainder is a whole quotient and what is left, never a decimal ('250 divided by 3 with
remainder' was 83.33); full containers from a count say how many are full and what is left over.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("250 divided by 3 with remainder", "83 remainder 1"),
        ("what is 1000 divided by 7 with a remainder?", "142 remainder 6"),
        ("250 / 3 remainder", "83 remainder 1"),
        ("divide 95 by 4 with remainder", "23 remainder 3"),
        ("what's the quotient and remainder of 250 divided by 3", "83 remainder 1"),
        ("quotient and remainder when 17 is divided by 5", "3 remainder 2"),
        ("12 ÷ 4 with remainder", "3 remainder 0"),
    ],
)
async def test_a_division_with_its_remainder(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "250.5 divided by 3 with remainder",  # no whole remainder to give
        "250 divided by 0 with remainder",
        "250 divided by 3 with remainder plus 2",
    ],
)
async def test_a_remainder_of_no_whole_division_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_the_remainder_alone_is_still_the_modulus():
    assert (await solved("what's the remainder when 250 is divided by 3"))["result"] == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("how many full boxes of 12 from 100 eggs and how many left over", "8 full boxes, 4 eggs left over"),
        ("I have 100 eggs. How many full boxes of 12 can I fill and how many are left over?",
         "8 full boxes, 4 eggs left over"),
        ("I have 100 eggs and boxes hold 12. How many boxes can I fill and how many eggs are left over?",
         "8 full boxes, 4 eggs left over"),
        ("We have 53 cupcakes and they go 6 to a box. How many full boxes, and how many cupcakes left over?",
         "8 full boxes, 5 cupcakes left over"),
        ("Sam packs 75 apples in crates of 8. How many full crates and how many apples left?",
         "9 full crates, 3 apples left over"),
        ("100 eggs into boxes of 12, how many full boxes?", "8 full boxes"),
        ("cupcake boxes hold 6. I have 75 cupcakes. how many boxes can I fill", "12 full boxes"),  # not 13 needed
    ],
)  # fmt: skip
async def test_full_containers_and_what_is_left_over(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I have 100 eggs and 3 are broken. How many full boxes of 12?",
        "I have 100 eggs at £2 a dozen. How many full boxes of 12?",
        "I have 100 eggs and 20 pears. How many full boxes of 12?",
        "egg boxes hold 6 eggs. I have 75 cupcakes. how many boxes can I fill",  # boxes for something else
    ],
)
async def test_full_containers_with_more_to_the_story_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_boxes_needed_are_still_rounded_up():
    assert (await solved("I need 100 eggs and they come in boxes of 12. How many boxes do I need?"))["result"] == 9


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # packs ordered to cover a need: the last one part used, so the count is rounded up ('full bags only' says
        # packs are sold whole; it was read as 'only the full ones', 13, a wrong answer)
        ("need 340 couplers, they come in bags of 25. how many bags do I order, full bags only", 14),
        ("I have 340 couplers, they go in bags of 25. how many full bags can I fill?", 13),
        ("Detergent comes in a 5 litre tub and I use 60ml a wash. How many full washes do I get out of a tub?", 83),
    ],
)
async def test_packs_ordered_are_rounded_up_and_packs_filled_down(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result
