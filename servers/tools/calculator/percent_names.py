"""A percentage named as a scheme or a levy on an amount: 'Work out 25% Gift Aid on £3,640' (£910), 'What's 1.5%
Stamp Duty on £250,000'. The name is what the part is called; asked by itself, with nothing but a question before
it, the request asks for the part — what 'What's 20% VAT on €1,350' asks. It is read again as '25% of £3,640'.

The name is one to three capitalised words, none a word that could mean the amount grows by the part ('Increase',
'Growth', 'Markup', 'Interest'): 'a 5% increase on £1,000' may ask for £1,050. Only the question words may come
before the percentage, and nothing after the amount: 'the total with 25% Gift Aid on £3,640' asks something else.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_ASKING = frozenset("what what's whats is work out calculate calc find how much the please can you tell me".split())
_GROWING = frozenset(
    "increase increases rise raise growth gain gains uplift markup mark-up inflation interest return returns profit "
    "premium bonus".split()
)
_JOINS = frozenset({"on", "of"})
_CLOSING = frozenset({".", "?", "!"})
_NAME_WORDS = 3


def as_part(text: str, tokens: list[Token]) -> str | None:
    """``text`` as 'N% of <amount>' when it asks for a named percentage of one amount, or None."""
    at = next((k for k, t in enumerate(tokens) if t.kind == "number"), None)
    if at is None or tokens[at + 1].text != "%" or any(t.word not in _ASKING for t in tokens[:at]):
        return None
    j = name = at + 2
    while j < name + _NAME_WORDS and _name_word(tokens[j]):
        j += 1
    if j == name or tokens[j].word not in _JOINS:
        return None
    amount = j + 1
    k = amount + (tokens[amount].kind == "currency")
    if k == amount or tokens[k].kind != "number" or tokens[k + 1].attached and tokens[k + 1].kind == "word":
        return None  # '£3,640' only: an amount of money, written as one
    k += 1
    while tokens[k].text in _CLOSING:
        k += 1
    if tokens[k].kind != "end":
        return None
    return text[: tokens[name].start] + "of " + text[tokens[amount].start :]


def _name_word(token: Token) -> bool:
    """A word of a scheme's name: capitalised ('Gift', 'Aid'), not a unit or a word that changes the sum."""
    word = token.word
    if token.kind != "word" or not word.isalpha() or not token.text[0].isupper():
        return False
    return word not in CHANGES and word not in _GROWING and lookup(word, short=False) is None
