"""What a sale made over its costs when it has several priced lines: 'Spring concert figures: 148 full price tickets
at £12 and 36 concessions at £8. Hall hire was £420 and the accompanist charged £150. What profit did we make?'
→ 148 × £12 + 36 × £8 − £420 − £150 = £1,494.

The income is one or more lines of a count sold at the price of one ('148 tickets at £12', '86 jars at the market
at £7.50 a jar'); every other amount is a cost, said with a word of paying out beside it ('hire was £420', 'the
pitch cost me £25', 'the accompanist charged £150'). The question asks for the profit or what was made or cleared,
and may name a cost it is after ('what did I clear after the pitch fee?'). What was made is the income less every
cost, in one currency. A percentage, a price per anything but the thing counted, an amount neither sold nor paid
out, a share or a rate asked, words of something unsold, given back or taken off, or a loss decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_MAKERS = ("i", "we", "they", "you", "he", "she", "it")
_MADE = ("clear", "cleared", "net", "netted")
"""'What did I clear?', 'what profit?': what is left of the takings; 'what did I make' may mean the takings alone."""
_COSTS = frozenset("cost costs costing spent paid hire rent fee fees charged expenses outgoings".split())
"""Words said of an amount paid out: 'hall hire was £420', 'the pitch cost me £25', 'the caterer charged £300'."""
_SELLERS = frozenset("i we i've we've".split())
"""'We charged £12 a ticket': money asked of others is income, never a cost."""
_AFTER_WORDS = frozenset("the my our all costs cost expenses fees fee everything".split())
_SPOILERS = frozenset(
    "tax vat shipping postage delivery commission percent percentage margin markup unsold left kept except only "
    "half some broke broken lost returned refund refunded free discount off wages not no didn't unless if would "
    "could extra another twice double split share shared between among per every remaining still already budget "
    "gross raise raised loss back average averaged each minus plus before".split()
)
"""Words that change what the sale made or ask for something else; 'each' is read only in a price."""


def profit_asked(tokens: list[Token], start: int, made: tuple[str, ...]) -> bool:
    """Whether the question asks what a sale left: its profit, or what someone ``made`` ('what did I clear'), over
    the story's own period ('a month' of a day's takings is another question)."""
    if new_period_asked(tokens, start):
        return False
    asked = question_words(tokens, start)
    return "profit" in asked or any(has_phrase(asked, f"{w} {m}") for w in _MAKERS for m in made)


def solve_profit_lines(tokens: list[Token], start: int) -> Solution | None:
    """The income of priced lines sold, less the costs told; None unless exactly that."""
    if not profit_asked(tokens, start, _MADE):
        return None
    asked = question_words(tokens, start)
    givens = givens_or_none(tokens, start)
    if givens is None or any(g.quantity.percent for g in givens):
        return None
    lines: list[tuple[Given, Given]] = []
    costs: list[Given] = []
    k = 0
    while k < len(givens):
        g = givens[k]
        if g.quantity.measure is None and g.noun and k + 1 < len(givens) and _priced(tokens, g, givens[k + 1]):
            lines.append((g, givens[k + 1]))
            k += 2
        elif is_money(g.quantity.measure) and g.quantity.measure.per is None and _paid_out(g):
            costs.append(g)
            k += 1
        else:
            return None
    if not lines or not costs or len({m.quantity.measure for m in [p for _, p in lines] + costs}) != 1:
        return None
    if not after_costs(asked, costs):
        return None
    said = [w for k, w in _outside(tokens, start, givens) if w != "each" or tokens[k - 1].kind != "number"]
    if set(said) & _SPOILERS:
        return None
    return _made(lines, costs)


def _priced(tokens: list[Token], count: Given, price: Given) -> bool:
    """'148 tickets at £12', '86 jars at the market at £7.50 a jar', '20 cakes at £2 each': a price of one, in the
    count's sentence, with nothing priced between them and a per-word naming the thing counted if it has one."""
    if not is_money(price.quantity.measure) or price.quantity.measure.per is not None:
        return False
    between = tokens[count.end : price.start]
    if any(t.text in (".", "?", "!", ";") for t in between) or not between or between[-1].word not in ("at", "@"):
        return False
    if price.after[:1] in (("a",), ("an",), ("per",)):
        return len(price.after) > 1 and singular(price.after[1]) == singular(count.noun)
    return True


def _paid_out(g: Given) -> bool:
    words = [*g.before[-3:], *g.after[:1]]
    if not set(words) & _COSTS:
        return False
    return not any(w in ("charged", "charge") and k and words[k - 1] in _SELLERS for k, w in enumerate(words))


def after_costs(asked: list[str], costs: list[Given]) -> bool:
    """'what did I clear after the pitch fee?': the words after 'after' name a cost told, or costs at large."""
    if "after" not in asked:
        return True
    named = {w for g in costs for w in g.before} | _AFTER_WORDS
    rest = asked[asked.index("after") + 1 :]
    return bool(rest) and all(w in named for w in rest)


def _outside(tokens: list[Token], start: int, givens: list[Given]) -> list[tuple[int, str]]:
    inside = {k for g in givens for k in range(g.start, g.end)}
    return [(k, t.word) for k, t in enumerate(tokens) if k >= start and k not in inside and t.kind == "word"]


def _made(lines: list[tuple[Given, Given]], costs: list[Given]) -> Solution | None:
    measure = lines[0][1].quantity.measure
    income = numbers.checked(
        sum((Fraction(n.quantity.value) * Fraction(p.quantity.value) for n, p in lines), Fraction(0))
    )
    spent = sum((Fraction(g.quantity.value) for g in costs), Fraction(0))
    made = numbers.checked(income - spent)
    if made <= 0:
        return None  # a loss: not what 'what profit did we make' expects to hear
    sold = [f"{numbers.format_number(n.quantity.value)} × {show(p.quantity, exact=True)}" for n, p in lines]
    paid = [show(g.quantity, exact=True) for g in costs]
    steps = [
        f"income {' + '.join(sold)} = {show(Quantity(income, measure), exact=True)}",
        f"costs {' + '.join(paid)} = {show(Quantity(spent, measure), exact=True)}",
        f"{show(Quantity(income, measure), exact=True)} − {show(Quantity(spent, measure), exact=True)} = "
        f"{show(Quantity(made, measure), exact=True)}",
    ]
    expression = " + ".join(sold).replace("×", "*") + " - " + " - ".join(paid)
    solution = answer_for(Quantity(made, measure), "income less costs", expression, steps)
    solution.notes.append("what was made is the income from what was sold less the costs told")
    return solution
