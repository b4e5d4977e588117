"""A named part of an amount at a percentage: '$4,000 a month take-home, 30% goes to rent. how much is rent' →
30% of $4,000 = $1,200 a month.

One amount of money (a rate of it too: '$4,000 a month'), and one percentage said to go to something by name ('30%
goes to rent', '30% goes on food', 'I spend 30% on rent', '30% of it is for bills'). The question asks how much
that part is, naming it again ('how much is rent', 'how much goes on food', 'how much do I spend on rent'). The
part keeps the amount's period. A second amount or percentage, a part of the rest ('30% of what's left'), a tax,
a fraction said in words ('half goes to tax'), or a part the question does not name declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_GOES = (("goes", "to"), ("goes", "on"), ("go", "to"), ("go", "on"), ("is", "for"), ("is", "spent", "on"),
         ("of", "it", "goes", "to"), ("of", "it", "goes", "on"), ("of", "it", "is", "for"), ("on",))  # fmt: skip
_ASKS = (("how", "much", "is"), ("how", "much", "goes", "to"), ("how", "much", "goes", "on"),
         ("how", "much", "do", "i", "spend", "on"), ("how", "much", "is", "spent", "on"), ("what", "is"),
         ("what's",), ("whats",))  # fmt: skip
_OWNERS = frozenset("my the our".split())
_SPOILERS = frozenset(
    "left rest remaining remainder tax taxes vat after before minus plus more less each other save saved saving "
    "both half halves third thirds quarter quarters twice double except rise raise increase".split()
)


def solve_named_part(tokens: list[Token], start: int) -> Solution | None:
    """The named part of the amount at its percentage; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    shares = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent and is_money(g.quantity.measure)]
    if len(shares) != 1 or len(amounts) != 1 or not 0 < shares[0].quantity.value < 1:
        return None
    name = _named(tokens, shares[0])
    ask = question_start(tokens, start)
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if name is None or ask <= shares[0].end or _asked_part(asked) != name:
        return None
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None  # '30% of the rest', 'half goes to tax': the part is of another amount than the one given
    amount, share = amounts[0].quantity, Fraction(shares[0].quantity.value)
    part = Quantity(numbers.checked(Fraction(amount.value) * share), amount.measure)
    steps = [f"{show(shares[0].quantity)} of {show(amount, exact=True)} = {show(part, exact=True)}"]
    solution = answer_for(part, "named part", f"{show(amount)} * {show(shares[0].quantity)}", steps)
    solution.notes.append(f"the part that goes to {name}, at its percentage of the whole")
    return solution


def _named(tokens: list[Token], share: Given) -> str | None:
    """'30% goes to rent', 'spend 30% on rent': the name of what the percentage goes to, or None."""
    k = share.end
    for phrase in _GOES:
        if all(tokens[k + n].word == w for n, w in enumerate(phrase)):
            j = k + len(phrase) + (tokens[k + len(phrase)].word in _OWNERS)
            if tokens[j].kind == "word" and tokens[j].word.isalpha() and tokens[j + 1].kind != "word":
                return tokens[j].word  # one word, then the clause ends
    return None


def _asked_part(words: list[str]) -> str | None:
    """The one word the question asks the amount of ('how much is rent', 'how much is my rent'), or None."""
    for phrase in _ASKS:
        width = len(phrase)
        if tuple(words[:width]) == phrase:
            rest = [w for w in words[width:] if w not in _OWNERS]
            return rest[0] if len(rest) == 1 else None
    return None
