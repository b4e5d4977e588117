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
from servers.tools.calculator.currencies import WORDS
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_GOES = (("goes", "to"), ("goes", "on"), ("go", "to"), ("go", "on"), ("is", "for"), ("is", "spent", "on"),
         ("of", "it", "goes", "to"), ("of", "it", "goes", "on"), ("of", "it", "is", "for"), ("on",),
         ("goes", "into"), ("go", "into"), ("goes", "towards"), ("for",), ("into",), ("towards",))  # fmt: skip
_ASKS = (("how", "much", "is"), ("how", "much", "goes", "to"), ("how", "much", "goes", "on"),
         ("how", "much", "do", "i", "spend", "on"), ("how", "much", "is", "spent", "on"), ("what", "is"),
         ("what's",), ("whats",))  # fmt: skip
_ASKS_THE_PART = [tuple(p.split()) for p in (
    "how much is that", "how much is it", "how much is deducted", "how much is taken", "how much is paid",
    "how much does that come to", "how much do i pay", "how much goes", "how much is that in money")]  # fmt: skip
"""Questions that can only mean the one part named ('12% goes into provident fund. How much is deducted?')."""
_MONEY_WORDS = frozenset(WORDS) | {"money", "pounds"}
_PERIOD_AFTER = frozenset("each every a per monthly weekly yearly".split())
_OWNERS = frozenset("my the our".split())
_SPOILERS = frozenset(
    "left rest remaining remainder tax taxes vat after before minus plus more less each other save saved saving "
    "both half halves third thirds quarter quarters twice double except rise raise increase".split()
)


def solve_named_part(tokens: list[Token], start: int) -> Solution | None:
    """The named part of the amount at its percentage; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    givens = [g for g in givens if not _one_period(tokens, g)]
    if len(givens) != 2:
        return None
    shares = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent and is_money(g.quantity.measure)]
    if len(shares) != 1 or len(amounts) != 1 or not 0 < shares[0].quantity.value < 1:
        return None
    name = _named(tokens, shares[0])
    ask = question_start(tokens, start)
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if name is None or ask <= shares[0].end or _asked_part(asked) not in (name, _THE_PART):
        return None
    if any(t.word in _SPOILERS and not _per_period(tokens, k) for k, t in enumerate(tokens[start:], start)):
        return None  # '30% of the rest', 'half goes to tax': the part is of another amount than the one given
    amount, share = amounts[0].quantity, Fraction(shares[0].quantity.value)
    part = Quantity(numbers.checked(Fraction(amount.value) * share), amount.measure)
    steps = [f"{show(shares[0].quantity)} of {show(amount, exact=True)} = {show(part, exact=True)}"]
    solution = answer_for(part, "named part", f"{show(amount)} * {show(shares[0].quantity)}", steps)
    solution.notes.append(f"the part that goes to {name}, at its percentage of the whole")
    return solution


_THE_PART = "\0the part"  # what a question that can only mean the named part asks for


def _one_period(tokens: list[Token], given: Given) -> bool:
    """'2450 euro in one month': 'one' naming the period an amount is earned in, not a number to work with."""
    k = given.start
    return (
        tokens[k].text.lower() == "one"
        and k > 0
        and tokens[k - 1].word in ("in", "per", "a", "each")
        and (tokens[k + 1].word in _PERIODS)
    )


def _per_period(tokens: list[Token], k: int) -> bool:
    """'each month' in 'how much is deducted each month': the period the part is asked per, not a part of each."""
    return tokens[k].word == "each" and tokens[k + 1].word in _PERIODS


_PERIODS = frozenset("month week year day fortnight".split())


def _named(tokens: list[Token], share: Given) -> str | None:
    """'30% goes to rent', 'spend 30% on rent', '12% goes into provident fund': the name of what the percentage
    goes to (its last word), or None."""
    k = share.end
    for phrase in _GOES:
        if all(tokens[k + n].word == w for n, w in enumerate(phrase)):
            j = k + len(phrase) + (tokens[k + len(phrase)].word in _OWNERS)
            for width in (1, 2):  # 'rent', 'provident fund'
                named = tokens[j : j + width]
                if all(t.kind == "word" and t.word.isalpha() for t in named) and tokens[j + width].kind != "word":
                    return named[-1].word  # the name, then the clause ends
    return None


def _asked_part(words: list[str]) -> str | None:
    """The one word the question asks the amount of ('how much is rent', 'how many euro is my rent'), ``_THE_PART``
    for a question that can only mean the named part ('how much is deducted each month'), or None."""
    if words[:2] == ["how", "many"] and len(words) > 2 and words[2] in _MONEY_WORDS:
        words = ["how", "much", *words[3:]]  # 'how many euro is the rent'
    for phrase in _ASKS_THE_PART:
        if tuple(words[: len(phrase)]) == phrase:
            rest = words[len(phrase) :]
            if not rest or len(rest) == 2 and rest[0] in _PERIOD_AFTER or rest in (["monthly"], ["weekly"]):
                return _THE_PART
    for phrase in _ASKS:
        width = len(phrase)
        if tuple(words[:width]) == phrase:
            rest = [w for w in words[width:] if w not in _OWNERS]
            return rest[0] if len(rest) == 1 else None
    return None
