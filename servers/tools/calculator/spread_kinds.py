"""Which standard deviation a request asks for, said beside the list: 'population', '(population)', '(population,
not sample)', 'sample, not population', 'not the sample one'. The population one divides by n, the sample one by
n − 1; a request that names one and rules out the other asks for the one it names, and one that asks for both, or
rules out both, is left to decline.
"""

from __future__ import annotations

from servers.tools.calculator.padding import PAD, padded
from servers.tools.calculator.tokens import Token

KINDS = frozenset({"population", "sample"})
_NEGATIONS = (("rather", "than"), ("instead", "of"), ("and", "not"), ("but", "not"), ("not",))
_ARTICLES = frozenset({"the", "a"})
_ONES = frozenset({"one", "sd", "version"})


def kind_said(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The kind asked for and the width of the words that say it at ``at`` (brackets included), or None."""
    if at + PAD > len(tokens):
        tokens = padded(tokens)  # near the end only: a copy at every token would cost the length squared
    i = at + (tokens[at].text == "(")
    first = _kind(tokens, i)
    if first is None:
        return None
    kind, i = first
    if tokens[i].text in (",", ";"):
        i += 1
    negated = _negation(tokens, i)
    if negated:
        other = _kind(tokens, i)  # 'not sample' rules the sample one out: it must ask what the first one asked
        if other is None or other[0] != kind:
            return None  # 'population, not population': no sense to read
        i = other[1]
    elif tokens[i - 1].text in (",", ";"):
        i -= 1  # the comma ends the words of the kind, not theirs
    if tokens[at].text == "(":
        if tokens[i].text != ")":
            return None
        i += 1
    return kind, i - at


def _kind(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'population', 'not sample', 'not the sample one': the kind asked and where its words end."""
    negated = _negation(tokens, i)
    j = i + negated
    if tokens[j].word in _ARTICLES:
        j += 1
    if tokens[j].word not in KINDS:
        return None
    kind = tokens[j].word
    j += 1
    if tokens[j].word in _ONES or tokens[j].text.lower() == "one":
        j += 1
    if negated:
        kind = "sample" if kind == "population" else "population"
    return kind, j


def _negation(tokens: list[Token], i: int) -> int:
    for phrase in _NEGATIONS:
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)):
            return len(phrase)
    return 0
