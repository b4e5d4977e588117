"""A wrong total or a short count from a loop whose ``try`` adds up and whose handler swallows every error
(``except: pass``): an item whose line raises is skipped without a word. Near-misses: a crash reported (a swallowed
error raises nothing), a narrow handler that does something, and a handler outside any running total are not
given as the cause."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _python(code: str, ask: str) -> str:
    return f"{ask}\n```python\n{code}\n```"


TILL = (
    "def total(order):\n    prices = {'fish': 8.5, 'chips': 3.2, 'pie': 4.0}\n    t = 0\n    for item in order:\n"
    "        try:\n            t += prices[item]\n        except:\n            pass\n    return t"
)
ROWS = (
    "def count_valid(rows):\n    n = 0\n    for row in rows:\n        try:\n            if float(row['amount']) > 0:\n"
    "                n += 1\n        except Exception:\n            pass\n    return n"
)


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (TILL, "it keeps giving the wrong totals when somebody orders a single fish. Can ye have a look?"),
        (TILL, "Why is the till total wrong for some orders?"),
        (ROWS, "the count of valid rows is too low, why?"),
        (ROWS, "Kindly review this function; it returns the wrong count for our spreadsheet."),
    ],
)
async def test_a_wrong_total_is_traced_to_a_swallowed_error_in_the_loop(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "skipped without a word" in text and "except" in text


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (TILL, "this crashes with a TypeError, why?"),
        (
            "def total(order):\n    t = 0\n    for item in order:\n        try:\n            t += item['price']\n"
            "        except KeyError:\n            t += 0\n    return t",
            "the total is wrong",
        ),
        (
            "def load(path):\n    try:\n        return open(path).read()\n    except:\n        pass\n\n"
            "def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t",
            "the total is wrong",
        ),
    ],
)
async def test_a_swallowed_error_outside_a_running_total_is_not_the_cause(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert "skipped without a word" not in text
