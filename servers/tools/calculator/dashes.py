"""A dash set between a word and a number as punctuation, never a minus sign.

'the average of these asking prices - £210,000, £235,000 and £240,000', 'test scores – 34, 41, 28', 'my readings
— 12, 15': the dash, spaced on both sides, pauses the sentence before the numbers it introduces, the way a colon
does. Read as a minus sign it would make the first number negative and every answer from the list wrong, so the
tokenizer writes such a dash as the em dash, which every reader takes as a pause and none as a minus.

Only a dash with nothing before it that a minus could take from is a pause: the word before it is no unit, no
variable and no constant ('5 kg - 2 kg', 'x - 4', 'pi - 3' subtract), no number stands just before that word
('12 eggs - 5 eggs'), and the word is not one a value follows ('it was - 5 degrees', 'from 3 to - 2'). A dash
glued to its number ('-5 degrees') or between numbers ('10 - 4') is a sign or a subtraction, as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from servers.tools.calculator.functions import CONSTANTS
from servers.tools.calculator.quantities import lookup

if TYPE_CHECKING:
    from servers.tools.calculator.tokens import Token

PAUSE = "—"
"""How a dash used as punctuation is written once read: the em dash, a pause to every reader."""

_DASHES = frozenset({"-", "–"})
_VALUE_FOLLOWS = frozenset(
    "is are was were be been being of at to from by minus plus times than equals equal equalled about around "
    "approximately roughly nearly almost over under between and or".split()
)
"""Words a (negative) value follows: a dash after them may be its sign ('it was - 5 degrees')."""
_OPERAND_WORDS = frozenset("squared cubed percent pc pct factorial half halves quarter quarters third thirds".split())
"""Words that end a quantity ('5 squared - 4', '20 percent - 5'): a dash after them subtracts."""


def pause_dashes(tokens: list[Token]) -> list[Token]:
    """``tokens`` with every dash that punctuates a word from the number after it written as the em dash."""
    return [replace(t, text=PAUSE) if _pause(tokens, i) else t for i, t in enumerate(tokens)]


def _pause(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.kind != "symbol" or token.text not in _DASHES or i < 1 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if token.attached or after.attached or not (after.kind in ("number", "currency") or _signed(tokens, i + 1)):
        return False
    return before.kind == "word" and _no_operand(before) and not (i >= 2 and _numeric(tokens[i - 2]))


def _signed(tokens: list[Token], i: int) -> bool:
    """'these temperatures - -3, 5, 12': a minus sign glued to the first number after the dash."""
    return tokens[i].text in _DASHES and i + 1 < len(tokens) and tokens[i + 1].attached and _numeric(tokens[i + 1])


def _no_operand(word: Token) -> bool:
    """Whether ``word`` can end nothing a minus would take from: not a variable, constant, unit or power word."""
    name = word.word
    if len(name) < 2 or name in CONSTANTS or name in _OPERAND_WORDS or name in _VALUE_FOLLOWS:
        return False
    return lookup(name, short=False) is None


def _numeric(token: Token) -> bool:
    return token.kind in ("number", "currency", "clock", "date", "ordinal") or token.text in ("%", ")")
