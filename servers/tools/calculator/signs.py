"""A minus sign written onto a number in a story: 'it says -4 °F outside', 'a low of -12 C tonight'.

The tokenizer reads '-4' as a dash and a number, which arithmetic joins again; a reader of a story's givens sees the
number alone, and a temperature below zero would lose its sign. A dash glued to the number, with a space or the
start of the request before it and a word or a pause before that, is a sign; a dash between two numbers ('280-320
km', '10 - 4') is a range or a subtraction, never one.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token


def signed(tokens: list[Token], i: int) -> bool:
    """Whether a minus sign is written onto the number at ``i`` ('it says -4 °F', 'a low of -12 C'): glued to it,
    with a space or the start of the request before it, and a word or a pause before that. A dash between two
    numbers ('280-320 km', '10 - 4') is a range or a subtraction, never a sign."""
    if i == 0 or tokens[i - 1].text != "-" or not tokens[i].attached or tokens[i].kind != "number":
        return False
    if i == 1:
        return True
    before = tokens[i - 2]
    return not tokens[i - 1].attached and (before.kind == "word" or before.text in _SIGN_AFTER)


_SIGN_AFTER = frozenset({",", ":", ";", "(", "."})
