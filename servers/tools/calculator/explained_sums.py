"""A question followed by what its numbers are: 'Can you do 1,150 × 12 ÷ 52 × 5 for me? It's the five-week deposit
cap on a £1,150 a month let.'

The user asks first, then says what the sum is for. Such an explanation is set aside, and the question answered
alone, only when it can change nothing: it opens by pointing back at the question ('it's', 'that's', 'this is'),
asks nothing (no '?'), says no word that could change the arithmetic (``asides.CHANGES``: 'plus', 'tax', 'each',
'then', ...) and no percentage, and every number it says is one the question already says ('£1,150', 'five-week'
for the 5). Anything new in it declines the reading, so the question is never answered without a number the user
gave.

The mirror of it, a sentence before the question whose every figure the question says again ('... her tyres at 85
psi ... What's 85 psi in bar?'), is set aside by ``restated_context``.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import restated_context
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.tokens import UNITS, Token

_POINTERS = (("it's",), ("it", "is"), ("that's",), ("that", "is"), ("this", "is"), ("it", "was"), ("that", "was"))
_MAX_EXPLAINED = 30  # words: an explanation of a sum, not a second story


def without_explanation(text: str, tokens: list[Token]) -> str | None:
    """The question alone, when everything after its '?' only explains its numbers; None otherwise."""
    asked = next((k for k, t in enumerate(tokens) if t.text == "?"), None)
    if asked is None or asked < 2 or tokens[asked + 1].kind == "end":
        return restated_context.question_alone(text, tokens)  # 'at 85 psi ... What's 85 psi in bar?'

    rest = tokens[asked + 1 : -1]
    pointer = next((p for p in _POINTERS if [t.word for t in rest[: len(p)]] == list(p)), None)
    if pointer is None or len(rest) > _MAX_EXPLAINED or any(t.text in ("?", "%") for t in rest):
        return None
    if any(t.word in CHANGES or t.word.endswith("n't") for t in rest):
        return None
    said = {v for t in tokens[:asked] if (v := _number(t)) is not None}
    again = [_number(t) for t in rest if t.kind == "number" or _number(t) is not None]
    if not said or any(v is None or v not in said for v in again):
        return None
    return text[: tokens[asked].start + 1]


def _number(token: Token) -> Fraction | None:
    """The number a token says: a number, or a number word joined to its noun ('five-week')."""
    if token.kind == "number":
        return Fraction(token.value)
    head = token.word.split("-", 1)[0]
    return Fraction(UNITS[head]) if "-" in token.word and head in UNITS else None
