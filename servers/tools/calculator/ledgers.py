"""An account's closing balance from its opening balance and the money in and out, each line named:
'Opening balance 4,215.60, income 1,892.40, expenses 2,340.75. Closing balance?' → 4,215.60 + 1,892.40 −
2,340.75 = 3,767.25.

The story is a list of lines, each a name and one amount ('income 1,892.40', 'donations £350', 'bank charges
£12'): one opening balance ('opening balance', 'starting balance', 'brought forward'), and money in ('income',
'receipts', 'donations', 'deposits') or out ('expenses', 'costs', 'payments', 'bills', 'withdrawals'). Every word
of a line must name it so; a line named by anything else (a percentage, a count, 'owed', 'pending') declines the
reading, as do two currencies. The question asks for the closing balance or what is in the account now.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.quantities import AMOUNT, Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_OPENING = frozenset("opening starting start brought forward b/f".split())
_IN = frozenset(
    "income incomings receipts received takings donations donation deposits deposited credits grants grant "
    "sales interest money in".split()
)
_OUT = frozenset(
    "expenses expense expenditure costs outgoings payments paid spending spent bills withdrawals withdrawn debits "
    "charges bank fees out".split()
)
_FILLER = frozenset("the our my total of was were is balance".split())
_ASKED = frozenset(
    "what what's whats is the closing ending end final balance now at of month year period account how much in "
    "left do we i have there".split()
)
_BREAKS = frozenset({",", ";", ".", "and", ":"})


def solve_ledger(tokens: list[Token], start: int) -> Solution | None:
    """The closing balance of the lines told; None unless every line is named as opening, in or out."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    ask = question_start(tokens, start)
    asked = [t for t in tokens[ask:-1] if t.kind != "symbol"]
    if not asked or any(t.kind != "word" or t.word not in _ASKED for t in asked):
        return None
    if not {t.word for t in asked} & {"balance", "left"}:
        return None
    lines = _lines(tokens, start, ask)
    if lines is None:
        return None
    openings = [q for kind, q in lines if kind == "opening"]
    codes = {q.measure.dimension for _, q in lines if q.measure is not None}
    if len(openings) != 1 or len(lines) < 2 or len(codes) > 1:
        return None
    measure = next((q.measure for _, q in lines if q.measure is not None), AMOUNT)
    total = Fraction(openings[0].value)
    parts = [show(Quantity(openings[0].value, measure), exact=True)]
    for kind, q in lines:
        if kind == "opening":
            continue
        total += Fraction(q.value) if kind == "in" else -Fraction(q.value)
        parts.append(f"{'+' if kind == 'in' else '−'} {show(Quantity(q.value, measure), exact=True)}")
    closing = Quantity(numbers.checked(total), measure)
    step = f"{' '.join(parts)} = {show(closing, exact=True)}"
    solution = answer_for(closing, "closing balance", " ".join(parts).replace("−", "-"), [step])
    solution.notes.append("the closing balance is the opening balance plus money in, less money out")
    return solution


def _lines(tokens: list[Token], start: int, end: int) -> list[tuple[str, Quantity]] | None:
    """The named amounts between ``start`` and ``end``, each as ('opening' | 'in' | 'out', amount), or None."""
    lines: list[tuple[str, Quantity]] = []
    names: set[str] = set()
    amount: Quantity | None = None
    i = start
    while i <= end:
        token = tokens[i]
        if i == end or token.text in _BREAKS or token.word in _BREAKS:
            if names or amount is not None:
                kind = _kind(names)
                if kind is None or amount is None:
                    return None
                lines.append((kind, amount))
            names, amount = set(), None
        elif token.kind == "currency" and tokens[i + 1].kind == "number" and amount is None:
            amount = Quantity(tokens[i + 1].value, currency(token.value))
            i += 1
        elif token.kind == "number" and amount is None and (tokens[i + 1].kind != "word" or _named(tokens, i)):
            amount = Quantity(token.value)
        elif token.kind == "word":
            names.add(token.word)
        else:
            return None
        i += 1
    return lines


def _named(tokens: list[Token], i: int) -> bool:
    """A bare number followed by the next line's break or the name after it is still a plain amount."""
    return tokens[i].kind == "number" and tokens[i + 1].kind == "word" and tokens[i + 1].word in _BREAKS


def _kind(names: set[str]) -> str | None:
    words = names - _FILLER
    if not words:
        return None
    if words <= _OPENING and words & {"opening", "starting", "start", "brought"}:
        return "opening"
    if words <= _IN:
        return "in"
    if words <= _OUT:
        return "out"
    return None
