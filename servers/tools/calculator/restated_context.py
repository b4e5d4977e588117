"""A sentence of context whose every figure the question says again: 'Customer wants her tyres at 85 psi but her new
pump only shows bar. What's 85 psi in bar?'.

The question that follows says every number of the sentence before it, each with the same unit ('85 psi' and '85
psi'), and asks its own sum of them; the sentence says why it is asked. The question is then read on its own, and
answered only when it accounts for itself in full. A number of the context not said again ('4 tyres'), said in
another unit, or a question that is not the request's last sentence leaves the request to the readers as it is.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.tokens import Token

_ENDS = frozenset({".", "!", ";"})
_FIGURES = frozenset({"number", "currency", "clock", "date", "ordinal"})


def question_alone(text: str, tokens: list[Token]) -> str | None:
    """The request's last sentence, a question, when every figure before it is said again in it; None otherwise."""
    begin = max((k + 1 for k, t in enumerate(tokens[:-1]) if t.text in _ENDS), default=0)
    if begin == 0 or tokens[begin].kind == "end" or any(t.text in _ENDS | {"?"} for t in tokens[begin:-2]):
        return None  # one sentence, or the question is not the last one
    if tokens[-2].text != "?" and not _asks(tokens[begin]):
        return None
    said = [_figure(tokens, k) for k in range(begin) if tokens[k].kind in _FIGURES]
    again = [_figure(tokens, k) for k in range(begin, len(tokens)) if tokens[k].kind in _FIGURES]
    if not said or any(f is None for f in said) or any(f not in again for f in said):
        return None
    return text[tokens[begin].start :]


def _asks(token: Token) -> bool:
    return token.word in ("what", "what's", "whats", "how", "convert", "is")


def _figure(tokens: list[Token], k: int) -> tuple[str, Fraction | str, str] | None:
    """A figure and the unit said after it ('85 psi'); None for a number with no unit, which could be anything."""
    token = tokens[k]
    if token.kind == "currency":
        return None  # read with its number
    value = Fraction(token.value) if token.kind == "number" else token.text
    if k and tokens[k - 1].kind == "currency":
        return ("money", value, tokens[k - 1].text)
    after = tokens[k + 1 + (tokens[k + 1].text == "°")]  # '180 °C': the degree sign opens the unit
    if after.kind != "word":
        return None
    return ("unit", value, after.word)
