"""A rounding told as a step of the problem: 'leave a 10% tip and then round up to the next hundred', 'round it
down to the nearest fifty'.

Such a step changes the answer, and a reader that works out the rest of the request without it would give a
figure the user did not ask for. The answer is kept only when it is already a whole number of the step asked
(a reading that did the rounding, or one where it changes nothing); otherwise the request is declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_ROUNDED = frozenset("round rounded rounding".split())
_STEPS = {"ten": 10, "tens": 10, "fifty": 50, "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000}
_WHICH = frozenset("next nearest closest".split())
_REACH = 6  # 'round the total up to the next hundred': the step is named a few words after 'round'


def refuse_unrounded(written: list[Token], solution: Solution) -> None:
    """A ToolInputError when the request rounds to a step ('the next hundred') that the answer does not show."""
    for k, token in enumerate(written):
        if token.word not in _ROUNDED:
            continue
        step = _step_named(written[k + 1 : k + 1 + _REACH])
        if step is None:
            continue
        value = solution.result
        if value is None or Fraction(value) % step != 0:
            raise ToolInputError(
                f"it asks to round to the {step:,} as a step of its own, which this reading does not do; "
                "ask for the amount before rounding"
            )


def _step_named(words: list[Token]) -> int | None:
    """The step named after a 'next' or 'nearest' ('the next hundred', 'the nearest 50'), or None."""
    for k in range(len(words) - 1):
        if words[k].word in _WHICH:
            after = words[k + 1]
            if after.word in _STEPS:
                return _STEPS[after.word]
            if after.kind == "number" and after.value in (5, 10, 20, 25, 50, 100, 500, 1000):
                return int(after.value)
    return None
