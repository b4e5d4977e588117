"""How many codes a lock or PIN of so many places allows: 'How many combinations are there on a 4 wheel lock with
the digits 0 to 9 on each wheel?' is 10^4 = 10,000; 'how many 6 digit PINs are there' is 10^6.

Every place takes any of the same symbols, repeats allowed: the digits 0 to 9 (ten) when the places are digits or
no other symbols are said, or 'the digits 0 to 9' / '10 numbers on each wheel' said outright. A condition on the
code (no repeats, all different, even, starting with ...), letters, a chance or a second number declines: the count
is then another one.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_CODES = frozenset("combinations combination codes code pins pin passcodes passcode numbers settings".split())
_PLACES = frozenset("digit digits wheel wheels dial dials number".split())
_LOCKS = frozenset("lock padlock pin code passcode combination safe keypad".split())
_FRAME = frozenset(
    "how many different possible distinct combinations combination codes code pins pin passcodes passcode numbers "
    "settings are there is on a an the for with of my our this that each every wheel wheels dial dials digit digits "
    "lock padlock safe keypad can be could you make set have has its from and it".split()
)
_MOST_PLACES = 30


def solve_code_count(tokens: list[Token], start: int) -> Solution | None:
    """The number of codes a lock or PIN of so many places allows; None unless the request is exactly that."""
    if question_start(tokens, start) != start or not any(t.word in _CODES for t in tokens[start:]):
        return None
    places: int | None = None
    symbols: int | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "number":
            if places is None and _places_at(tokens, i):
                places = int(token.value)
                i += 2 if tokens[i + 1].text == "-" else 1
                continue
            width = _symbols_at(tokens, i)
            if symbols is None and width:
                symbols = _symbols(tokens, i)
                i += width
                continue
            return None
        if not (token.word in _FRAME or token.text in ("?", ".", ",", "-")):
            return None
        i += 1
    if places is None or not 0 < places <= _MOST_PLACES:
        return None
    count = symbols or 10
    if count < 1:
        return None
    total = count**places
    shown = numbers.format_number(Fraction(total))
    step = f"{count} choices for each of {places} places: {count}^{places} = {shown}"
    return Solution(shown, Fraction(total), "codes", f"{count}^{places}", [step])


def _places_at(tokens: list[Token], i: int) -> bool:
    """'4 wheel', '4-digit', '6 digit': how many places the code has, said before a lock or code."""
    token = tokens[i]
    if not numbers.is_integer(token.value):
        return False
    k = i + 1 + (tokens[i + 1].text == "-")
    return tokens[k].word in _PLACES and (tokens[k + 1].word in _LOCKS or tokens[k + 1].word in _CODES)


def _symbols_at(tokens: list[Token], i: int) -> int:
    """'0 to 9' (after 'digits'), '10 digits on each wheel': the width of the symbols said, or 0."""
    if tokens[i - 1].word in ("digits", "numbers") and tokens[i + 1].word == "to" and tokens[i + 2].kind == "number":
        return 3
    if tokens[i + 1].word in ("digits", "numbers") and tokens[i + 2].word == "on" and tokens[i + 3].word == "each":
        return 2
    return 0


def _symbols(tokens: list[Token], i: int) -> int:
    if tokens[i + 1].word == "to":
        low, high = tokens[i].value, tokens[i + 2].value
        if not (numbers.is_integer(low) and numbers.is_integer(high)) or high < low:
            return 0
        return int(high - low) + 1
    return int(tokens[i].value) if numbers.is_integer(tokens[i].value) else 0
