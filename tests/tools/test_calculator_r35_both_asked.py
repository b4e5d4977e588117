"""Paraphrases of two things asked at once (a charge and the total, posts and the gaps between them), answered
both in the text; the near-misses that must decline or answer one thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Bill £72 and 15% tip; what's the tip and what's the total?", "tip £10.80; total £82.80"),
        ("Bill £72 plus a 15% tip; what's the total and what's the tip?", "total £82.80; tip £10.80"),
        ("Price £80. What's 25% off, and what's the sale price?", "£20.00 off; sale price £60.00"),
        ("Meal $45 with an 18% tip. What is the tip and what is the total?", "tip $8.10; total $53.10"),
        ("Laptop $900 plus 8% tax. What's the total and how much is the tax?", "total $972.00; tax $72.00"),
        ("£50 bill, 10% tip. What's the total and the tip?", "total £55.00; tip £5.00"),
        ("Posts every 2.5 m along a 20 m fence, both ends. How many posts and how many panels?",
         "9 posts and 8 panels"),
        ("A 24 m fence with a post every 2.4 m and a post at both ends. How many posts and how many panels do I "
         "need?", "11 posts and 10 panels"),
        ("Fence 18 m long, posts 3 m apart. How many posts and panels?", "7 posts and 6 panels"),
        ("A 30 m hedge line with stakes every 2 m. How many stakes and how many gaps?", "16 stakes and 15 gaps"),
        ("Posts every 2 m along both sides of a 10 m path. How many posts and how many sections?",
         "12 posts and 10 sections"),
        ("Posts every 2.5 m along a 20 m fence, both ends. How many posts?", "9 posts"),
    ],
)  # fmt: skip
async def test_both_asked_are_both_answered(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Bill £60 plus 15% tip, shared equally by 3. What's the tip and the total?",
        "Posts every 2.5 m along a 20 m fence, both ends. How many posts and how many rails?",
        "Posts every 2.5 m along a 20 m fence, both ends. How many posts and how many screws?",
    ],
)
async def test_one_of_two_asked_not_worked_out_declines(request_text: str):
    await refused(request_text)
