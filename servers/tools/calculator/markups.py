"""Markup and margin: what a thing was bought for, what it sells for, and the profit as a percentage of one.

The two amounts are told apart by the words before them, not by their order: the one said with buying words
(``I buy them for $40``, ``cost me $40``, ``wholesale at $40``) is the cost, the one with selling words (``sell
them for $58``, ``retail at $58``) the price. The question names the base: a *markup* is the profit over the
cost, a *margin* the profit over the price, and ``as a percentage of what I paid`` / ``of the selling price``
says it outright. A question that names neither (``profit as a percentage``), names both, or an amount neither
bought nor sold is left to be declined: the two readings differ and the words do not choose. A margin may be said
in words ('I want 45% of the selling price to be profit'), and a markup ('profit of 30% of the cost').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_BUY = frozenset("buy buys bought buying paid pay pays cost costs purchase purchased wholesale".split())
_SELL = frozenset("sell sells sold selling retail retails resell resold".split())
_PERCENT_WORDS = ("percentage", "percent", "%")
_PICK = ("pick", "picks", "picked", "picking")
_COST_BASE = frozenset("cost costs paid pay buying purchase wholesale bought".split())
_PRICE_BASE = frozenset("selling sale sell retail revenue sold".split())
_BASE_TALK = frozenset("the what i we my our it them they for price amount".split())
_SPOILERS = frozenset("tax vat tip discount off total altogether minus plus times".split())


def solve_markup(tokens: list[Token], start: int) -> Solution | None:
    """The markup (over cost) or margin (over price) of a thing bought and sold, as a percentage; None otherwise."""
    markup = has_word(tokens, start, "markup", "mark-up", "mark up", "mark them up", "mark it up", "marked up")
    markup = markup or _put_on_top(tokens, start)
    margin = has_word(tokens, start, "margin")
    if markup == margin and not markup and (spelled := _spelled_out(tokens, start)) is not None:
        asked = _last_question(question_words(tokens, start))
        if any(t.word in _SPOILERS for t in tokens[start:]) or not asked & _ASKS_PRICE or "profit" in asked:
            return None  # '45% of the selling price to be profit' is the story; the question must ask the price
        return _price_from(tokens, start, spelled, spelled_out=True)
    if not markup and not margin and has_word(tokens, start, "profit"):
        based = _named_base(tokens, start)  # 'profit as a percentage of the selling price' names its base
        markup, margin = based == "cost", based == "price"
    if markup == margin or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    if has_word(tokens, start, *_ASK_PRICE):
        priced = _price_from(tokens, start, "markup" if markup else "margin")
        if priced is not None:
            return priced
    if not has_word(tokens, start, *_PERCENT_WORDS):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 2 or any(g.quantity.percent or not is_money(g.quantity.measure) for g in givens):
        return None
    sides = [_side(g, tokens) for g in givens]
    if sorted(sides) != ["buy", "sell"]:
        return None
    cost, price = (givens[0], givens[1]) if sides[0] == "buy" else (givens[1], givens[0])
    if not _same_money(cost.quantity, price.quantity):
        return None
    base = _named_base(tokens, start)
    if base is None:
        base = "cost" if markup else "price"
    elif base != ("cost" if markup else "price") and margin:
        return None  # 'margin as a percentage of cost' mixes the two words: which is meant is not said
    return _answer(cost.quantity, price.quantity, base, "markup" if markup else "margin")


_ASK_PRICE = ("sell them for", "sell it for", "sell for", "sell each for", "selling price", "sale price", "charge",
              "price be", "price should", "what price", "retail price", "retail for", "list price", "price them at",
              "price it at", "price each at", "price each one at", "price these at", "price one at", "sell them at",
              "sell it at", "sell each at", "sell at")  # fmt: skip
_RATE_WORDS = frozenset("markup mark-up margin up top".split())
_PUTS = frozenset("put puts add adds stick sticks whack whacks".split())


def _put_on_top(tokens: list[Token], start: int) -> bool:
    """'I put 35% on top', 'we add 40% on top': a seller's percentage put on what they paid is a markup."""
    return any(
        t.text == "%"
        and k >= 2
        and tokens[k - 2].word in _PUTS
        and tokens[k + 1].word == "on"
        and tokens[k + 2].word == "top"
        for k, t in enumerate(tokens[: len(tokens) - 2])
        if k >= start
    )


_SPELLED = {("of", "the", "selling", "price"): "margin", ("of", "selling", "price"): "margin",
            ("of", "the", "sale", "price"): "margin", ("of", "the", "price"): "margin", ("of", "the", "cost"): "markup",
            ("of", "cost"): "markup", ("of", "what", "i", "paid"): "markup"}  # fmt: skip
_ASKS_PRICE = frozenset("sell price charge".split())


def _last_question(words: list[str]) -> set[str]:
    """The words from the last question word on: '... to be profit - what do I sell them for' asks the price."""
    at = max((k for k, w in enumerate(words) if w in ("what", "what's", "whats", "how")), default=0)
    return set(words[at:])


