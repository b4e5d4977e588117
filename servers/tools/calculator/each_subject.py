"""The one of a counted group a given is of: a price per one ('£14.80 a bag' beside '3 bags a week'), or a
measure said of each one ('Each of my birds eats 115 grams of feed a day. For 1,200 birds, ...'): the 115 grams are
one bird's, so they scale with the birds counted, as '£14.80 a bag' does with the bags."""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import is_money, singular
from servers.tools.calculator.rated_lines import per_word
from servers.tools.calculator.tokens import Token

_EACH = frozenset({"each", "every"})
_ONE = frozenset({"a", "an", "one"})
_WHOSE = frozenset("my our the your his her their these those".split())
_ENDS = frozenset({".", "!", "?", ";"})


def one_of(tokens: list[Token], given: Given, counted: set[str]) -> str | None:
    """The one thing counted that a given is of: a price per a thing the request counts ('£14.80 a bag' beside '3
    bags a week'), or a measure said of each one of them ('each bird eats 115 grams' beside '1,200 birds')."""
    return _priced_per(given, counted) or subject_each(tokens, given, counted)


def _priced_per(given: Given, counted: set[str]) -> str | None:
    measure = given.quantity.measure
    if not is_money(measure) or measure.per is not None or given.per_each:
        return None
    thing = per_word(given)
    return singular(thing) if thing is not None and singular(thing) in counted else None


def subject_each(tokens: list[Token], given: Given, counted: set[str]) -> str | None:
    """The counted thing a given is said of, when its clause says 'each <thing>', 'every <thing>' or 'each of my
    <things>', or opens on 'a <thing>', and another given counts those things; None otherwise. Two counted subjects
    are not guessed between."""
    measure = given.quantity.measure
    if measure is None or given.per_each:
        return None
    first = given.start
    while first > 0 and tokens[first - 1].text not in _ENDS:
        first -= 1
    found: set[str] = set()
    for k in range(first, given.start - 1):
        if tokens[k].word == "each" and k > first and _counted_before(tokens, k, counted):
            found.add(_counted_before(tokens, k, counted) or "")  # '14 calves each getting 1 gallon a day'
            continue
        if tokens[k].word not in _EACH and not (k == first and tokens[k].word in _ONE):
            continue  # 'each bird', 'every bird', and opening the clause 'a bird', 'one bird'
        j = k + 1
        if tokens[j].word == "of" and tokens[j + 1].word in _WHOSE:
            j += 2  # 'each of my birds'
        if tokens[j].kind == "word" and singular(tokens[j].word) in counted:
            found.add(singular(tokens[j].word))
        elif tokens[j].kind == "word" and tokens[j].word in counted:
            found.add(tokens[j].word)
    return found.pop() if len(found) == 1 else None


def _counted_before(tokens: list[Token], k: int, counted: set[str]) -> str | None:
    """The things counted right before an 'each' at ``k``: '14 calves each', '40 cows, each'."""
    k = k - 1 if tokens[k - 1].text == "," else k
    before = tokens[k - 1]
    if k < 2 or before.kind != "word" or tokens[k - 2].kind != "number":
        return None
    return singular(before.word) if singular(before.word) in counted else None
