"""Which gallon, said in brackets after it: 'my car does 45 miles per gallon (uk gallon, 4.546 litres)', '45 mpg (UK
gallons)', '30 mpg (US)'. The bracket is moved into the unit ('45 miles per uk gallon'), so every reader counts in
the gallon the user named; left in place it was set aside and the US gallon read, a wrong answer for a UK car.

Only a bracket right after 'gallon', 'gallons' or 'mpg' is read, and only when it says one sense (UK, imperial,
British, US, American) with at most the word gallon and the litres that gallon holds ('4.546 litres' for the UK
one, '3.785' for the US one); any other word, or litres that do not match, leave the request as it was.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.tokens import Token, tokenize

_SENSES = {"uk": "uk", "imperial": "uk", "british": "uk", "us": "us", "american": "us", "u.s.": "us"}
_LITRES = {"uk": Fraction(4546, 1000), "us": Fraction(3785, 1000)}
_GALLONS = frozenset({"gallon", "gallons", "mpg"})
_TALK = frozenset({"gallon", "gallons", "gal", "one", "ones", "=", "is", "of"})
_LITRE_WORDS = frozenset({"litres", "liters", "litre", "liter", "l"})
_MAX_INSIDE = 10


def qualified(text: str) -> str:
    """``text`` with a gallon's bracketed sense moved into the unit, or ``text`` as it was."""
    tokens = tokenize(text)
    for i in range(1, len(tokens) - 1):
        if tokens[i].text == "(" and tokens[i - 1].word in _GALLONS:
            sense, close = _sense(tokens, i)
            if sense is None:
                return text
            unit = tokens[i - 1]
            said = "miles per " + sense + " gallon" if unit.word == "mpg" else f"{sense} {unit.text}"
            end = tokens[close].start + 1
            return text[: unit.start] + said + text[end:]
    return text


def _sense(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """The one sense a bracket opening at ``i`` says, and where it closes; None when it says anything else."""
    senses: set[str] = set()
    j = i + 1
    while tokens[j].text != ")":
        token = tokens[j]
        if token.kind == "end" or j - i > _MAX_INSIDE:
            return None, j
        if token.word in _SENSES or token.text.lower() in _SENSES:
            senses.add(_SENSES[token.word or token.text.lower()])
        elif token.kind == "number" and tokens[j + 1].word in _LITRE_WORDS:
            if not senses or abs(token.value - _LITRES[next(iter(senses))]) > Fraction(1, 100):
                return None, j  # litres that are not the gallon named
            j += 1
        elif token.word not in _TALK and token.text not in (",", "~", "≈"):
            return None, j
        j += 1
    return (senses.pop(), j) if len(senses) == 1 else (None, j)
