"""A safe arithmetic evaluator: Python's expression grammar over a whitelist, never ``eval``.

The expression is parsed with ``ast`` and walked node by node; anything not listed (attribute access, names other
than the math constants, calls other than the whitelisted functions, comprehensions, lambdas) is refused. Size is
checked *before* work: a power whose result would exceed ``MAX_DIGITS`` digits (``9**9**9``) and a factorial past
``MAX_FACTORIAL`` are refused at once instead of freezing the server.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable

from servers.tools.inputs import ToolInputError

MAX_EXPRESSION_CHARS = 1_000
MAX_DIGITS = 10_000
MAX_FACTORIAL = 1_000

Number = int | float

_BINARY: dict[type[ast.operator], Callable[[Number, Number], Number]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}
_UNARY: dict[type[ast.unaryop], Callable[[Number], Number]] = {ast.UAdd: operator.pos, ast.USub: operator.neg}


def _factorial(n: Number) -> int:
    if isinstance(n, float) and not n.is_integer() or n < 0:
        raise ToolInputError("factorial needs a whole number ≥ 0")
    if n > MAX_FACTORIAL:
        raise ToolInputError(f"factorial({int(n)}) is too large; the limit is factorial({MAX_FACTORIAL})")
    return math.factorial(int(n))


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
    "abs": abs,
    "round": round,
    "floor": math.floor,
    "ceil": math.ceil,
    "factorial": _factorial,
    "gcd": math.gcd,
    "lcm": math.lcm,
    "min": min,
    "max": max,
    "hypot": math.hypot,
}
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf}


def normalize(expression: str) -> str:
    """Accept the way people write arithmetic: ``^`` for powers, ``×``/``÷``, thousands separators."""
    text = expression.strip().rstrip("=?").strip()
    text = text.replace("^", "**").replace("×", "*").replace("÷", "/").replace("−", "-")
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 2,340 -> 2340, while f(1, 2) keeps its comma
    return text


def evaluate(expression: str) -> Number:
    """The value of an arithmetic expression, or a ToolInputError that says what is wrong with it."""
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise ToolInputError(f"expression is too long ({len(expression):,} characters; limit {MAX_EXPRESSION_CHARS})")
    text = normalize(expression)
    if not text:
        raise ToolInputError("expression is empty")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ToolInputError(f"cannot parse {expression!r}: {exc.msg} at column {exc.offset}") from None
    try:
        value = _eval(tree.body)
    except ZeroDivisionError:
        raise ToolInputError("division by zero") from None
    except OverflowError:
        raise ToolInputError("the result is too large to represent") from None
    except (ValueError, TypeError) as exc:
        if isinstance(exc, ToolInputError):
            raise
        raise ToolInputError(f"math error: {exc}") from None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _eval(node: ast.expr) -> Number:
    match node:
        case ast.Constant(value=bool()):
            raise ToolInputError("booleans are not numbers here")
        case ast.Constant(value=int() | float() as value):
            return value
        case ast.Name(id=name) if name in CONSTANTS:
            return CONSTANTS[name]
        case ast.Name(id=name):
            raise ToolInputError(f"unknown name {name!r}; known constants: {', '.join(CONSTANTS)}")
        case ast.UnaryOp(op=op, operand=operand) if type(op) in _UNARY:
            return _UNARY[type(op)](_eval(operand))
        case ast.BinOp(left=left, op=ast.Pow(), right=right):
            return _power(_eval(left), _eval(right))
        case ast.BinOp(left=left, op=op, right=right) if type(op) in _BINARY:
            return _BINARY[type(op)](_eval(left), _eval(right))
        case ast.Call(func=ast.Name(id=name), args=args, keywords=[]) if name in FUNCTIONS:
            return FUNCTIONS[name](*(_eval(a) for a in args))
        case ast.Call(func=ast.Name(id=name)):
            raise ToolInputError(f"unknown function {name!r}; known: {', '.join(sorted(FUNCTIONS))}")
    raise ToolInputError(f"{type(node).__name__} is not allowed in an arithmetic expression")


def _power(base: Number, exponent: Number) -> Number:
    # Estimate the size of the result from logarithms before computing it.
    if base not in (0, 1, -1) and exponent > 0:
        digits = exponent * math.log10(abs(base)) if base != 0 else 0
        if digits > MAX_DIGITS:
            raise ToolInputError(
                f"the result would have about {digits:,.0f} digits; the limit is {MAX_DIGITS:,} digits"
            )
    return base**exponent
