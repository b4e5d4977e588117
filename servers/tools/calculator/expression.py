"""The calculator's expression tree: what the grammar builds, how it is evaluated, and how it is written back.

Evaluation records the working as it goes ("18% of 86.40 = 15.552", "86.40 + 15.552 = 101.952"), so every
answer can show how it was reached. Runs of ``+ -`` or ``* /`` are one ``Series`` node evaluated in a loop, so a
long chain does not nest (the parser bounds nesting by parentheses, powers and functions).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.functions import CONSTANTS, FUNCTIONS, MAX_FACTORIAL
from servers.tools.calculator.numbers import Real, checked, to_float
from servers.tools.calculator.quantities import Quantity, add, divide, multiply, scaled, show
from servers.tools.inputs import ToolInputError

MAX_STEPS = 40


@dataclass(frozen=True, slots=True)
class Number:
    quantity: Quantity
    text: str  # as the normalised expression writes it: '86.40', '$12', '26.2 miles', '18%'


@dataclass(frozen=True, slots=True)
class Constant:
    name: str


@dataclass(frozen=True, slots=True)
class Variable:
    name: str


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Node


@dataclass(frozen=True, slots=True)
class Series:
    """``first`` then each ``(op, operand)`` applied left to right; ops: + - * / // mod, and +% -% (add or take
    off a percentage of the running value)."""

    first: Node
    rest: tuple[tuple[str, Node], ...]


@dataclass(frozen=True, slots=True)
class Power:
    base: Node
    exponent: Node


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class PercentOf:
    percent: Node
    whole: Node


@dataclass(frozen=True, slots=True)
class Factorial:
    operand: Node


Node = Number | Constant | Variable | Negate | Series | Power | Call | PercentOf | Factorial

_PRECEDENCE = {"+": 1, "-": 1, "+%": 1, "-%": 1, "*": 2, "/": 2, "//": 2, "mod": 2}
_TRIG = frozenset({"sin", "cos", "tan"})
_SHOWN = {"*": "×", "/": "÷"}


def render(node: Node, context: int = 0) -> str:
    """The tree as one line in the calculator's own notation (which it reads back the same way)."""
    match node:
        case Number(text=text):
            return _wrap(text, 3, context) if text.startswith("-") else text  # (-3)^2, not -3^2
        case Constant(name=name) | Variable(name=name):
            return name
        case Negate(operand=operand):
            return _wrap(f"-{render(operand, 3)}", 3, context)
        case Series(first=first, rest=rest):
            level = _PRECEDENCE[rest[0][0]]
            parts = [render(first, level)]
            for op, operand in rest:
                shown = op[0] if op in ("+%", "-%") else op
                parts.append(f"{shown} {render(operand, level + 1)}")
            return _wrap(" ".join(parts), level, context)
        case Power(base=base, exponent=exponent):
            return _wrap(f"{render(base, 5)}^{render(exponent, 3)}", 4, context)
        case Call(name=name, args=args):
            return f"{name}({', '.join(render(a) for a in args)})"
        case PercentOf(percent=percent, whole=whole):
            return _wrap(f"{render(percent, 3)} of {render(whole, 3)}", 2, context)
        case Factorial(operand=operand):
            return f"{render(operand, 5)}!"
    raise TypeError(node)


def _wrap(text: str, level: int, context: int) -> str:
    return f"({text})" if level < context else text


