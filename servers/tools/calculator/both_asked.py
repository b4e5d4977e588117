"""Two things asked together, answered together or not at all.

A reader answers one quantity. When the question names a charge (a tip, tax or discount) and the total joined by
'and' ('can you give me the tip and the total?', "what's the total and what's the tip?", "what's 25% off, and
what's the sale price?"), the answer must give both: the charge's amount and the total are taken from what the
reader worked out, and where the reading did not keep them the request is declined rather than half answered.
When it asks two counts ('how many posts and how many panels?'), an answer that does not name both declines; so
does one asked for two rates ('per child and per class', 'a month and a week'). The whole and each one's share
('what's the bill and how much each?') are both given where the reading kept both, and declined where it did not.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import AMOUNT, Measure, Quantity, currency, lookup, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

_PARTS = {"tip": "tip", "gratuity": "tip", "tax": "tax", "vat": "tax", "gst": "tax", "discount": "discount",
          "off": "discount"}  # fmt: skip
_BETWEEN = frozenset("the my our your what what's whats is how much will would be".split())
"""Words between 'and' and what it asks second: 'and the total', "and what's the tip", 'and how much is the VAT'."""
_NEW_PRICE = frozenset("sale final new reduced discounted".split())
"""'the sale price', 'the final cost': after a discount, the total."""


def asked_pair(tokens: list[Token]) -> tuple[str, str, bool, str] | None:
    """The charge asked with the total ('the tip and the total'): its word, its kind, whether it comes first, and
    the total's name ('total', 'sale price')."""
    for k, token in enumerate(tokens):
        if token.word != "and" or k < 2:
            continue
        before = tokens[k - 1].word or tokens[k - 2].word * (tokens[k - 1].text == ",")  # "25% off, and what's"
        j = k + 1
        while tokens[j].word in _BETWEEN:
            j += 1
        after, named = tokens[j].word, "total"
        if after in _NEW_PRICE and tokens[j + 1].word in ("price", "cost"):
            after, named = "total", f"{after} {tokens[j + 1].word}"
        if before in _PARTS and after == "total":
            return before, _PARTS[before], True, named
        if before == "total" and after in _PARTS:
            return after, _PARTS[after], False, named
    return None


def counts_asked(tokens: list[Token]) -> tuple[str, str] | None:
    """'how many posts and how many panels': the two things counted, as the question names them."""
    asks = [k for k in range(len(tokens) - 2) if tokens[k].word == "how" and tokens[k + 1].word == "many"]
    for first, second in zip(asks, asks[1:], strict=False):
        if tokens[second - 1].word != "and":
            continue
        named = [_counted(tokens, first + 2), _counted(tokens, second + 2)]
        if named[0] and named[1]:
            return named[0], named[1]
    return None


def _counted(tokens: list[Token], k: int) -> str:
    """The things a 'how many' counts, past a size ('how many 330 ml cans'); '' when no plural noun follows."""
    while tokens[k].kind == "number" or tokens[k].kind == "word" and lookup(tokens[k].word, short=True) is not None:
        k += 1
    word = tokens[k].word
    plural = word.endswith("s") and not word.endswith("ss") and word not in _NOT_COUNTED
    return word if tokens[k].kind == "word" and word.isalpha() and plural else ""  # not 'how many are left'


_NOT_COUNTED = frozenset("is was has does this its us yours ours theirs his hers".split())
_WHOLES = frozenset("bill total cost price".split())
_SHARES = (("how", "much", "each"), ("each", "person"), ("per", "person"), ("per", "head"), ("a", "head"))


def rates_asked(tokens: list[Token]) -> bool:
    """'What's that per child and per class?': two rates asked joined by 'and', which no one answer gives."""
    for k, token in enumerate(tokens):
        if token.word == "and" and k >= 2:
            before = [t.word for t in tokens[max(0, k - 3) : k]]
            after = [t.word for t in tokens[k + 1 : k + 3]]
            periods = before[-2:-1] == ["a"] and after[:1] == ["a"] and all(lookup(w) for w in (before[-1], after[-1]))
            rates = "per" in before and after[:1] == ["per"] or periods  # 'a month and a week', never 'a quiz and a'
            if rates and before[-1] != after[-1] and all(t.kind == "word" for t in tokens[k - 1 : k + 3]):
                return True
    return False


