"""Brackets and asides that only say again which reading is meant, so they change nothing in it: which kind of a
statistic ('(it's a sample, not the whole population)' after a sample standard deviation) or which sense of a unit's
name ('(body weight, not money!)' after '180 pounds to kilograms'). Part of the asides (``asides``): each returns the
width of the words to set aside, or 0 when they could mean something else and are left to the readers.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_KINDS = frozenset({"sample", "population"})
_KIND_TALK = frozenset("it's its it is this that these are a an the data whole entire full just of only set".split())


def restated_kind(tokens: list[Token], words: list[str], i: int) -> int:
    """'(it's a sample, not the whole population)' at the end of a request that already asks for the sample
    statistic: the words only restate which kind, so they change nothing. Any other word, a number, or a kind
    other than the one already asked for leaves the words to the readers."""
    if len(tokens) - i > 15:
        return 0  # the aside ends the request within a few words; checked first, so a long request stays linear
    asked = {w for w in words[:i] if w in _KINDS}
    if len(asked) != 1:
        return 0
    opened = max((k for k in range(i) if tokens[k].text == "("), default=-1)
    if tokens[i].text != "(" and opened > max((k for k in range(i) if tokens[k].text == ")"), default=-1):
        return 0  # '(population, not sample)': the words inside a bracket are read with it, not cut from it
    said: set[str] = set()
    negated = False
    j = i + 1
    while tokens[j].kind != "end" and tokens[j].text != ")":
        if j - i > 12:
            return 0  # an aside of a few words, not a sentence: keeps the scan short at every comma
        word = words[j]
        if word == "not":
            negated = True
        elif word in _KINDS:
            if (word in asked) == negated:
                return 0  # 'not the sample' of a sample statistic: a contradiction, not an aside
            said.add(word)
        elif word not in _KIND_TALK and tokens[j].text != ",":
            return 0
        j += 1
    if not said or tokens[i].text == "(" and tokens[j].text != ")":
        return 0
    j += tokens[j].text == ")"
    return j - i if tokens[j].kind == "end" else 0


_SENSES = {
    "weight": "mass", "mass": "mass", "heavy": "mass", "length": "length", "distance": "length", "height": "length",
    "volume": "volume", "liquid": "volume", "temperature": "temperature", "money": "money", "currency": "money",
    "cash": "money", "sterling": "money", "time": "time", "duration": "time",
}  # fmt: skip
_SENSE_TALK = frozenset(
    "body my his her our their the a an as in i mean meant it's its is of not talking about".split()
)


def restated_sense(tokens: list[Token], words: list[str], i: int) -> int:
    """'(body weight, not money!)', '(weight not currency)' after a request whose units already read as that kind
    ('180 pounds to kilograms'): the words only say which sense of the unit's name is meant, the one the reading
    takes anyway. A sense the units do not have, or any other word, leaves the brackets to the readers."""
    said: set[str] = set()
    unsaid: set[str] = set()
    j = i + 1
    while tokens[j].text != ")":
        word = words[j]
        if j - i > 10 or tokens[j].kind == "end":
            return 0
        if word in _SENSES:
            (unsaid if words[j - 1] == "not" else said).add(_SENSES[word])
        elif word not in _SENSE_TALK and tokens[j].text not in (",", "!", "."):
            return 0
        j += 1
    if len(said) != 1 or said & unsaid:
        return 0
    kinds = {
        unit.dimension
        for k, token in enumerate(tokens)
        if token.kind == "word" and not i <= k <= j and (unit := lookup(token.word, short=False)) is not None
    }
    return j + 1 - i if said <= kinds else 0


_FIGURE_TALK = frozenset(
    "best worst record biggest highest lowest ever yet so far this that it's its is was the a our my all time "
    "year years peace and quiet exactly precisely i think believe reckon nice lovely great amazing brilliant not bad "
    "which what still again".split()
)
"""Remark words around a figure said again in brackets: praise, a record, a certainty. Words that could relate
the figure to another ('each', 'per', 'another', 'more', 'of', 'off') are not among them."""


def restated_figure(tokens: list[Token], words: list[str], i: int) -> int:
    """'the sponsored silence £203 (best £203 ever, peace and quiet)': a bracket straight after a figure whose only
    figure is that same amount, in the same currency, among remark words — the figure said again, not a second one.
    Any other number, unit or word leaves the brackets to the readers."""
    if tokens[i].text != "(":
        return 0
    n = i - 1  # the figure said just before: '£850 online (€850 ...)' has a word or two between
    while n > 0 and i - n <= 2 and tokens[n].kind == "word":
        n -= 1
    if n < 0 or tokens[n].kind != "number":
        return 0
    money = tokens[n - 1].value if n > 0 and tokens[n - 1].kind == "currency" else None
    figures = 0
    j = i + 1
    while tokens[j].text != ")":
        token = tokens[j]
        if j - i > 12 or token.kind == "end":
            return 0
        if token.kind == "number":
            figures += 1
            if token.value != tokens[n].value or (tokens[j - 1].kind == "currency") != (money is not None):
                return 0  # '£203 (203 of them)': a bare number beside an amount is not plainly the amount
        elif token.kind == "currency":
            if token.value != money or tokens[j + 1].kind != "number":
                return 0
        elif words[j] not in _FIGURE_TALK and token.text not in (",", "!", "."):
            return 0
        j += 1
    return j - i + 1 if figures == 1 else 0
