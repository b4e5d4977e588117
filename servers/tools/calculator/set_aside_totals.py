"""The total of a purchase story with one amount set aside: left out, or charged only as its condition decides.

- An amount excluded ('excluding the £15 tourist tax', 'not counting the €5 booking fee'), waived or given free
  ('delivery £2.99 waived', 'the £8 cocktail was on the house', 'wine £20 was complimentary'), or paid by someone
  else ('milk at £1.15, my neighbour is paying for the milk') is left out of the total, and the working says so.
- A charge with a limit on the order ('delivery £3.50 unless the order is over £25', 'postage £4 on orders under
  £50') is added or not as the order's own figures decide — the items' sum set against the limit, said in the
  working. The limit is never a price.

The rest is a story of purchases read as ``purchases`` reads one, every number with its role. The question must ask
the amount paid, and not name what was set aside ('how much is the tourist tax?'). More than one amount set aside,
a percentage, a limit with no charge before it ('free delivery over £15, otherwise £2.50'), or a condition in other
words declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.purchases import purchase_total
from servers.tools.calculator.quantities import Quantity, currency, is_money, show
from servers.tools.calculator.set_aside import SET_ASIDE, set_aside
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_EXCLUDING = (("excluding",), ("excluding", "the"), ("not", "counting"), ("not", "counting", "the"), ("excl",),
              ("excl", "the"), ("not", "including"), ("not", "including", "the"))  # fmt: skip
_FREE = frozenset("waived free complimentary comped".split())
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ",", ""})
_OVER = frozenset("over above exceeding exceeds".split())
_UNDER = frozenset("under below".split())
_ORDER_WORDS = frozenset("on for orders order the if is it's when you spend spent total".split())
"""The words between a charge and its limit in 'postage £4 on orders under £50', 'if the order is under £20'."""
_ASKS_PAID = frozenset("total pay paid cost costs much owe spend spent bill".split())
_NOT_ASKED = frozenset("each per left change save saving saved back".split())
_SAID = SET_ASIDE | frozenset("not counting without free house unless paying is are for".split())
_PLAIN = frozenset("the a an my our for of and is was what what's how much do did i we total cost pay".split())


def solve_set_aside_total(tokens: list[Token], start: int) -> Solution | None:
    """The amount paid for a story with one amount set aside, or None when it is not one (or not read in full)."""
    givens = givens_or_none(tokens, start)
    if (
        givens is None
        or len(givens) < 2
        or not set_aside(tokens, start, givens)
        or any(g.quantity.percent for g in givens)
    ):
        return None
    asked = set(question_words(tokens, start))
    if not asked & _ASKS_PAID or asked & _NOT_ASKED:
        return None
    excluded = [g for g in givens if is_money(g.quantity.measure) and (_excluded(g) or _free(tokens, g))]
    excluded += [g for g in givens if _paid_by_another(tokens, start, g) and g not in excluded]
    limited = _limited(tokens, givens)
    if len(excluded) + (limited is not None) != 1:
        return None
    aside = excluded or ([limited[0], limited[1]] if limited else [])
    if asked & {w for g in aside for w in (*g.before[-2:], *g.after[:2])} - _PLAIN:
        return None  # 'how much is the tourist tax?': what was set aside is what is asked
    items = [g for g in givens if g not in aside]
    paid = purchase_total(tokens, start, items, _SAID)
    if paid is None or paid.result is None:
        return None
    if excluded:
        shown = show(excluded[0].quantity)
        paid.steps.append(f"{shown} set aside: {_why(tokens, start, excluded[0])}, so it is not added")
        paid.notes.append(f"the {shown} is not part of what is paid")
        return paid
    assert limited is not None
    return _conditional(tokens, start, items, paid, limited)


def _conditional(
    tokens: list[Token], start: int, items: list[Given], paid: Solution, limited: tuple[Given, Given, str]
) -> Solution | None:
    """The order's total with the charge added when the order's figure meets its condition."""
    charge, limit, mode = limited
    order, bound = Fraction(paid.result or 0), Fraction(limit.quantity.value)
    money = currency(paid.unit) if paid.unit else None
    if money is None:
        return None
    shown = show(Quantity(order, money))
    if mode == "unless over":  # 'unless the order is over £25': charged when it is not over
        charged_on = order <= bound
        reason = f"the order, {shown}, is {'not ' if charged_on else ''}over {show(limit.quantity)}"
    else:  # 'on orders under £50': charged when it is under
        charged_on = order < bound
        reason = f"the order, {shown}, is {'' if charged_on else 'not '}under {show(limit.quantity)}"
    if not charged_on:
        paid.steps.append(f"{reason}, so the {show(charge.quantity)} charge does not apply")
        paid.notes.append(f"{reason}: the {show(charge.quantity)} charge does not apply")
        return paid
    charged = purchase_total(tokens, start, sorted([*items, charge], key=lambda g: g.start), _SAID)
    if charged is None:
        return None
    charged.steps.insert(0, f"{reason}, so the {show(charge.quantity)} charge applies")
    charged.notes.append(f"{reason}: the {show(charge.quantity)} charge applies")
    return charged


def _excluded(g: Given) -> bool:
    """'excluding the £15 tourist tax', 'not counting the €5 booking fee'."""
    return any(g.before[-len(phrase) :] == phrase for phrase in _EXCLUDING)


def _free(tokens: list[Token], g: Given) -> bool:
    """'delivery £2.99 waived', 'the £8 cocktail was on the house', 'wine £20 was complimentary': said in the
    amount's own clause, after it."""
    words = _clause_after(tokens, g.end)
    return bool(set(words) & _FREE) or any(words[k : k + 3] == ["on", "the", "house"] for k in range(len(words)))