def units_asked(tokens: list[Token]) -> tuple[str, str] | None:
    """'Area in square metres and in acres?': the two units one answer is asked in, as the question names them."""
    for k, token in enumerate(tokens):
        if token.word != "and" or k < 2:
            continue
        opening = next((j for j in range(k - 1, max(-1, k - 4), -1) if tokens[j].word == "in"), None)
        if opening is None:
            continue
        first = " ".join(t.word for t in tokens[opening + 1 : k])
        j = k + 2 if tokens[k + 1].word == "in" else k + 1
        second = next((" ".join(t.word for t in tokens[j:e]) for e in (j + 2, j + 1) if _unit(tokens[j:e])), "")
        if first and second and _unit(tokens[opening + 1 : k]) and first != second:
            return first, second
    return None


_SQUARE = frozenset("square sq".split())


def _unit(words: list[Token]) -> bool:
    """Whether ``words`` name a unit ('acres', 'square metres', 'km')."""
    said = [t.word for t in words]
    if not said or any(t.kind != "word" for t in words):
        return False
    square = said[0] in _SQUARE and len(said) > 1
    said = said[1:] if square else said
    return len(said) <= 2 and lookup(" ".join(said), short=square) is not None  # 'sq m': a symbol after 'sq'


def _names_unit(answer: str, unit: str) -> bool:
    """Whether ``answer`` gives a figure in ``unit``: its measure named, and squared when the unit is."""
    words = unit.split()
    square = words[0] in _SQUARE and len(words) > 1
    measure = lookup(" ".join(words[1:] if square else words), short=square)
    said = [t.word for t in tokenize(answer) if t.kind == "word"]
    named = (
        any(lookup(w) == measure for w in said)
        or any(  # '12 h 15 min': a symbol after its figure
            lookup(" ".join(said[i : i + 2])) == measure for i in range(len(said) - 1)
        )
    )
    return named and (not square or bool(_SQUARE & set(said)) or "²" in answer)


def share_with_whole(tokens: list[Token]) -> bool:
    """The whole and each one's share of it asked joined by 'and': "What's the bill and how much each?"."""
    for k, token in enumerate(tokens):
        if token.word != "and" or k < 1:
            continue
        after = [t.word for t in tokens[k + 1 : k + 6]]
        share_after = any(after[i : i + len(p)] == list(p) for p in _SHARES for i in range(len(after)))
        before = [t.word for t in tokens[max(0, k - 5) : k]]
        share_before = any(before[i : i + len(p)] == list(p) for p in _SHARES for i in range(len(before)))
        if share_after and tokens[k - 1].word in _WHOLES or share_before and _WHOLES & set(after[:3]):
            return True
    return False


def answer_both(tokens: list[Token], solution: Solution) -> Solution:
    """``solution`` with the charge asked beside the total in its answer, the request's ``tokens`` as written;
    declined when it does not hold both."""
    counts = counts_asked(tokens)
    if counts is not None:
        said = {singular(t.word) for t in tokenize(solution.answer) if t.kind == "word"}
        if not all(singular(c) in said for c in counts):
            raise ToolInputError(
                f"it asks how many {counts[0]} and how many {counts[1]} together; ask for one at a time"
            )
    if rates_asked(tokens):
        raise ToolInputError("it asks for two rates together; ask for one at a time")
    units = units_asked(tokens)
    if units is not None and not all(_names_unit(solution.answer, unit) for unit in units):
        raise ToolInputError(f"it asks for the answer in {units[0]} and in {units[1]} together; ask for one at a time")
    if share_with_whole(tokens):
        share, whole = solution.values.get("per_person"), solution.values.get("total")
        if share is None or whole is None or solution.result != share:
            raise ToolInputError("it asks for the whole and each one's share together; ask for one at a time")
        measure = _measure(solution)
        solution.answer = f"total {show(Quantity(whole, measure))}; {show(Quantity(share, measure))} per person"
        return solution
    pair = asked_pair(tokens)
    if pair is None:
        return solution
    word, kind, first, named = pair
    part, total = solution.values.get(kind), solution.values.get("total")
    if part is None or total is None or solution.result not in (total, part):
        raise ToolInputError(f"it asks for the {word} and the total together; ask for one at a time")
    measure = _measure(solution)
    shown = {kind: show(Quantity(part, measure)), "total": show(Quantity(total, measure))}
    name = word.upper() if word in ("vat", "gst") else word
    charge = f"{shown[kind]} off" if word == "off" else f"{name} {shown[kind]}"  # "what's 25% off": '£20.00 off'
    said = [charge, f"{named} {shown['total']}"]
    solution.answer = "; ".join(said if first else said[::-1])
    solution.result = part if first else total
    return solution


def _measure(solution: Solution) -> Measure:
    try:
        return currency(solution.unit or "")
    except KeyError:
        return AMOUNT
