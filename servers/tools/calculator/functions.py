"""The functions and constants the calculator knows, and how big a number it will work with.

The grammar (grammar.py) reads these names; evaluation (expression.py, numbers.py) checks size *before* work: a
power whose result would exceed ``MAX_DIGITS`` digits (``9**9**9``) and a factorial past ``MAX_FACTORIAL`` are
refused at once instead of freezing the server.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from servers.tools.inputs import ToolInputError

MAX_DIGITS = 10_000
MAX_FACTORIAL = 1_000

Number = int | float


def _factorial(n: Number) -> int:
    if isinstance(n, float) and not n.is_integer() or n < 0:
        raise ToolInputError("factorial needs a whole number ≥ 0")
    if n > MAX_FACTORIAL:
        raise ToolInputError(f"factorial({int(n)}) is too large; the limit is factorial({MAX_FACTORIAL})")
    return math.factorial(int(n))


def _round(x: Number, places: Number = 0) -> Number:
    if isinstance(places, float) and not places.is_integer():
        raise ToolInputError("the number of decimal places must be whole")
    return round(x, int(places)) if places else round(x)


def _least(*values: Number) -> Number:
    return min(values)


def _greatest(*values: Number) -> Number:
    return max(values)


FUNCTIONS: dict[str, Callable[..., Number]] = {
    "sqrt": math.sqrt,
    "cbrt": math.cbrt,
    "exp": math.exp,
    "ln": math.log,
    "log": math.log,
    "log10": math.log10,
    "log2": math.log2,
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "asin": math.asin,
    "acos": math.acos,
    "atan": math.atan,
    "sinh": math.sinh,
    "cosh": math.cosh,
    "tanh": math.tanh,
    "degrees": math.degrees,
    "radians": math.radians,
    "abs": math.fabs,
    "round": _round,
    "floor": math.floor,
    "ceil": math.ceil,
    "factorial": _factorial,
    "gcd": math.gcd,
    "lcm": math.lcm,
    "min": _least,
    "max": _greatest,
    "hypot": math.hypot,
}
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf}
