"""Linear equations in one or more unknowns, solved exactly with the working shown.

"Solve for x: 3x + 7 = 25", "if 2x - 4 = 10, what is x?", "find x and y: 2x + y = 7 and x - y = 2". Each side is
read by the arithmetic grammar with the unknowns as variables, then reduced to a linear form (a coefficient per
unknown and a constant). Anything not linear in the unknowns (x², x·y, 1/x, sqrt(x)) is declined, never guessed;
a system with no solution or infinitely many says so.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import (
    Call,
    Constant,
    Evaluation,
    Factorial,
    Negate,
    Node,
    Number,
    PercentOf,
    Power,
    Series,
    Variable,
    render,
)
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

Linear = dict[str, Real]  # unknown -> coefficient; "" -> the constant term
_EQUALS = [("=",), ("equals",), ("is", "equal", "to"), ("equal", "to"), ("==",)]
_LEADS = [("solve", "for"), ("solve",), ("find",), ("what", "is"), ("what", "are"), ("what's",), ("for",)]
_THEN = [("if",), ("when",), ("where",), ("given",), ("given", "that"), ("such", "that"), ("in",), (":",), (",",)]
_ASK = [("what", "is"), ("what", "are"), ("what's",), ("find",), ("solve", "for"), ("then", "what", "is")] + [
    ("then", "find"),
    ("how", "much", "is"),
]
MAX_UNKNOWNS = 10


def solve_equation(tokens: list[Token], start: int) -> Solution | None:
    if not any(t.text in ("=", "==") or t.word in ("equals",) or t.word == "equal" for t in tokens[start:]):
        return None
    letters = {t.word for t in tokens[start:] if t.kind == "word" and len(t.word) == 1 and t.word.isalpha()}
    unknowns = frozenset({w for w in letters - {"e"} if w not in ("a", "i") or _used_in_algebra(tokens, start, w)})
    parser = Parser(tokens, _past_remark(tokens, start, unknowns), variables=unknowns)
    named: list[str] = []
    parser.take_any([*_LEADS, ("if",), ("given",), ("suppose",)])
    if parser.peek().word in unknowns:  # "x and y: ..." names the unknowns before the equations
        mark = parser.i
        named = _names(parser, unknowns)
        if not parser.take_any(_THEN):
            parser.i, named = mark, []
    equations = [_equation(parser)]
    while parser.take(",") or parser.take("and") or parser.take(";"):
        if parser.take_any(_ASK):
            named = named or _names(parser, unknowns)
            break
        equations.append(_equation(parser))
    if any(parser.at(".", *ask) for ask in _ASK):
        parser.take(".")  # '3x + 7 = 31. What is x?': the question as a sentence of its own
    if parser.take_any(_ASK) or parser.take("for") or parser.take("solve", "for"):
        named = named or _names(parser, unknowns)
    if not parser.at_end():
        raise parser.fail("another equation or the end of the request")
    return _solve(equations, named)


_REMARK_MARKS = frozenset({",", ".", ":", ";", "!", "-", "(", ")"})
_CONDITIONS = frozenset("if when where given suppose supposing assume assuming unless but except only".split())


def _past_remark(tokens: list[Token], start: int, unknowns: frozenset[str]) -> int:
    """'Pub quiz question that's been bugging me all morning, solve 4x - 7 = 2x + 19 for x': words before 'solve'
    or 'find' with no number, no unknown and no condition in them say why it is asked, and change no equation;
    the equation is read from its 'solve'. Otherwise from ``start``."""
    for k in range(start + 1, len(tokens)):
        token = tokens[k]
        if token.word in ("solve", "find") and tokens[k - 1].text in (",", ".", ":", ";", "!", "-"):
            return k
        plain = token.kind == "word" and token.word not in unknowns and token.word not in _CONDITIONS
        if not (plain or token.text in _REMARK_MARKS):
            return start
    return start


def _used_in_algebra(tokens: list[Token], start: int, letter: str) -> bool:
    """'a' and 'i' are usually words; they are unknowns when an operator or a coefficient stands next to them."""
    operators = {"+", "-", "*", "/", "=", "^", "(", ")"}
    for i in range(start, len(tokens) - 1):
        if tokens[i].word == letter:
            before, after = tokens[i - 1] if i > start else tokens[-1], tokens[i + 1]
            if before.text in operators or after.text in operators or before.kind == "number" and tokens[i].attached:
                return True
    return False


def _names(parser: Parser, unknowns: frozenset[str]) -> list[str]:
    names: list[str] = []
    while parser.peek().word in unknowns:
        names.append(parser.peek().word)
        parser.i += 1
        if not (parser.take(",") or parser.take("and")):
            break
    if not names:
        raise parser.fail("the unknown to solve for")
    return names


def _equation(parser: Parser) -> tuple[Node, Node]:
    left = parser.sum()
    if not parser.take_any(_EQUALS):
        raise parser.fail("'='")
    return left, parser.sum()


def _solve(equations: list[tuple[Node, Node]], named: list[str]) -> Solution:
    rows: list[Linear] = []
    for left, right in equations:
        text = f"{render(left)} = {render(right)}"
        row = _subtract(_linear(left, text), _linear(right, text))
        rows.append(row)
    unknowns = list(dict.fromkeys(name for row in rows for name in row if name))
    if not unknowns:
        raise ToolInputError("there is no unknown to solve for in that equation")
    if len(unknowns) > MAX_UNKNOWNS:
        raise ToolInputError(f"I solve at most {MAX_UNKNOWNS} unknowns at once")
    missing = sorted(set(named) - set(unknowns))
    if missing:
        raise ToolInputError(f"{', '.join(missing)} does not appear in the equations")
    unknowns = [*named, *(n for n in unknowns if n not in named)]  # the ones asked for come first
    steps = [f"{_form(row, unknowns)} = {numbers.format_number(-row.get('', 0))}" for row in rows]
    solution = _eliminate(rows, unknowns)
    expression = "; ".join(f"{render(left)} = {render(right)}" for left, right in equations)
    if solution is None:
        return Solution("no solution: the equations contradict each other", None, "equations", expression, steps)
    if isinstance(solution, str) and len(unknowns) == 1:
        return Solution(f"every value of {unknowns[0]} satisfies it", None, "equations", expression, steps)
    if isinstance(solution, str):
        raise ToolInputError(
            f"{solution}: there are infinitely many solutions; give as many independent equations as unknowns"
        )
    if len(unknowns) == 1 and len(rows) == 1:
        (name,) = unknowns
        a, b = rows[0][name], -rows[0].get("", 0)
        steps = [f"{_form(rows[0], unknowns)} = {numbers.format_number(b)} (unknown on the left, numbers on the right)"]
        steps.append(f"{name} = {numbers.format_number(b)} ÷ {_coefficient(a)} = "
                     f"{numbers.format_number(solution[name])}")  # fmt: skip
    else:
        steps.append("elimination gives " + ", ".join(f"{n} = {numbers.format_number(solution[n])}" for n in unknowns))
    given = ", ".join(f"{n} = {numbers.format_number(solution[n])}" for n in unknowns)
    for left, right in equations:
        sides = [numbers.format_number(_at(_linear(side, ""), solution)) for side in (left, right)]
        steps.append(f"check with {given}: {render(left)} = {sides[0]} and {render(right)} = {sides[1]}")
    answer = ", ".join(f"{n} = {numbers.format_number(solution[n])}" for n in unknowns)
    result = solution[unknowns[0]] if len(unknowns) == 1 or named else None
    return Solution(answer, result, "linear equation" if len(rows) == 1 else "linear equations", expression, steps,
                    values=dict(solution))  # fmt: skip


def _linear(node: Node, equation: str) -> Linear:
    def nonlinear() -> ToolInputError:
        return ToolInputError(
            f"{equation} is not a linear equation; offline I solve only linear equations such as 3x + 7 = 25"
        )

    def constant(form: Linear) -> Real | None:
        return form.get("", 0) if all(k == "" or c == 0 for k, c in form.items()) else None

    def walk(n: Node) -> Linear:
        if not _has_variable(n):
            value = Evaluation().value(n)
            if value.measure is not None:
                raise ToolInputError("write equations with plain numbers (no units)")
            return {"": value.value}
        match n:
            case Variable(name=name):
                return {name: Fraction(1)}
            case Negate(operand=operand):
                return _scale(walk(operand), -1)
            case Series(first=first, rest=rest):
                total = walk(first)
                for op, operand in rest:
                    right = walk(operand)
                    k, by = constant(total), constant(right)
                    if op in ("+", "-"):
                        total = _add(total, right, 1 if op == "+" else -1)
                    elif op == "*" and k is not None:
                        total = _scale(right, k)
                    elif op == "*" and by is not None:
                        total = _scale(total, by)
                    elif op == "/" and by is not None:
                        if by == 0:
                            raise ToolInputError("division by zero is undefined")
                        total = _scale(total, 1 / by)
                    elif op in ("+%", "-%") and by is not None:
                        total = _scale(total, 1 + by if op == "+%" else 1 - by)
                    else:
                        raise nonlinear()
                return total
            case Power(base=base, exponent=exponent) if not _has_variable(exponent):
                if Evaluation().value(exponent).value == 1:
                    return walk(base)
            case PercentOf(percent=percent, whole=whole) if not _has_variable(percent):
                return _scale(walk(whole), Evaluation().value(percent).value)
            case _:
                pass
        raise nonlinear()

    return walk(node)


def _at(form: Linear, values: dict[str, Real]) -> Real:
    return sum((c * values[name] if name else c for name, c in form.items()), Fraction(0))


def _has_variable(node: Node) -> bool:
    match node:
        case Variable():
            return True
        case Number() | Constant():
            return False
        case Negate(operand=inner) | Factorial(operand=inner):
            return _has_variable(inner)
        case Series(first=first, rest=rest):
            return _has_variable(first) or any(_has_variable(n) for _, n in rest)
        case Power(base=a, exponent=b) | PercentOf(percent=a, whole=b):
            return _has_variable(a) or _has_variable(b)
        case Call(args=args):
            return any(_has_variable(a) for a in args)
    return False


def _scale(form: Linear, k: Real) -> Linear:
    return {name: numbers.checked(c * k) for name, c in form.items()}


def _add(a: Linear, b: Linear, sign: int) -> Linear:
    total = dict(a)
    for name, c in b.items():
        total[name] = numbers.checked(total.get(name, 0) + sign * c)
    return total


def _subtract(left: Linear, right: Linear) -> Linear:
    return _add(left, right, -1)


def _eliminate(rows: list[Linear], unknowns: list[str]) -> dict[str, Real] | str | None:
    """Gauss-Jordan elimination: the unique solution, None when inconsistent, or a message when underdetermined."""
    matrix = [[row.get(name, 0) for name in unknowns] + [-row.get("", 0)] for row in rows]
    pivots: list[int] = []
    r = 0
    for col in range(len(unknowns)):
        pivot = next((i for i in range(r, len(matrix)) if matrix[i][col] != 0), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        lead = matrix[r][col]
        matrix[r] = [numbers.checked(v / lead) for v in matrix[r]]
        for i in range(len(matrix)):
            if i != r and matrix[i][col] != 0:
                factor = matrix[i][col]
                matrix[i] = [numbers.checked(a - factor * b) for a, b in zip(matrix[i], matrix[r], strict=True)]
        pivots.append(col)
        r += 1
    if any(all(v == 0 for v in row[:-1]) and row[-1] != 0 for row in matrix):
        return None
    if len(pivots) < len(unknowns):
        free = [unknowns[c] for c in range(len(unknowns)) if c not in pivots]
        return f"{', '.join(free)} can take any value"
    return {unknowns[col]: matrix[i][-1] for i, col in enumerate(pivots)}


def _coefficient(c: Real) -> str:
    if isinstance(c, Fraction) and not numbers.terminates(c):
        return f"({c})"
    return numbers.format_number(c)


def _form(row: Linear, unknowns: list[str]) -> str:
    parts: list[str] = []
    for name in unknowns:
        c = row.get(name, 0)
        if c == 0:
            continue
        size = "" if abs(c) == 1 else _coefficient(abs(c))
        sign = "-" if c < 0 else "+"
        parts.append(f"{sign} {size}{name}" if parts else f"{'-' if c < 0 else ''}{size}{name}")
    return " ".join(parts) or "0"


__all__ = ["NotUnderstood", "solve_equation"]
