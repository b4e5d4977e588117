"""Index loops that never visit the first item (``range(1, len(xs))`` reading only ``xs[i]``) are reported with
the item left out, the way people name it ("the first one", "index 0", "off-by-one"); loops that start at 1 on
purpose (comparing neighbours, seeded from ``xs[0]``, skipping a header the code reads itself) are not."""

from __future__ import annotations

import pytest

from tests.tools.test_code_reviewer_requests import answered

pytestmark = pytest.mark.anyio


def fenced(code: str, tag: str = "python") -> str:
    return f"```{tag}\n{code}\n```"


SKIPS_FIRST = [
    (
        "this should add up all the scores, can you check it?",
        "def total(scores):\n    s = 0\n    for i in range(1, len(scores)):\n        s += scores[i]\n    return s",
        3,
    ),
    (
        "my count of overdue books is always one short, why?",
        "def overdue(books):\n    n = 0\n    for k in range(1, len(books)):\n        if books[k].late:\n"
        "            n += 1\n    return n",
        3,
    ),
    (
        "review please",
        "def shout(words):\n    out = []\n    for i in range(1, len(words)):\n        out.append(words[i].upper())\n"
        "    return out",
        3,
    ),
    (
        "the first guest never gets an email, what's wrong?",
        "def invite(guests, send):\n    for i in range(1, len(guests)):\n        send(guests[i])",
        2,
    ),
    (
        "any bugs?",
        "class Basket:\n    def __init__(self, items):\n        self.items = items\n\n    def weight(self):\n"
        "        w = 0\n        for j in range(1, len(self.items)):\n            w += self.items[j].kg\n"
        "        return w",
        7,
    ),
    (
        "Is this right? It prints every line of the poem",
        "def recite(lines):\n    for n in range(1, len(lines)):\n        print(lines[n])",
        2,
    ),
]


@pytest.mark.parametrize(("ask", "code", "line"), SKIPS_FIRST)
async def test_a_loop_that_starts_at_one_is_reported_as_skipping_the_first_item(ask: str, code: str, line: int):
    text, findings = await answered(f"{ask}\n{fenced(code)}")
    assert (line, "loop-skips-first") in findings, text
    assert "first item" in text and "[0]" in text


STARTS_AT_ONE_ON_PURPOSE = [
    # neighbours compared: the first is read as xs[i - 1]
    "def rises(xs):\n    n = 0\n    for i in range(1, len(xs)):\n        if xs[i] > xs[i - 1]:\n            n += 1\n"
    "    return n",
    # seeded from the first item
    "def biggest(xs):\n    best = xs[0]\n    for i in range(1, len(xs)):\n        if xs[i] > best:\n"
    "            best = xs[i]\n    return best",
    # the header row read on its own
    "def rows(lines):\n    header = lines[0]\n    out = []\n    for i in range(1, len(lines)):\n"
    "        out.append(dict(zip(header, lines[i])))\n    return out",
    # counting from 1 over a number, not a collection's positions
    "def factorial(n):\n    f = 1\n    for i in range(1, n + 1):\n        f *= i\n    return f",
    # the whole list, from index 0
    "def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        s += xs[i]\n    return s",
    # a running sum that writes back into the list
    "def running(xs):\n    for i in range(1, len(xs)):\n        xs[i] += xs[i - 1]\n    return xs",
]


@pytest.mark.parametrize("code", STARTS_AT_ONE_ON_PURPOSE)
async def test_a_loop_that_starts_at_one_on_purpose_is_not_reported(code: str):
    text, findings = await answered(f"review this\n{fenced(code)}")
    assert not [f for f in findings if f[1] == "loop-skips-first"], text