@dataclass
class Evaluation:
    """Evaluates trees to quantities, keeping the working in ``steps``."""

    steps: list[str] = field(default_factory=list[str])
    omitted: int = 0
    strict_angles: bool = False  # in words, sin(30) must say degrees or radians; Python-style input means radians

    def note(self, text: str) -> None:
        if self.recording():
            self.steps.append(text)

    def recording(self) -> bool:
        """Whether another step will be kept; past ``MAX_STEPS`` they are only counted (and not formatted)."""
        if len(self.steps) < MAX_STEPS:
            return True
        self.omitted += 1
        return False

    def working(self) -> list[str]:
        more = [f"… and {self.omitted} more steps"] if self.omitted else []
        return self.steps + more

    def value(self, node: Node) -> Quantity:
        try:
            return self._value(node)
        except ZeroDivisionError:
            raise ToolInputError("division by zero is undefined") from None
        except OverflowError:
            raise ToolInputError("the result is too large to represent (beyond about 1.8e308)") from None

    def _value(self, node: Node) -> Quantity:
        match node:
            case Number(quantity=quantity):
                return quantity
            case Constant(name=name):
                return Quantity(CONSTANTS[name])
            case Variable(name=name):
                raise ToolInputError(f"{name} has no value here; to solve for it, write an equation with '='")
            case Negate(operand=operand):
                inner = self._value(operand)
                return Quantity(-inner.value, inner.measure, inner.percent)
            case Series(first=first, rest=rest):
                total = self._value(first)
                for op, operand in rest:
                    total = self._apply(total, op, self._value(operand))
                return total
            case Power(base=base, exponent=exponent):
                return self._power(self._value(base), self._value(exponent))
            case Call(name=name, args=args):
                values = [self._value(a) for a in args]
                if self.strict_angles and name in _TRIG and values[0].measure is None and not _mentions_pi(args[0]):
                    raise ToolInputError(f"say whether the angle is in degrees or radians, e.g. {name}(30 degrees)")
                return self._call(name, values)
            case PercentOf(percent=percent, whole=whole):
                share, of = self._value(percent), self._value(whole)
                result = scaled(of, share.value)
                if self.recording():
                    self.note(f"{show(share, exact=True)} of {show(of, exact=True)} = {show(result, exact=True)}")
                return result
            case Factorial(operand=operand):
                return self._call("factorial", [self._value(operand)])
        raise TypeError(node)

    def _apply(self, left: Quantity, op: str, right: Quantity) -> Quantity:
        if op in ("+%", "-%"):
            part = scaled(left, right.value)
            result = add(left, part, 1 if op == "+%" else -1)
            if self.recording():
                self.note(f"{show(right, exact=True)} of {show(left, exact=True)} = {show(part, exact=True)}")
                self.note(f"{show(left, exact=True)} {op[0]} {show(part, exact=True)} = {show(result, exact=True)}")
            return result
        if op in ("+", "-"):
            result = add(left, right, 1 if op == "+" else -1)
        elif op == "*":
            result = multiply(left, right)
        elif op == "/":
            result = divide(left, right)
        else:
            result = self._integer_division(left, right, op)
        if self.recording():
            shown = f"{show(left, exact=True)} {_SHOWN.get(op, op)} {show(right, exact=True)}"
            self.note(f"{shown} = {show(result, exact=True)}")
        return result

    def _integer_division(self, left: Quantity, right: Quantity, op: str) -> Quantity:
        if right.measure is not None or (left.measure is not None and op == "//"):
            raise ToolInputError(f"{op} works on plain numbers")
        if right.value == 0:
            raise ToolInputError("division by zero is undefined")
        quotient = left.value // right.value
        value = quotient if op == "//" else left.value - right.value * quotient
        return Quantity(checked(value if isinstance(value, Fraction) else float(value)), left.measure)

    def _power(self, base: Quantity, exponent: Quantity) -> Quantity:
        if exponent.measure is not None or (base.measure is not None and exponent.value != 1):
            raise ToolInputError("I can raise only plain numbers to powers (no units)")
        result = Quantity(numbers.power(base.value, exponent.value))
        if self.recording():
            self.note(f"{show(base, exact=True)}^{show(exponent, exact=True)} = {show(result, exact=True)}")
        return result

    def _call(self, name: str, args: list[Quantity]) -> Quantity:
        if name == "log" and len(args) == 1:
            self.note("log is taken to base 10 (ln is the natural logarithm)")
            name = "log10"
        values = [self._plain_argument(name, a) for a in args]
        result = Quantity(checked(_function(name, values)))
        if name in ("abs", "round", "floor", "ceil", "min", "max") and args and args[0].measure:
            result = Quantity(result.value, args[0].measure)
        if self.recording():
            shown = ", ".join(show(a, exact=True) for a in args)
            self.note(f"{name}({shown}) = {show(result, exact=True)}")
        return result

    def _plain_argument(self, name: str, arg: Quantity) -> Real:
        if arg.measure is None:
            return arg.value
        if arg.measure.dimension == "angle" and name in _TRIG:
            return to_float(arg.value) * float(arg.measure.factor)  # degrees to radians
        if name in ("abs", "round", "floor", "ceil", "min", "max"):
            return arg.value
        raise ToolInputError(f"{name} takes a plain number, not {arg.measure.label()}")


def _mentions_pi(node: Node) -> bool:
    """Whether an angle is written with pi or tau, and so is plainly in radians."""
    match node:
        case Constant(name=name):
            return name in ("pi", "tau")
        case Negate(operand=inner) | Factorial(operand=inner):
            return _mentions_pi(inner)
        case Series(first=first, rest=rest):
            return _mentions_pi(first) or any(_mentions_pi(n) for _, n in rest)
        case Power(base=a, exponent=b) | PercentOf(percent=a, whole=b):
            return _mentions_pi(a) or _mentions_pi(b)
        case Call(args=args):
            return any(_mentions_pi(a) for a in args)
        case _:
            return False


def _function(name: str, values: list[Real]) -> Real:
    """A math function, exact where the answer is rational (sqrt(1764) = 42, cbrt(27/8) = 3/2)."""
    exact = all(isinstance(v, Fraction) for v in values)
    if name in ("sqrt", "cbrt") and len(values) == 1:
        degree = 2 if name == "sqrt" else 3
        if name == "sqrt" and values[0] < 0:
            raise ToolInputError("the square root of a negative number is not a real number")
        return numbers.power(values[0], Fraction(1, degree)) if exact else FUNCTIONS[name](values[0])
    if name == "root" and len(values) == 2:
        return numbers.power(values[0], 1 / values[1] if not exact else Fraction(1) / values[1])
    if name == "factorial":
        (n,) = values
        if not numbers.is_integer(n) or n < 0:
            raise ToolInputError("factorial needs a whole number ≥ 0")
        if n > MAX_FACTORIAL:
            raise ToolInputError(f"factorial({int(n)}) is too large; the limit is factorial({MAX_FACTORIAL})")
        return Fraction(math.factorial(int(n)))
    if exact and name in ("abs", "min", "max", "floor", "ceil"):
        result = {"abs": abs, "min": min, "max": max, "floor": math.floor, "ceil": math.ceil}[name](*values)
        return Fraction(result)
    if exact and name == "round":
        places = int(values[1]) if len(values) > 1 else 0
        return numbers.round_half_up(values[0], places)
    if name in ("gcd", "lcm"):
        if not all(numbers.is_integer(v) for v in values):
            raise ToolInputError(f"{name} needs whole numbers")
        return Fraction(FUNCTIONS[name](*(int(v) for v in values)))
    if name == "log10" and exact and isinstance(values[0], Fraction) and values[0] > 0:
        power = numbers.exact_log10(values[0])
        if power is not None:
            return Fraction(power)
    if name not in FUNCTIONS:
        raise ToolInputError(f"unknown function {name!r}")
    try:
        return float(FUNCTIONS[name](*(to_float(v) for v in values)))
    except (ValueError, TypeError) as exc:
        raise ToolInputError(f"{name} is not defined there ({exc})") from None