def _spelled_out(tokens: list[Token], start: int) -> str | None:
    """'I want 45% of the selling price to be profit': a margin said in words ('of the cost': a markup), when the
    request says profit and names one base; None otherwise."""
    if not has_word(tokens, start, "profit"):
        return None
    found: set[str] = set()
    for i in range(start, len(tokens) - 1):
        if tokens[i].text == "%":
            for phrase, word in _SPELLED.items():
                if all(tokens[min(i + 1 + k, len(tokens) - 1)].word == w for k, w in enumerate(phrase)):
                    found.add(word)
    return found.pop() if len(found) == 1 else None


def _price_from(tokens: list[Token], start: int, word: str, *, spelled_out: bool = False) -> Solution | None:
    """'I buy mugs at $12 and want a 40% markup, what do I sell them for': the price from the cost and the
    percentage, taken over the cost (a markup: cost × (1 + m)) or over the price (a margin: cost ÷ (1 − m))."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    costs = [
        g for g in givens if is_money(g.quantity.measure) and not g.quantity.percent and _side(g, tokens) != "sell"
    ]
    rates = [
        g
        for g in givens
        if g.quantity.percent
        and (_RATE_WORDS & {*g.before[-3:], *g.after[:2]} or spelled_out and g.after[:1] == ("of",))
    ]
    if len(givens) != 2 or len(costs) != 1 or len(rates) != 1:
        return None
    asked = question_words(tokens, start)
    if not spelled_out and ("profit" in asked or sum(w in ("what", "what's", "whats", "how") for w in asked) > 1):
        return None  # 'what do I sell them for and what's my profit?': a second question
    cost, share = costs[0].quantity, Fraction(rates[0].quantity.value)
    if cost.value <= 0 or share <= 0 or word == "margin" and share >= 1:
        return None
    shown = show(Quantity(share, percent=True))
    if word == "markup":
        value = Fraction(cost.value) * (1 + share)
        step = f"price = {show(cost, exact=True)} × (1 + {shown}) = "
    else:
        value = Fraction(cost.value) / (1 - share)
        step = f"price = {show(cost, exact=True)} ÷ (1 − {shown}) = "
    price = Quantity(numbers.checked(value), cost.measure)
    expression = f"{show(cost)} * (1 + {shown})" if word == "markup" else f"{show(cost)} / (1 - {shown})"
    solution = answer_for(price, f"price from the cost and the {word}", expression, [step + show(price, exact=True)])
    base = "cost" if word == "markup" else "selling price"
    solution.notes.append(f"the {word} is the profit taken as a share of the {base}")
    return solution


def _side(given: Given, tokens: list[Token]) -> str:
    words = set(given.before)
    clause = given.start
    while clause > 0 and given.start - clause < 8 and tokens[clause - 1].text not in (",", ".", ";", "and"):
        clause -= 1
    said = [t.word for t in tokens[clause : given.start]]  # the given's own clause: 'I pick up used books for'
    picked = any(said[k : k + 2] == [verb, "up"] for k in range(len(said)) for verb in _PICK)
    buy, sell = bool(words & _BUY) or picked, bool(words & _SELL)  # 'I pick up used books for $4': bought
    return "buy" if buy and not sell else "sell" if sell and not buy else ""


def _same_money(a: Quantity, b: Quantity) -> bool:
    """Both in one currency; a rate on one only ('$40 a box ... sell the box for $58') is read as on both."""
    ma, mb = a.measure, b.measure
    if ma is None or mb is None or ma.symbol != mb.symbol or ma.dimension != mb.dimension:
        return False
    return ma.per is None or mb.per is None or ma.per.key == mb.per.key


def _named_base(tokens: list[Token], start: int) -> str | None:
    """'as a percentage of what I paid' -> cost, 'of the selling price' -> price; None when no base is named.

    A base named in words that are neither is refused by returning 'other', which matches no reading."""
    for i in range(start, len(tokens) - 1):
        if tokens[i].word in ("percentage", "percent") or tokens[i].text == "%":
            if tokens[i + 1].word not in ("of", "on"):
                continue
            words: set[str] = set()
            for token in tokens[i + 2 :]:
                if token.kind != "word":
                    break
                words.add(token.word)
            cost, price = bool(words & _COST_BASE), bool(words & _PRICE_BASE)
            if cost == price or words - _COST_BASE - _PRICE_BASE - _BASE_TALK:
                return "other"  # 'of the shipping cost': a base the two amounts do not give
            return "cost" if cost else "price"
    return None


def _answer(cost: Quantity, price: Quantity, base: str, word: str) -> Solution | None:
    if base == "other":
        return None
    over = cost if base == "cost" else price
    if cost.value <= 0 or price.value <= 0:
        return None
    profit = Quantity(numbers.checked(Fraction(price.value) - Fraction(cost.value)), price.measure)
    share = Quantity(numbers.checked(Fraction(profit.value) / Fraction(over.value)), percent=True)
    named = "the cost" if base == "cost" else "the selling price"
    steps = [
        f"profit = {show(price, exact=True)} − {show(cost, exact=True)} = {show(profit, exact=True)}",
        f"{word} = {show(profit, exact=True)} ÷ {show(over, exact=True)} ({named}) = {show(share)}",
    ]
    expression = f"({show(price)} - {show(cost)}) / {show(over)}"
    solution = answer_for(share, f"{word} as a percentage of {named}", expression, steps, suffix=f" {word}")
    solution.notes.append(f"the {word} is the profit taken as a share of {named}")
    return solution
