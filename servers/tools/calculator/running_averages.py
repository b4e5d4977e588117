"""The score needed next from an average so far: 'I averaged 80 over 4 tests, what do I need on the 5th to get 82?'
→ 82 × 5 − 80 × 4 = 90.

The story gives an average and how many it is over ('I averaged 80 over 4 tests', 'my average over 4 tests is 80',
'I have an average of 80 across 4 quizzes'); the question asks what is needed on one more ('the next', 'the 5th' —
the one right after them) to reach a new average ('to get 82', 'to average 82', 'for an average of 82'). The
average so far times its count is the total so far; the new average times one more is the total needed. Anything
else in the request, an ordinal that is not the next one, or a score that would need more than one more declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.amounts import ORDINALS
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_OVER = frozenset("over across in from for on".split())
_NEXT = frozenset("next last final".split())
_REACH = (("to", "get", "an", "average", "of"), ("to", "average"), ("to", "get"), ("to", "reach"),
          ("for", "an", "average", "of"), ("to", "have", "an", "average", "of"), ("to", "bring", "it", "up", "to"),
          ("to", "make", "it"), ("to", "end", "on"))  # fmt: skip
_I = (("i", "averaged"), ("i've", "averaged"), ("i", "have", "averaged"), ("ive", "averaged"))
_HAVE = (("i", "have", "an", "average", "of"), ("i've", "got", "an", "average", "of"), ("i", "have", "a", "mean", "of"))


def solve_running_average(tokens: list[Token], start: int) -> Solution | None:
    """What one more score must be for the average so far to become the target; None unless exactly that."""
    reader = _Words(tokens[start:-1])
    story = reader.story()
    if story is None:
        return None
    mean, count = story
    reader.take((",",), (".",), (";",), ("so",))
    target = reader.question(count)
    if target is None or not reader.done() or not numbers.is_integer(count) or count < 1:
        return None
    total, needed_total = mean * count, target * (count + 1)
    needed = numbers.checked(needed_total - total)
    shown = {k: numbers.format_number(v) for k, v in (("m", mean), ("n", count), ("t", target), ("n1", count + 1))}
    steps = [
        f"so far: {shown['m']} × {shown['n']} = {numbers.format_number(total)}",
        f"needed: {shown['t']} × {shown['n1']} = {numbers.format_number(needed_total)}",
        f"{numbers.format_number(needed_total)} − {numbers.format_number(total)} = {numbers.format_number(needed)}",
    ]
    expression = f"{shown['t']} * {shown['n1']} - {shown['m']} * {shown['n']}"
    solution = Solution(f"{numbers.format_number(needed)} on the next one", needed, "score needed", expression, steps)
    if needed < 0:
        solution.notes.append("the average is already above the target: any score reaches it")
    return solution


class _Words:
    """The request's tokens read in order, by exact words; numbers taken by value."""

    def __init__(self, told: list[Token]) -> None:
        self.told = told
        self.k = 0

    def word(self, ahead: int = 0) -> str:
        at = self.k + ahead
        return (self.told[at].word or self.told[at].text) if at < len(self.told) else ""

    def take(self, *phrases: tuple[str, ...]) -> bool:
        for phrase in phrases:
            if all(self.word(j) == w for j, w in enumerate(phrase)):
                self.k += len(phrase)
                return True
        return False

    def number(self) -> Fraction | None:
        if self.k < len(self.told) and self.told[self.k].kind == "number":
            self.k += 1
            return Fraction(self.told[self.k - 1].value)
        return None

    def plain(self) -> bool:
        """A word of letters here (a noun such as 'tests'), never a number written in words ('two')."""
        return self.k < len(self.told) and self.told[self.k].kind == "word" and self.word().isalpha()

    def done(self) -> bool:
        return self.k == len(self.told)

    def counted(self) -> Fraction | None:
        """'4 tests', '4 of them': how many the average is over, with any one noun after it."""
        count = self.number()
        if count is None:
            return None
        if self.plain() and self.word() not in ("is", "was", "and", "so", "what", "how"):
            self.k += 1
        return count

    def story(self) -> tuple[Fraction, Fraction] | None:
        """(the average so far, how many it is over), or None."""
        if self.take(*_I, *_HAVE):
            mean = self.number()
            if mean is None or self.word() not in _OVER:
                return None
            self.k += 1
            count = self.counted()
            return None if count is None else (mean, count)
        if self.take(("my", "average"), ("my", "mean")) and self.word() in _OVER:
            self.k += 1
            count = self.counted()
            if count is None or not self.take(("is",), ("was",)):
                return None
            mean = self.number()
            return None if mean is None else (mean, count)
        return None

    def question(self, count: Fraction) -> Fraction | None:
        """The target of 'what do I need on the next (one) to get 82', or None."""
        if not self.take(
            ("what", "do", "i", "need"), ("what", "score", "do", "i", "need"), ("what", "must", "i", "get")
        ):
            return None
        self.take(("to", "score"), ("to", "get"))
        if not self.take(("on", "the"), ("in", "the"), ("for", "the")):
            return None
        ordinal = self.told[self.k] if self.k < len(self.told) else None
        if self.word() in _NEXT:
            self.k += 1
        elif ordinal is not None and ordinal.kind == "ordinal" and ordinal.value == count + 1:
            self.k += 1
        elif ORDINALS.get(self.word()) == count + 1:
            self.k += 1
        else:
            return None  # 'the 7th' of 4 so far is not the next one
        if self.plain() and self.word() not in ("to", "for"):
            self.k += 1  # 'the next test', 'the 5th quiz'
        if not self.take(*_REACH):
            return None
        target = self.number()
        self.take(("average",))
        return target
