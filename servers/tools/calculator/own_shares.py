"""An amount split in a two-part ratio between the asker and one other: 'me and my sister are buying mum a £90
present and splitting it 2:1 because i earn more. how much do i put in' → 2 parts of 3: £60.

The ratio grammar (``shares``) reads names and groups; people also say who shares by themselves and one other: 'me
and my sister', 'my brother and I', 'Tom and I'. The parts of the ratio go to them in the order they are named (the
first named takes the first part), as in 'Ann and Ben share 90 in the ratio 2:1'; the answer says so. The request
holds one amount of money and the ratio, and the question asks for the asker's part ('how much do I pay', 'what do
I put in') or the other's ('how much does my sister pay'). More than two sharers, another number, or a question
about both declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_ME = frozenset({"i", "me"})
_MINE = frozenset({"i", "me", "my", "i'm", "i'll", "i've", "myself"})
_OWNERS = frozenset({"my", "our"})
_SPLIT = frozenset("split splits splitting share shares sharing divide divides dividing ratio".split())
_SPOILERS = frozenset(
    "than difference after before extra tax tip plus minus each everyone all both first rest left remaining off "
    "fee deposit".split()
)


def solve_own_share(tokens: list[Token], start: int) -> Solution | None:
    """The asker's (or the other's) part of an amount split in a ratio between the two; None unless exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _SPLIT & set(words) or _SPOILERS & set(words):
        return None
    ratio = _ratio(tokens, start)
    if ratio is None:
        return None
    first, second, span = ratio
    try:
        givens = read_givens(tokens, start, skip=span)
    except NotUnderstood:
        return None
    if len(givens) != 1 or not is_money(givens[0].quantity.measure) or givens[0].quantity.measure.per is not None:
        return None
    if _priced_per(givens[0]):
        return None
    ask = question_start(tokens, start)
    pair = _pair(tokens, start, ask)
    if pair is None or span[0] >= ask:
        return None
    me_first, other = pair
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    mine = any(w in _MINE and not (w in _OWNERS and asked[k + 1 : k + 2] == [other]) for k, w in enumerate(asked))
    theirs = other in asked
    if mine == theirs:
        return None
    whole = givens[0].quantity
    parts = (first, second)
    index = 0 if mine == me_first else 1
    part = parts[index]
    value = numbers.checked(Fraction(whole.value) * part / (first + second))
    q = Quantity(value, whole.measure)
    ratio_text = f"{numbers.format_number(first)}:{numbers.format_number(second)}"
    who = (
        "you"
        if mine
        else f"your {other}"
        if tokens[_other_at(tokens, start, ask, other) - 1].word in _OWNERS
        else other
    )
    steps = [
        f"{ratio_text} is {numbers.format_number(first + second)} parts; {who} "
        f"{'are' if who == 'you' else 'is'} named {'first' if index == 0 else 'second'}: "
        f"{numbers.format_number(part)} parts",
        f"{show(whole, exact=True)} × {numbers.format_number(part)} ÷ {numbers.format_number(first + second)} = "
        f"{show(q, exact=True)}",
    ]
    expression = f"{show(whole)} * {numbers.format_number(part)} / {numbers.format_number(first + second)}"
    solution = answer_for(q, "ratio split", expression, steps)
    solution.notes.append(
        "the ratio's parts go to the two in the order they are named: the first named, the first part"
    )
    return solution


def _ratio(tokens: list[Token], start: int) -> tuple[Fraction, Fraction, tuple[int, int]] | None:
    """'2:1': two whole parts, the only ratio in the request."""
    found: list[tuple[Fraction, Fraction, tuple[int, int]]] = []
    for i in range(start, len(tokens) - 3):
        if tokens[i].kind == "number" and tokens[i + 1].text == ":" and tokens[i + 2].kind == "number":
            if tokens[i + 3].text == ":":
                return None  # three parts: more sharers than the two read here
            a, b = Fraction(tokens[i].value), Fraction(tokens[i + 2].value)
            if a <= 0 or b <= 0 or not (numbers.is_integer(a) and numbers.is_integer(b)):
                return None
            found.append((a, b, (i, i + 3)))
    return found[0] if len(found) == 1 else None


def _pair(tokens: list[Token], start: int, ask: int) -> tuple[bool, str] | None:
    """'me and my sister', 'my brother and I', 'Tom and I': whether the asker is named first, and the other's word."""
    for i in range(start, ask - 2):
        if tokens[i].word != "and":
            continue
        before, after = tokens[i - 1] if i > start else None, tokens[i + 1]
        if before is not None and before.word in _ME and after.kind == "word":
            other = tokens[i + 2] if after.word in _OWNERS else after
            if other.kind == "word" and other.word.isalpha() and other.word not in _ME:
                return True, other.word
        if after.word in _ME and before is not None and before.kind == "word" and before.word.isalpha():
            owned = i - 2 >= start and tokens[i - 2].word in _OWNERS
            if owned or before.text[:1].isupper():
                return False, before.word
    return None


def _other_at(tokens: list[Token], start: int, ask: int, other: str) -> int:
    return next((k for k in range(start, ask) if tokens[k].word == other), start)


def _priced_per(g: Given) -> bool:
    """'£50 a night', '$50 per sale', '$20 each': a price of one of something, never a whole amount."""
    return g.per_each or g.after[:1] in (("a",), ("an",), ("per",), ("each",), ("every",), ("/",))