def _clause_after(tokens: list[Token], i: int) -> list[str]:
    words: list[str] = []
    while len(words) < 6 and tokens[i].text not in _CLAUSE_ENDS and tokens[i].kind == "word":
        if tokens[i].word in ("and", "but"):
            break
        words.append(tokens[i].word)
        i += 1
    return words


def _paid_by_another(tokens: list[Token], start: int, g: Given) -> bool:
    """'milk at £1.15, my neighbour is paying for the milk': the one priced thing named after 'paying for the'."""
    if not is_money(g.quantity.measure):
        return False
    named = {
        tokens[k + 3].word
        for k in range(start, len(tokens) - 3)
        if tokens[k].word in ("paying", "pays", "paid") and [t.word for t in tokens[k + 1 : k + 3]] == ["for", "the"]
    }
    return bool(named & {*g.before[-2:], *g.after[:1]})


def _limited(tokens: list[Token], givens: list[Given]) -> tuple[Given, Given, str] | None:
    """'delivery £3.50 unless the order is over £25' (charged unless over), 'postage £4 on orders under £50'
    (charged when under): the charge, its limit, and which of the two it is; None for no limit or one in other
    words."""
    limits = [
        k
        for k, g in enumerate(givens)
        if k and is_money(g.quantity.measure) and g.before[-1:] and g.before[-1] in _OVER | _UNDER
    ]
    if len(limits) != 1:
        return None
    limit, charge = givens[limits[0]], givens[limits[0] - 1]
    between = [t for t in tokens[charge.end : limit.start] if t.kind != "currency"]
    words = [t.word for t in between]
    if not is_money(charge.quantity.measure) or any(t.kind != "word" for t in between) or len(words) > 8:
        return None
    over = limit.before[-1] in _OVER
    if words[:1] == ["unless"] and over and set(words[1:-1]) <= _ORDER_WORDS:
        return charge, limit, "unless over"
    if not over and "unless" not in words and set(words[:-1]) <= _ORDER_WORDS:
        return charge, limit, "under"
    return None


def _why(tokens: list[Token], start: int, g: Given) -> str:
    if _excluded(g):
        return "excluded"
    if _free(tokens, g):
        return "free" if "free" in _clause_after(tokens, g.end) else "not charged"
    return "paid by someone else"
