"""A part taken off a sum first, the rest split equally between a count of things: 'Raised £12,640. 8% goes on
admin and the rest is split equally between 4 projects. How much does each project get?' → (£12,640 − 8%) ÷ 4 =
£2,907.20.

The story gives the whole (money), then the part taken off it (a percentage of it or an amount: 'goes on admin',
'£400 is kept back'), then says the rest is split, shared or divided between (or among, across) a count of things
('4 projects', 'three schools'). The question asks what each gets. People sharing what is left after one of them
pays first is another story (``remainders``); here the count is of things, not people. A second part, a share
that is not equal, or a number the reading would leave out declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_REST = ("the rest", "what's left", "whats left", "what is left", "the remainder", "the remaining", "what remains",
         "the balance")  # fmt: skip
_SPLIT = frozenset("split shared divided share divide splitting sharing dividing".split())
_BETWEEN = frozenset("between among amongst across into by".split())
_SPOILERS = frozenset(
    "tax vat tip plus extra more less than except minus fee fees discount double twice half not unequally "
    "proportion proportionally ratio then also per every".split()
)
"""Words that add to the whole or make the shares unequal."""
_SHARERS = frozenset("i me my we us our".split())
_HELD = frozenset("jar pot box money kitty".split())
"""'the tip jar', 'tip money': the money the tips are, not a tip added."""
"""Asked of the user ('how much do we each get'): the user is among the sharers, which the count does not say."""


def solve_rest_split(tokens: list[Token], start: int) -> Solution | None:
    """What each of a count of things gets of the rest, once a part is taken off the whole; None unless exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not any(has_phrase(words, p) for p in _REST) or not _SPLIT & set(words) or _SPOILERS & set(_unheld(words)):
        return None
    asked = question_words(tokens, start)
    givens = givens_or_none(tokens, start, 3)
    if "each" not in asked or givens is None:
        return None
    whole, part, count = givens
    if not _counted_in(tokens, count, asked):
        return None  # 'divided among 5 charities. how much do we each get?': the askers are not who is counted
    ask = question_start(tokens, start)
    if not is_money(whole.quantity.measure) or whole.quantity.measure.per is not None or count.end > ask:
        return None
    if count.quantity.measure is not None or count.quantity.percent or not count.noun:
        return None
    if count.noun in PEOPLE and not part.quantity.percent:
        return None  # 'I paid £20 and the rest is split between 4 friends': one of them may have paid the part
    before = [w for w in count.before if w != "the"]  # 'between the 4 of us'
    if not before or before[-1] not in _BETWEEN or not numbers.is_integer(count.quantity.value):
        return None
    k = count.end
    while k < ask and tokens[k].text not in (".", "?", "!", ";"):
        if tokens[k].kind == "word" and tokens[k].word not in ("equally", "evenly", "of", "us", "them"):
            return None  # '4 projects and a reserve fund': more sharers than the count
        k += 1
    total, n = Fraction(whole.quantity.value), Fraction(count.quantity.value)
    if part.quantity.percent and 0 < part.quantity.value < 1:
        taken = total * Fraction(part.quantity.value)
    elif part.quantity.measure == whole.quantity.measure and 0 < part.quantity.value < total:
        taken = Fraction(part.quantity.value)
    else:
        return None
    if n < 2:
        return None
    measure = whole.quantity.measure
    left = Quantity(total - taken, measure)
    each = Quantity(numbers.checked((total - taken) / n), measure)
    steps = [
        f"{show(whole.quantity, exact=True)} − {show(Quantity(taken, measure), exact=True)} = "
        f"{show(left, exact=True)} left",
        f"{show(left, exact=True)} ÷ {numbers.format_number(n)} = {show(each, exact=True)} each",
    ]
    expression = f"({show(whole.quantity)} - {show(Quantity(taken, measure))}) / {numbers.format_number(n)}"
    solution = answer_for(each, "the rest split", expression, steps, suffix=" each")
    solution.values = {"taken": taken, "rest": total - taken, "each": each.value}
    return solution


def _unheld(words: list[str]) -> list[str]:
    """The words without a 'tip' that names where money is held ('tip jar had $187'), not a tip added to a sum."""
    return [w for i, w in enumerate(words) if not (w == "tip" and i + 1 < len(words) and words[i + 1] in _HELD)]


def _counted_in(tokens: list[Token], count: Given, asked: list[str]) -> bool:
    """Whether the count of people holds whoever asks, when the question asks of them: 'the 4 of us' says the user
    is one; '4 friends' asked 'how much do we each get' does not say it."""
    ours = "us" in {t.word for t in tokens[count.start : count.end + 2]}
    return ours or not _SHARERS & set(asked)
